// The HTML of the flowchart webview. Pure logic (no `vscode` import) so that the Content-Security-Policy
// and the escaping can be unit-tested. Mermaid is bundled in media/ (copied from the npm package at
// build time), so the view works offline; only scripts carrying the page's nonce may run.
import { randomBytes } from 'node:crypto';

export interface FlowchartPage {
  /** The Mermaid source returned by the server's `lifecycle/graph` request. */
  mermaid: string;
  /** A title shown above the chart (the journey's name, or the file's). */
  title: string;
  /** `webview.cspSource`: the origin the webview loads local resources from. */
  cspSource: string;
  /** A fresh random nonce for each page. */
  nonce: string;
  /** Webview URIs of media/mermaid.min.js, media/flowchart.js and media/flowchart.css. */
  mermaidScriptUri: string;
  flowchartScriptUri: string;
  styleUri: string;
}

export function makeNonce(): string {
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 24).padEnd(16, '0');
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The policy: nothing by default; scripts only with the nonce (no inline handlers, no eval); styles
 * and images from the extension (Mermaid writes `<style>` into the SVGs it draws, hence
 * 'unsafe-inline' for styles only); no network at all.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource} data:`,
  ].join('; ');
}

export function renderFlowchartHtml(page: FlowchartPage): string {
  const csp = contentSecurityPolicy(page.cspSource, page.nonce);
  const nonce = escapeHtml(page.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">
<title>${escapeHtml(page.title)}</title>
</head>
<body>
<header>
  <h1>${escapeHtml(page.title)}</h1>
  <div class="actions">
    <button id="refresh" type="button" title="Ask the language server again">Refresh</button>
    <button id="copy" type="button" title="Copy the Mermaid source">Copy Mermaid</button>
    <button id="toggle-source" type="button" title="Show or hide the Mermaid source">Source</button>
  </div>
</header>
<div id="error" class="error" hidden></div>
<div id="diagram" class="diagram" aria-live="polite"></div>
<pre id="source" class="source" hidden>${escapeHtml(page.mermaid)}</pre>
<script nonce="${nonce}" src="${escapeHtml(page.mermaidScriptUri)}"></script>
<script nonce="${nonce}" src="${escapeHtml(page.flowchartScriptUri)}"></script>
</body>
</html>
`;
}
