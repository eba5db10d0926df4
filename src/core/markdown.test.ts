import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSlugger, findIncludes, INCLUDE_RE, readBody } from './markdown.ts';

test('headings: text without markup, github-slugger ids, duplicates numbered, file lines', () => {
  const body = [
    '# Blocked: Legal & Regulatory',
    '',
    '## Next *steps*',
    '',
    '## Next steps',
    '',
    'Setext',
    '---',
    '',
    '### `code` <span>x</span> ![img](a.png)',
  ].join('\n');
  const f = readBody(body, 10);
  assert.deepEqual(
    f.headings.map((h) => [h.depth, h.text, h.slug, h.line]),
    [
      [1, 'Blocked: Legal & Regulatory', 'blocked-legal--regulatory', 11],
      [2, 'Next steps', 'next-steps', 13],
      [2, 'Next steps', 'next-steps-1', 15],
      [2, 'Setext', 'setext', 17],
      // inline HTML is shown as text by the site, so it is part of the id there too
      [3, 'code <span>x</span> ', 'code-spanxspan-', 20],
    ],
  );
});

test('German and Japanese headings keep their letters in the id', () => {
  const f = readBody('# Übersicht der Status\n\n## 概要\n');
  assert.deepEqual(
    f.headings.map((h) => h.slug),
    ['übersicht-der-status', '概要'],
  );
});

test('links, images and definitions with line and column', () => {
  const body = [
    'Text [a](a.md) and ![pic](media/p.png).',
    '',
    '  [b](b.md#part)',
    '',
    '[ref]: c.md',
    '',
    '<https://example.com>',
  ].join('\n');
  const f = readBody(body, 6);
  assert.deepEqual(f.links, [
    { url: 'a.md', line: 7, column: 6, kind: 'link' },
    { url: 'media/p.png', line: 7, column: 20, kind: 'image' },
    { url: 'b.md#part', line: 9, column: 3, kind: 'link' },
    { url: 'c.md', line: 11, column: 1, kind: 'definition', identifier: 'ref' },
    { url: 'https://example.com', line: 13, column: 1, kind: 'link' },
  ]);
});

test('an entity-encoded tab in a link destination arrives as a real tab', () => {
  const f = readBody('[y](java&#x09;script:alert(1))\n');
  assert.equal(f.links[0]?.url, 'java\tscript:alert(1)');
});

test('raw HTML: block and inline, with positions; code is not HTML', () => {
  const f = readBody(
    [
      '<script>alert(1)</script>',
      '',
      'a <br> b',
      '',
      '```',
      '<script>no</script>',
      '```',
      '',
      '`<b>`',
    ].join('\n'),
    2,
  );
  assert.deepEqual(f.html, [
    { value: '<script>alert(1)</script>', line: 3, column: 1 },
    { value: '<br>', line: 5, column: 3 },
  ]);
});

test('GFM tables and autolinks are read (same features as the site)', () => {
  const f = readBody('| a | b |\n|---|---|\n| [x](x.md) | www.example.com |\n');
  assert.deepEqual(
    f.links.map((l) => [l.url, l.line]),
    [
      ['x.md', 3],
      ['http://www.example.com', 3],
    ],
  );
});

test('empty body: nothing found', () => {
  assert.deepEqual(readBody(''), {
    headings: [],
    links: [],
    html: [],
    listItems: [],
    tableRows: [],
  });
});

test('createSlugger numbers repeated texts per instance', () => {
  const a = createSlugger();
  assert.equal(a('Intro'), 'intro');
  assert.equal(a('Intro'), 'intro-1');
  assert.equal(createSlugger()('Intro'), 'intro');
});

test('DocFX includes: name, path, line, column; not inside fences', () => {
  const body = [
    'Text',
    '[!INCLUDE [x](_includes/missing.md)]',
    '  [!include[Note](../_includes/note.md)]  ',
    '```',
    '[!INCLUDE [y](y.md)]',
    '```',
    '~~~',
    '```',
    '[!INCLUDE [z](z.md)]',
    '~~~',
    '[!INCLUDE [after](after.md)]',
    'text [!INCLUDE [inline](i.md)]',
  ].join('\n');
  assert.deepEqual(findIncludes(body, 7), [
    { name: 'x', path: '_includes/missing.md', line: 9, column: 1 },
    { name: 'Note', path: '../_includes/note.md', line: 10, column: 3 },
    { name: 'after', path: 'after.md', line: 18, column: 1 },
  ]);
  assert.ok(INCLUDE_RE.test('[!INCLUDE [a](b.md)]'));
  assert.ok(!INCLUDE_RE.test('[!INCLUDE [a](b c.md)]'));
});

test('list items: every item line (nested lists too, in quotes too), none from code blocks; file lines', () => {
  const body = [
    '- a',
    '  continued',
    '  - nested',
    '- b',
    '',
    ' 9. nine',
    '10. ten',
    '',
    '> - quoted',
    '>   - quoted nested',
    '> - quoted 2',
    '',
    '```',
    '- not a list',
    '```',
    '',
    '* star',
    '+ plus',
    '',
    '日本語の段落',
    '',
    '1) paren',
  ].join('\n');
  assert.deepEqual(readBody(body, 10).listItems, [11, 13, 14, 16, 17, 19, 20, 21, 27, 28, 32]);
});

test('table rows: body rows only, with the last cell as text and its link; escaped pipes, markup and quotes', () => {
  const body = [
    '| Scenario | Status |',
    '| --- | --- |',
    '| a | **No Intent** |',
    '| b \\| c | [Legal](l1l2l3-legal.md#x "t") |',
    '| d | `Blocked` › Legal |',
    '',
    '> | q | r |',
    '> |---|---|',
    '> | s | 法務/規制 |',
    '',
    '| one column |',
    '| --- |',
    '| x |',
  ].join('\n');
  assert.deepEqual(readBody(body).tableRows, [
    { line: 3, cell: 'No Intent' },
    { line: 4, cell: 'Legal', url: 'l1l2l3-legal.md#x' },
    { line: 5, cell: 'Blocked › Legal' },
    { line: 9, cell: '法務/規制' },
    { line: 13, cell: '' },
  ]);
});
