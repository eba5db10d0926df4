import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseSource, parseFrontMatter } from './frontmatter.ts';

const FM = [
  '---',
  'title: Blocked',
  'description: One sentence.',
  'ms.date: 11/24/2026',
  'ft.audience: partner',
  '---',
];

test('plain front matter: data, key lines, body and its first line', () => {
  const fm = parseFrontMatter([...FM, '', '# Heading', 'text'].join('\n'));
  assert.equal(fm.present, true);
  assert.equal(fm.error, undefined);
  assert.deepEqual(fm.data, {
    title: 'Blocked',
    description: 'One sentence.',
    'ms.date': '11/24/2026',
    'ft.audience': 'partner',
  });
  assert.deepEqual(
    [...fm.keyLines],
    [
      ['title', 2],
      ['description', 3],
      ['ms.date', 4],
      ['ft.audience', 5],
    ],
  );
  assert.equal(fm.endLine, 6);
  assert.equal(fm.bodyLine, 7);
  assert.equal(fm.body, '\n# Heading\ntext');
});

test('UTF-8 BOM and CRLF line ends: same result and same lines as LF', () => {
  const lf = parseFrontMatter([...FM, 'body'].join('\n'));
  const crlf = parseFrontMatter('\uFEFF' + [...FM, 'body', ''].join('\r\n'));
  assert.equal(crlf.present, true);
  assert.deepEqual(crlf.data, lf.data);
  assert.deepEqual([...crlf.keyLines], [...lf.keyLines]);
  assert.equal(crlf.bodyLine, lf.bodyLine);
  assert.equal(crlf.body, 'body\n');
  assert.ok(!crlf.body.includes('\r'));
});

test('old Mac CR line ends are normalised too', () => {
  assert.equal(normaliseSource('a\rb\r\nc'), 'a\nb\nc');
});

test('blanks after the opening and closing `---` and after values', () => {
  const fm = parseFrontMatter('---   \ntitle: T   \ndescription: D\t\n---  \nbody');
  assert.equal(fm.present, true);
  assert.equal(fm.error, undefined);
  assert.equal(fm.data.title, 'T');
  assert.equal(fm.data.description, 'D');
  assert.equal(fm.bodyLine, 5);
});

test('blank lines and a `# required metadata` comment inside the block keep key lines right', () => {
  const fm = parseFrontMatter(
    '---\n\n# required metadata\n\ntitle: T\n\n# optional metadata\nft.owner: pagrim\n---\n',
  );
  assert.equal(fm.error, undefined);
  assert.deepEqual(fm.data, { title: 'T', 'ft.owner': 'pagrim' });
  assert.deepEqual(
    [...fm.keyLines],
    [
      ['title', 5],
      ['ft.owner', 8],
    ],
  );
  assert.ok(!fm.keyLines.has('# required metadata'));
});

test('zero-width spaces are removed from keys, values and body', () => {
  const fm = parseFrontMatter(
    '---\nti\u200Btle: Blo\u200Bcked\u2060\nms.date\u200C: 1/2/2020\n---\nte\u200Dxt\uFEFF',
  );
  assert.deepEqual(fm.data, { title: 'Blocked', 'ms.date': '1/2/2020' });
  assert.equal(fm.keyLines.get('title'), 2);
  assert.equal(fm.body, 'text');
});

test('every scalar stays a string: ISO dates, numbers, booleans, null-like words', () => {
  const fm = parseFrontMatter(
    '---\nms.date: 2020-01-31\ntitle: 42\nft.order: 007\ncustom: True\nother: yes\nnone: ~\nfloat: 1.50\n---\n',
  );
  assert.equal(fm.error, undefined);
  assert.equal(fm.data['ms.date'], '2020-01-31');
  assert.equal(fm.data.title, '42');
  assert.equal(fm.data['ft.order'], '007');
  assert.equal(fm.data.custom, 'True');
  assert.equal(fm.data.other, 'yes');
  assert.equal(fm.data.none, '~');
  assert.equal(fm.data.float, '1.50');
  for (const v of Object.values(fm.data)) assert.equal(typeof v, 'string');
});

test('lists stay lists of strings', () => {
  const fm = parseFrontMatter(
    '---\nft.audience:\n  - partner\n  - internal\nft.keywords: [a, 2, true]\n---\n',
  );
  assert.deepEqual(fm.data['ft.audience'], ['partner', 'internal']);
  assert.deepEqual(fm.data['ft.keywords'], ['a', '2', 'true']);
});

