import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentSecurityPolicy, escapeHtml, makeNonce, renderFlowchartHtml } from '../../src/flowchartHtml';

const page = {
  mermaid: 'flowchart TD\n  s0(["entry on form_submitted"]) --> s1["send email <b>offer</b> & more"]\n  s1 --> s2{"contact.budget ?? 0 < 5000"}',
  title: 'BlackFriday <script>',
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'abcDEF123456ghiJKL789012',
  mermaidScriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/mermaid.min.js',
  flowchartScriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/flowchart.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/flowchart.css',
};

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy(page.cspSource, page.nonce);
  it('denies by default and allows scripts only by nonce', () => {
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, new RegExp(`script-src 'nonce-${page.nonce}'(;|$)`));
    assert.doesNotMatch(csp, /unsafe-eval/);
    assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
    assert.doesNotMatch(csp, /https?:\/\/(?!file\+)/, 'no remote origins');
  });
});

describe('renderFlowchartHtml', () => {
  const html = renderFlowchartHtml(page);
  it('puts the policy in a meta tag', () => {
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; script-src &#39;nonce-/);
  });
  it('loads every script with the nonce, and nothing inline', () => {
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.equal(scripts.length, 2);
    for (const s of scripts) {
      assert.ok(s.includes(`nonce="${page.nonce}"`), s);
      assert.match(s, /src="[^"]+"/);
    }
    assert.ok(html.includes(page.mermaidScriptUri));
    assert.ok(html.includes(page.flowchartScriptUri));
    assert.doesNotMatch(html, /\son\w+=/, 'no inline event handlers');
  });
  it('escapes the Mermaid source and the title', () => {
    assert.ok(html.includes('send email &lt;b&gt;offer&lt;/b&gt; &amp; more'));
    assert.ok(html.includes('--&gt;'));
    assert.ok(html.includes('BlackFriday &lt;script&gt;'));
    assert.ok(!html.includes('<b>offer'));
  });
});

describe('makeNonce / escapeHtml', () => {
  it('makes different alphanumeric nonces', () => {
    const a = makeNonce();
    const b = makeNonce();
    assert.match(a, /^[A-Za-z0-9]{16,}$/);
    assert.notEqual(a, b);
  });
  it('escapes the five HTML characters', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
