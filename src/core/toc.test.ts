import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readToc, tocPath } from './toc.ts';

function tree(json: string): string {
  const root = mkdtempSync(join(tmpdir(), 'toc-'));
  mkdirSync(join(root, 'en'));
  writeFileSync(join(root, 'en', '_toc.json'), json);
  return root;
}

const sample = JSON.stringify(
  [
    {
      title: 'Phases',
      id: null,
      children: [
        {
          title: 'Initiate',
          id: 'phase-initiate',
          children: [{ title: 'Kick-off', id: 'kick-off', children: [] }],
        },
      ],
    },
    { title: 'Gone', id: 'gone', children: [] },
    { title: 'Site', id: null, href: 'https://example.com', children: [] },
  ],
  null,
  2,
);

test('reads sections, nesting and order; drops entries whose page is not built, with a warning and line', () => {
  const root = tree(sample);
  const r = readToc(root, 'en', (id) => id !== 'gone', root);
  assert.deepEqual(
    r.toc?.map((e) => e.title),
    ['Phases', 'Site'],
  );
  assert.equal(r.toc?.[0]?.children[0]?.children[0]?.id, 'kick-off');
  assert.equal(r.diagnostics.length, 1);
  assert.equal(r.diagnostics[0]?.rule, 'toc/unknown-page');
  assert.equal(
    r.diagnostics[0]?.line,
    sample.split('\n').findIndex((l) => l.includes('"gone"')) + 1,
  );
});

test('invalid JSON is an error, not a crash; no file means no TOC', () => {
  const root = tree('[ { "title": ');
  assert.equal(readToc(root, 'en', () => true, root).diagnostics[0]?.rule, 'toc/invalid');
  assert.deepEqual(
    readToc(root, 'de', () => true, root),
    { diagnostics: [] },
  );
});

test('tocPath finds the chain to a page', () => {
  const root = tree(sample);
  const toc = readToc(root, 'en', () => true, root).toc!;
  assert.deepEqual(
    tocPath(toc, 'kick-off').map((e) => e.title),
    ['Phases', 'Initiate', 'Kick-off'],
  );
  assert.deepEqual(tocPath(toc, 'nope'), []);
});
