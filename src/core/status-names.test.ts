import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frontMatterSchema } from './schema.ts';
import { buildTaxonomy, type TaxPage } from './taxonomy.ts';
import { findStatus, statusIndex } from './status-names.ts';

const pg = (locale: string, id: string, fm: Record<string, string>): TaxPage => ({
  locale,
  id,
  file: `${locale}/${id}.md`,
  lineOf: () => 1,
  meta: frontMatterSchema.parse({
    description: 'd',
    'ms.date': '1/1/2020',
    'ft.audience': 'partner',
    ...fm,
  }),
});

test('a status named in prose finds its node by title or label, ignoring case, blanks and width', () => {
  const en = new Map([
    ['blocked', pg('en', 'blocked', { title: 'Blocked', 'ft.level': 'L1' })],
    [
      'adoption',
      pg('en', 'adoption', {
        title: 'Adoption Readiness',
        'ft.label': 'Adoption',
        'ft.level': 'L2',
        'ft.parent': 'blocked',
      }),
    ],
  ]);
  const tax = buildTaxonomy('en', en, en).taxonomy;
  const index = statusIndex(tax);
  assert.equal(findStatus(index, 'Adoption Readiness')?.id, 'adoption');
  assert.equal(findStatus(index, '  adoption   READINESS ')?.id, 'adoption');
  assert.equal(findStatus(index, 'Adoption\nReadiness')?.id, 'adoption');
  assert.equal(findStatus(index, 'Adoption')?.id, 'adoption');
  assert.equal(findStatus(index, 'ＢＬＯＣＫＥＤ')?.id, 'blocked'); // full-width letters (NFKC)
  assert.equal(findStatus(index, 'Adoption Readines'), undefined);
  assert.equal(findStatus(index, ''), undefined);
});

test('per locale: the German tree matches German titles, English fallbacks their English ones', () => {
  const en = new Map([
    ['blocked', pg('en', 'blocked', { title: 'Blocked', 'ft.level': 'L1' })],
    ['legal', pg('en', 'legal', { title: 'Legal', 'ft.level': 'L2', 'ft.parent': 'blocked' })],
  ]);
  const de = new Map([['blocked', pg('de', 'blocked', { title: 'Blockiert', 'ft.level': 'L1' })]]);
  const index = statusIndex(buildTaxonomy('de', de, en).taxonomy);
  assert.equal(findStatus(index, 'blockiert')?.page.locale, 'de');
  assert.equal(findStatus(index, 'Blocked'), undefined);
  assert.equal(findStatus(index, 'Legal')?.fallback, true);
});

test('the first node keeps a name two nodes share', () => {
  const en = new Map([
    ['a', pg('en', 'a', { title: 'Same', 'ft.level': 'L1', 'ft.order': '1' })],
    ['b', pg('en', 'b', { title: 'Other', 'ft.label': 'Same', 'ft.level': 'L1', 'ft.order': '2' })],
  ]);
  const index = statusIndex(buildTaxonomy('en', en, en).taxonomy);
  assert.equal(findStatus(index, 'same')?.id, 'a');
  assert.equal(findStatus(index, 'other')?.id, 'b');
});

test('the index is built once per taxonomy (the site asks for it on every page)', () => {
  const en = new Map([['blocked', pg('en', 'blocked', { title: 'Blocked', 'ft.level': 'L1' })]]);
  const tax = buildTaxonomy('en', en, en).taxonomy;
  assert.equal(statusIndex(tax), statusIndex(tax));
  const other = buildTaxonomy('en', en, en).taxonomy;
  assert.notEqual(statusIndex(other), statusIndex(tax));
  assert.equal(findStatus(statusIndex(other), 'blocked')?.id, 'blocked');
});

test('aliases find their status too, but never take a name a title or label already has', () => {
  const fm = (title: string, extra: Record<string, unknown> = {}) =>
    ({ title, ...extra }) as Record<string, string>;
  const en = new Map([
    [
      'blocked',
      pg('en', 'blocked', fm('Blocked', { 'ft.level': 'L1', 'ft.aliases': ['Stuck', 'Legal'] })),
    ],
    [
      'legal',
      pg(
        'en',
        'legal',
        fm('Legal', { 'ft.level': 'L2', 'ft.parent': 'blocked', 'ft.aliases': ['Old legal name'] }),
      ),
    ],
  ]);
  const index = statusIndex(buildTaxonomy('en', en, en).taxonomy);
  assert.equal(findStatus(index, 'old legal name')?.id, 'legal');
  assert.equal(findStatus(index, 'Stuck')?.id, 'blocked');
  assert.equal(
    findStatus(index, 'Legal')?.id,
    'legal',
    "the title wins over another status's alias",
  );
});
