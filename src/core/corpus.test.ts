import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadContent, type Corpus } from './corpus.ts';

const dirs: string[] = [];
process.on('exit', () => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Writes a content tree into a new temp folder; returns the folder. */
function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'corpus-'));
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

test('a clean two-language tree: pages, ids, slugs, locales, taxonomies, no diagnostics', () => {
  const root = tree({
    'en/index.md': md({ title: 'Home' }, '# Home\n\n[Blocked](l1l2l3-blocked.md#why)\n'),
    'en/l1l2l3-blocked.md': md(
      { title: 'Blocked', 'ft.level': 'L1' },
      '## Why\n\n[home](index.md) ![d](media/d.png)\n',
    ),
    'en/media/d.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    'en/sub/Deep_Page.md': md({ title: 'Deep' }),
    'de/l1l2l3-blocked.md': md(
      { title: 'Blockiert', 'ft.level': 'L1', 'ms.date': '2/1/2024' },
      '## Warum\n\n[Start](index.md)\n',
    ),
    'README.txt': 'not markdown',
  });
  const c = load(root);
  assert.deepEqual(c.diagnostics, []);
  assert.equal(c.root, root);
  assert.equal(c.audience, 'partner');
  assert.equal(c.defaultLocale, 'en');
  assert.equal(c.fileCount, 6);
  assert.deepEqual(c.pages.map((p) => `${p.locale}/${p.id} → ${p.slug}`).sort(), [
    'de/l1l2l3-blocked → l1l2l3-blocked',
    'en/index → index',
    'en/l1l2l3-blocked → l1l2l3-blocked',
    'en/sub/Deep_Page → sub/deep_page',
  ]);
  assert.deepEqual(c.locales, ['en', 'de']);
  assert.deepEqual([...c.taxonomies.keys()], ['en', 'de']);
  assert.equal(c.taxonomies.get('de')!.roots[0]!.title, 'Blockiert');
  const home = c.get('en', 'index')!;
  assert.equal(home.file, 'en/index.md');
  assert.equal(home.meta?.title, 'Home');
  assert.equal(home.bodyLine, 7); // the blank line after `---`
  assert.deepEqual(
    home.links.map((l) => [l.url, l.line]),
    [['l1l2l3-blocked.md#why', 10]],
  );
  assert.ok(c.get('en', 'l1l2l3-blocked')!.anchors.has('why'));
  const r = c.resolve(c.get('de', 'l1l2l3-blocked')!, 'index.md');
  assert.equal(r.kind, 'page');
  assert.equal(r.kind === 'page' && r.fallback, true);
});

test('duplicate URL: `X.md` and `x.md` give one URL; the second is an error and not a page', () => {
  const root = tree({
    'en/X.md': md({ title: 'Upper' }),
    'en/x.md': md({ title: 'Lower' }),
    'en/a b.md': md({}),
    'en/a-b.md': md({}),
  });
  const c = load(root);
  // `a b.md` also has a space, which no page id may have.
  assert.deepEqual(brief(c), [
    'en/a b.md:1 error page/id-chars',
    'en/a-b.md:1 error page/duplicate-url',
    'en/x.md:1 error page/duplicate-url',
  ]);
  const d = c.diagnostics.find((x) => x.file === 'en/x.md')!;
  assert.equal(
    d.message,
    'gives the same URL /en/x/ as en/X.md; the site would keep only one of them',
  );
  assert.equal(c.pages.filter((p) => p.slug === 'x').length, 1);
  assert.equal(c.get('en', 'X')?.meta?.title, 'Upper');
});

test('translation without source: warning on line 1 of the translation', () => {
  const c = load(tree({ 'en/a.md': md({}), 'de/orphan.md': md({}) }));
  assert.deepEqual(brief(c), ['de/orphan.md:1 warning i18n/no-source']);
  assert.equal(c.diagnostics[0]!.message, 'translation has no en page "orphan"');
});

