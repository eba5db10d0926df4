/**
 * `node scripts/check.ts` over tests/fixtures/bad (every kind of bad input at once) and
 * tests/fixtures/good (clean), as a child process: rule and line per case, one run for all,
 * exit codes, the human, JSON and GitHub Actions outputs.
 *
 * The bad tree is copied to a temp folder first, where the test adds what is not committed:
 * a binary file (NUL bytes), a 5 MB page and a Latin-1 (not UTF-8) page.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../../src/core/diagnostics.ts';
import { loadContent } from '../../src/core/corpus.ts';
import { compare } from '../../src/core/paths.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CHECK = join(ROOT, 'scripts', 'check.ts');
const FIXTURES = join(ROOT, 'tests', 'fixtures');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the checker in `cwd` (which holds a playbook.config.json) with a clean environment. */
function check(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  const base = { ...process.env };
  for (const k of [
    'GITHUB_ACTIONS',
    'GITHUB_STEP_SUMMARY',
    'PLAYBOOK_AUDIENCE',
    'PLAYBOOK_SITE',
    'PLAYBOOK_BASE',
  ])
    delete base[k];
  const r = spawnSync(process.execPath, [CHECK, ...args], {
    cwd,
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const LINE = /^(.+?):(\d+):(\d+) (error|warning) (\S+) (.*)$/;
const SUMMARY =
  /^(\d+) files, (\d+) pages \((partner|internal)\): (\d+) errors, (\d+) warnings in \d+\.\d\d s$/;

/** Diagnostics of the human format (hint lines folded in), and the summary line. */
function parseHuman(out: string): { list: Diagnostic[]; summary: string; lines: string[] } {
  const lines = out.split('\n').filter((l) => l !== '');
  const list: Diagnostic[] = [];
  for (const l of lines.slice(0, -1)) {
    if (l.startsWith('    hint: ')) {
      list[list.length - 1]!.hint = l.slice(10);
      continue;
    }
    if (l.startsWith('::')) continue; // GitHub annotations
    const m = LINE.exec(l);
    assert.ok(m, `not a diagnostic line: ${JSON.stringify(l)}`);
    list.push({
      file: m[1]!,
      line: Number(m[2]),
      column: Number(m[3]),
      severity: m[4] as Diagnostic['severity'],
      rule: m[5]! as Diagnostic['rule'],
      message: m[6]!,
    });
  }
  return { list, summary: lines[lines.length - 1] ?? '', lines };
}

/**
 * Every finding the bad fixture must give, and nothing else: [file under bad/, line, severity, rule, part of the message].
 * The first group is the brief's list of bad-input kinds; the rest are further kinds.
 */
const EXPECTED: [string, number, 'error' | 'warning', string, string][] = [
  ['en/empty.md', 1, 'error', 'frontmatter/missing', 'the file has no front matter'],
  ['en/no-front-matter.md', 1, 'error', 'frontmatter/missing', 'the file has no front matter'],
  [
    'en/bad-yaml.md',
    3,
    'error',
    'frontmatter/yaml',
    'front matter is not valid YAML: bad indentation',
  ],
  ['en/duplicate-key.md', 5, 'error', 'frontmatter/duplicate-key', 'a key is written twice'],
  ['en/crlf.md', 8, 'error', 'link/broken', 'link "crlf-target-missing.md" goes to no page'],
  ['en/bom.md', 8, 'warning', 'schema/unknown-key', 'unknown key "colour"'],
  ['en/binary.md', 1, 'error', 'file/binary', 'file is binary, not Markdown text'],
  ['en/huge.md', 1, 'warning', 'file/too-large', 'file is 5.0 MB'],
  ['en/with spaces.md', 8, 'error', 'link/broken', 'link "no-such-page.md" goes to no page'],
  ['en/über-straße.md', 8, 'error', 'link/anchor', 'no heading "#nicht-da" on this page'],
  [
    'en/unknown-ft-key.md',
    6,
    'error',
    'schema/unknown-ft-key',
    'unknown key "ft.lable" (did you mean "ft.label"?)',
  ],
  ['en/unknown-key.md', 6, 'warning', 'schema/unknown-key', 'unknown key "colour"'],
  ['en/date-month-13.md', 4, 'error', 'schema/ms.date', '"13/45/2019" has month 13'],
  ['en/date-feb-30.md', 4, 'error', 'schema/ms.date', '"2/30/2020" is not a real date'],
  ['en/date-word.md', 4, 'error', 'schema/ms.date', '"yesterday" is not a date in a known form'],
  [
    'en/bad-audience.md',
    5,
    'error',
    'schema/ft.audience',
    'unknown audience "partners" (did you mean "partner"?)',
  ],
  ['en/bad-level.md', 6, 'error', 'schema/ft.level', 'unknown level "L4"'],
  ['en/missing-title.md', 5, 'error', 'schema/title', 'required key "title" is missing'],
  ['en/missing-date.md', 5, 'error', 'schema/ms.date', 'required key "ms.date" is missing'],
  ['en/broken-link.md', 8, 'error', 'link/broken', '(did you mean "status-root.md"?)'],
  [
    'en/broken-anchor.md',
    8,
    'error',
    'link/anchor',
    'page "status-root" has no heading "#next-step" (did you mean "next-steps"?)',
  ],
  ['en/missing-image.md', 8, 'error', 'image/missing', 'file "media/diagram.png" does not exist'],
  [
    'en/legacy-suffix-missing.md',
    8,
    'error',
    'link/broken',
    'link "gone-page-de.md" goes to no page',
  ],
  [
    'en/l1-with-parent.md',
    7,
    'error',
    'taxonomy/l1-parent',
    'an L1 status has no parent, but ft.parent is "status-root"',
  ],
  [
    'en/l2-with-l3-parent.md',
    7,
    'error',
    'taxonomy/parent-level',
    'an L2\'s parent must be an L1, but "status-leaf" is an L3',
  ],
  [
    'en/unknown-parent.md',
    7,
    'error',
    'taxonomy/unknown-parent',
    'ft.parent "status-rot" is not a status page in en (did you mean "status-root"?)',
  ],
  [
    'en/duplicate-url.md',
    1,
    'error',
    'page/duplicate-url',
    'gives the same URL /en/duplicate-url/ as bad/en/duplicate url.md',
  ],
  ['de/orphan.md', 1, 'warning', 'i18n/no-source', 'translation has no en page "orphan"'],
  [
    'de/status-root.md',
    10,
    'error',
    'i18n/parity-sections',
    'missing section: English section 2 "Next steps" (bad/en/status-root.md:12) has no counterpart here',
  ],
  [
    'de/status-root.md',
    4,
    'warning',
    'i18n/stale',
    'translation (ms.date 2020-01-01) is older than its source bad/en/status-root.md (2024-01-01)',
  ],
  [
    'en/missing-include.md',
    8,
    'error',
    'include/missing',
    'included file "_includes/missing.md" does not exist',
  ],
  [
    'en/script-html.md',
    8,
    'error',
    'security/unsafe-html',
    'raw HTML with <script> is not allowed',
  ],
  [
    'en/javascript-link.md',
    8,
    'error',
    'security/unsafe-url',
    'link uses an unsafe scheme: "javascript:alert(1)"',
  ],
  [
    'en/link-to-internal.md',
    8,
    'error',
    'link/audience',
    'link "internal-only.md" goes to a page that is not built for this audience',
  ],
  // further kinds
  [
    'en/missing-include.md',
    10,
    'error',
    'include/missing',
    'included file "_includes/100%.md" does not exist',
  ],
  ['en/script-html.md', 10, 'error', 'security/unsafe-html', '<!-- a --><script>'],
  [
    'en/javascript-link.md',
    10,
    'error',
    'security/unsafe-url',
    'link uses an unsafe scheme: "java\tscript:alert(1)"',
  ],
  ['en/latin1.md', 1, 'warning', 'file/encoding', 'file is not valid UTF-8'],
  ['stray.md', 1, 'error', 'layout/outside-locale', 'Markdown file outside a locale folder'],
  ['en/empty-body.md', 7, 'warning', 'content/empty', 'page has no text after the front matter'],
  ['en/raw-html-br.md', 8, 'warning', 'content/raw-html', 'raw HTML "<br>" is shown as text'],
  [
    'en/nested-include.md',
    8,
    'warning',
    'include/nested',
    '"_includes/nested.md" includes other files',
  ],
  [
    'en/missing-parent.md',
    6,
    'error',
    'taxonomy/missing-parent',
    'an L2 needs ft.parent naming its L1',
  ],
  [
    'en/parent-without-level.md',
    6,
    'error',
    'taxonomy/parent-without-level',
    'ft.parent is set but the page has no ft.level',
  ],
  [
    'en/unknown-owner.md',
    6,
    'warning',
    'schema/unknown-owner',
    'ft.owner "pargim" is not in the owners list (did you mean "pagrim"?)',
  ],
  ['en/bad-order.md', 6, 'error', 'schema/ft.order', 'ft.order "1.5" is not a whole number'],
  ['en/unclosed-front-matter.md', 1, 'error', 'frontmatter/yaml', 'has no closing "---" line'],
  [
    'en/list-front-matter.md',
    2,
    'error',
    'frontmatter/yaml',
    'front matter must be a list of "key: value" lines',
  ],
  ['en/link-outside.md', 8, 'error', 'link/outside', 'points outside the content folder'],
  ['en/link-absolute.md', 8, 'warning', 'link/absolute', 'site-absolute link "/en/status-root/"'],
  [
    'en/link-unknown-target.md',
    8,
    'warning',
    'link/unknown-target',
    'link "www.example.com" is neither a page',
  ],
  ['en/link-empty.md', 8, 'error', 'link/empty', 'link has an empty target'],
  ['en/missing-file.md', 8, 'error', 'link/missing-file', 'file "files/guide.pdf" does not exist'],
  ['en/comma,name.md', 6, 'warning', 'schema/unknown-key', 'unknown key "colour"'],
  // file names outside the safe set of page ids (they still build: every finding of them is reported)
  [
    'en/with spaces.md',
    1,
    'error',
    'page/id-chars',
    'page id "with spaces" has characters other than',
  ],
  [
    'en/über-straße.md',
    1,
    'error',
    'page/id-chars',
    'page id "über-straße" has characters other than',
  ],
  [
    'en/comma,name.md',
    1,
    'error',
    'page/id-chars',
    'page id "comma,name" has characters other than',
  ],
  [
    'en/duplicate url.md',
    1,
    'error',
    'page/id-chars',
    'page id "duplicate url" has characters other than',
  ],
  // 5 MB of `[link](#huge)`: over the links-per-page limit (playbook.config.json), not over the page-size one
  [
    'en/huge.md',
    1,
    'error',
    'limit/links',
    'links, images and link definitions (its includes counted); the limit is 5000',
  ],
];
/** Pages of the bad tree that must give nothing (targets of the cases, and inputs that are fine). */
const CLEAN = [
  'en/status-root.md',
  'en/status-child.md',
  'en/status-leaf.md',
  'en/internal-only.md',
  'en/numeric-title.md',
];

let work = '';
let human: Run;
let parsed: ReturnType<typeof parseHuman>;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'check-fixtures-'));
  // The project's config, with every rule at its default severity (a team may soften some).
  const cfg = JSON.parse(readFileSync(join(ROOT, 'playbook.config.json'), 'utf8')) as {
    rules?: unknown;
  };
  delete cfg.rules;
  writeFileSync(join(work, 'playbook.config.json'), JSON.stringify(cfg));
  cpSync(join(FIXTURES, 'bad'), join(work, 'bad'), { recursive: true });
  cpSync(join(FIXTURES, 'good'), join(work, 'good'), { recursive: true });
  const fm =
    '---\ntitle: Generated\ndescription: Written by the test.\nms.date: 1/1/2024\nft.audience: partner\n---\n\n';
  writeFileSync(
    join(work, 'bad/en/binary.md'),
    Buffer.concat([
      Buffer.from(fm),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0xff, 0x00]),
    ]),
  );
  const para =
    'Lorem ipsum dolor sit amet, with a [link](#huge) and `code`, repeated to make a page far too large.\n\n';
  writeFileSync(
    join(work, 'bad/en/huge.md'),
    fm + '# Huge\n\n' + para.repeat(Math.ceil((5 * 1024 * 1024) / para.length)),
  );
  writeFileSync(
    join(work, 'bad/en/latin1.md'),
    Buffer.concat([
      Buffer.from(fm),
      Buffer.from('Gr'),
      Buffer.from([0xfc, 0xdf]),
      Buffer.from('e aus M\n'),
    ]),
  );
  human = check(work, ['bad']);
  parsed = parseHuman(human.stdout);
});
after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

