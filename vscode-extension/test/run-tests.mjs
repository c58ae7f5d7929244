// `npm test`: every offline test of the extension, one after the other, then one summary line.
//   grammar     the committed TextMate grammar is what scripts/gen-grammar.mjs writes
//   typecheck   tsc --noEmit over src/ and test/unit/
//   tokens      vscode-tmgrammar-test on test/grammar/*.journey (scope assertions)
//   snapshots   vscode-tmgrammar-snap on test/snap/*.journey
//   unit        node:test on the pure modules (server command line, flowchart page, manifest, ...)
//   package     npm run package (bundle-server.sh + vsce package) and test/check-vsix.mjs
// Set LIFECYCLE_TEST_ONLY=tokens,unit to run some of them.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const only = (process.env.LIFECYCLE_TEST_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** Each step runs commands in order; `count` reads its test counts from the output. */
const steps = [
  { name: 'grammar', commands: [['node', ['scripts/gen-grammar.mjs', '--check']]] },
  { name: 'typecheck', commands: [[bin('tsc'), ['-p', '.', '--noEmit']]] },
  {
    name: 'tokens',
    commands: [[bin('vscode-tmgrammar-test'), ['--compact', 'test/grammar/*.journey']]],
    count: (out) => ({
      passed: (out.match(/^✓ .*run successful/gm) ?? []).length,
      // --compact prints one ERROR line per failed assertion: count the files they are in.
      failed: new Set([...out.matchAll(/^ERROR (.+?):\d+:\d+/gm)].map((m) => m[1])).size,
    }),
  },
  {
    name: 'snapshots',
    commands: [[bin('vscode-tmgrammar-snap'), ['test/snap/*.journey']]],
    count: (out) => ({
      passed: (out.match(/^✓ .*run successful/gm) ?? []).length,
      failed: (out.match(/^✖ /gm) ?? []).length,
    }),
  },
  {
    name: 'unit',
    commands: [
      ['node', ['scripts/build-tests.mjs']],
      ['node', ['--test', '--test-reporter=tap', 'out-test/']],
    ],
    count: (out) => ({
      passed: Number(/^# pass (\d+)/m.exec(out)?.[1] ?? 0),
      failed: Number(/^# fail (\d+)/m.exec(out)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(out)?.[1] ?? 0),
      skipped: Number(/^# skipped (\d+)/m.exec(out)?.[1] ?? 0),
    }),
  },
  {
    name: 'package',
    commands: [
      [npm, ['run', '--silent', 'package']],
      ['node', ['test/check-vsix.mjs']],
    ],
    count: (out) => {
      const m = /^check-vsix: (\d+) passed, (\d+) failed, (\d+) skipped/m.exec(out);
      return m ? { passed: Number(m[1]), failed: Number(m[2]), skipped: Number(m[3]) } : undefined;
    },
  },
];

const totals = { passed: 0, failed: 0, skipped: 0 };
const results = [];
for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  console.log(`\n=== ${step.name}`);
  const started = Date.now();
  let output = '';
  let ok = true;
  for (const [command, args] of step.commands) {
    const r = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    const text = (r.stdout ?? '') + (r.stderr ?? '');
    process.stdout.write(text);
    output += text;
    if (r.error) console.log(`${step.name}: could not run ${command}: ${r.error.message}`);
    if (r.status !== 0) {
      ok = false;
      break;
    }
  }
  const counted = step.count?.(output);
  const c = counted && counted.passed + counted.failed + (counted.skipped ?? 0) > 0
    ? { passed: counted.passed, failed: counted.failed, skipped: counted.skipped ?? 0 }
    : { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
  if (!ok && c.failed === 0) c.failed = 1; // a failing command always counts
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
  results.push({ name: step.name, ok, ...c, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}

console.log('\n=== summary');
for (const r of results) {
  const skipped = r.skipped ? `, ${r.skipped} skipped` : '';
  console.log(`${r.ok ? 'PASS' : 'FAIL'} ${r.name.padEnd(10)} ${r.passed} passed, ${r.failed} failed${skipped} (${r.seconds}s)`);
}
console.log(`extension: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(results.every((r) => r.ok) && totals.failed === 0 ? 0 : 1);
