/**
 * Browser tests (Chromium): switching language with Starlight's language select keeps the reader
 * on the same status; an untranslated page says so; every page names its language alternates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSession, SHOTS } from '../helpers/session.ts';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const session = browserSession();

const LOCALES = [
  { folder: 'en', lang: 'en', label: 'English' },
  { folder: 'de', lang: 'de', label: 'Deutsch' },
  { folder: 'es', lang: 'es', label: 'Español' },
  { folder: 'pt-br', lang: 'pt-BR', label: 'Português (Brasil)' },
  { folder: 'ja', lang: 'ja', label: '日本語' },
  { folder: 'zh-cn', lang: 'zh-CN', label: '简体中文' },
];

const path = (page: Page) => new URL(page.url()).pathname;
/** The language select reachable on a desktop page (the header's; the mobile menu has a second one). */
const langSelect = (page: Page) => page.locator('header starlight-lang-select select');

async function switchTo(page: Page, label: string, to: string) {
  const select = langSelect(page);
  assert.ok(await select.isVisible(), 'language select visible in the header');
  await Promise.all([page.waitForURL((u) => u.pathname === to), select.selectOption({ label })]);
  await page.waitForLoadState('domcontentloaded');
}

test('language select on an L2: English → Deutsch lands on the same L2 in German', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.server.url}/en/l1l2l3-blocked-legal-regulatory/`);
  assert.equal((await page.locator('main h1#_top').innerText()).trim(), 'Legal/Regulatory');
  const select = langSelect(page);
  assert.equal(
    await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent?.trim()),
    'English',
    'current language preselected',
  );
  assert.deepEqual(
    (await select.locator('option').allInnerTexts()).map((t) => t.trim()),
    LOCALES.map((l) => l.label),
    'every locale offered, each in its own language',
  );

  await switchTo(page, 'Deutsch', '/de/l1l2l3-blocked-legal-regulatory/');
  assert.equal(path(page), '/de/l1l2l3-blocked-legal-regulatory/');
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  assert.equal((await page.locator('main h1#_top').innerText()).trim(), 'Gesetzlich/Regulatorisch');
  assert.deepEqual(
    (await page.locator('nav.pb-breadcrumbs li').allInnerTexts()).map((t) => t.trim()),
    ['Start', 'Blockiert', 'Gesetzlich/Regulatorisch'],
  );
  assert.equal(
    await page.locator('.pb-sidebar a[aria-current="page"]').innerText(),
    'Gesetzlich/Regulatorisch',
    'sidebar in German, same page current',
  );
  assert.equal(
    await langSelect(page).evaluate((s: HTMLSelectElement) =>
      s.selectedOptions[0]?.textContent?.trim(),
    ),
    'Deutsch',
  );
  assert.equal(
    await page.getByText('Dieser Inhalt ist noch nicht in deiner Sprache verfügbar.').count(),
    0,
    'a translated page shows no fallback notice',
  );
  await page.screenshot({ path: join(SHOTS, 'i18n-de-l2.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('language select on an English-only L3: Español shows the same page with Starlight\'s "not translated" notice', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const id = 'l1l2l3-blocked-legal-regulatory-legal';
  // Precondition: this L3 has no Spanish translation (the Spanish L2 exists).
  const own = await page.request.get(`${session.server.url}/es/l1l2l3-blocked-legal-regulatory/`);
  assert.equal(own.status(), 200);

  await page.goto(`${session.server.url}/en/${id}/`);
  assert.equal((await page.locator('main h1#_top').innerText()).trim(), 'Legal');
  await switchTo(page, 'Español', `/es/${id}/`);
  assert.equal(path(page), `/es/${id}/`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');

  // Starlight's FallbackContentNotice: <ContentNotice icon="warning" label={t('i18n.untranslatedContent')}/>,
  // a <p class="sl-flex"> right after the page title, with our Spanish text (usted, src/content/i18n/es.json).
  const notice = page.locator('main p.sl-flex', {
    hasText: 'Esta página aún no está disponible en su idioma.',
  });
  assert.equal(await notice.count(), 1, 'fallback notice rendered once');
  assert.ok(await notice.isVisible(), 'fallback notice visible');
  assert.equal(await notice.locator('svg').count(), 1, 'with its warning icon');
  const noticeBox = (await notice.boundingBox())!;
  const titleBox = (await page.locator('main h1#_top').boundingBox())!;
  assert.ok(noticeBox.y > titleBox.y, 'notice below the title');
  const bodyBox = (await page.locator('.sl-markdown-content').first().boundingBox())!;
  assert.ok(noticeBox.y < bodyBox.y, 'notice above the (English) body');

  // The body is the English page, marked as English; the furniture is Spanish.
  assert.equal(
    await page.locator('main').getAttribute('lang'),
    'en',
    'fallback content is marked lang="en"',
  );
  assert.equal((await page.locator('main h1#_top').innerText()).trim(), 'Legal');
  assert.match(
    await page.locator('.sl-markdown-content').first().innerText(),
    /Use this sub-reason/,
  );
  assert.deepEqual(
    (await page.locator('nav.pb-breadcrumbs li').allInnerTexts()).map((t) => t.trim()),
    ['Inicio', 'Bloqueado', 'Legal/Normativo', 'Legal'],
  );
  assert.equal(
    await langSelect(page).evaluate((s: HTMLSelectElement) =>
      s.selectedOptions[0]?.textContent?.trim(),
    ),
    'Español',
  );
  await page.screenshot({ path: join(SHOTS, 'i18n-es-fallback.png') });

  // and back to English
  await switchTo(page, 'English', `/en/${id}/`);
  assert.equal(
    await page.getByText('This content is not available in your language yet.').count(),
    0,
  );
  await page.close();
});

test('links in an untranslated page keep the reader in the language they chose', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const id = 'l1l2l3-blocked-legal-regulatory-legal';
  await page.goto(`${session.server.url}/es/${id}/`);
  // Every link to a playbook page in the shown (English) body stays under /es/: the Spanish page
  // where there is one, Spanish furniture around the English text where there is not.
  const bodyLinks = await page
    .locator('.sl-markdown-content a[href^="/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  assert.ok(bodyLinks.length >= 2, `body links: ${bodyLinks.join(', ')}`);
  for (const href of bodyLinks)
    assert.doesNotMatch(href, /^\/en\//, `${href} sends a Spanish reader to the English site`);
  await page.locator('.sl-markdown-content a', { hasText: 'Legal/Regulatory' }).first().click();
  await page.waitForURL((u) => u.pathname === '/es/l1l2l3-blocked-legal-regulatory/');
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  assert.equal(
    (await page.locator('main h1#_top').innerText()).trim(),
    'Legal/Normativo',
    'the Spanish L2',
  );
  await page.close();
});

test('hreflang alternates: one per locale plus x-default, each an existing page of the same status', async () => {
  const page = await session.browser.newPage();
  for (const p of [
    '/en/l1l2l3-blocked-legal-regulatory/',
    '/de/l1l2l3-blocked-legal-regulatory/',
    `/es/l1l2l3-blocked-legal-regulatory-legal/`,
  ]) {
    await page.goto(`${session.server.url}${p}`);
    const alternates = await page
      .locator('head link[rel="alternate"][hreflang]')
      .evaluateAll((ls) =>
        ls.map((l) => ({ lang: l.getAttribute('hreflang')!, href: l.getAttribute('href')! })),
      );
    const langs = alternates.map((a) => a.lang);
    assert.deepEqual(
      [...langs].sort(),
      [...LOCALES.map((l) => l.lang), 'x-default'].sort(),
      `${p}: ${langs.join(', ')}`,
    );
    assert.equal(new Set(langs).size, langs.length, 'no duplicate hreflang');
    const slug = p.split('/')[2];
    for (const a of alternates) {
      const url = new URL(a.href);
      assert.equal(url.protocol, 'https:', `${a.lang} alternate is absolute`);
      const folder = a.lang === 'x-default' ? 'en' : LOCALES.find((l) => l.lang === a.lang)!.folder;
      assert.equal(url.pathname, `/${folder}/${slug}/`, `${p}: hreflang ${a.lang}`);
      const r = await page.request.get(`${session.server.url}${url.pathname}`);
      assert.equal(r.status(), 200, `${a.lang} alternate ${url.pathname} exists`);
    }
    // the page's own language is among them and matches <html lang>
    const own = await page.locator('html').getAttribute('lang');
    assert.ok(langs.includes(own!), `${p}: own language ${own} listed`);
  }
  await page.close();
});