test('fixture files are as committed: CRLF stays CRLF, the BOM stays, names with spaces/non-ASCII/comma exist', () => {
  const crlf = readFileSync(join(FIXTURES, 'bad/en/crlf.md'), 'utf8');
  assert.ok(
    crlf.includes('\r\n') && !/[^\r]\n/.test(crlf),
    'crlf.md has only CRLF line ends (see tests/fixtures/bad/.gitattributes)',
  );
  assert.deepEqual(
    [...readFileSync(join(FIXTURES, 'bad/en/bom.md')).subarray(0, 3)],
    [0xef, 0xbb, 0xbf],
  );
  for (const f of ['with spaces.md', 'über-straße.md', 'comma,name.md', 'duplicate url.md'])
    readFileSync(join(FIXTURES, 'bad/en', f));
});

test('bad fixture: the checker runs to the end and exits 1', () => {
  assert.equal(human.stderr, '');
  assert.equal(human.status, 1);
});

for (const [file, line, severity, rule, text] of EXPECTED) {
  test(`bad/${file}:${line} → ${severity} ${rule}`, () => {
    const hits = parsed.list.filter(
      (d) => d.file === `bad/${file}` && d.line === line && d.rule === rule,
    );
    assert.equal(
      hits.length,
      1,
      `expected one ${rule} at bad/${file}:${line}; the file got: ${JSON.stringify(parsed.list.filter((d) => d.file === `bad/${file}`))}`,
    );
    assert.equal(hits[0]!.severity, severity);
    assert.ok(
      hits[0]!.message.includes(text),
      `message ${JSON.stringify(hits[0]!.message)} should contain ${JSON.stringify(text)}`,
    );
    assert.ok(hits[0]!.hint, 'every finding says how to fix it');
  });
}

