import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frontMatterSchema } from './schema.ts';
import { buildTaxonomy, type TaxPage } from './taxonomy.ts';
import {
  checkStatusHelper,
  compareWithSource,
  parseStatusHelper,
  type StatusHelper,
} from './status-helper.ts';

function pg(id: string, fm: Record<string, string>): TaxPage {
  const meta = frontMatterSchema.parse({
    title: id,
    description: 'd',
    'ms.date': '1/1/2020',
    'ft.audience': 'partner',
    ...fm,
  });
  return { locale: 'en', id, file: `en/${id}.md`, meta, lineOf: () => 1 };
}
const pages = new Map(
  [
    pg('unknown', { 'ft.level': 'L1', 'ft.order': '1' }),
    pg('silent', { 'ft.level': 'L2', 'ft.parent': 'unknown' }),
    pg('blocked', { 'ft.level': 'L1', 'ft.order': '2' }),
    pg('network', { 'ft.level': 'L2', 'ft.parent': 'blocked', 'ft.order': '1' }),
    pg('proxy', { 'ft.level': 'L3', 'ft.parent': 'network' }),
    pg('legal', { 'ft.level': 'L2', 'ft.parent': 'blocked', 'ft.order': '2' }),
  ].map((p) => [p.id, p]),
);
const tax = buildTaxonomy('en', pages, pages).taxonomy;
const noneHidden = () => false;

const LABELS = `labels:
  title: T
  intro: I
  start: S
  back: B
  restart: R
  result: Res
  path: P
  englishPath: EP
  openPage: O
  allQuestions: A
`;
/** A helper file: labels, then the questions as written (line 12 is the first `- id:`). */
const file = (questions: string) => `${LABELS}questions:\n${questions}`;
const GOOD = file(`  - id: start
    text: Reached the customer?
    answers:
      - text: No
        status: silent
      - text: Yes, blocked
        next: blocked
  - id: blocked
    text: What blocks?
    answers:
      - text: Network proxy
        status: proxy
      - text: A law
        status: legal
`);

const parse = (raw: string, locale = 'en') =>
  parseStatusHelper(raw, `content/${locale}/_which-status.yml`, locale);
const brief = (ds: { line: number; rule: string }[]) => ds.map((d) => `${d.line} ${d.rule}`);

function helperOf(raw: string): StatusHelper {
  const r = parse(raw);
  assert.deepEqual(r.diagnostics, []);
  return r.helper!;
}

test('a good helper: no findings; the first question is the start; every status is reached', () => {
  const h = helperOf(GOOD);
  assert.equal(h.start, 'start');
  assert.deepEqual(
    h.questions.map((q) => q.id),
    ['start', 'blocked'],
  );
  assert.equal(h.questions[0]!.line, 13);
  assert.equal(h.questions[0]!.answers[1]!.line, 18);
  assert.deepEqual(checkStatusHelper(h, tax, noneHidden).diagnostics, []);
});

test('invalid YAML is one finding with its line, not a crash', () => {
  const r = parse(`${LABELS}questions:\n  - id: start\n    text: "unclosed\n`);
  assert.equal(r.helper, undefined);
  assert.deepEqual(
    brief(r.diagnostics).map((s) => s.split(' ')[1]),
    ['helper/yaml'],
  );
});

test('missing labels and answers without a destination are reported where they are', () => {
  const r = parse(GOOD.replace('  back: B\n', '').replace('        status: legal\n', ''));
  assert.deepEqual(brief(r.diagnostics), ['2 helper/shape', '24 helper/answer-target']);
  assert.match(r.diagnostics[0]!.message, /label "back"/);
});

test('unknown question and unknown status: file:line and did you mean', () => {
  const h = helperOf(
    GOOD.replace('next: blocked', 'next: blockd').replace('status: proxy', 'status: proxi'),
  );
  const ds = checkStatusHelper(h, tax, noneHidden).diagnostics;
  const byRule = Object.fromEntries(ds.map((d) => [d.rule, d]));
  assert.equal(byRule['helper/unknown-question']!.line, 18);
  assert.match(byRule['helper/unknown-question']!.message, /did you mean "blocked"/);
  assert.equal(byRule['helper/unknown-status']!.line, 23);
  assert.match(byRule['helper/unknown-status']!.message, /did you mean "proxy"/);
  // What those answers led to is now unreachable: said once each.
  assert.ok(byRule['helper/unreachable-question']);
  assert.match(byRule['helper/unreachable-status']!.message, /\(proxy\)/);
});

