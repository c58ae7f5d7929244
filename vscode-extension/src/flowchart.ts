// The "LifecycleLang: Show Journey Flowchart" command: asks the language server for a Mermaid
// flowchart (`lifecycle/graph`) and shows it in a webview that renders it with the bundled Mermaid.
import * as vscode from 'vscode';
import { RequestType } from 'vscode-languageclient';
import type { LanguageClient } from 'vscode-languageclient/node';
import { makeNonce, renderFlowchartHtml } from './flowchartHtml';
import { findJourneys, journeyAt } from './journeys';

/** Params of the custom request `lifecycle/graph`. */
export interface GraphParams {
  /** The document's URI. */
  uri: string;
  /** The journey to draw; when absent, the server picks the journey at `position`. */
  journey?: string;
  /** The cursor (zero-based line and UTF-16 character, as in LSP). */
  position: { line: number; character: number };
}

/** Result of `lifecycle/graph`. */
export interface GraphResult {
  mermaid: string;
}

export const GraphRequest = new RequestType<GraphParams, GraphResult, void>('lifecycle/graph');

interface Target {
  document: vscode.TextDocument;
  journey?: string;
  position: vscode.Position;
}

/** The single flowchart panel; showing another journey reuses it. */
export class FlowchartPanel implements vscode.Disposable {
  private static current: FlowchartPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly getClient: () => LanguageClient | undefined,
    private target: Target,
  ) {
    this.panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    this.panel.webview.onDidReceiveMessage(
      async (message: { command?: string; text?: string }) => {
        if (message.command === 'refresh') await this.update();
        if (message.command === 'copy' && typeof message.text === 'string') {
          await vscode.env.clipboard.writeText(message.text);
          void vscode.window.setStatusBarMessage('Mermaid source copied', 2000);
        }
      },
      undefined,
      this.disposables,
    );
    // Keep the picture current: draw it again when its file is saved.
    vscode.workspace.onDidSaveTextDocument(
      (doc) => {
        if (doc.uri.toString() === this.target.document.uri.toString() && this.panel.visible) void this.update(false);
      },
      undefined,
      this.disposables,
    );
  }

  static async show(extensionUri: vscode.Uri, getClient: () => LanguageClient | undefined, target: Target): Promise<void> {
    const title = flowchartTitle(target);
    let view = FlowchartPanel.current;
    if (view) {
      view.target = target;
      view.panel.title = title;
      view.panel.reveal(undefined, true);
    } else {
      const panel = vscode.window.createWebviewPanel(
        'lifecycle.flowchart',
        title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        {
          enableScripts: true,
          enableCommandUris: false,
          localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
        },
      );
      view = FlowchartPanel.current = new FlowchartPanel(panel, extensionUri, getClient, target);
    }
    await view.update();
  }

  /** Asks the server again and redraws; shows an error message when the request fails. */
  async update(reportErrors = true): Promise<void> {
    const client = this.getClient();
    const title = flowchartTitle(this.target);
    if (!client || !client.isRunning()) {
      if (reportErrors) {
        void vscode.window.showErrorMessage(
          'LifecycleLang: the language server is not running, so there is no flowchart (see the LifecycleLang output).',
        );
      }
      return;
    }
    let result: GraphResult;
    try {
      result = await client.sendRequest(GraphRequest, {
        uri: client.code2ProtocolConverter.asUri(this.target.document.uri),
        journey: this.target.journey,
        position: client.code2ProtocolConverter.asPosition(this.target.position),
      });
      if (!result || typeof result.mermaid !== 'string') throw new Error('the server sent no Mermaid flowchart');
    } catch (e) {
      if (reportErrors) {
        const what = this.target.journey ? `of journey ${this.target.journey}` : 'of this journey';
        void vscode.window.showErrorMessage(`LifecycleLang: could not get the flowchart ${what}: ${errorMessage(e)}`);
      }
      return;
    }
    const webview = this.panel.webview;
    const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', file)).toString();
    webview.html = renderFlowchartHtml({
      mermaid: result.mermaid,
      title,
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      mermaidScriptUri: media('mermaid.min.js'),
      flowchartScriptUri: media('flowchart.js'),
      styleUri: media('flowchart.css'),
    });
  }

  dispose(): void {
    FlowchartPanel.current = undefined;
    this.panel.dispose();
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }
}

function flowchartTitle(target: Target): string {
  return target.journey ? `Flowchart: ${target.journey}` : `Flowchart: ${vscode.workspace.asRelativePath(target.document.uri)}`;
}

function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}

/**
 * Runs the command. `arg` is what VS Code passes: a journey name (from another extension or a
 * keybinding), a resource URI (from the editor title menu), or nothing (command palette).
 */
export async function showFlowchartCommand(
  extensionUri: vscode.Uri,
  getClient: () => LanguageClient | undefined,
  arg?: unknown,
): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  let document = editor?.document;
  let journey: string | undefined;
  if (typeof arg === 'string' && arg.trim() !== '') journey = arg.trim();
  else if (arg && typeof arg === 'object' && typeof (arg as { journey?: unknown }).journey === 'string') {
    journey = (arg as { journey: string }).journey;
  } else if (arg instanceof vscode.Uri && arg.toString() !== document?.uri.toString()) {
    document = await vscode.workspace.openTextDocument(arg);
  }
  if (!document || document.languageId !== 'journey') {
    void vscode.window.showErrorMessage('LifecycleLang: open a .journey file to show a journey flowchart.');
    return;
  }
  const position = editor && editor.document === document ? editor.selection.active : new vscode.Position(0, 0);

  if (!journey) {
    // The server picks the journey at the cursor; name it too when the document says which one it is,
    // and ask when the cursor is in none of several.
    const text = document.getText();
    const here = journeyAt(text, document.offsetAt(position));
    if (here) journey = here.name;
    else {
      const all = findJourneys(text);
      if (all.length === 1) journey = all[0].name;
      else if (all.length > 1) {
        journey = await vscode.window.showQuickPick(
          all.map((j) => j.name),
          { placeHolder: 'Which journey?' },
        );
        if (!journey) return;
      }
    }
  }
  await FlowchartPanel.show(extensionUri, getClient, { document, journey, position });
}