test('the default locale (playbook.config.json defaultLocale) is the source translations are compared with', () => {
  const c = load(tree({ 'en/a.md': md({}), 'en/orphan.md': md({}), 'de/a.md': md({}) }), {
    defaultLocale: 'de',
  });
  assert.equal(c.defaultLocale, 'de');
  assert.deepEqual(brief(c), ['en/orphan.md:1 warning i18n/no-source']);
  assert.equal(c.diagnostics[0]!.message, 'translation has no de page "orphan"');
});

test('stale translation: warning on its ms.date line; same or newer date, or ft.original, is fine', () => {
  const c = load(
    tree({
      'en/a.md': md({ 'ms.date': '2024-03-01' }),
      'de/a.md': md({ 'ms.date': '2/29/2024' }),
      'en/b.md': md({ 'ms.date': '3/1/2024' }),
      'de/b.md': md({ 'ms.date': '2024-03-01' }),
      'en/c.md': md({ 'ms.date': '3/1/2024' }),
      'es/c.md': md({ 'ms.date': '1/1/24' }),
      'en/d.md': md({ 'ms.date': '3/1/2024' }),
      'ja/d.md': md({ 'ms.date': '1/1/2020', 'ft.original': 'true' }),
    }),
  );
  assert.deepEqual(brief(c), ['de/a.md:4 warning i18n/stale', 'es/c.md:4 warning i18n/stale']);
  assert.match(
    c.diagnostics[0]!.message,
    /^translation \(ms\.date 2024-02-29\) is older than its source en\/a\.md \(2024-03-01\)$/,
  );
});

test('a DocFX tree (english-playbook/, german-playbook/ with -de suffixes) is read in place', () => {
  const c = load(
    tree({
      'english-playbook/x.md': md({}, '[de](x-de.md)\n'),
      'german-playbook/x-de.md': md({ title: 'X (de)' }, '[en](x-en.md) [self](x-de.md)\n'),
      'german-playbook/x.md': md({ title: 'English copy' }),
    }),
  );
  assert.equal(c.get('de', 'x')?.meta?.title, 'X (de)');
  assert.equal(c.get('de', 'x')?.file, 'german-playbook/x-de.md');
  assert.deepEqual(brief(c), ['german-playbook/x.md:1 error page/duplicate-url']);
});

test('Markdown outside a locale folder, partials and non-Markdown files', () => {
  const c = load(
    tree({
      'stray.md': md({}),
      'misc/x.md': md({}),
      'en/_includes/part.md': 'no front matter needed',
      'en/a.md': md({}),
      'en/notes.txt': 'x',
    }),
  );
  assert.deepEqual(brief(c), [
    'misc/x.md:1 error layout/outside-locale',
    'stray.md:1 error layout/outside-locale',
  ]);
  assert.deepEqual(
    c.pages.map((p) => p.id),
    ['a'],
  );
});

test('bad files: binary, too large, not UTF-8, empty body — reported, never thrown', () => {
  const big = md({}, '# Big\n\n' + 'word '.repeat(230_000));
  const c = load(
    tree({
      'en/bin.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02]),
      'en/big.md': big,
      'en/latin1.md': Buffer.concat([
        Buffer.from(md({}, 'Gr')),
        Buffer.from([0xfc]),
        Buffer.from('n\n'),
      ]),
      'en/empty-body.md': md({}, ''),
      'en/empty.md': '',
    }),
  );
  assert.deepEqual(brief(c), [
    'en/big.md:1 warning file/too-large',
    'en/bin.md:1 error file/binary',
    'en/empty-body.md:7 warning content/empty',
    'en/empty.md:1 error frontmatter/missing',
    'en/latin1.md:1 warning file/encoding',
  ]);
  assert.match(c.diagnostics[0]!.message, /^file is 1\.1 MB/);
  assert.ok(c.get('en', 'big'), 'a large page is still a page');
  assert.equal(
    c.pages.some((p) => p.id === 'bin'),
    false,
  );
});

