import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFrontMatter } from './frontmatter.ts';
import { yamlList, yamlScalar } from './yaml-text.ts';

const HOSTILE = [
  'plain',
  'a: b',
  'key:',
  'a #b',
  '#x',
  '-x',
  '- x',
  '---',
  '...',
  "it's",
  '"q"',
  `'q'`,
  'a\nb',
  'a\n\nb\n',
  ' lead',
  'trail ',
  'yes',
  'no',
  'Yes',
  'off',
  'null',
  '~',
  'true',
  '123',
  '1.5',
  '0x1F',
  '1e3',
  '',
  '予算の状態',
  '预算状态',
  'Très élevé',
  '@x',
  '%x',
  '`x`',
  '*x',
  '&x',
  '!x',
  '|x',
  '>x',
  '?',
  '? x',
  '[x]',
  '{x}',
  'a, b',
  'a\tb',
  'x\u0001y',
  'a\u2028b',
  '\\',
  'C:\\x',
];

const readBack = (text: string) => parseFrontMatter(`---\n${text}\n---\nbody\n`).data;

test("yamlScalar: every hostile value reads back unchanged through the core's front-matter reader", () => {
  for (const v of HOSTILE)
    assert.deepEqual(
      readBack(`title: ${yamlScalar(v)}\nnext: x`),
      { title: v, next: 'x' },
      JSON.stringify(v),
    );
});

test('yamlScalar: plain when that is safe, quoted when not', () => {
  assert.equal(yamlScalar('Blocked – customer'), 'Blocked – customer');
  assert.equal(yamlScalar('予算の状態'), '予算の状態');
  assert.equal(yamlScalar('a: b'), "'a: b'");
  assert.equal(yamlScalar('yes'), "'yes'", 'YAML 1.1 booleans are quoted for other readers');
});

test('yamlList: a flow list whose items read back unchanged', () => {
  assert.equal(
    yamlList(['Legal/Regulatory', 'Billing, Licensing']),
    "[Legal/Regulatory, 'Billing, Licensing']",
  );
  assert.equal(yamlList([]), '[]');
  assert.deepEqual(readBack(`ft.keywords: ${yamlList(HOSTILE)}`), { 'ft.keywords': HOSTILE });
});
