import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { frontMatterSchema } from './schema.ts';
import { buildTaxonomy, type TaxNode, type TaxPage } from './taxonomy.ts';
import {
  CSV_COLUMNS,
  CSV_LIST_SEPARATOR,
  csvValue,
  definitionText,
  statusesCsv,
  statusJsonSchemas,
  statusRecords,
  statusRecordSchema,
} from './status-data.ts';
import { llmsFullTxt, llmsTxt } from './llms-txt.ts';

function pg(
  locale: string,
  id: string,
  title: string,
  fm: Record<string, string | string[]>,
): TaxPage {
  const meta = frontMatterSchema.parse({
    title,
    description: `About ${title}.`,
    'ms.date': '11/20/2026',
    'ft.audience': 'partner',
    ...fm,
  });
  return { locale, id, file: `${locale}/${id}.md`, meta, lineOf: () => 1 };
}
const en = new Map(
  [
    pg('en', 'blocked', 'Blocked', { 'ft.level': 'L1' }),
    pg('en', 'billing', 'Billing, Licensing and Subscription', {
      'ft.level': 'L2',
      'ft.parent': 'blocked',
      'ft.aliases': ['Billing, Licensing, Subscription', 'EA'],
    }),
    pg('en', 'seats', 'Addition of Seats', { 'ft.level': 'L3', 'ft.parent': 'billing' }),
  ].map((p) => [p.id, p]),
);
const de = new Map(
  [pg('de', 'billing', 'Abrechnung "Lizenzen"', { 'ft.level': 'L2', 'ft.parent': 'blocked' })].map(
    (p) => [p.id, p],
  ),
);
const enTax = buildTaxonomy('en', en, en).taxonomy;
const deTax = buildTaxonomy('de', de, en).taxonomy;
const bodies: Record<string, string> = {
  seats:
    'Intro line.\n\n## Definition\n\nThe customer must **buy** more\nlicences first.\n\nThis sub-reason refines [Billing](billing.md).\n\n## Valid example scenarios\n\n- x\n',
};
const source = (locale: string) => ({
  definitionOf: (n: TaxNode) => definitionText(bodies[n.id] ?? '', n.page.meta.description),
  urlOf: (n: { id: string }) => `https://x.test/${locale}/${n.id}/`,
});

test('definitionText: the first paragraph of the first ## section as plain text, else the description', () => {
  assert.equal(
    definitionText(bodies.seats!, 'fallback'),
    'The customer must buy more licences first.',
  );
  assert.equal(definitionText('No sections at all.', 'fallback'), 'fallback');
  assert.equal(definitionText('## Definition\n\n- only a list\n', 'fallback'), 'fallback');
});

test("records: reading order, parents, English names and paths beside the locale's, fallback marked", () => {
  const r = statusRecords(deTax, enTax, source('de'));
  assert.deepEqual(
    r.map((x) => x.id),
    ['blocked', 'billing', 'seats'],
  );
  const billing = r[1]!;
  assert.equal(billing.parentId, 'blocked');
  assert.equal(billing.name, 'Abrechnung "Lizenzen"');
  assert.equal(billing.englishName, 'Billing, Licensing and Subscription');
  assert.equal(billing.path, 'Blocked › Abrechnung "Lizenzen"');
  assert.equal(billing.englishPath, 'Blocked › Billing, Licensing and Subscription');
  assert.equal(billing.translated, true);
  assert.equal(r[0]!.translated, false, 'de has no page of its own for Blocked');
  assert.equal(r[2]!.definition, 'The customer must buy more licences first.');
  assert.equal(r[2]!.lastReviewed, '2026-11-20');
  for (const x of r) statusRecordSchema.parse(x);
});

test('CSV: BOM, CRLF, quoting of commas and quotes; parsed back it equals the records', () => {
  const records = statusRecords(deTax, enTax, source('de'));
  const csv = statusesCsv(records);
  assert.ok(csv.startsWith('\uFEFFid,level,'));
  assert.match(csv, /\r\n/);
  const rows = parse(csv, { bom: true, columns: true, cast: (v: string) => csvValue(v) }) as Record<
    string,
    string
  >[];
  assert.deepEqual(Object.keys(rows[0]!), [...CSV_COLUMNS]);
  const back = rows.map((row) => ({
    ...row,
    parentId: row.parentId || null,
    aliases: row.aliases ? row.aliases.split(CSV_LIST_SEPARATOR) : [],
    translated: row.translated === 'true',
  }));
  assert.deepEqual(
    back,
    records.map((r) => ({ ...r })),
  );
});

test('CSV: a value a spreadsheet would run as a formula is written with an apostrophe first', () => {
  const [r] = statusRecords(deTax, enTax, source('de'));
  const csv = statusesCsv([
    { ...r!, name: '=HYPERLINK("https://evil.test","x")', aliases: ['+1', 'ok'] },
  ]);
  assert.match(csv, /,"'=HYPERLINK\(""https:\/\/evil\.test"",""x""\)",/);
  const [row] = parse(csv, {
    bom: true,
    columns: true,
    cast: (v: string) => csvValue(v),
  }) as Record<string, string>[];
  assert.equal(row!.name, '=HYPERLINK("https://evil.test","x")');
  assert.equal(row!.aliases, '+1 | ok');
});

test('the JSON Schemas come from the zod schemas: strict objects, every record field described', () => {
  const { locale } = statusJsonSchemas() as {
    locale: {
      additionalProperties: boolean;
      properties: { statuses: { items: { properties: Record<string, { description?: string }> } } };
    };
  };
  assert.equal(locale.additionalProperties, false);
  const fields = locale.properties.statuses.items.properties;
  assert.deepEqual(Object.keys(fields), [...CSV_COLUMNS]);
  for (const [k, v] of Object.entries(fields)) assert.ok(v.description, `${k} has a description`);
});

test('llms.txt: title, summary, one section per L1 with its reasons; llms-full.txt keeps the order', () => {
  const records = statusRecords(enTax, enTax, source('en'));
  const txt = llmsTxt({
    title: 'Playbook',
    summary: 'How to\nclassify.',
    records,
    tools: { heading: 'Tools', links: [{ title: 'Finder', url: 'https://x.test/f/' }] },
    optional: [{ title: 'Full text', url: 'https://x.test/full' }],
  });
  assert.equal(
    txt,
    [
      '# Playbook',
      '',
      '> How to classify.',
      '',
      '## Tools',
      '',
      '- [Finder](https://x.test/f/)',
      '',
      '## Blocked',
      '',
      '- [Blocked](https://x.test/en/blocked/): About Blocked.',
      '- [Blocked › Billing, Licensing and Subscription](https://x.test/en/billing/): About Billing, Licensing and Subscription.',
      '- [Blocked › Billing, Licensing and Subscription › Addition of Seats](https://x.test/en/seats/): The customer must buy more licences first.',
      '',
      '## Optional',
      '',
      '- [Full text](https://x.test/full)',
      '',
    ].join('\n'),
  );
  const full = llmsFullTxt(
    'Playbook',
    records.map((record) => ({ record, markdown: `Text of ${record.id}.` })),
  );
  assert.ok(
    full.indexOf('Text of blocked.') < full.indexOf('Text of billing.') &&
      full.indexOf('Text of billing.') < full.indexOf('Text of seats.'),
  );
  assert.match(
    full,
    /^# Blocked › Billing, Licensing and Subscription › Addition of Seats\n\nL3 · seats · https:\/\/x\.test\/en\/seats\/\n\nText of seats\.$/m,
  );
});
