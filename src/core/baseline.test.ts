import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from './corpus.ts';
import { BASELINE_FILE, baselineAllows, baselineEntries, formatBaseline } from './baseline.ts';

const fm = (t: string) =>
  `---\ntitle: ${t}\ndescription: ${t} page.\nms.date: 11/20/2026\nft.audience: partner\n---\n`;

function folder(): string {
  const root = mkdtempSync(join(tmpdir(), 'baseline-'));
  mkdirSync(join(root, 'en'));
  writeFileSync(
    join(root, 'en', 'index.md'),
    `${fm('Home')}See [gone](gone.md) and [also gone](other.md).\n`,
  );
  writeFileSync(join(root, 'en', 'b.md'), `${fm('B')}![missing](media/x.png)\n`);
  return root;
}

test('listed errors become warnings that name their baseline line; new errors stay errors', () => {
  const root = folder();
  try {
    const before = loadContent(root, { displayBase: root });
    assert.equal(before.diagnostics.filter((d) => d.severity === 'error').length, 3);
    const entries = baselineEntries(before.diagnostics, root, root).filter(
      (e) => e.rule !== 'image/missing',
    );
    writeFileSync(join(root, BASELINE_FILE), formatBaseline(entries));
    const after = loadContent(root, { displayBase: root });
    const errors = after.diagnostics.filter((d) => d.severity === 'error');
    assert.deepEqual(
      errors.map((d) => [d.file, d.rule]),
      [['en/b.md', 'image/missing']],
    );
    const known = after.diagnostics.filter((d) => d.message.includes('[known: '));
    assert.equal(known.length, 2);
    assert.ok(known.every((d) => d.severity === 'warning' && d.file === 'en/index.md'));
    assert.match(known[0]!.message, /\[known: playbook-baseline\.json:4\]$/);
    assert.match(known[1]!.message, /\[known: playbook-baseline\.json:5\]$/);
    assert.match(known[0]!.hint ?? '', /delete line 4 of playbook-baseline\.json/);
    // a line moved by an edit above it is still the same known finding
    writeFileSync(
      join(root, 'en', 'index.md'),
      `${fm('Home')}\nNew intro.\n\nSee [gone](gone.md) and [also gone](other.md).\n`,
    );
    assert.equal(
      loadContent(root, { displayBase: root }).diagnostics.filter((d) => d.severity === 'error')
        .length,
      1,
    );
    // the loader can ignore it (the importer does, to write a fresh one)
    assert.equal(
      loadContent(root, { displayBase: root, baseline: false }).diagnostics.filter(
        (d) => d.severity === 'error',
      ).length,
      3,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a fixed finding leaves a stale entry, reported on its line', () => {
  const root = folder();
  try {
    writeFileSync(
      join(root, BASELINE_FILE),
      formatBaseline(
        baselineEntries(loadContent(root, { displayBase: root }).diagnostics, root, root),
      ),
    );
    writeFileSync(join(root, 'en', 'b.md'), `${fm('B')}No image now.\n`);
    const d = loadContent(root, { displayBase: root }).diagnostics;
    assert.equal(d.filter((x) => x.severity === 'error').length, 0);
    const stale = d.filter((x) => x.rule === 'baseline/stale');
    assert.equal(stale.length, 1);
    assert.equal(stale[0]!.file, BASELINE_FILE);
    assert.equal(stale[0]!.line, 4);
    assert.match(
      stale[0]!.message,
      /en\/b\.md: the known "image\/missing" finding no longer occurs/,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('findings of pages that would not build cannot be listed; a broken file is an error, not a crash', () => {
  assert.equal(baselineAllows('link/broken'), true);
  assert.equal(baselineAllows('taxonomy/unknown-parent'), true);
  assert.equal(baselineAllows('schema/ms.date'), false);
  assert.equal(baselineAllows('page/duplicate-url'), false);
  const root = folder();
  try {
    writeFileSync(join(root, 'en', 'bad.md'), '---\ntitle: Bad\n---\nText.\n');
    const schema = loadContent(root, { displayBase: root }).diagnostics.find(
      (d) => d.file === 'en/bad.md' && d.severity === 'error',
    )!;
    writeFileSync(
      join(root, BASELINE_FILE),
      formatBaseline([{ file: 'en/bad.md', rule: schema.rule, message: schema.message }]),
    );
    const d = loadContent(root, { displayBase: root }).diagnostics;
    assert.ok(
      d.some((x) => x.file === 'en/bad.md' && x.rule === schema.rule && x.severity === 'error'),
      'still an error',
    );
    const refused = d.find((x) => x.rule === 'baseline/not-allowed')!;
    assert.equal(refused.line, 4);
    assert.match(refused.message, /cannot be in the baseline: that page would not be built/);

    writeFileSync(join(root, BASELINE_FILE), '{ "findings": [ oops ] }');
    const invalid = loadContent(root, { displayBase: root }).diagnostics.find(
      (x) => x.rule === 'baseline/invalid',
    )!;
    assert.equal(invalid.severity, 'error');
    assert.match(invalid.message, /not valid JSON/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('the file is stable: sorted, one entry per line', () => {
  const a = formatBaseline([
    { file: 'en/z.md', rule: 'link/broken', message: 'm' },
    { file: 'de/a.md', rule: 'image/missing', message: 'say "x"' },
  ]);
  assert.equal(
    a,
    formatBaseline([
      { file: 'de/a.md', rule: 'image/missing', message: 'say "x"' },
      { file: 'en/z.md', rule: 'link/broken', message: 'm' },
    ]),
  );
  const lines = a.split('\n');
  assert.equal(lines[3], '    {"file":"de/a.md","rule":"image/missing","message":"say \\"x\\""},');
  assert.equal(lines[4], '    {"file":"en/z.md","rule":"link/broken","message":"m"}');
  assert.deepEqual(JSON.parse(a).findings.length, 2);
});
