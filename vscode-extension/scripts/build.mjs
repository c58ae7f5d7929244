// Builds the extension: bundles src/extension.ts (with vscode-languageclient) into dist/extension.js
// and copies the Mermaid browser bundle from node_modules into media/ so the flowchart webview works
// offline. Nothing is downloaded.
//   node scripts/build.mjs            one build
//   node scripts/build.mjs --watch    rebuild on change (with source maps)
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const watch = process.argv.includes('--watch');

function copyMermaid() {
  const pkg = dirname(require.resolve('mermaid/package.json'));
  const from = join(pkg, 'dist', 'mermaid.min.js');
  if (!existsSync(from)) throw new Error(`mermaid's browser bundle is missing: ${from}`);
  mkdirSync(join(root, 'media'), { recursive: true });
  copyFileSync(from, join(root, 'media', 'mermaid.min.js'));
  copyFileSync(join(pkg, 'LICENSE'), join(root, 'media', 'mermaid.LICENSE.txt'));
}

/** @type {import('esbuild').BuildOptions} */
const options = {
  absWorkingDir: root,
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  minify: !watch,
  sourcemap: watch ? 'linked' : false,
  logLevel: 'info',
};

copyMermaid();
if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
} else {
  await esbuild.build(options);
}
