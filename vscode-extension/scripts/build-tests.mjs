// Compiles the unit tests (test/unit/*.test.ts and the pure modules they import) to out-test/ for
// node's built-in test runner. A test that pulled in `vscode` would fail to bundle here: the modules
// under test must not depend on VS Code.
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tests = readdirSync(join(root, 'test', 'unit'))
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `test/unit/${f}`);
rmSync(join(root, 'out-test'), { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: tests,
  outdir: 'out-test',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  packages: 'external',
  logLevel: 'warning',
});
