/**
 * Translation parity through `check` on tests/fixtures/parity: an English tree of statuses and
 * de/ja translations, each translated page with one kind of divergence (or none). Every case
 * gives exactly its finding; exact translations — also one that names statuses by title where
 * English links them, and the reverse — give none. `rules` in playbook.config.json turns them
 * into warnings; a typo there stops the check with a message.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../../src/core/diagnostics.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CHECK = join(ROOT, 'scripts', 'check.ts');

let work = '';
const config = (rules?: unknown) => {
  const cfg = JSON.parse(readFileSync(join(ROOT, 'playbook.config.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  if (rules === undefined) delete cfg.rules;
  else cfg.rules = rules;
  writeFileSync(join(work, 'playbook.config.json'), JSON.stringify(cfg));
};
function check(): {
  status: number | null;
  out: { errors: number; warnings: number; diagnostics: Diagnostic[] } | undefined;
  stderr: string;
} {
  const env = { ...process.env };
  for (const k of ['GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'PLAYBOOK_AUDIENCE']) delete env[k];
  const r = spawnSync(process.execPath, [CHECK, 'parity', '--format', 'json'], {
    cwd: work,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, out: r.stdout ? JSON.parse(r.stdout) : undefined, stderr: r.stderr };
}

before(() => {
  work = mkdtempSync(join(tmpdir(), 'check-parity-'));
  cpSync(join(ROOT, 'tests', 'fixtures', 'parity'), join(work, 'parity'), { recursive: true });
});
after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** [translation:line, rule, message part, hint part] — the whole expected output. */
const EXPECTED: [string, string, string, string][] = [
  [
    'de/l1l2l3-blocked-legal.md:23',
    'i18n/parity-rows',
    'section 3 (line 23) has 2 table rows; English section 3 "Invalid example scenarios" (parity/en/l1l2l3-blocked-legal.md:23) has 3',
    'translate the missing row: English row 3 (parity/en/l1l2l3-blocked-legal.md:29, → Security/Privacy)',
  ],
  [
    'de/l1l2l3-blocked-product.md:28',
    'i18n/parity-target',
    'table row 2 of section 3 (line 23) → Security/Privacy; the English row (parity/en/l1l2l3-blocked-product.md:28) → Product/Feature Capability',
    'name or link the status "Product/Feature Capability"',
  ],
  [
    'de/l1l2l3-blocked-security.md:17',
    'i18n/parity-sections',
    'sections are in another order than on the English page: section 2 (line 17) is English section 3 "Invalid example scenarios" (parity/en/l1l2l3-blocked-security.md:23); section 3 (line 25) is English section 2 "Valid example scenarios" (parity/en/l1l2l3-blocked-security.md:17)',
    'section 2 (line 17) as section 3, section 3 (line 25) as section 2',
  ],
  [
    'ja/l1l2l3-blocked-legal.md:17',
    'i18n/parity-items',
    'section 2 (line 17) has 4 list items; English section 2 "Valid example scenarios" (parity/en/l1l2l3-blocked-legal.md:17) has 3',
    'remove the list items the English page does not have',
  ],
  [
    'ja/l1l2l3-blocked-product.md:13',
    'i18n/parity-sections',
    'missing section: English section 1 "Definition" (parity/en/l1l2l3-blocked-product.md:13) has no counterpart here',
    'put it before section 1 (line 13)',
  ],
];

test('each divergence gives exactly its finding, with both places and a hint; exact translations give none', () => {
  config();
  const r = check();
  assert.equal(r.stderr, '');
  assert.equal(r.status, 1, 'parity findings are errors by default');
  const got = r.out!.diagnostics.map((d) => [
    `${d.file.replace(/^parity\//, '')}:${d.line}`,
    d.rule,
    d.message,
    d.hint ?? '',
  ]);
  assert.equal(got.length, EXPECTED.length, JSON.stringify(got, null, 1));
  EXPECTED.forEach(([where, rule, message, hint], k) => {
    const [gWhere, gRule, gMessage, gHint] = got[k]!;
    assert.deepEqual([gWhere, gRule, gMessage], [where, rule, message]);
    assert.ok(
      (gHint ?? '').includes(hint),
      `${where}: hint ${JSON.stringify(gHint)} should contain ${JSON.stringify(hint)}`,
    );
  });
  assert.ok(r.out!.diagnostics.every((d) => d.severity === 'error'));
  for (const clean of [
    'de/l1l2l3-blocked-billing.md',
    'ja/l1l2l3-blocked-billing.md',
    'ja/l1l2l3-blocked-security.md',
  ]) {
    assert.ok(!got.some(([w]) => (w ?? '').startsWith(clean)), `${clean} is an exact translation`);
  }
});

test('"rules": {"i18n/parity": "warning"} makes them warnings (check passes); a single rule can stay an error', () => {
  config({ 'i18n/parity': 'warning' });
  let r = check();
  assert.equal(r.status, 0);
  assert.deepEqual([r.out!.errors, r.out!.warnings], [0, EXPECTED.length]);
  config({ 'i18n/parity': 'warning', 'i18n/parity-target': 'error' });
  r = check();
  assert.equal(r.status, 1);
  assert.deepEqual(
    r.out!.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule),
    ['i18n/parity-target'],
  );
});

test('a mistyped rule in playbook.config.json stops the check with a message, not a stack trace', () => {
  config({ 'i18n/parity': 'warn' });
  const r = check();
  assert.equal(r.status, 2);
  assert.match(
    r.stderr,
    /playbook\.config\.json: invalid settings:\n {2}rules: gives "i18n\/parity" the severity "warn"; write e\.g\. "rules": \{ "i18n\/parity": "warning" \}/,
  );
  assert.doesNotMatch(r.stderr, /at .*\.ts:\d+/);
});