test('a key with nothing after it is null (validate.ts reads that as empty)', () => {
  const fm = parseFrontMatter('---\ntitle: T\nft.parent:\n---\n');
  assert.equal(fm.data['ft.parent'], null);
  assert.equal(fm.keyLines.get('ft.parent'), 3);
});

test('a value with ": " in it keeps its key line; a quoted key is recorded without quotes', () => {
  const fm = parseFrontMatter('---\ntitle: "Blocked: Legal"\n"ft.audience": partner\n---\n');
  assert.equal(fm.data.title, 'Blocked: Legal');
  assert.equal(fm.data['ft.audience'], 'partner');
  assert.equal(fm.keyLines.get('title'), 2);
  assert.equal(fm.keyLines.get('ft.audience'), 3);
});

test('duplicate key: error on the line of the second occurrence', () => {
  let fm = parseFrontMatter('---\ntitle: a\ntitle: b\n---\nbody');
  assert.deepEqual(fm.error, { line: 3, message: 'duplicated mapping key' });
  assert.deepEqual(fm.data, {});
  fm = parseFrontMatter(
    '---\ntitle: a\ndescription: d\n\nms.date: 1/1/2020\nms.date: 2/2/2020\n---\n',
  );
  assert.equal(fm.error?.line, 6);
  // after a multi-line value, with a BOM, CRLF and a comment line in front
  fm = parseFrontMatter(
    '\uFEFF---\r\n# required metadata\r\nft.keywords:\r\n  - x\r\n  - y\r\nft.keywords:\r\n  - z\r\n---\r\n',
  );
  assert.equal(fm.error?.line, 6);
  assert.match(fm.error!.message, /duplicated mapping key/);
});

test('broken YAML: error with a line inside the block, body still split off', () => {
  const fm = parseFrontMatter('---\ntitle: [unclosed\ndescription: d\n---\nbody');
  assert.ok(fm.error);
  assert.ok(fm.error.line >= 2 && fm.error.line <= 4, `line ${fm.error.line}`);
  assert.equal(fm.body, 'body');
  assert.deepEqual(fm.data, {});
  const tab = parseFrontMatter('---\ntitle: a\n\tdescription: d\n---\n');
  assert.equal(tab.error?.line, 3);
  const indent = parseFrontMatter('---\ntitle: a: b\n---\n');
  assert.equal(indent.error?.line, 2);
});

test('front matter that is a list, not key: value lines, is an error', () => {
  const fm = parseFrontMatter('---\n- a\n- b\n---\nbody');
  assert.equal(fm.error?.line, 2);
  assert.match(fm.error!.message, /key: value/);
});

test('an opening `---` without a closing one is an error on line 1', () => {
  const fm = parseFrontMatter('---\ntitle: T\n\n# Heading');
  assert.equal(fm.present, true);
  assert.equal(fm.error?.line, 1);
  assert.match(fm.error!.message, /no closing "---"/);
});

test('`...` also closes the block; a later `---` (a rule) stays in the body', () => {
  const fm = parseFrontMatter('---\ntitle: T\n...\ntext\n---\nmore');
  assert.equal(fm.data.title, 'T');
  assert.equal(fm.body, 'text\n---\nmore');
  assert.equal(fm.bodyLine, 4);
});

test('no front matter: empty file, text only, text before the `---`', () => {
  for (const raw of [
    '',
    '\uFEFF',
    '# Title\n\ntext',
    '\n---\ntitle: T\n---\n',
    'title: T\n---\n',
  ]) {
    const fm = parseFrontMatter(raw);
    assert.equal(fm.present, false, JSON.stringify(raw));
    assert.deepEqual(fm.data, {});
    assert.equal(fm.bodyLine, 1);
    assert.equal(fm.error, undefined);
  }
  assert.equal(parseFrontMatter('# Title\r\ntext').body, '# Title\ntext');
});

test('empty block: present, no data, no error', () => {
  const fm = parseFrontMatter('---\n---\nbody');
  assert.equal(fm.present, true);
  assert.deepEqual(fm.data, {});
  assert.equal(fm.error, undefined);
  assert.equal(fm.bodyLine, 3);
});

test('the same text parsed twice gives equal, independent results (no shared cache)', () => {
  const raw = [...FM, 'b'].join('\n');
  const a = parseFrontMatter(raw);
  (a.data as Record<string, unknown>).title = 'changed';
  const b = parseFrontMatter(raw);
  assert.equal(b.data.title, 'Blocked');
});
