import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  GENERATED_ROUTES,
  idToSlug,
  isExternalUrl,
  pageHref,
  resolveLink,
  splitUrlPath,
  type LinkTarget,
  type PageLookup,
  type Resolution,
} from './links.ts';

const pages = new Map<string, LinkTarget>();
const add = (locale: string, id: string, anchors: string[] = []) =>
  pages.set(`${locale}/${id}`, { locale, id, slug: idToSlug(id), anchors: new Set(anchors) });
add('en', 'x', ['intro', 'next-steps']);
add('de', 'x', ['einleitung']);
add('en', 'y', ['top']);
add('en', 'sub/z');
add('en', 'index');
add('en', 'l1l2l3-blocked');
const hidden = new Set(['en/secret']);
// A lookup's pages are fixed for its lifetime (suggestions are prepared once per lookup); the
// tests below add pages, so every resolution gets a fresh lookup of the current pages.
const lookup = (): PageLookup => ({
  defaultLocale: 'en',
  get: (l, id) => pages.get(`${l}/${id}`),
  ids: (l) => [...pages.values()].filter((p) => p.locale === l).map((p) => p.id),
  hidden: (l, id) => hidden.has(`${l}/${id}`),
});
const EN_Y = { locale: 'en', id: 'y', anchors: new Set(['top-section']) };
const DE_X = { locale: 'de', id: 'x', anchors: new Set(['einleitung']) };
const EN_SUB = { locale: 'en', id: 'sub/z', anchors: new Set<string>() };

const r = (url: string, from = EN_Y, opts = {}) => resolveLink(url, from, lookup(), opts);
const page = (res: Resolution) => {
  assert.equal(res.kind, 'page', JSON.stringify(res));
  return res as Extract<Resolution, { kind: 'page' }>;
};
const err = (res: Resolution, rule: string, severity = 'error') => {
  assert.equal(res.kind, 'error', JSON.stringify(res));
  const e = res as Extract<Resolution, { kind: 'error' }>;
  assert.equal(e.rule, rule);
  assert.equal(e.severity, severity);
  return e;
};

test('`x.md` goes to the page in the same locale', () => {
  const p = page(r('x.md'));
  assert.equal(p.target.locale, 'en');
  assert.equal(p.target.id, 'x');
  assert.equal(p.fallback, false);
  assert.equal(p.anchor, undefined);
  assert.equal(page(r('./x.md')).target.id, 'x');
  assert.equal(page(r('x.md?view=1')).target.id, 'x');
  assert.equal(page(r('x%2Emd')).target.id, 'x', 'percent-encoded path is decoded');
  assert.equal(page(r('x.md', DE_X)).target.locale, 'de');
});

test('`x-de.md` (legacy suffix) goes to the German page; with no German page, to the English one as fallback', () => {
  const p = page(r('x-de.md'));
  assert.equal(p.target.locale, 'de');
  assert.equal(p.target.id, 'x');
  assert.equal(p.fallback, false);
  const fb = page(r('y-de.md', DE_X));
  assert.equal(fb.target.locale, 'en');
  assert.equal(fb.target.id, 'y');
  assert.equal(fb.fallback, true);
  // x-jp: no Japanese page, English stands in
  assert.equal(page(r('x-jp.md')).fallback, true);
  // x-en from a German page names the English page on purpose: not a fallback
  const en = page(r('x-en.md', DE_X));
  assert.equal(en.target.locale, 'en');
  assert.equal(en.fallback, false);
});

test('a page missing in a translation falls back to the default locale', () => {
  const p = page(r('y.md', DE_X));
  assert.equal(p.target.locale, 'en');
  assert.equal(p.fallback, true);
});

test('legacy suffix to a page that exists nowhere is a broken link', () => {
  const e = err(r('nowhere-de.md', DE_X), 'link/broken');
  assert.match(e.message, /^link "nowhere-de.md" goes to no page/);
});

test('folders: relative, parent and locale-qualified paths', () => {
  assert.equal(page(r('../x.md', EN_SUB)).target.id, 'x');
  assert.equal(page(r('z.md', EN_SUB)).target.id, 'sub/z');
  assert.equal(page(r('sub/z.md')).target.id, 'sub/z');
  const de = page(r('../de/x.md'));
  assert.equal(de.target.locale, 'de');
  err(r('../../x.md'), 'link/outside');
});

test('`#anchor` must be an exact heading id of this page', () => {
  assert.deepEqual(r('#top-section'), { kind: 'anchor', anchor: 'top-section' });
  assert.deepEqual(r('#'), { kind: 'anchor', anchor: '' });
  const e = err(r('#top-sectoin'), 'link/anchor');
  assert.equal(e.message, 'no heading "#top-sectoin" on this page (did you mean "top-section"?)');
  const upper = err(r('#Top-Section'), 'link/anchor');
  assert.match(upper.message, /did you mean "top-section"/);
});

test('`page.md#anchor`: present, missing with suggestion, missing with none', () => {
  const p = page(r('x.md#intro'));
  assert.equal(p.anchor, 'intro');
  assert.equal(page(r('x.md#next%2Dsteps')).anchor, 'next-steps');
  const e = err(r('x.md#intrro'), 'link/anchor');
  assert.equal(e.message, 'page "x" has no heading "#intrro" (did you mean "intro"?)');
  assert.equal(
    err(r('x.md#zzzzzzzz'), 'link/anchor').message,
    'page "x" has no heading "#zzzzzzzz"',
  );
});

