import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTocFileEntry, tocFileSchema, tocFileText, type TocFileEntry } from './toc-file.ts';

const entries: TocFileEntry[] = [
  {
    title: 'Phases',
    id: null,
    children: [{ title: 'Initiate', id: 'phase-initiate', children: [] }],
  },
  { title: 'Site', id: null, href: 'https://example.com', children: [] },
];

test('the written text reads back through the schema as the same entries, keys in a fixed order', () => {
  const text = tocFileText([
    { children: [], href: 'mailto:a@b.c', id: 'x', title: 'X' } as TocFileEntry,
    ...entries,
  ]);
  assert.ok(text.endsWith(']\n'));
  assert.match(
    text,
    /^\[\n {2}\{\n {4}"title": "X",\n {4}"id": "x",\n {4}"href": "mailto:a@b.c",\n {4}"children": \[\]/,
  );
  const parsed = tocFileSchema.parse(JSON.parse(text));
  assert.deepEqual(parsed.slice(1), entries);
});

test('the schema refuses what the importer never writes', () => {
  assert.equal(
    tocFileSchema.safeParse([{ title: 'A', id: 'a' }]).success,
    false,
    'children is required',
  );
  assert.equal(
    tocFileSchema.safeParse([{ title: 'A', id: null, href: 'javascript:alert(1)', children: [] }])
      .success,
    false,
  );
  assert.equal(tocFileSchema.safeParse({ title: 'A' }).success, false, 'a list, not one entry');
});

test('a hand-edited entry is read field by field: what does not fit counts as absent', () => {
  assert.deepEqual(
    readTocFileEntry({ title: 7, id: 3, href: 'javascript:alert(1)', children: 'x' }),
    { title: '', id: undefined, href: undefined, children: [] },
  );
  assert.deepEqual(
    { ...readTocFileEntry({ title: 'A', id: null, children: [1] }), href: undefined },
    { title: 'A', id: undefined, href: undefined, children: [1] },
  );
  assert.deepEqual(readTocFileEntry({ title: 'A', id: 'a', href: 'HTTPS://x.org', children: [] }), {
    title: 'A',
    id: 'a',
    href: 'HTTPS://x.org',
    children: [],
  });
  assert.equal(readTocFileEntry('text'), undefined);
  assert.equal(readTocFileEntry(null), undefined);
});
