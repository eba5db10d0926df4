/**
 * Assertions on the built partner site of a fixture playbook (tests/fixtures/playbook: 5 L1s, 5 L2s,
 * 6 L3s in en and de; es without L3s; ja with three pages; zh-cn with one, pt-br with its home only):
 * navigation, links, furniture, i18n.
 * The real content/ is checked by content-independent assertions only (content.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, FIXTURE_PLAYBOOK, listFiles, read } from '../helpers/build.ts';
import { between, hrefs, texts } from '../helpers/html.ts';
import { loadContent } from '../../src/core/corpus.ts';
import { pagesInPagesOut } from '../helpers/site-checks.ts';

const FX = FIXTURE_PLAYBOOK.content;
const build = buildSite(FIXTURE_PLAYBOOK);
const corpus = loadContent(FX, { audience: 'partner' });
const dist = build.dir;
const page = (p: string) => read(dist, p);

test('the site builds', () => {
  assert.equal(build.status, 0, build.output.slice(-3000));
});

test('pages in = pages out: every visible page of the core is built as its own page, per locale', () => {
  assert.deepEqual(pagesInPagesOut(corpus, dist), []);
  // every locale has its home; pt-br nothing else, so its status pages are fallbacks
  assert.deepEqual(corpus.locales, ['en', 'de', 'es', 'pt-br', 'ja', 'zh-cn']);
  for (const locale of ['pt-br'])
    assert.ok(existsSync(join(dist, locale, 'l1l2l3-blocked', 'index.html')), `${locale} fallback`);
});

test('-de.md links of a German page resolve to German pages', () => {
  const html = page('de/l1l2l3-blocked/index.html');
  const links = hrefs(between(html, /<div class="sl-markdown-content/, '</main>'));
  assert.ok(
    links.includes('/de/l1l2l3-blocked-legal-regulatory/'),
    'l1l2l3-blocked-legal-regulatory-de.md → /de/l1l2l3-blocked-legal-regulatory/',
  );
  assert.ok(!links.some((l) => l.endsWith('.md') && !l.includes('/edit/')), 'no .md link left');
});

test('sidebar: L1s in playbook order, labels from titles in the page language, only the current branch open', () => {
  const html = page('de/l1l2l3-blocked-customer-it-infrastructure-remediation/index.html');
  const sidebar = between(html, /<div class="pb-sidebar/, '<div class="md:sl-hidden');
  const l1 = [...sidebar.matchAll(/<li class="l1[^"]*"[^>]*><a[^>]*>([\s\S]*?)<\/a>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace('L1', '')
      .trim(),
  );
  assert.deepEqual(l1, [
    'Unbekannter Status',
    'In Bearbeitung',
    'Keine Absichten',
    'Blockiert',
    'Dupliziert/Ungültig',
  ]);
  assert.match(sidebar, /aria-current="page"[^>]*>IT-Infrastruktur des Kunden und Korrektur/);
  assert.match(sidebar, />Netzwerk</, 'own L3s listed');
  assert.doesNotMatch(sidebar, />Betriebsrat</, 'L3s of other L2s are not');
  assert.doesNotMatch(
    sidebar,
    /Kunde reagiert nicht/,
    'other L1 branches are collapsed (not rendered)',
  );
  assert.doesNotMatch(sidebar, /l1l2l3-[a-z-]+<\/a>/, 'never a raw file name as label');
});

test('breadcrumbs: translated nav with accessible name, Home › L1 › L2 › L3, and BreadcrumbList JSON-LD', () => {
  const html = page('de/l1l2l3-blocked-billing-licensing-subscription-wrong-tenant/index.html');
  const nav = between(html, /<nav class="pb-breadcrumbs/, '</nav>');
  assert.match(nav, /aria-label="Brotkrumennavigation"/);
  assert.deepEqual(texts(nav, 'li'), [
    'Start',
    'Blockiert',
    'Abrechnung, Lizenzierung und Abonnement',
    'Falscher Mandant',
  ]);
  const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(ld, 'JSON-LD present');
  const data = JSON.parse(ld[1]!);
  assert.equal(data['@type'], 'BreadcrumbList');
  assert.deepEqual(
    data.itemListElement.map((i: { name: string }) => i.name),
    ['Start', 'Blockiert', 'Abrechnung, Lizenzierung und Abonnement', 'Falscher Mandant'],
  );
});

test('L1 and L2 pages end with a generated list of children; L3 pages say what they are part of', () => {
  const l1 = page('en/l1l2l3-blocked/index.html');
  const list = between(l1, /<section class="pb-children/, '</section>');
  assert.equal((list.match(/<li/g) ?? []).length, 3, 'Blocked lists its 3 L2s');
  assert.match(list, /Customer IT Infrastructure and Remediation/);
  const l2 = page('en/l1l2l3-blocked-legal-regulatory/index.html');
  assert.match(
    between(l2, /<section class="pb-children/, '</section>'),
    /href="\/en\/l1l2l3-blocked-legal-regulatory-legal\/"/,
  );
  const l3 = page('en/l1l2l3-blocked-legal-regulatory-legal/index.html');
  const partOf = between(l3, /<p class="pb-partof/, '</p>');
  assert.match(partOf, /Part of/);
  assert.match(partOf, /L2 Legal\/Regulatory/);
  assert.match(partOf, /L1 Blocked/);
});

test('previous/next move among siblings in taxonomy order', () => {
  const html = page('en/l1l2l3-blocked-billing-licensing-subscription/index.html');
  const pag = between(html, /<div class="pagination-links/, '</div>');
  assert.match(pag, /href="\/en\/l1l2l3-blocked-legal-regulatory\/" rel="prev"/);
  assert.match(
    pag,
    /href="\/en\/l1l2l3-blocked-customer-it-infrastructure-remediation\/" rel="next"/,
  );
});

test('invalid-scenario tables link the named status', () => {
  const html = page('en/l1l2l3-blocked-customer-it-infrastructure-remediation/index.html');
  const cells = [...html.matchAll(/<td><a href="([^"]+)">([^<]+)<\/a><\/td>/g)].map((m) => [
    m[1],
    m[2],
  ]);
  assert.deepEqual(cells, [
    ['/en/l1l2l3-blocked-billing-licensing-subscription/', 'Billing, Licensing and Subscription'],
    ['/en/l1l2l3-blocked-legal-regulatory/', 'Legal/Regulatory'],
  ]);
  // a German page links the German page of the status it names
  assert.match(
    page('de/l1l2l3-blocked-customer-it-infrastructure-remediation/index.html'),
    /<td><a href="\/de\/l1l2l3-blocked-legal-regulatory\/">Gesetzlich\/Regulatorisch<\/a><\/td>/,
  );
});

test('legacy DocFX addresses redirect to the new pages: the seed-style -de.md addresses our content links, and no others', () => {
  for (const f of [
    'german-playbook/l1l2l3-blocked-legal-regulatory-de.html',
    'german-playbook/l1l2l3-blocked-legal-regulatory-de.md/index.html',
    'de/l1l2l3-blocked-legal-regulatory-de.md/index.html',
  ]) {
    const html = page(f);
    assert.match(
      html,
      /http-equiv="refresh" content="0; url=\/de\/l1l2l3-blocked-legal-regulatory\/"/,
      f,
    );
  }
  // A page written here never had a DocFX address (imported pages get theirs from
  // legacy-addresses.json: tests/site/import.test.ts).
  assert.ok(
    !existsSync(join(dist, 'english-playbook/l1l2l3-blocked.html')),
    'no stub for a page written natively',
  );
  assert.ok(
    !existsSync(join(dist, 'de/l1l2l3-blocked-legal-regulatory-legal-de.md')),
    'no stub for a page no -de.md link names',
  );
});

test('404 page per locale, sitemap with language alternates, hreflang with x-default', () => {
  for (const l of ['en', 'de', 'es', 'pt-br', 'ja', 'zh-cn'])
    assert.ok(existsSync(join(dist, l, '404', 'index.html')), `${l}/404`);
  assert.match(page('de/404/index.html'), /Seite nicht gefunden/);
  const sitemap = page('sitemap-0.xml');
  assert.match(sitemap, /hreflang="de"/);
  assert.match(sitemap, /<loc>[^<]*\/de\/l1l2l3-blocked\/<\/loc>/);
  const html = page('es/l1l2l3-blocked/index.html');
  assert.match(html, /<link rel="alternate" hreflang="x-default"/);
  assert.match(html, /<link rel="alternate" hreflang="pt-BR"/);
});

test('every page has a Content-Security-Policy without unsafe-inline scripts', () => {
  const files = listFiles(dist).filter((f) => f.endsWith('.html'));
  assert.ok(files.length > corpus.pages.length, `${files.length} HTML files`);
  for (const f of files) {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page(f));
    assert.ok(csp, `CSP on ${f}`);
    const script = csp[1]!.split(';').find((d) => d.trim().startsWith('script-src'))!;
    assert.doesNotMatch(script, /unsafe-inline/, f);
  }
});

test("the search index is Pagefind's own over the whole dist, byte for byte (built from only the indexable pages)", async () => {
  const pagefind = await import('pagefind');
  const own = mkdtempSync(join(tmpdir(), 'pagefind-own-'));
  try {
    const { index } = await pagefind.createIndex();
    const added = await index!.addDirectory({ path: dist });
    assert.deepEqual(added.errors, []);
    assert.ok(added.page_count >= corpus.pages.length, `${added.page_count} pages indexed`);
    assert.deepEqual((await index!.writeFiles({ outputPath: own })).errors, []);
    const files = listFiles(own).sort();
    assert.deepEqual(listFiles(join(dist, 'pagefind')).sort(), files);
    for (const f of files)
      assert.ok(
        readFileSync(join(own, f)).equals(readFileSync(join(dist, 'pagefind', f))),
        `pagefind/${f} differs`,
      );
    assert.ok(!existsSync(join(dist, '.pagefind-input')), 'the links Pagefind read are removed');
  } finally {
    await pagefind.close();
    rmSync(own, { recursive: true, force: true });
  }
});

test('untranslated fallback pages are not indexed by search as the other language', () => {
  const html = page('es/l1l2l3-blocked-legal-regulatory-legal/index.html');
  assert.doesNotMatch(html, /data-pagefind-body/);
  assert.match(page('es/l1l2l3-blocked-legal-regulatory/index.html'), /data-pagefind-body/);
});

test('the one-page view holds every status in taxonomy order with working in-page links', () => {
  const html = page('en/print/index.html');
  const sections = [...html.matchAll(/<section class="pb-print-section[^"]*" id="([^"]+)"/g)].map(
    (m) => m[1]!,
  );
  assert.equal(sections.length, 5 + 5 + 6);
  assert.equal(sections[0], 's-l1l2l3-status-unknown');
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const local = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
  assert.ok(local.length > 16);
  for (const a of local) assert.ok(ids.has(a), `in-page link #${a} has a target`);
  assert.equal(ids.size, [...html.matchAll(/\sid="([^"]+)"/g)].length, 'ids are unique');
});

test('the status finder lists every status with level, path and definition', () => {
  const html = page('de/status-finder/index.html');
  const entries = [...html.matchAll(/<li class="pb-entry pb-(l[123])[ "]/g)];
  assert.equal(entries.length, 16);
  assert.match(
    html,
    /<code[^>]*>Blockiert › Gesetzlich\/Regulatorisch › Rechtliche Gründe<\/code>/,
  );
});

test('each locale home shows the taxonomy as an SVG drawn at build time, every node a link', () => {
  for (const l of ['en', 'de', 'ja']) {
    const html = page(`${l}/index.html`);
    const svg = between(html, /<svg class="pb-tree"/, '</svg>');
    assert.ok(svg, `${l} svg`);
    assert.equal((svg.match(/<a href=/g) ?? []).length, 16, `${l}: 16 nodes`);
  }
  assert.match(
    page('de/index.html'),
    /<text class="l c3"[^>]*>L2<\/text><text class="t"[^>]*>Gesetzlich\/Regulatorisch<\/text>/,
  );
});

test('last updated from ms.date in the page language, and an edit link to the source file', () => {
  const de = page('de/l1l2l3-blocked/index.html');
  assert.match(de, /<time datetime="2026-11-24T00:00:00\.000Z">24\.11\.2026<\/time>/);
  assert.match(
    de,
    /href="https:\/\/github\.com\/[^"]+\/edit\/main\/content\/de\/l1l2l3-blocked\.md"/,
  );
  const ja = page('ja/l1l2l3-blocked/index.html');
  assert.match(ja, /<time datetime="2026-11-24T00:00:00\.000Z">2026\/11\/24<\/time>/);
  assert.match(
    page('en/l1l2l3-blocked/index.html'),
    /<time datetime="2026-11-20T00:00:00\.000Z">Nov 20, 2026<\/time>/,
  );
});

test('headings of a page built from any content folder get their anchor links (Starlight processes that folder)', () => {
  const html = page('en/l1l2l3-blocked-billing-licensing-subscription-wrong-tenant/index.html');
  assert.match(
    html,
    /<h2 id="definition">Definition<\/h2><a class="sl-anchor-link" href="#definition">/,
  );
});
