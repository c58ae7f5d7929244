// Checks the extension manifest and the static contributions (grammar, language configuration,
// snippets) against each other and against the language's own lexer.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';

const root = path.join(__dirname, '..');
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');
const json = (p: string) => JSON.parse(read(p));
const pkg = json('package.json');

describe('package.json', () => {
  it('names the extension and the VS Code it needs', () => {
    assert.equal(pkg.name, 'lifecycle-lang');
    assert.equal(pkg.publisher, 'lifecyclelang');
    assert.equal(pkg.engines.vscode, '^1.85.0');
    assert.equal(pkg.main, './dist/extension.js');
  });

  it('registers the journey language', () => {
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'journey');
    assert.ok(lang);
    assert.deepEqual(lang.extensions, ['.journey']);
    assert.ok(lang.aliases.includes('LifecycleLang'));
    assert.ok(existsSync(path.join(root, lang.configuration)));
  });

  it('contributes the TextMate grammar for source.journey', () => {
    const [grammar] = pkg.contributes.grammars;
    assert.equal(grammar.language, 'journey');
    assert.equal(grammar.scopeName, 'source.journey');
    assert.equal(path.normalize(grammar.path), path.normalize('./syntaxes/journey.tmLanguage.json'));
    assert.equal(json(grammar.path).scopeName, 'source.journey');
  });

  it('contributes the snippets', () => {
    const [snippets] = pkg.contributes.snippets;
    assert.equal(snippets.language, 'journey');
    assert.ok(existsSync(path.join(root, snippets.path)));
  });

  it('contributes the flowchart command', () => {
    const cmd = pkg.contributes.commands.find((c: { command: string }) => c.command === 'lifecycle.showFlowchart');
    assert.ok(cmd);
    assert.equal(`${cmd.category}: ${cmd.title}`, 'LifecycleLang: Show Journey Flowchart');
  });

  it('contributes the settings', () => {
    const props = pkg.contributes.configuration.properties;
    assert.equal(props['lifecycle.server.path'].type, 'string');
    assert.equal(props['lifecycle.server.dotnetPath'].default, 'dotnet');
    assert.deepEqual(props['lifecycle.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.equal(props['lifecycle.trace.server'].default, 'off');
  });

  it('activates on the journey language', () => {
    assert.ok(pkg.activationEvents.includes('onLanguage:journey'));
  });
});

describe('language-configuration.json', () => {
  const config = json('language-configuration.json');
  it('has the comment tokens and brackets', () => {
    assert.equal(config.comments.lineComment, '//');
    assert.deepEqual(config.comments.blockComment, ['/*', '*/']);
    assert.deepEqual(config.brackets, [['{', '}'], ['[', ']'], ['(', ')']]);
  });
  it('auto-closes quotes and triple quotes', () => {
    const opens = config.autoClosingPairs.map((p: { open: string }) => p.open);
    for (const o of ['{', '[', '(', '"', '"""']) assert.ok(opens.includes(o), o);
  });
  it('folds on braces and #region comments', () => {
    const start = new RegExp(config.folding.markers.start);
    const end = new RegExp(config.folding.markers.end);
    assert.ok(start.test('journey Welcome {'));
    assert.ok(start.test('// #region Templates'));
    assert.ok(end.test('}'));
    assert.ok(end.test('  // #endregion'));
    assert.ok(!start.test('// the region we sell in'));
  });
  it('indents after { and outdents at }', () => {
    const inc = new RegExp(config.indentationRules.increaseIndentPattern);
    const dec = new RegExp(config.indentationRules.decreaseIndentPattern);
    assert.ok(inc.test('  if contact.email is set {'));
    assert.ok(!inc.test('  split { A 50% { } }'));
    assert.ok(!inc.test('  // a comment {'));
    assert.ok(dec.test('  }'));
  });
});

describe('snippets/journey.json', () => {
  const snippets: Record<string, { prefix: string | string[]; body: string[]; description: string }> = json('snippets/journey.json');
  const prefixes = Object.values(snippets).flatMap((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
  it('has the snippets the language needs', () => {
    for (const p of ['journey', 'segment', 'score', 'template-email', 'template-sms', 'template-webhook', 'funnel', 'wait for', 'split', 'if']) {
      assert.ok(prefixes.includes(p), p);
    }
  });
  it('has balanced placeholders and a description for each', () => {
    for (const [name, s] of Object.entries(snippets)) {
      assert.ok(s.description, name);
      const body = s.body.join('\n').replace(/\\[$}\\]/g, '');
      let depth = 0;
      for (let i = 0; i < body.length; i++) {
        if (body[i] === '$' && body[i + 1] === '{') {
          depth++;
          i++;
        } else if (body[i] === '}' && depth > 0) depth--;
      }
      assert.equal(depth, 0, `unbalanced placeholder in ${name}`);
    }
  });
});

describe('syntaxes/journey.tmLanguage.json', () => {
  const grammarText = read('syntaxes/journey.tmLanguage.json');
  const lexerPath = path.join(root, '..', 'grammar', 'LifecycleLexer.g4');
  it('mentions every keyword of the lexer', { skip: !existsSync(lexerPath) && 'grammar/LifecycleLexer.g4 not found' }, () => {
    const lexer = readFileSync(lexerPath, 'utf8');
    const words = [...lexer.matchAll(/^[A-Z_]+:\s*'([a-z_]+)';/gm)].map((m) => m[1]);
    assert.ok(words.length > 60, `found only ${words.length} keywords in the lexer`);
    const missing = words.filter((w) => {
      const singular = w.endsWith('s') ? w.slice(0, -1) : w;
      return !new RegExp(`\\b${w}\\b|\\b${w}s\\?|\\b${singular}s\\?`).test(grammarText);
    });
    assert.deepEqual(missing, []);
  });
  it('compiles every regular expression that JavaScript can read', () => {
    // Oniguruma is a superset; this catches escaping mistakes in the generator.
    const grammar = JSON.parse(grammarText);
    const seen: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if ((k === 'match' || k === 'begin' || k === 'end') && typeof v === 'string') seen.push(v);
          else walk(v);
        }
      }
    };
    walk(grammar);
    assert.ok(seen.length > 50);
    for (const re of seen) assert.doesNotThrow(() => new RegExp(re), re);
  });
});
