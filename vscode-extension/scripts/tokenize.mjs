// Prints the TextMate tokens of a .journey file (a debugging aid for the grammar):
//   node scripts/tokenize.mjs FILE [--all]
// Without --all, only tokens with a scope other than the root are printed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tm = require('vscode-textmate');
const onig = require('vscode-oniguruma');

const here = dirname(fileURLToPath(import.meta.url));
const wasm = readFileSync(join(dirname(require.resolve('vscode-oniguruma')), 'onig.wasm')).buffer;
await onig.loadWASM(wasm);
const registry = new tm.Registry({
  onigLib: Promise.resolve({ createOnigScanner: (p) => new onig.OnigScanner(p), createOnigString: (s) => new onig.OnigString(s) }),
  loadGrammar: async (scopeName) =>
    scopeName === 'source.journey'
      ? tm.parseRawGrammar(readFileSync(join(here, '..', 'syntaxes', 'journey.tmLanguage.json'), 'utf8'), 'journey.tmLanguage.json')
      : null,
});
const grammar = await registry.loadGrammar('source.journey');
const file = process.argv[2];
const all = process.argv.includes('--all');
let stack = tm.INITIAL;
readFileSync(file, 'utf8').split(/\r?\n/).forEach((line, i) => {
  const r = grammar.tokenizeLine(line, stack);
  stack = r.ruleStack;
  const parts = [];
  for (const t of r.tokens) {
    const text = line.slice(t.startIndex, t.endIndex);
    const scopes = t.scopes.slice(1).filter((s) => !s.startsWith('meta.'));
    if (!all && (scopes.length === 0 || !text.trim())) continue;
    parts.push(`${JSON.stringify(text)}=${scopes.join(' ')}`);
  }
  console.log(`${String(i + 1).padStart(3)}| ${line}`);
  if (parts.length) console.log(`   > ${parts.join('  ')}`);
});
