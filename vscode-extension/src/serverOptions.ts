// Chooses how to start the LifecycleLang language server. Pure logic: no `vscode` import, so that it
// can be unit-tested with node's test runner (test/unit/serverOptions.test.ts).
import * as os from 'node:os';
import * as path from 'node:path';

/** The bundled server, relative to the extension's folder. */
export const BUNDLED_SERVER = path.join('server', 'LifecycleLang.LanguageServer.dll');

/** The extension settings that decide how the server is started (`lifecycle.server.*`). */
export interface ServerSettings {
  /** `lifecycle.server.path`: a server `.dll` or executable to use instead of the bundled one. */
  path?: string | null;
  /** `lifecycle.server.dotnetPath`: the `dotnet` used to run a `.dll` (default `dotnet`). */
  dotnetPath?: string | null;
  /** `lifecycle.server.args`: extra arguments passed to the server. */
  args?: readonly string[] | null;
}

export interface ResolveContext {
  /** The extension's install folder (`ExtensionContext.extensionPath`). */
  extensionPath: string;
  /** The first workspace folder, against which a relative `lifecycle.server.path` is resolved. */
  workspaceFolder?: string;
  /** The user's home folder, for `~` (defaults to os.homedir()). */
  homeDir?: string;
}

/** What to run: the shape of vscode-languageclient's `Executable` (without the transport). */
export interface ServerLaunch {
  command: string;
  args: string[];
  options: { cwd?: string; env?: NodeJS.ProcessEnv };
  /** Where the server comes from: the `lifecycle.server.path` setting or the bundled one. */
  source: 'setting' | 'bundled';
  /** The server's `.dll` or executable. */
  serverPath: string;
  /** True when the server is a `.dll` run through dotnet. */
  viaDotnet: boolean;
}

const DEFAULT_DOTNET = 'dotnet';

function clean(value: string | null | undefined): string {
  return (value ?? '').trim();
}

/** `~` and `~/x` become the home folder; `${userHome}` too (as VS Code writes it in settings). */
export function expandHome(p: string, homeDir: string = os.homedir()): string {
  if (p === '~') return homeDir;
  if (p.startsWith('~/') || p.startsWith('~\\')) return path.join(homeDir, p.slice(2));
  return p.replace(/\$\{userHome\}/g, homeDir);
}

/** True for a bare command name (looked up on PATH), false for anything with a folder in it. */
export function isBareCommand(p: string): boolean {
  return !p.includes('/') && !p.includes('\\');
}

export function isDll(p: string): boolean {
  return p.toLowerCase().endsWith('.dll');
}

/**
 * Resolves the command line of the language server:
 * 1. `lifecycle.server.path` if set: a `.dll` runs with the configured dotnet, anything else runs
 *    directly. A relative path is taken from the first workspace folder; `~` is the home folder.
 * 2. else the bundled `<extension>/server/LifecycleLang.LanguageServer.dll`, run with dotnet.
 * The server speaks LSP over stdio in both cases.
 */
export function resolveServerLaunch(settings: ServerSettings, ctx: ResolveContext): ServerLaunch {
  const home = ctx.homeDir ?? os.homedir();
  const dotnetSetting = clean(settings.dotnetPath);
  const dotnet = dotnetSetting === '' ? DEFAULT_DOTNET : expandHome(dotnetSetting, home);
  const extraArgs = (settings.args ?? []).filter((a): a is string => typeof a === 'string');

  const configured = clean(settings.path);
  let serverPath: string;
  let source: ServerLaunch['source'];
  if (configured !== '') {
    source = 'setting';
    serverPath = expandHome(configured, home);
    if (!path.isAbsolute(serverPath) && !isBareCommand(serverPath) && ctx.workspaceFolder) {
      serverPath = path.resolve(ctx.workspaceFolder, serverPath);
    }
  } else {
    source = 'bundled';
    serverPath = path.join(ctx.extensionPath, BUNDLED_SERVER);
  }

  if (isDll(serverPath)) {
    return { command: dotnet, args: [serverPath, ...extraArgs], options: {}, source, serverPath, viaDotnet: true };
  }
  return { command: serverPath, args: [...extraArgs], options: {}, source, serverPath, viaDotnet: false };
}

/**
 * Says what is wrong with a launch before trying it (a missing server file), in words for the user,
 * or returns undefined. `exists` is injected so that tests need no files.
 */
export function checkServerLaunch(launch: ServerLaunch, exists: (p: string) => boolean): string | undefined {
  if (launch.source === 'setting' && isBareCommand(launch.serverPath)) return undefined; // found on PATH
  if (exists(launch.serverPath)) return undefined;
  if (launch.source === 'bundled') {
    return (
      `The bundled LifecycleLang language server was not found at ${launch.serverPath}. ` +
      'Set "lifecycle.server.path" to a LifecycleLang.LanguageServer.dll or executable, ' +
      'or build the extension with scripts/bundle-server.sh.'
    );
  }
  return `The LifecycleLang language server set in "lifecycle.server.path" was not found: ${launch.serverPath}.`;
}

/** The command line as one string, for the output channel. */
export function describeLaunch(launch: ServerLaunch): string {
  const quote = (s: string) => (/[\s"]/.test(s) ? JSON.stringify(s) : s);
  return [launch.command, ...launch.args].map(quote).join(' ');
}