test('bad fixture: every case is reported in one run, and nothing else', () => {
  const got = parsed.list.map((d) => `${d.file}:${d.line} ${d.severity} ${d.rule}`).sort();
  const want = EXPECTED.map(([f, l, s, r]) => `bad/${f}:${l} ${s} ${r}`).sort();
  assert.deepEqual(got, want);
  const kinds = new Set(EXPECTED.map(([f]) => f));
  assert.ok(kinds.size >= 25, `${kinds.size} files with findings`);
  for (const f of CLEAN)
    assert.equal(parsed.list.filter((d) => d.file === `bad/${f}`).length, 0, `${f} is clean`);
});

test('bad fixture: lines are `file:line:col severity rule message`, sorted by file, line, column, rule', () => {
  assert.deepEqual(parsed.list, sortDiagnostics(parsed.list));
  const files = parsed.list.map((d) => d.file);
  assert.deepEqual(files, [...files].sort(compare));
  const br = parsed.list.find((d) => d.rule === 'content/raw-html')!;
  assert.equal(br.column, 3, "the column is the HTML's own");
  assert.ok(
    parsed.lines.some(
      (l) =>
        l ===
        'bad/en/with spaces.md:8:1 error link/broken link "no-such-page.md" goes to no page ("no-such-page" does not exist in en)',
    ),
  );
});

