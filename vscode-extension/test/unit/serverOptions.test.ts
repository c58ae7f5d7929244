import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  BUNDLED_SERVER,
  checkServerLaunch,
  describeLaunch,
  expandHome,
  resolveServerLaunch,
} from '../../src/serverOptions';

const ext = path.resolve('/opt/vscode/extensions/lifecyclelang.lifecycle-lang-0.1.0');
const bundledDll = path.join(ext, 'server', 'LifecycleLang.LanguageServer.dll');
const home = path.resolve('/home/marketer');
const ws = path.resolve('/work/journeys');

describe('resolveServerLaunch', () => {
  it('uses the bundled server with dotnet by default', () => {
    const launch = resolveServerLaunch({}, { extensionPath: ext });
    assert.equal(launch.command, 'dotnet');
    assert.deepEqual(launch.args, [bundledDll]);
    assert.equal(launch.source, 'bundled');
    assert.equal(launch.viaDotnet, true);
    assert.equal(launch.serverPath, bundledDll);
    assert.equal(BUNDLED_SERVER, path.join('server', 'LifecycleLang.LanguageServer.dll'));
  });

  it('treats an empty or blank server path as not set', () => {
    for (const p of ['', '   ', null, undefined]) {
      const launch = resolveServerLaunch({ path: p }, { extensionPath: ext });
      assert.equal(launch.source, 'bundled', `path ${JSON.stringify(p)}`);
      assert.deepEqual(launch.args, [bundledDll]);
    }
  });

  it('runs a .dll setting through dotnet', () => {
    const dll = path.resolve('/srv/lsp/LifecycleLang.LanguageServer.dll');
    const launch = resolveServerLaunch({ path: dll }, { extensionPath: ext });
    assert.equal(launch.command, 'dotnet');
    assert.deepEqual(launch.args, [dll]);
    assert.equal(launch.source, 'setting');
    assert.equal(launch.viaDotnet, true);
  });

  it('recognises .dll in any case', () => {
    const dll = path.resolve('/srv/lsp/Server.DLL');
    const launch = resolveServerLaunch({ path: dll, dotnetPath: 'dotnet' }, { extensionPath: ext });
    assert.equal(launch.command, 'dotnet');
    assert.deepEqual(launch.args, [dll]);
  });

  it('runs an executable setting directly', () => {
    const exe = path.resolve('/usr/local/bin/lifecycle-lsp');
    const launch = resolveServerLaunch({ path: exe, dotnetPath: '/custom/dotnet' }, { extensionPath: ext });
    assert.equal(launch.command, exe);
    assert.deepEqual(launch.args, []);
    assert.equal(launch.viaDotnet, false);
    assert.equal(launch.source, 'setting');
  });

  it('runs a Windows .exe directly', () => {
    const launch = resolveServerLaunch({ path: 'C:\\tools\\LifecycleLang.LanguageServer.exe' }, { extensionPath: ext });
    assert.equal(launch.command, 'C:\\tools\\LifecycleLang.LanguageServer.exe');
    assert.equal(launch.viaDotnet, false);
  });

  it('honours the dotnetPath setting for the bundled server', () => {
    const dotnet = path.resolve('/opt/dotnet/dotnet');
    const launch = resolveServerLaunch({ dotnetPath: dotnet }, { extensionPath: ext });
    assert.equal(launch.command, dotnet);
    assert.deepEqual(launch.args, [bundledDll]);
  });

  it('honours the dotnetPath setting for a .dll setting', () => {
    const dotnet = path.resolve('/opt/dotnet/dotnet');
    const dll = path.resolve('/srv/lsp/LifecycleLang.LanguageServer.dll');
    const launch = resolveServerLaunch({ path: dll, dotnetPath: `  ${dotnet}  ` }, { extensionPath: ext });
    assert.equal(launch.command, dotnet);
    assert.deepEqual(launch.args, [dll]);
  });

  it('falls back to "dotnet" when dotnetPath is blank', () => {
    for (const d of ['', '  ', null, undefined]) {
      assert.equal(resolveServerLaunch({ dotnetPath: d }, { extensionPath: ext }).command, 'dotnet');
    }
  });

  it('resolves a relative server path against the first workspace folder', () => {
    const launch = resolveServerLaunch(
      { path: 'lsp/bin/LifecycleLang.LanguageServer.dll' },
      { extensionPath: ext, workspaceFolder: ws },
    );
    assert.deepEqual(launch.args, [path.join(ws, 'lsp', 'bin', 'LifecycleLang.LanguageServer.dll')]);
  });

  it('leaves a bare command name to be found on PATH', () => {
    const launch = resolveServerLaunch({ path: 'lifecycle-lsp' }, { extensionPath: ext, workspaceFolder: ws });
    assert.equal(launch.command, 'lifecycle-lsp');
  });

  it('expands ~ in both paths', () => {
    const launch = resolveServerLaunch(
      { path: '~/lsp/LifecycleLang.LanguageServer.dll', dotnetPath: '~/.dotnet/dotnet' },
      { extensionPath: ext, homeDir: home },
    );
    assert.equal(launch.command, path.join(home, '.dotnet', 'dotnet'));
    assert.deepEqual(launch.args, [path.join(home, 'lsp', 'LifecycleLang.LanguageServer.dll')]);
    assert.equal(expandHome('~', home), home);
    assert.equal(expandHome('${userHome}/x', home), `${home}/x`);
    assert.equal(expandHome('/a/~b', home), '/a/~b');
  });

  it('appends extra server arguments', () => {
    const exe = path.resolve('/usr/local/bin/lifecycle');
    assert.deepEqual(resolveServerLaunch({ path: exe, args: ['lsp'] }, { extensionPath: ext }).args, ['lsp']);
    assert.deepEqual(resolveServerLaunch({ args: ['--log', 'x'] }, { extensionPath: ext }).args, [bundledDll, '--log', 'x']);
  });
});

describe('checkServerLaunch', () => {
  it('accepts a server file that exists', () => {
    const launch = resolveServerLaunch({}, { extensionPath: ext });
    assert.equal(checkServerLaunch(launch, (p) => p === bundledDll), undefined);
  });

  it('explains a missing bundled server and names the setting', () => {
    const launch = resolveServerLaunch({}, { extensionPath: ext });
    const message = checkServerLaunch(launch, () => false);
    assert.ok(message?.includes(bundledDll));
    assert.ok(message?.includes('lifecycle.server.path'));
  });

  it('explains a missing configured server', () => {
    const dll = path.resolve('/nowhere/LifecycleLang.LanguageServer.dll');
    const message = checkServerLaunch(resolveServerLaunch({ path: dll }, { extensionPath: ext }), () => false);
    assert.ok(message?.includes(dll));
  });

  it('does not look for a bare command on disk', () => {
    const launch = resolveServerLaunch({ path: 'lifecycle-lsp' }, { extensionPath: ext });
    assert.equal(checkServerLaunch(launch, () => false), undefined);
  });
});

describe('describeLaunch', () => {
  it('quotes arguments with spaces', () => {
    const launch = resolveServerLaunch({ path: '/My Tools/server.dll' }, { extensionPath: ext });
    assert.equal(describeLaunch(launch), `dotnet ${JSON.stringify(launch.serverPath)}`);
  });
});

describe('src/serverOptions.ts', () => {
  it('does not import vscode (so it can be tested without VS Code)', () => {
    const source = readFileSync(path.join(__dirname, '..', 'src', 'serverOptions.ts'), 'utf8');
    assert.doesNotMatch(source, /from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)/);
  });
});
