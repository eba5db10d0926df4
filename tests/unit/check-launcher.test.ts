/**
 * scripts/check.mjs, what `npm run check` runs: it bundles the TypeScript checker once (esbuild,
 * into a cache folder), reuses the bundle while no source is newer, rebuilds it when one is, and
 * gives exactly the output of `node scripts/check.ts`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PARALLEL_THRESHOLD } from '../../src/core/parallel.ts';
import { writePlaybook } from '../../scripts/lib/synthetic.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// inside the project, where the bundle's packages (kept external) are found
const CACHE_BASE = join(ROOT, 'node_modules', '.cache');
mkdirSync(CACHE_BASE, { recursive: true });

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const base = { ...process.env };
  for (const k of ['GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'PLAYBOOK_AUDIENCE']) delete base[k];
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  // the summary line ends with the time taken: not part of the comparison
  return { status: r.status, out: r.stdout.replace(/ in \d+\.\d\d s\n$/, '\n'), err: r.stderr };
}

test("the bundled launcher gives the TypeScript checker's output, builds its bundle once and rebuilds it when a source is newer", () => {
  const cache = mkdtempSync(join(CACHE_BASE, 'check-cache-'));
  const bad = mkdtempSync(join(tmpdir(), 'check-bad-'));
  try {
    cpSync(join(ROOT, 'tests', 'fixtures', 'bad'), bad, { recursive: true });
    const env = { PLAYBOOK_CHECK_CACHE: cache };
    const ts = run('check.ts', [bad]);
    const first = run('check.mjs', [bad], env);
    assert.equal(first.status, 1, first.err);
    assert.equal(first.out, ts.out);
    assert.ok(ts.out.split('\n').length > 20, 'the bad fixtures give many findings');
    const bundle = join(cache, 'check.mjs');
    const built = statSync(bundle).mtimeMs;
    assert.ok(statSync(join(cache, 'parallel-worker.mjs')).size > 1000);

    for (const format of [
      ['--format', 'json'],
      ['--audience', 'internal'],
    ]) {
      const a = run('check.ts', [bad, ...format]);
      const b = run('check.mjs', [bad, ...format], env);
      const strip = (s: string) => s.replace(/"seconds": [\d.]+/, '"seconds": 0');
      assert.equal(strip(b.out), strip(a.out), format.join(' '));
      assert.equal(b.status, a.status);
    }
    assert.equal(statSync(bundle).mtimeMs, built, 'reused while no source changed');

    // a bundle older than the sources is rebuilt
    const old = new Date(Date.now() - 365 * 86400_000);
    utimesSync(bundle, old, old);
    assert.equal(run('check.mjs', [bad], env).out, ts.out);
    assert.ok(statSync(bundle).mtimeMs > old.getTime() + 1000, 'rebuilt');

    // and without the bundle (PLAYBOOK_CHECK_BUNDLE=0) the TypeScript entry runs: same output
    assert.equal(run('check.mjs', [bad], { ...env, PLAYBOOK_CHECK_BUNDLE: '0' }).out, ts.out);
  } finally {
    rmSync(cache, { recursive: true, force: true });
    rmSync(bad, { recursive: true, force: true });
  }
});

test('a large tree goes through the bundled worker thread: the same findings as one thread', () => {
  const cache = mkdtempSync(join(CACHE_BASE, 'check-cache-'));
  const big = mkdtempSync(join(tmpdir(), 'check-big-'));
  try {
    writePlaybook(big, { pages: PARALLEL_THRESHOLD + 100 });
    const env = { PLAYBOOK_CHECK_CACHE: cache };
    const strip = (s: string) => s.replace(/"seconds": [\d.]+/, '"seconds": 0');
    const one = run('check.mjs', [big, '--format', 'json'], { ...env, PLAYBOOK_THREADS: '1' });
    const two = run('check.mjs', [big, '--format', 'json'], { ...env, PLAYBOOK_THREADS: '2' });
    assert.equal(two.status, one.status, two.err);
    assert.equal(JSON.parse(two.out).pages, PARALLEL_THRESHOLD + 100);
    assert.equal(strip(two.out), strip(one.out));
  } finally {
    rmSync(cache, { recursive: true, force: true });
    rmSync(big, { recursive: true, force: true });
  }
});
