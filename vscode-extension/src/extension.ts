// LifecycleLang for VS Code: starts the LifecycleLang language server (bundled, or the one set in
// `lifecycle.server.path`) over stdio and adds the journey flowchart command.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  type Executable,
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { showFlowchartCommand } from './flowchart';
import { checkServerLaunch, describeLaunch, resolveServerLaunch } from './serverOptions';

/** The client id: VS Code reads the trace level from `lifecycle.trace.server`. */
const CLIENT_ID = 'lifecycle';
const CLIENT_NAME = 'LifecycleLang Language Server';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('LifecycleLang');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('lifecycle.showFlowchart', (arg?: unknown) =>
      showFlowchartCommand(context.extensionUri, () => client, arg),
    ),
    vscode.commands.registerCommand('lifecycle.restartServer', () => restartClient(context)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('lifecycle.server')) void restartClient(context);
    }),
  );
  // Not awaited: highlighting, snippets and commands work while the server starts (or if it cannot).
  void restartClient(context);
}

export async function deactivate(): Promise<void> {
  await stopClient();
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration('lifecycle');
  const launch = resolveServerLaunch(
    {
      path: config.get<string>('server.path'),
      dotnetPath: config.get<string>('server.dotnetPath'),
      args: config.get<string[]>('server.args'),
    },
    { extensionPath: context.extensionPath, workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath },
  );
  const log = output!;
  const problem = checkServerLaunch(launch, (p) => fs.existsSync(p));
  if (problem) {
    log.appendLine(problem);
    void vscode.window.showErrorMessage(`LifecycleLang: ${problem}`, 'Open Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'lifecycle.server');
    });
    return;
  }
  log.appendLine(`Starting the language server (${launch.source}): ${describeLaunch(launch)}`);

  const executable: Executable = {
    command: launch.command,
    args: launch.args,
    transport: TransportKind.stdio,
    options: launch.options,
  };
  const serverOptions: ServerOptions = { run: executable, debug: executable };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'journey' },
      { scheme: 'untitled', language: 'journey' },
    ],
    synchronize: {
      // Template bodies may live in .liquid files next to the journeys (`body file "..."`).
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{journey,liquid}'),
    },
    outputChannel: log,
  };
  const next = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  client = next;
  try {
    await next.start();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    log.appendLine(`The language server did not start: ${message}`);
    void vscode.window.showErrorMessage(
      `LifecycleLang: the language server did not start (${describeLaunch(launch)}): ${message}`,
      'Open Settings',
    ).then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'lifecycle.server');
    });
  }
}

async function stopClient(): Promise<void> {
  const current = client;
  client = undefined;
  if (!current) return;
  try {
    if (current.isRunning()) await current.stop();
    else await current.dispose();
  } catch (e) {
    output?.appendLine(`Stopping the language server failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

let restarting: Promise<void> | undefined;

async function restartClient(context: vscode.ExtensionContext): Promise<void> {
  // One restart at a time (settings changes can come in bursts).
  while (restarting) await restarting;
  restarting = (async () => {
    await stopClient();
    await startClient(context);
  })();
  try {
    await restarting;
  } finally {
    restarting = undefined;
  }
}