test('broken page link suggests the nearest page', () => {
  const e = err(r('xx.md'), 'link/broken');
  assert.equal(
    e.message,
    'link "xx.md" goes to no page ("xx" does not exist in en) (did you mean "x.md"?)',
  );
  assert.equal(e.hint, 'write "x.md"');
  const upper = err(r('X.md'), 'link/broken'); // file names are case-sensitive on the server
  assert.match(upper.message, /did you mean "x.md"/);
  assert.equal(
    err(r('completely-different.md'), 'link/broken').hint,
    'check the file name; links are relative to this file',
  );
});

test('a link to a page not built for this audience is its own error', () => {
  const e = err(r('secret.md'), 'link/audience');
  assert.match(e.message, /not built for this audience/);
});

test('unsafe schemes are errors, however they are written', () => {
  for (const url of [
    'javascript:alert(1)',
    '  JavaScript:alert(1)',
    'vbscript:x',
    'data:text/html,<b>x</b>',
    'file:///etc/passwd',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
  ]) {
    const e = err(r(url), 'security/unsafe-url');
    assert.match(e.message, /^link uses an unsafe scheme: /, JSON.stringify(url));
  }
});

test('web addresses are external; a bare host name is not', () => {
  for (const url of [
    'https://example.com/x',
    'http://e.com',
    'mailto:a@b.c',
    'msteams:/l/chat',
    '//cdn.example.com/x',
  ])
    assert.deepEqual(r(url), { kind: 'external' }, url);
  err(r('www.example.com/page'), 'link/unknown-target', 'warning');
  err(r('someone@example.com'), 'link/unknown-target', 'warning');
});

test('empty and site-absolute links', () => {
  err(r(''), 'link/empty');
  err(r('   '), 'link/empty');
  err(r('/en/x/'), 'link/absolute', 'warning');
});

test('images and files: asset path in the content tree; missing when the file is not there', () => {
  assert.deepEqual(r('media/a.png'), { kind: 'asset', path: 'en/media/a.png' });
  assert.deepEqual(r('../media/a.PNG', EN_SUB), { kind: 'asset', path: 'en/media/a.PNG' });
  assert.deepEqual(r('media/a.png', EN_Y, { assetExists: (p: string) => p === 'en/media/a.png' }), {
    kind: 'asset',
    path: 'en/media/a.png',
  });
  const e = err(r('media/gone.png', EN_Y, { assetExists: () => false }), 'link/missing-file');
  assert.equal(e.message, 'file "media/gone.png" does not exist');
  assert.equal(e.hint, 'add it at content/en/media/gone.png or fix the path');
  assert.deepEqual(r('files/guide.pdf', EN_Y, { assetExists: () => true }), {
    kind: 'asset',
    path: 'en/files/guide.pdf',
  });
});

test('generated routes (status finder, print) are linkable', () => {
  assert.deepEqual([...GENERATED_ROUTES], ['status-finder', 'print']);
  assert.deepEqual(r('status-finder/'), { kind: 'route', path: 'status-finder' });
  assert.deepEqual(r('print'), { kind: 'route', path: 'print' });
  assert.deepEqual(r('../status-finder/', EN_SUB), { kind: 'route', path: 'status-finder' });
  err(r('other-folder/'), 'link/unknown-target', 'warning');
});

test('idToSlug and pageHref', () => {
  assert.equal(idToSlug('l1l2l3-blocked'), 'l1l2l3-blocked');
  assert.equal(idToSlug('Über Uns/My Page'), 'über-uns/my-page');
  assert.equal(idToSlug('with spaces'), 'with-spaces');
  assert.equal(pageHref('de', 'index', '/b'), '/b/de/');
  assert.equal(pageHref('de', 'a/index', '/b/'), '/b/de/a/');
  assert.equal(pageHref('en', 'x', '/', 'intro'), '/en/x/#intro');
  assert.equal(pageHref('en', 'x'), '/en/x/');
});

test('legacy-suffixed link to a near miss suggests the name with its suffix; to a hidden page, says so', () => {
  add('de', 'initiate-conduct-customer-kick-off-partner');
  hidden.add('de/internal-notes');
  try {
    const e = err(r('initiate-conduct-customer-kickoff-partner-de.md', DE_X), 'link/broken');
    assert.equal(
      e.message,
      'link "initiate-conduct-customer-kickoff-partner-de.md" goes to no page ("initiate-conduct-customer-kickoff-partner-de" does not exist in de) (did you mean "initiate-conduct-customer-kick-off-partner-de.md"?)',
    );
    assert.equal(e.hint, 'write "initiate-conduct-customer-kick-off-partner-de.md"');
    err(r('internal-notes-de.md', DE_X), 'link/audience');
  } finally {
    pages.delete('de/initiate-conduct-customer-kick-off-partner');
    hidden.delete('de/internal-notes');
  }
});

test('isExternalUrl and splitUrlPath: the parts of a target the importer and the resolver agree on', () => {
  assert.ok(isExternalUrl('https://x.org'));
  assert.ok(isExternalUrl('mailto:a@b.c'));
  assert.ok(isExternalUrl('//cdn.example/x.png'));
  assert.ok(!isExternalUrl('x.md'));
  assert.ok(!isExternalUrl('../media/a:b.png'), 'a colon after a slash is no scheme');
  assert.deepEqual(splitUrlPath('x.md#a?b'), { path: 'x.md', rest: '#a?b' });
  assert.deepEqual(splitUrlPath('x.md?v=1#a'), { path: 'x.md', rest: '?v=1#a' });
  assert.deepEqual(splitUrlPath('media/a.png'), { path: 'media/a.png', rest: '' });
  assert.deepEqual(splitUrlPath('#top'), { path: '', rest: '#top' });
});
