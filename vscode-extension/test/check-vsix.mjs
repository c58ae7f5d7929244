// Checks the packaged extension (lifecycle-lang.vsix, made by `npm run package`): the files the
// installed extension needs are inside, and sources, tests and node_modules are not.
// The bundled language server is required once its project (../lsp/LifecycleLang.LanguageServer)
// exists; until then that one check is skipped, and said so.
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vsix = join(root, process.argv[2] ?? 'lifecycle-lang.vsix');
const serverProject = join(root, '..', 'lsp', 'LifecycleLang.LanguageServer', 'LifecycleLang.LanguageServer.csproj');

function listEntries(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const names = [];
      zip.on('entry', (entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

if (!existsSync(vsix)) {
  console.error(`check-vsix: FAIL: ${vsix} not found (run \`npm run package\` first)`);
  process.exit(1);
}
const entries = new Set(await listEntries(vsix));
let passed = 0;
let failed = 0;
let skipped = 0;
const check = (ok, what) => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
};

for (const required of [
  'extension/package.json',
  'extension/dist/extension.js',
  'extension/syntaxes/journey.tmLanguage.json',
  'extension/language-configuration.json',
  'extension/snippets/journey.json',
  'extension/media/mermaid.min.js',
  'extension/media/flowchart.js',
  'extension/media/flowchart.css',
]) {
  check(entries.has(required), `contains ${required}`);
}
// vsce stores the README as readme.md.
check([...entries].some((e) => e.toLowerCase() === 'extension/readme.md'), 'contains extension/readme.md');

const server = 'extension/server/LifecycleLang.LanguageServer.dll';
if (existsSync(serverProject)) {
  check(entries.has(server), `contains ${server}`);
} else {
  skipped++;
  console.log(
    `SKIP ${server}: the language server project ../lsp/LifecycleLang.LanguageServer does not exist yet ` +
      '(scripts/bundle-server.sh publishes it into server/ once it does)',
  );
}

const leaked = [...entries].filter((e) =>
  /^extension\/(src|test|scripts|node_modules|out-test)\/|^extension\/tsconfig\.json$|\.ts$|\.map$/.test(e),
);
check(leaked.length === 0, `contains no sources, tests or node_modules${leaked.length ? `: ${leaked.slice(0, 5).join(', ')}` : ''}`);

const size = statSync(vsix).size;
check(size < 20 * 1024 * 1024, `is smaller than 20 MiB (${(size / 1024 / 1024).toFixed(1)} MiB)`);

console.log(`check-vsix: ${passed} passed, ${failed} failed, ${skipped} skipped (${entries.size} files in ${vsix.slice(root.length + 1)})`);
process.exit(failed ? 1 : 0);
