/** The rules added for hostile or careless content (issue 12), one test per rule. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadContent, type Corpus } from './corpus.ts';
import { formatHumanFor, githubSafe, type Diagnostic } from './diagnostics.ts';
import { escapeHtml, isSafeId } from './escape.ts';
import { DEFAULT_LIMITS, readLimits } from './config.ts';

const dirs: string[] = [];
process.on('exit', () => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'hostile-'));
  dirs.push(root);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}
const md = (fm: Record<string, string>, body = 'Text.\n') =>
  [
    '---',
    ...Object.entries({
      title: 'T',
      description: 'D',
      'ms.date': '1/1/2024',
      'ft.audience': 'partner',
      ...fm,
    }).map(([k, v]) => `${k}: ${v}`),
    '---',
    '',
    body,
  ].join('\n');
const load = (root: string, opts: Parameters<typeof loadContent>[1] = {}) =>
  loadContent(root, { displayBase: root, ...opts });
const brief = (c: Corpus) =>
  c.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.rule}`);

test('page/id-chars: a file name with markup, spaces or other letters is an error with a safe name as hint', () => {
  const c = load(
    tree({
      'en/ok-page.v2_x.md': md({}),
      'en/x"><img src=x onerror=alert(1)>.md': md({}),
      'en/sub/ä b.md': md({}),
    }),
  );
  assert.deepEqual(
    brief(c).filter((b) => b.includes('id-chars')),
    [
      'en/sub/ä b.md:1 error page/id-chars',
      'en/x"><img src=x onerror=alert(1)>.md:1 error page/id-chars',
    ],
  );
  assert.match(
    c.diagnostics.find((d) => d.file.startsWith('en/x'))!.hint!,
    /rename the file, e\.g\. to "x-?img-srcx-onerroralert1\.md"/,
  );
  assert.ok(isSafeId('a/b-c.d_e') && !isSafeId('a/.b') && !isSafeId('a b') && !isSafeId('<x>'));
  assert.equal(
    escapeHtml(`<a href="x" title='y'>&</a>`),
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
  );
});

test('file/symlink and security/outside-content: links are never followed, an include through a link is not read', () => {
  const outside = tree({ 'secret.md': 'SECRET\n', 'page.md': md({}) });
  const root = tree({
    'en/a.md': md({}, '[!INCLUDE [x](_includes/x.md)]\n\n[f](media/f.pdf)\n'),
    'en/media/.keep': '',
    'en/_includes/.keep': '',
  });
  symlinkSync(join(outside, 'secret.md'), join(root, 'en/_includes/x.md'));
  symlinkSync(join(outside, 'secret.md'), join(root, 'en/media/f.pdf'));
  symlinkSync(join(outside, 'page.md'), join(root, 'en/linked.md'));
  symlinkSync(join(outside, 'gone.md'), join(root, 'en/dangling.md'));
  symlinkSync(outside, join(root, 'en/folder'));
  const c = load(root);
  assert.deepEqual(brief(c), [
    'en/_includes/x.md:1 error file/symlink',
    'en/a.md:8 error security/outside-content',
    'en/a.md:10 error link/missing-file',
    'en/dangling.md:1 error file/symlink',
    'en/folder:1 error file/symlink',
    'en/linked.md:1 error file/symlink',
    'en/media/f.pdf:1 error file/symlink',
  ]);
  assert.match(c.diagnostics.find((d) => d.file === 'en/dangling.md')!.message, /points nowhere/);
  assert.ok(!c.get('en', 'a')!.body.includes('SECRET'));
  assert.equal(c.get('en', 'linked'), undefined);
  assert.deepEqual([...c.assets], []);
});

test('security/include-audience: an internal include or page is not included into a partner page (the internal build keeps it)', () => {
  const files = {
    'en/a.md': md(
      {},
      '[!INCLUDE [n](_includes/n.md)]\n\n[!INCLUDE [p](secret.md)]\n\n[!INCLUDE [ok](_includes/ok.md)]\n',
    ),
    'en/_includes/n.md': '---\nft.audience: internal\n---\nINTERNAL-N\n',
    'en/_includes/ok.md': 'SHARED\n',
    'en/secret.md': md({ 'ft.audience': 'internal' }, 'INTERNAL-P\n'),
    'en/internal.md': md({ 'ft.audience': 'internal' }, '[!INCLUDE [n](_includes/n.md)]\n'),
  };
  const c = load(tree(files));
  assert.deepEqual(brief(c), [
    'en/a.md:8 error security/include-audience',
    'en/a.md:10 error security/include-audience',
  ]);
  const body = c.get('en', 'a')!.body;
  assert.ok(!body.includes('INTERNAL') && body.includes('SHARED'), body);
  const i = load(tree(files), { audience: 'internal' });
  assert.deepEqual(brief(i), []);
  assert.ok(i.get('en', 'a')!.body.includes('INTERNAL-N'));
});

test('limits: page size, include size and links per page are errors naming the setting; defaults in the config', () => {
  const limits = { ...DEFAULT_LIMITS, pageBytes: 2000, includeBytes: 1000, linksPerPage: 10 };
  const c = load(
    tree({
      'en/big.md': md({}, 'x'.repeat(3000)),
      'en/inc.md': md({}, '[!INCLUDE [a](_includes/a.md)]\n\n[!INCLUDE [a](_includes/a.md)]\n'),
      'en/_includes/a.md': 'y'.repeat(600),
      'en/links.md': md({}, Array.from({ length: 11 }, () => '[x](https://example.com)').join(' ')),
    }),
    { limits },
  );
  assert.deepEqual(brief(c), [
    'en/big.md:1 error limit/page-size',
    'en/inc.md:10 error limit/include-size',
    'en/links.md:1 error limit/links',
  ]);
  assert.match(
    c.diagnostics[2]!.message,
    /11 links.*limit is 10 \(limits\.linksPerPage in playbook\.config\.json\)/,
  );
  assert.deepEqual(readLimits({ linksPerPage: 7, pageBytes: -1, bogus: 1 }), {
    ...DEFAULT_LIMITS,
    linksPerPage: 7,
  });
});

test('file/binary for an include with NUL bytes (anywhere in it); the NUL never reaches the body', () => {
  const c = load(
    tree({
      'en/a.md': md({}, '[!INCLUDE [n](_includes/n.md)]\n'),
      'en/_includes/n.md': Buffer.concat([
        Buffer.from('x'.repeat(9000)),
        Buffer.from([0]),
        Buffer.from('after'),
      ]),
    }),
  );
  assert.deepEqual(brief(c), ['en/a.md:8 error file/binary']);
  assert.ok(!c.get('en', 'a')!.body.includes('\u0000'));
});

test('security/unsafe-url for a link formed across an include boundary; unsafe definitions noted for the site', () => {
  const c = load(
    tree({
      'en/a.md': md(
        {},
        '[x][s] and [y][r]\n\n[r]: javascript:alert(1)\n[s]:\n[!INCLUDE [u](_includes/u.md)]\n',
      ),
      'en/_includes/u.md': 'javascript:alert(2)\n',
    }),
  );
  assert.deepEqual(brief(c), [
    'en/a.md:10 error security/unsafe-url',
    'en/a.md:11 error security/unsafe-url',
  ]);
  assert.match(c.diagnostics[1]!.message, /formed with the text of an include/);
  assert.deepEqual(c.get('en', 'a')!.unsafeDefinitions.sort(), ['r', 's']);
});

test('schema/ft.order beyond a million; page/duplicate-url for x/index.md beside x.md', () => {
  const c = load(
    tree({
      'en/a.md': md({ 'ft.order': '99999999999999999999999' }),
      'en/x.md': md({}),
      'en/x/index.md': md({}),
    }),
  );
  assert.deepEqual(brief(c), [
    'en/a.md:6 error schema/ft.order',
    'en/x/index.md:1 error page/duplicate-url',
  ]);
  assert.match(c.diagnostics[1]!.message, /same URL \/en\/x\/ as en\/x\.md/);
});

test('page/home-audience: an internal home page; i18n/structure: a translation in another place than its source', () => {
  const c = load(
    tree({
      'en/index.md': md({ 'ft.audience': 'internal' }),
      'en/l1.md': md({ 'ft.level': 'L1' }),
      'en/l1b.md': md({ 'ft.level': 'L1' }),
      'en/l2.md': md({ 'ft.level': 'L2', 'ft.parent': 'l1' }),
      'de/l1.md': md({ 'ft.level': 'L1' }),
      'de/l1b.md': md({ 'ft.level': 'L1' }),
      'de/l2.md': md({ 'ft.level': 'L2', 'ft.parent': 'l1b' }),
      'de/l1b-x.md': md({}),
    }),
  );
  assert.ok(brief(c).includes('en/index.md:5 error page/home-audience'), brief(c).join('\n'));
  assert.ok(brief(c).includes('de/l2.md:7 error i18n/structure'), brief(c).join('\n'));
  assert.match(
    c.diagnostics.find((d) => d.rule === 'i18n/structure')!.message,
    /ft\.parent "l1b" differs from the en page's "l1"/,
  );
});

test('_toc.json: an entry of a page not built for the audience loses its title, its partner children move up', () => {
  const toc = JSON.stringify([
    {
      title: 'INTERNAL TITLE',
      id: 'secret',
      children: [{ title: 'Public', id: 'pub', children: [] }],
    },
  ]);
  const c = load(
    tree({
      'en/secret.md': md({ 'ft.audience': 'internal' }),
      'en/pub.md': md({}),
      'en/_toc.json': toc,
    }),
  );
  assert.deepEqual(brief(c), []);
  assert.deepEqual(c.tocs.get('en'), [
    { title: 'Public', id: 'pub', href: undefined, children: [] },
  ]);
});

test("heading ids with inline HTML are the site's (the HTML is text there)", () => {
  const c = load(
    tree({
      'en/a.md': md(
        {},
        '## Target <span>date</span>\n\n[a](#target-spandatespan) [b](#target-date)\n',
      ),
    }),
  );
  assert.deepEqual(
    brief(c).filter((b) => b.includes('link/')),
    ['en/a.md:10 error link/anchor'],
  );
});

test('GitHub Actions: no field of a finding can start a line, so no workflow command can be forged', () => {
  const d: Diagnostic = {
    file: 'content/en/::x.md',
    line: 3,
    column: 1,
    severity: 'warning',
    rule: 'schema/unknown-key',
    message: 'unknown key "a\n::error file=README.md::forged"',
    hint: 'b\r\n::warning::x %',
  };
  const text = formatHumanFor(d, true);
  assert.equal(text.split('\n').length, 2, 'the hint line only');
  assert.ok(!text.split('\n').some((l) => l.trimStart().startsWith('::')), text);
  assert.match(text, /%0A::error file=README\.md::forged/);
  assert.match(text, /%0D%0A::warning::x %25/);
  assert.equal(githubSafe('  ::error::x\nok'), '  :\u200B:error::x\nok');
  assert.equal(
    formatHumanFor(d, false).split('\n').length,
    4,
    'outside GitHub the text is as written',
  );
});

test('security/include-audience also for an include whose audience is unknown (broken front matter, a misspelt audience)', () => {
  const c = load(
    tree({
      'en/a.md': md(
        {},
        '[!INCLUDE [b](_includes/b.md)]\n\n[!INCLUDE [c](_includes/c.md)]\n\n[!INCLUDE [d](_includes/d.md)]\n',
      ),
      'en/_includes/b.md': '---\nft.audience: internl\n---\nB-TEXT\n',
      'en/_includes/c.md': '---\nft.audience: [internal\n---\nC-TEXT\n',
      'en/_includes/d.md': '---\nft.audience: [Partner, internal]\n---\nD-TEXT\n',
    }),
  );
  assert.deepEqual(brief(c), [
    'en/a.md:8 error security/include-audience',
    'en/a.md:10 error security/include-audience',
  ]);
  const body = c.get('en', 'a')!.body;
  assert.ok(!body.includes('B-TEXT') && !body.includes('C-TEXT') && body.includes('D-TEXT'), body);
});

test('a playbook-baseline.json that is a link is not read (it could show any file in its error)', () => {
  const outside = tree({ passwd: 'root:x:0:0:SECRET\n' });
  const root = tree({ 'en/a.md': md({}) });
  symlinkSync(join(outside, 'passwd'), join(root, 'playbook-baseline.json'));
  const c = load(root);
  assert.deepEqual(brief(c), ['playbook-baseline.json:1 error file/symlink']);
  assert.ok(!JSON.stringify(c.diagnostics).includes('SECRET'));
});

test('security/unsafe-svg: an SVG with script is an error at the link and is not published; a plain one is', () => {
  const c = load(
    tree({
      'en/a.md': md({}, '![evil](media/evil.svg) [also](media/evil2.svg) ![ok](media/ok.svg)\n'),
      'en/media/evil.svg':
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      'en/media/evil2.svg':
        '<svg xmlns="http://www.w3.org/2000/svg"><rect onload="alert(1)"/></svg>',
      'en/media/ok.svg':
        '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
    }),
  );
  assert.deepEqual(brief(c), [
    'en/a.md:8 error security/unsafe-svg',
    'en/a.md:8 error security/unsafe-svg',
  ]);
  assert.deepEqual([...c.assets], ['en/media/ok.svg']);
});
