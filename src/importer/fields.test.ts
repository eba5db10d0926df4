import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFrontMatter } from '../core/frontmatter.ts';
import { addFields, yamlScalar } from './fields.ts';

const PAGE =
  '---\n# required metadata  \ntitle: Blocked - Legal/Regulatory  \nms.date: 9/27/2019\n---\n\n# Body\n';

test('adds keys before the closing line and keeps every author line as written', () => {
  const out = addFields(PAGE, [
    ['ft.level', 'L2'],
    ['ft.parent', 'l1l2l3-blocked'],
    ['ft.order', '3'],
    ['ft.label', 'Legal/Regulatory'],
  ]);
  assert.equal(
    out,
    '---\n# required metadata  \ntitle: Blocked - Legal/Regulatory  \nms.date: 9/27/2019\nft.level: L2\nft.parent: l1l2l3-blocked\nft.order: 3\nft.label: Legal/Regulatory\n---\n\n# Body\n',
  );
  const fm = parseFrontMatter(out);
  assert.deepEqual(
    [fm.data['ft.level'], fm.data['ft.order'], fm.data['ft.label'], fm.data['ms.date']],
    ['L2', '3', 'Legal/Regulatory', '9/27/2019'],
  );
});

test('never writes a key the author has', () => {
  assert.equal(addFields(PAGE, [['title', 'Other']]), PAGE);
});

test('values read back exactly, whatever characters they have', () => {
  for (const v of [
    'a: b',
    '#x',
    "it's",
    '- x',
    'Security/Privacy (Non-Product/Feature)',
    '"quoted"',
    'yes',
    '日本語',
  ]) {
    const fm = parseFrontMatter(`---\nft.label: ${yamlScalar(v)}\n---\n`);
    assert.equal(fm.data['ft.label'], v);
  }
});

test('refuses pages without valid front matter', () => {
  assert.throws(() => addFields('# no front matter\n', [['ft.level', 'L1']]));
  assert.throws(() => addFields('---\ntitle: [\n---\n', [['ft.level', 'L1']]));
});