test('bad fixture: the summary line counts files, pages, errors and warnings', () => {
  const m = SUMMARY.exec(parsed.summary);
  assert.ok(m, parsed.summary);
  const errors = EXPECTED.filter((e) => e[2] === 'error').length;
  const warnings = EXPECTED.length - errors;
  assert.equal(m[3], 'partner');
  assert.equal(Number(m[4]), errors);
  assert.equal(Number(m[5]), warnings);
  const files = Number(m[1]);
  const pages = Number(m[2]);
  assert.ok(files >= 55, `${files} files`);
  assert.ok(pages < files, 'binary files, broken ones and partials are not pages');
});

test('bad fixture: the numeric title is read as the text "42" (no crash, no finding)', () => {
  const c = loadContent(join(work, 'bad'), { displayBase: work, owners: ['pagrim'] });
  assert.equal(c.get('en', 'numeric-title')?.meta?.title, '42');
  assert.equal(c.get('en', 'bom')?.meta?.title, 'BOM page');
  assert.equal(
    c.get('en', 'bom')?.meta?.owner,
    'pagrim',
    'zero-width space inside the key is removed',
  );
  assert.equal(c.get('en', 'with spaces')?.slug, 'with-spaces');
  assert.equal(c.get('en', 'über-straße')?.slug, 'über-straße');
  assert.equal(c.get('en', 'huge')?.visible, true);
});

