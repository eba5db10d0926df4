/** The checker and the site agree: heading ids and link targets, computed by the core, are what the built HTML has. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSite, read } from '../helpers/build.ts';
import { between } from '../helpers/html.ts';
import { loadContent } from '../../src/core/corpus.ts';
import { pageHref } from '../../src/core/links.ts';

const b = buildSite({ name: 'site' });
const corpus = loadContent('content', { audience: 'partner' });
const built = (locale: string, slug: string) =>
  read(b.dir, slug === 'index' ? `${locale}/index.html` : `${locale}/${slug}/index.html`);
/** The rendered Markdown of a page, without what our components add after it. */
const body = (html: string) =>
  between(html, /<div class="sl-markdown-content/, '</main>')
    .replace(/<aside class="pb-behind[\s\S]*?<\/aside>/, '')
    .split(
      /<figure class="pb-map|<section class="pb-children|<p class="pb-partof|<section class="pb-confused|<section class="pb-feedback/,
    )[0]!;

test('every heading id the checker computes is the id the site generated, in order', () => {
  let n = 0;
  for (const page of corpus.pages.filter((p) => p.visible)) {
    const html = body(built(page.locale, page.slug));
    const siteIds = [...html.matchAll(/<h[1-6][^>]*\sid="([^"]+)"/g)].map((m) => m[1]!);
    assert.deepEqual(
      siteIds,
      page.headings.map((h) => h.slug),
      page.file,
    );
    n += siteIds.length;
  }
  assert.ok(n > 0, `${n} headings compared`);
});

test('every page link resolves to the href the site wrote', () => {
  let n = 0;
  for (const page of corpus.pages.filter((p) => p.visible)) {
    const html = body(built(page.locale, page.slug));
    const siteHrefs = [...html.matchAll(/<a href="([^"]+)"/g)].map((m) =>
      m[1]!.replace(/&amp;/g, '&'),
    );
    for (const link of page.links.filter((l) => l.kind === 'link')) {
      const r = corpus.resolve(page, link.url);
      if (r.kind !== 'page') continue;
      const expected = pageHref(
        r.fallback ? page.locale : r.target.locale,
        r.target.slug,
        '/',
        r.anchor,
      );
      assert.ok(
        siteHrefs.includes(expected),
        `${page.file}:${link.line} ${link.url} → ${expected} not in built page`,
      );
      n++;
    }
  }
  assert.ok(n > 0, `${n} links compared`);
});