test('audience: an internal page is hidden for partners and linking to it is an error; the internal build holds every page', () => {
  const files = {
    'en/public.md': md({}, '[secret](secret.md)\n'),
    'en/secret.md': md({ 'ft.audience': 'internal' }, '[broken](nope.md)\n'),
    'en/both.md': md({ 'ft.audience': 'internal, partner' }),
  };
  const partner = load(tree(files));
  assert.deepEqual(brief(partner), ['en/public.md:8 error link/audience']);
  assert.equal(partner.get('en', 'secret'), undefined);
  assert.equal(partner.pages.find((p) => p.id === 'secret')?.visible, false);
  const internal = load(tree(files), { audience: 'internal' });
  assert.equal(internal.audience, 'internal');
  assert.deepEqual(brief(internal), ['en/secret.md:8 error link/broken']);
  assert.deepEqual(
    internal.pages
      .filter((p) => p.visible)
      .map((p) => p.id)
      .sort(),
    ['both', 'public', 'secret'],
  );
});

test('includes: expanded for anchors, missing ones reported, nested ones warned, links checked in the include file', () => {
  const c = load(
    tree({
      'en/a.md': md(
        {},
        '[!INCLUDE [n](_includes/note.md)]\n\n[to note](#included-heading)\n\n[!INCLUDE [x](_includes/missing.md)]\n\n[!INCLUDE [p](_includes/100%.md)]\n',
      ),
      'en/_includes/note.md':
        '---\ntitle: ignored\n---\n## Included heading\n\n[bad](gone.md)\n\n[!INCLUDE [deeper](other.md)]\n',
      'en/b.md': md({}, '[!INCLUDE [up](../../outside.md)]\n'),
    }),
  );
  assert.deepEqual(brief(c), [
    'en/_includes/note.md:6 error link/broken',
    'en/a.md:8 warning include/nested',
    'en/a.md:12 error include/missing',
    'en/a.md:14 error include/missing',
    'en/b.md:8 error include/missing',
  ]);
  assert.ok(c.get('en', 'a')!.anchors.has('included-heading'));
  assert.match(c.get('en', 'a')!.body, /## Included heading/);
  assert.equal(
    c.diagnostics.find((d) => d.line === 12)!.message,
    'included file "_includes/missing.md" does not exist',
  );
});

test('links, images and raw HTML: rule ids, image/missing for images, file lines and columns', () => {
  const c = load(
    tree({
      'en/a.md': md(
        {},
        [
          '# A',
          '',
          '[x](b.md) [y](b.md#nope) [z](#a) [w](#aa)',
          '',
          '![pic](media/none.png) [file](media/none.pdf)',
          '',
          '<script>alert(1)</script>',
          '',
          'a <br> b',
          '',
          '[js](javascript:alert(1))',
        ].join('\n'),
      ),
      'en/b.md': md({}, '# B\n'),
    }),
  );
  assert.deepEqual(
    c.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}`),
    [
      '10:11 error link/anchor',
      '10:34 error link/anchor',
      '12:1 error image/missing',
      '12:24 error link/missing-file',
      '14:1 error security/unsafe-html',
      '16:3 warning content/raw-html',
      '18:1 error security/unsafe-url',
    ],
  );
});

test('every error of every file is reported, sorted by file and line', () => {
  const c = load(
    tree({
      'en/z.md': md({ 'ms.date': '13/45/2019' }),
      'en/a.md': md({ 'ft.audience': 'partners' }),
      'en/m.md': md({}, '[a](nope.md)\n\n[b](nope2.md)\n'),
    }),
  );
  assert.deepEqual(brief(c), [
    'en/a.md:5 error schema/ft.audience',
    'en/m.md:8 error link/broken',
    'en/m.md:10 error link/broken',
    'en/z.md:4 error schema/ms.date',
  ]);
});

test('a missing content folder is one diagnostic, not an exception', () => {
  const c = loadContent(join(tmpdir(), 'no-such-folder-' + process.pid), { displayBase: tmpdir() });
  assert.equal(c.diagnostics.length, 1);
  assert.equal(c.diagnostics[0]!.rule, 'content/missing-folder');
  assert.equal(c.pages.length, 0);
});

test('paths in diagnostics are relative to displayBase (default: the working directory)', () => {
  const root = tree({ 'en/a.md': 'no front matter' });
  assert.equal(
    loadContent(root, { displayBase: dirname(root) }).diagnostics[0]!.file,
    `${root.split(/[\\/]/).pop()}/en/a.md`,
  );
});
