import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RuleId } from './rules.ts';
import {
  countBySeverity,
  diag,
  formatGithub,
  formatHuman,
  formatSummaryTable,
  sortDiagnostics,
  type Diagnostic,
} from './diagnostics.ts';

test('diag clamps line and column to 1 and defaults column to 1', () => {
  assert.deepEqual(diag('a.md', 0, 'error', 'r/x' as RuleId, 'm'), {
    file: 'a.md',
    line: 1,
    column: 1,
    severity: 'error',
    rule: 'r/x',
    message: 'm',
    hint: undefined,
  });
  assert.equal(diag('a.md', -5, 'warning', 'r' as RuleId, 'm', 'h', 0).column, 1);
  assert.equal(diag('a.md', 3, 'warning', 'r' as RuleId, 'm', 'h', 9).column, 9);
});

test('human format: file:line:col severity rule message, hint on its own line', () => {
  assert.equal(
    formatHuman(
      diag(
        'content/en/x.md',
        4,
        'error',
        'link/broken' as RuleId,
        'link "y.md" goes to no page',
        'write "x.md"',
        12,
      ),
    ),
    'content/en/x.md:4:12 error link/broken link "y.md" goes to no page\n    hint: write "x.md"',
  );
  assert.equal(formatHuman(diag('a.md', 1, 'warning', 'r' as RuleId, 'm')), 'a.md:1:1 warning r m');
});

test('GitHub annotation: properties escape % newline colon comma, data escapes % CR LF', () => {
  const d = diag(
    'dir/a,b:c%.md',
    3,
    'error',
    'schema/ms.date',
    'bad: 100% wrong,\r\nreally',
    'fix: it',
    2,
  );
  assert.equal(
    formatGithub(d),
    '::error file=dir/a%2Cb%3Ac%25.md,line=3,col=2,title=schema/ms.date::bad: 100%25 wrong,%0D%0Areally%0Ahint: fix: it',
  );
  const w = diag('a.md', 1, 'warning', 'r' as RuleId, 'm');
  assert.equal(formatGithub(w), '::warning file=a.md,line=1,col=1,title=r::m');
  // a property value with a newline cannot end the command early
  assert.ok(!formatGithub(diag('a\nb.md', 1, 'error', 'x' as RuleId, 'm')).includes('\n'));
});

test('sort: file, then line, column, rule, message; input untouched', () => {
  const list: Diagnostic[] = [
    diag('b.md', 1, 'error', 'a' as RuleId, 'm'),
    diag('a.md', 10, 'error', 'a' as RuleId, 'm'),
    diag('a.md', 2, 'warning', 'z' as RuleId, 'm', undefined, 5),
    diag('a.md', 2, 'error', 'z' as RuleId, 'm', undefined, 1),
    diag('a.md', 2, 'error', 'b' as RuleId, 'y', undefined, 5),
    diag('a.md', 2, 'error', 'b' as RuleId, 'x', undefined, 5),
    diag('A.md', 99, 'error', 'a' as RuleId, 'm'),
  ];
  const copy = [...list];
  const sorted = sortDiagnostics(list);
  assert.deepEqual(list, copy);
  assert.deepEqual(
    sorted.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`),
    [
      'A.md:99:1 a m', // code-unit order: upper case first, stable across machines
      'a.md:2:1 z m',
      'a.md:2:5 b x',
      'a.md:2:5 b y',
      'a.md:2:5 z m',
      'a.md:10:1 a m', // numbers compare as numbers
      'b.md:1:1 a m',
    ],
  );
});

test('summary table: header, one row per finding, pipes and newlines escaped', () => {
  const t = formatSummaryTable([
    diag('a|b.md', 2, 'error', 'r/x' as RuleId, 'one | two\nthree', 'h\r\nint', 4),
    diag('c.md', 1, 'warning', 'w' as RuleId, 'm'),
  ]);
  assert.equal(
    t,
    [
      '| Where | Severity | Rule | Message | Hint |',
      '|---|---|---|---|---|',
      '| a\\|b.md:2:4 | error | `r/x` | one \\| two three | h int |',
      '| c.md:1:1 | warning | `w` | m |  |',
    ].join('\n'),
  );
  assert.equal(formatSummaryTable([]).split('\n').length, 2);
});

test('countBySeverity', () => {
  assert.deepEqual(countBySeverity([]), { errors: 0, warnings: 0 });
  assert.deepEqual(
    countBySeverity([
      diag('a', 1, 'error', 'r' as RuleId, 'm'),
      diag('a', 1, 'warning', 'r' as RuleId, 'm'),
      diag('a', 1, 'error', 'r' as RuleId, 'm'),
    ]),
    { errors: 2, warnings: 1 },
  );
});

test('a rule id must be in the registry: a misspelt one does not compile (the type step of npm test)', () => {
  // @ts-expect-error -- 'link/brokn' is not a RuleId of src/core/rules.ts
  const d = diag('a.md', 1, 'error', 'link/brokn', 'm');
  assert.equal(d.rule, 'link/brokn');
  assert.equal(
    diag('a.md', 1, 'error', 'schema/ms.date', 'm').rule,
    'schema/ms.date',
    'schema/<field> rules are typed by their prefix',
  );
});
