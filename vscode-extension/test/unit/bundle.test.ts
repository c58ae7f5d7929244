// Smoke test of the built bundle (dist/extension.js, from `npm run build`): it loads with only
// `vscode` and node's own modules available, and exports activate/deactivate.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import Module, { builtinModules } from 'node:module';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const bundle = path.join(__dirname, '..', 'dist', 'extension.js');
const missing = !existsSync(bundle) && 'dist/extension.js not built (run `npm run build` first)';

describe('dist/extension.js', { skip: missing }, () => {
  it('requires nothing but vscode and node built-ins', () => {
    const text = readFileSync(bundle, 'utf8');
    const required = new Set([...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    const allowed = new Set(['vscode', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const others = [...required].filter((r) => !allowed.has(r));
    assert.deepEqual(others, []);
    assert.ok(required.has('vscode'));
  });

  it('loads against a stand-in vscode module and exports activate and deactivate', () => {
    // Any property of the stand-in is a class, which is all the bundle touches while it loads.
    const stub: object = new Proxy(
      {},
      {
        get: (_target, prop) => (prop === '__esModule' ? false : class Stub {}),
      },
    );
    const loader = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
    const original = loader._load;
    loader._load = function (request: string, parent: unknown, isMain: boolean) {
      if (request === 'vscode') return stub;
      return original.call(this, request, parent, isMain);
    };
    try {
      const ext = require(bundle) as { activate?: unknown; deactivate?: unknown };
      assert.equal(typeof ext.activate, 'function');
      assert.equal(typeof ext.deactivate, 'function');
    } finally {
      loader._load = original;
    }
  });
});