test('bad fixture, --format json: the same findings, counts and exit code', () => {
  const r = check(work, ['bad', '--format', 'json']);
  assert.equal(r.status, 1);
  const out = JSON.parse(r.stdout) as {
    files: number;
    pages: number;
    errors: number;
    warnings: number;
    seconds: number;
    diagnostics: Diagnostic[];
    coverage?: unknown;
  };
  assert.equal(out.errors, EXPECTED.filter((e) => e[2] === 'error').length);
  assert.equal(out.warnings, EXPECTED.filter((e) => e[2] === 'warning').length);
  assert.equal(typeof out.seconds, 'number');
  assert.equal(out.coverage, undefined);
  const m = SUMMARY.exec(parsed.summary)!;
  assert.equal(out.files, Number(m[1]));
  assert.equal(out.pages, Number(m[2]));
  assert.deepEqual(
    out.diagnostics.map(({ file, line, column, severity, rule, message }) => ({
      file,
      line,
      column,
      severity,
      rule,
      message,
    })),
    parsed.list.map(({ file, line, column, severity, rule, message }) => ({
      file,
      line,
      column,
      severity,
      rule,
      message,
    })),
  );
  assert.ok(out.diagnostics.every((d) => typeof d.hint === 'string'));
  const withCoverage = JSON.parse(
    check(work, ['--format=json', '--translations', 'bad']).stdout,
  ) as { coverage: { locale: string; stale: string[] }[] };
  assert.deepEqual(withCoverage.coverage.find((c) => c.locale === 'de')?.stale, ['status-root']);
});

