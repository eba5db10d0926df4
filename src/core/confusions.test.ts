import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frontMatterSchema } from './schema.ts';
import { buildTaxonomy, type TaxPage } from './taxonomy.ts';
import { statusIndex } from './status-names.ts';
import { readTables } from './tables.ts';
import { confusionIndex, scenarioRows, statusOfCell } from './confusions.ts';

function pg(id: string, title: string, fm: Record<string, string>): TaxPage {
  const meta = frontMatterSchema.parse({
    title,
    description: 'd',
    'ms.date': '1/1/2020',
    'ft.audience': 'partner',
    ...fm,
  });
  return { locale: 'en', id, file: `en/${id}.md`, meta, lineOf: () => 1 };
}
const pages = new Map(
  [
    pg('blocked', 'Blocked', { 'ft.level': 'L1' }),
    pg('legal', 'Legal/Regulatory', { 'ft.level': 'L2', 'ft.parent': 'blocked', 'ft.order': '1' }),
    pg('security', 'Security/Privacy', {
      'ft.level': 'L2',
      'ft.parent': 'blocked',
      'ft.order': '2',
    }),
    pg('feature', 'Product/Feature Capability', {
      'ft.level': 'L2',
      'ft.parent': 'blocked',
      'ft.order': '3',
    }),
  ].map((p) => [p.id, p]),
);
const tax = buildTaxonomy('en', pages, pages).taxonomy;
const names = statusIndex(tax);

const LEGAL = `Intro.

## Invalid example scenarios

| Scenario | Status that applies |
| --- | --- |
| An internal **policy** forbids the cloud. | Security/Privacy |
| A local datacenter region is missing. | [Product/Feature Capability](feature.md) |
| Not a status at all. | Something else |
| Legal itself. | Legal/Regulatory |
`;

test('readTables: rows with cell text, links, line and the section they stand in', () => {
  const [t] = readTables(LEGAL, 10);
  assert.equal(t!.section, 'Invalid example scenarios');
  assert.equal(t!.line, 15);
  assert.deepEqual(
    t!.header.map((c) => c.text),
    ['Scenario', 'Status that applies'],
  );
  assert.deepEqual(
    t!.rows.map((r) => r.line),
    [17, 18, 19, 20],
  );
  assert.equal(t!.rows[0]!.cells[0]!.text, 'An internal policy forbids the cloud.');
  assert.deepEqual(t!.rows[1]!.cells[1]!.links, ['feature.md']);
});

test('a row names its status by link or by name; unknown names and the page itself are left out', () => {
  const link = (url: string) => (url === 'feature.md' ? 'feature' : undefined);
  const rows = scenarioRows('legal', readTables(LEGAL), (c) => statusOfCell(c, link, names));
  assert.deepEqual(
    rows.map((r) => r.target),
    ['security', 'feature'],
  );
});

test('the reverse index: the page says "use the other one when", the other page "use this one when"', () => {
  const link = (url: string) => (url === 'feature.md' ? 'feature' : undefined);
  const rows = scenarioRows('legal', readTables(LEGAL), (c) => statusOfCell(c, link, names));
  rows.push({
    from: 'security',
    target: 'legal',
    scenario: 'A regulator has not approved the cloud yet.',
  });
  const index = confusionIndex(tax, rows);
  const legal = index.get('legal')!;
  assert.deepEqual(
    legal.map((c) => c.status.id),
    ['security', 'feature'],
  );
  assert.deepEqual(legal[0]!.scenarios, [
    { text: 'An internal policy forbids the cloud.', applies: 'other' },
    { text: 'A regulator has not approved the cloud yet.', applies: 'this' },
  ]);
  assert.deepEqual(
    index.get('feature')!.map((c) => [c.status.id, c.scenarios.map((s) => s.applies)]),
    [['legal', ['this']]],
  );
  assert.equal(index.get('blocked'), undefined);
});
