import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareTranslation, statusNamed, type ParityContext, type ParityPage } from './parity.ts';
import { readBody } from './markdown.ts';
import { statusIndex } from './status-names.ts';
import { buildTaxonomy, type TaxPage } from './taxonomy.ts';
import type { PageMeta } from './schema.ts';

/** A page from Markdown, as the loader reads it. */
function page(locale: string, body: string): ParityPage {
  const f = readBody(body);
  return {
    file: `content/${locale}/x.md`,
    locale,
    id: 'x',
    bodyLine: 1,
    headings: f.headings,
    listItems: f.listItems,
    tableRows: f.tableRows,
  };
}
/** Rows point to the status named in their cell (lower case), or to the page id of their link. */
const ctx: ParityContext = {
  target: (_p, row) =>
    row.url ? row.url.replace(/\.md$/, '') : row.cell ? row.cell.toLowerCase() : undefined,
  name: (id) => id.toUpperCase(),
  severity: () => 'error',
};
const EN = [
  'Intro.',
  '',
  '## Definition',
  '',
  'Text.',
  '',
  '## Valid',
  '',
  '- a',
  '- b',
  '',
  '## Invalid',
  '',
  '| S | T |',
  '|---|---|',
  '| x | blocked |',
  '| y | no-intent |',
  '',
  '### Note',
  '',
  'More.',
].join('\n');
const rules = (en: string, tr: string) =>
  compareTranslation(page('en', en), page('de', tr), ctx).map(
    (d) => `${d.line} ${d.rule} ${d.message}`,
  );

test('an exact translation gives nothing; a link and a name of the same status are equal', () => {
  assert.deepEqual(rules(EN, EN), []);
  assert.deepEqual(rules(EN, EN.replace('| x | blocked |', '| x | [Blockiert](blocked.md) |')), []);
});

test('an extra section, a changed heading level, an extra table row: one finding each, at the translation line', () => {
  assert.deepEqual(rules(EN, EN + '\n\n## Extra\n\nNeu.'), [
    '23 i18n/parity-sections section 5 (line 23) has no counterpart on the English page content/en/x.md',
  ]);
  assert.deepEqual(rules(EN, EN.replace('### Note', '## Note')), [
    '19 i18n/parity-sections section 4 (line 19) is a ## heading; English section 4 "Note" (content/en/x.md:19) is ###',
  ]);
  const extra = compareTranslation(
    page('en', EN),
    page('de', EN.replace('| y | no-intent |', '| y | no-intent |\n| z | blocked |')),
    ctx,
  );
  assert.deepEqual(
    extra.map((d) => [d.line, d.rule, d.hint]),
    [
      [
        12,
        'i18n/parity-rows',
        'remove row 3 (line 18, → BLOCKED), which the English page does not have',
      ],
    ],
  );
});

test('a missing last section is reported at the last section of the translation', () => {
  assert.deepEqual(rules(EN, EN.replace('\n\n### Note\n\nMore.', '')), [
    '12 i18n/parity-sections missing section: English section 4 "Note" (content/en/x.md:19) has no counterpart here',
  ]);
});

test('the severity comes from the context (playbook.config.json rules)', () => {
  const d = compareTranslation(page('en', EN), page('de', EN.replace('- b', '- b\n- c')), {
    ...ctx,
    severity: (r) => (r === 'i18n/parity-items' ? 'warning' : 'error'),
  });
  assert.deepEqual(
    d.map((x) => [x.rule, x.severity]),
    [['i18n/parity-items', 'warning']],
  );
});

test('statusNamed: the locale\'s names first, then English; a path "A › B" by its last part', () => {
  const meta = (title: string, level: 'L1' | 'L2', parent?: string): PageMeta =>
    ({ title, level, parent, order: 1, audience: ['partner'] }) as unknown as PageMeta;
  const tp = (locale: string, id: string, m: PageMeta): [string, TaxPage] => [
    id,
    { locale, id, file: `${locale}/${id}.md`, meta: m, lineOf: () => 1 },
  ];
  const en = new Map([
    tp('en', 'b', meta('Blocked', 'L1')),
    tp('en', 'b-legal', meta('Legal/Regulatory', 'L2', 'b')),
  ]);
  const de = new Map([tp('de', 'b', meta('Blockiert', 'L1'))]);
  const enIdx = statusIndex(buildTaxonomy('en', en, en).taxonomy);
  const deIdx = statusIndex(buildTaxonomy('de', de, en).taxonomy);
  assert.equal(statusNamed('Blockiert', [deIdx, enIdx])?.id, 'b');
  assert.equal(statusNamed('blocked', [deIdx, enIdx])?.id, 'b');
  assert.equal(statusNamed('Blockiert › Legal/Regulatory', [deIdx, enIdx])?.id, 'b-legal');
  assert.equal(statusNamed('Weder noch', [deIdx, enIdx]), undefined);
  assert.equal(statusNamed('  ', [deIdx, enIdx]), undefined);
});
