import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  AUDIENCES,
  FIELD_DOCS,
  KNOWN_KEYS,
  LEVELS,
  frontMatterSchema,
  pageMetaSchema,
} from './schema.ts';

const base = {
  title: ' Blocked ',
  description: 'One sentence.',
  'ms.date': '5/02/2019',
  'ft.audience': 'partner',
};
const parse = (extra: Record<string, unknown> = {}) =>
  frontMatterSchema.safeParse({ ...base, ...extra });
const issues = (extra: Record<string, unknown>) => {
  const r = parse(extra);
  assert.equal(r.success, false, `expected failure for ${JSON.stringify(extra)}`);
  return r.error!.issues.map((i) => ({ key: String(i.path[0]), message: i.message }));
};

/** Keys named in README's "Field | Meaning" table (a row may name several: `author`, `ms.author`). */
function readmeFieldKeys(): string[] {
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| Field | Meaning |')).split(/\n(?!\|)/)[0]!;
  return table
    .split('\n')
    .slice(2)
    .flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

test('every key the schema reads is documented in FIELD_DOCS and in README, and nothing else is', () => {
  const schemaKeys = Object.keys(frontMatterSchema.in.shape).sort();
  assert.deepEqual(Object.keys(FIELD_DOCS).sort(), schemaKeys, 'FIELD_DOCS and frontMatterSchema');
  assert.deepEqual([...KNOWN_KEYS].sort(), schemaKeys, 'KNOWN_KEYS and frontMatterSchema');
  assert.deepEqual(
    readmeFieldKeys().sort(),
    schemaKeys,
    'README field table and frontMatterSchema',
  );
  for (const k of ['title', 'description', 'ms.date', 'ft.audience']) {
    assert.ok(
      frontMatterSchema.in.shape[k as keyof typeof frontMatterSchema.in.shape].safeParse(undefined)
        .success === false,
      `${k} is required`,
    );
  }
  assert.deepEqual([...AUDIENCES], ['partner', 'internal']);
  assert.deepEqual([...LEVELS], ['L1', 'L2', 'L3']);
});

test('minimal page: trimmed title, ISO date, audience list, defaults', () => {
  const r = parse();
  assert.ok(r.success);
  const m = r.data;
  assert.equal(m.title, 'Blocked');
  assert.equal(m.date, '2019-05-02');
  assert.deepEqual(m.audience, ['partner']);
  assert.equal(m.level, null);
  assert.equal(m.parent, undefined);
  assert.equal(m.label, undefined);
  assert.equal(m.order, undefined);
  assert.deepEqual(m.keywords, []);
  assert.ok(pageMetaSchema.safeParse(m).success, 'the result satisfies pageMetaSchema');
});

test('every optional field maps to PageMeta', () => {
  const r = parse({
    author: 'gh',
    'ms.author': 'pagrim',
    manager: 'boss',
    'ms.topic': 'playbook',
    'ms.prod': 'np',
    'ms.custom': 'c',
    'ft.owner': 'pagrim',
    'ft.level': 'l2',
    'ft.parent': 'l1l2l3-blocked',
    'ft.order': ' 3 ',
    'ft.keywords': ['x', ' y '],
    'ft.label': 'Short',
  });
  assert.ok(r.success);
  const m = r.data;
  assert.equal(m.author, 'gh');
  assert.equal(m.msAuthor, 'pagrim');
  assert.equal(m.manager, 'boss');
  assert.equal(m.topic, 'playbook');
  assert.equal(m.prod, 'np');
  assert.equal(m.custom, 'c');
  assert.equal(m.owner, 'pagrim');
  assert.equal(m.level, 'L2');
  assert.equal(m.parent, 'l1l2l3-blocked');
  assert.equal(m.order, 3);
  assert.deepEqual(m.keywords, ['x', 'y']);
  assert.equal(m.label, 'Short');
  assert.ok(pageMetaSchema.safeParse(m).success);
});

test('audience: "internal, partner", lists, case and duplicates', () => {
  assert.deepEqual(parse({ 'ft.audience': 'internal, partner' }).data?.audience, [
    'internal',
    'partner',
  ]);
  assert.deepEqual(parse({ 'ft.audience': ['Partner', 'internal', 'partner'] }).data?.audience, [
    'internal',
    'partner',
  ]);
  assert.deepEqual(parse({ 'ft.audience': 'INTERNAL' }).data?.audience, ['internal']);
  assert.deepEqual(issues({ 'ft.audience': 'partners' }), [
    { key: 'ft.audience', message: 'unknown audience "partners"' },
  ]);
  assert.equal(issues({ 'ft.audience': 'partners, customers' }).length, 2);
  assert.deepEqual(issues({ 'ft.audience': ' , ' }), [
    { key: 'ft.audience', message: 'ft.audience is empty' },
  ]);
  assert.equal(issues({ 'ft.audience': { a: 'b' } })[0]!.key, 'ft.audience');
});

test('level: L1–L3 in any case, none or empty → null, anything else an error', () => {
  assert.equal(parse({ 'ft.level': 'L3' }).data?.level, 'L3');
  assert.equal(parse({ 'ft.level': 'none' }).data?.level, null);
  assert.equal(parse({ 'ft.level': 'None' }).data?.level, null);
  assert.equal(parse({ 'ft.level': '' }).data?.level, null);
  assert.deepEqual(issues({ 'ft.level': 'L4' }), [
    { key: 'ft.level', message: 'unknown level "L4"' },
  ]);
});

test('order must be a whole number', () => {
  assert.equal(parse({ 'ft.order': '-2' }).data?.order, -2);
  assert.deepEqual(issues({ 'ft.order': '1.5' }), [
    { key: 'ft.order', message: 'ft.order "1.5" is not a whole number' },
  ]);
  assert.equal(issues({ 'ft.order': 'first' })[0]!.key, 'ft.order');
});

test('keywords: comma-separated text or a list, blanks dropped', () => {
  assert.deepEqual(parse({ 'ft.keywords': 'a, b ,,c' }).data?.keywords, ['a', 'b', 'c']);
  assert.deepEqual(parse({ 'ft.keywords': ['one two', ''] }).data?.keywords, ['one two']);
});

test('required keys: missing or empty is an error on that key', () => {
  for (const key of ['title', 'description', 'ms.date', 'ft.audience']) {
    const r = frontMatterSchema.safeParse({ ...base, [key]: undefined });
    assert.equal(r.success, false, key);
    assert.ok(
      r.error!.issues.some((i) => i.path[0] === key),
      key,
    );
  }
  assert.deepEqual(issues({ title: '   ' }), [{ key: 'title', message: 'title is empty' }]);
  assert.deepEqual(issues({ title: { x: 'y' } }), [
    { key: 'title', message: 'title must be text' },
  ]);
});

test('ms.date: every accepted form, and errors that say how to write it', () => {
  for (const [input, iso] of [
    ['5/02/2019', '2019-05-02'],
    ['02/29/2024', '2024-02-29'],
    ['1/29/20', '2020-01-29'],
    ['2020-01-31', '2020-01-31'],
  ]) {
    assert.equal(parse({ 'ms.date': input }).data?.date, iso, input);
  }
  for (const input of ['13/45/2019', '2/30/2020', 'yesterday']) {
    const [i] = issues({ 'ms.date': input });
    assert.equal(i!.key, 'ms.date');
    assert.match(i!.message, /use M\/D\/YYYY or YYYY-MM-DD/);
    assert.ok(i!.message.includes(input));
  }
});

test('pageMetaSchema rejects what the transform never produces', () => {
  const good = parse().data!;
  assert.equal(pageMetaSchema.safeParse({ ...good, date: '5/2/2019' }).success, false);
  assert.equal(pageMetaSchema.safeParse({ ...good, audience: [] }).success, false);
  assert.equal(pageMetaSchema.safeParse({ ...good, level: 'L4' }).success, false);
});