test('a cycle, too few and too many answers', () => {
  const cyclic = GOOD.replace('        status: legal\n', '        next: start\n');
  const ds = checkStatusHelper(helperOf(cyclic), tax, noneHidden).diagnostics;
  assert.ok(
    ds.some(
      (d) =>
        d.rule === 'helper/cycle' && d.line === 25 && /start → blocked → start/.test(d.message),
    ),
    brief(ds).join(', '),
  );
  const one = GOOD.replace('      - text: A law\n        status: legal\n', '');
  assert.ok(
    checkStatusHelper(helperOf(one), tax, noneHidden).diagnostics.some(
      (d) => d.rule === 'helper/answer-count' && d.line === 20,
    ),
  );
  const six = GOOD.replace(
    '      - text: A law\n        status: legal\n',
    '      - text: A law\n        status: legal\n'.repeat(5),
  );
  assert.ok(
    checkStatusHelper(helperOf(six), tax, noneHidden).diagnostics.some(
      (d) => d.rule === 'helper/answer-count' && /6 answers/.test(d.message),
    ),
  );
});

test('a status not built for the audience: its answer disappears; a question left empty is reported', () => {
  const partnerTax = buildTaxonomy(
    'en',
    new Map([...pages].filter(([id]) => id !== 'legal')),
    new Map([...pages].filter(([id]) => id !== 'legal')),
  ).taxonomy;
  const r = checkStatusHelper(helperOf(GOOD), partnerTax, (id) => id === 'legal');
  assert.deepEqual(r.diagnostics, []);
  assert.deepEqual(
    r.helper.byId.get('blocked')!.answers.map((a) => a.status),
    ['proxy'],
  );
  const onlyLegal = GOOD.replace(
    '      - text: Network proxy\n        status: proxy\n',
    '      - text: Law 2\n        status: legal\n',
  );
  const rest = new Map(
    [...pages].filter(([id]) => id !== 'legal' && id !== 'proxy' && id !== 'network'),
  );
  const withoutProxy = buildTaxonomy('en', rest, rest).taxonomy;
  const r2 = checkStatusHelper(helperOf(onlyLegal), withoutProxy, (id) => id === 'legal');
  assert.ok(
    r2.diagnostics.some((d) => d.rule === 'helper/empty-question' && d.line === 20),
    brief(r2.diagnostics).join(', '),
  );
  assert.deepEqual(
    r2.helper.byId.get('start')!.answers.map((a) => a.status),
    ['silent'],
  );
});

test('a translation must be the English tree: same questions, order, answers and destinations', () => {
  const en = helperOf(GOOD);
  assert.deepEqual(
    compareWithSource(helperOf(GOOD.replace('Reached the customer?', 'Kunde erreicht?')), en),
    [],
  );
  const changed = helperOf(GOOD.replace('status: proxy', 'status: legal'));
  const d1 = compareWithSource(changed, en);
  assert.deepEqual(brief(d1), ['23 helper/translation']);
  assert.match(
    d1[0]!.message,
    /leads to status "legal"; the English answer leads to status "proxy"/,
  );
  assert.match(d1[0]!.hint!, /content\/en\/_which-status.yml:23/);
  const fewer = helperOf(GOOD.replace('      - text: A law\n        status: legal\n', ''));
  assert.match(compareWithSource(fewer, en)[0]!.message, /1 answers; the English one has 2/);
  const [q1, q2] = GOOD.split('  - id: blocked');
  const reordered = helperOf(
    `${LABELS}questions:\n  - id: blocked${q2}${q1!.slice(q1!.indexOf('  - id: start'))}`,
  );
  assert.ok(
    compareWithSource(reordered, en).some((d) =>
      /question 1 is "blocked", but the English helper has "start"/.test(d.message),
    ),
  );
});