test('bad fixture under GitHub Actions: one escaped annotation per finding and a step summary table', () => {
  const summaryFile = join(work, 'step-summary.md');
  writeFileSync(summaryFile, '');
  const r = check(work, ['bad'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile });
  assert.equal(r.status, 1);
  const lines = r.stdout.split('\n');
  const annotations = lines.filter((l) => l.startsWith('::'));
  assert.equal(annotations.length, EXPECTED.length);
  for (const a of annotations)
    assert.match(a, /^::(error|warning) file=[^,]+,line=\d+,col=\d+,title=[^,:]+::.+%0Ahint: /);
  assert.ok(
    annotations.includes(
      '::error file=bad/en/date-month-13.md,line=4,col=1,title=schema/ms.date::"13/45/2019" has month 13; months run 1–12 (use M/D/YYYY or YYYY-MM-DD)%0Ahint: Last reviewed date: M/D/YYYY, MM/DD/YYYY, M/D/YY or YYYY-MM-DD (required).',
    ),
  );
  assert.ok(
    annotations.some((a) =>
      a.startsWith('::warning file=bad/en/comma%2Cname.md,line=6,col=1,title=schema/unknown-key::'),
    ),
    'comma in a file name is escaped',
  );
  assert.ok(
    annotations.some((a) =>
      a.startsWith(
        '::error file=bad/en/missing-include.md,line=10,col=1,title=include/missing::included file "_includes/100%25.md"',
      ),
    ),
    '% in the message is escaped',
  );
  // the human lines are still there, and the summary line is still last
  assert.equal(parseHuman(r.stdout).list.length, EXPECTED.length);
  assert.match(lines.filter(Boolean).pop()!, SUMMARY);
  const md = readFileSync(summaryFile, 'utf8');
  const m = SUMMARY.exec(parsed.summary)!;
  assert.ok(
    md.startsWith(
      `## Content check\n\n${m[4]} errors, ${m[5]} warnings in ${m[1]} files\n\n| Where | Severity | Rule | Message | Hint |\n|---|---|---|---|---|\n`,
    ),
    md.slice(0, 300),
  );
  const rows = md.split('\n').filter((l) => l.startsWith('| bad/'));
  assert.equal(rows.length, EXPECTED.length);
  assert.ok(
    rows.includes(
      '| bad/en/bad-level.md:6:1 | error | `schema/ft.level` | unknown level "L4" (did you mean "L1"?) | allowed: L1, L2, L3, none |',
    ),
  );
});

test('good fixture: no findings, exit 0, summary says 0 errors, 0 warnings', () => {
  const r = check(work, ['good']);
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0, r.stdout);
  const { list, summary } = parseHuman(r.stdout);
  assert.deepEqual(list, []);
  const m = SUMMARY.exec(summary);
  assert.ok(m, summary);
  assert.deepEqual([m[4], m[5]], ['0', '0']);
  const json = JSON.parse(check(work, ['good', '--format', 'json']).stdout) as {
    errors: number;
    warnings: number;
    diagnostics: unknown[];
    pages: number;
  };
  assert.deepEqual([json.errors, json.warnings, json.diagnostics.length], [0, 0, 0]);
  assert.ok(json.pages >= 6);
});

test('good fixture under GitHub Actions: no annotations, "No findings." in the step summary', () => {
  const summaryFile = join(work, 'good-summary.md');
  const r = check(work, ['good'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile });
  assert.equal(r.status, 0);
  assert.ok(!r.stdout.includes('::'));
  assert.match(
    readFileSync(summaryFile, 'utf8'),
    /^## Content check\n\n0 errors, 0 warnings in \d+ files\n\nNo findings\.\n$/,
  );
});

test('usage errors exit 2; a missing folder is a finding (exit 1), not a crash', () => {
  assert.equal(check(work, ['good', '--format', 'xml']).status, 2);
  assert.equal(check(work, ['good', '--bogus']).status, 2);
  assert.equal(check(work, ['good', '--audience', 'everyone']).status, 2);
  const help = check(work, ['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^usage: /);
  const missing = check(work, ['no-such-dir']);
  assert.equal(missing.status, 1);
  assert.match(missing.stdout, /^no-such-dir:1:1 error content\/missing-folder /);
});
