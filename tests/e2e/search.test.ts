/**
 * Browser tests (Chromium): Starlight's search dialog with Pagefind on the fixture playbook
 * (tests/fixtures/playbook, whose keywords and sentences are written for these cases) — ranking,
 * one index per language (fallback pages not indexed as the other language), CJK two-character
 * words, the level / L1-status filters with names in the page language, speed from the last
 * keystroke, and front-matter keywords weighing more than body text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSession } from '../helpers/session.ts';
import { FIXTURE_PLAYBOOK } from '../helpers/build.ts';
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/core/corpus.ts';

const session = browserSession(FIXTURE_PLAYBOOK);

interface Hit {
  title: string;
  href: string;
}

/** A page that records script errors and console errors while it is used. */
async function openPage(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.goto(`${session.server.url}${path}`);
  await page.bringToFront(); // a background page gets no idle time, and Starlight builds the search UI when idle
  return { page, problems };
}

/** Opens the search dialog as a reader does: the header button, or Ctrl+K. */
async function openSearch(page: Page, how: 'button' | 'keys' = 'button'): Promise<void> {
  // Starlight enables the button (and listens for Ctrl+K) once its script has run.
  await page.locator('button[data-open-modal]:not([disabled])').waitFor();
  if (how === 'button') await page.locator('button[data-open-modal]').click();
  else await page.keyboard.press('Control+k');
  await page
    .locator('site-search dialog[open]')
    .waitFor({ timeout: 5000 })
    .catch(async (e: Error) => {
      const state = await page.evaluate(() => ({
        active: document.activeElement?.outerHTML.slice(0, 120),
        focus: document.hasFocus(),
        ready: document.readyState,
        url: location.href,
      }));
      throw new Error(
        `the search dialog did not open (${how}): ${JSON.stringify(state)}\n${e.message}`,
      );
    });
  // Pagefind's UI is built when the browser is idle after load: wait for its input, focused.
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  await input.waitFor({ timeout: 15_000 }).catch(async (e: Error) => {
    const state = await page.evaluate(() => ({
      ui: document.querySelector('#starlight__search')?.innerHTML.slice(0, 200),
      scripts: performance
        .getEntriesByType('resource')
        .map((r) => r.name.replace(location.origin, ''))
        .filter((n) => n.endsWith('.js')),
      visibility: document.visibilityState,
      focus: document.hasFocus(),
    }));
    throw new Error(
      `Pagefind's UI was not built in the open dialog: ${JSON.stringify(state)}\n${e.message}`,
    );
  });
  await input.focus();
}

/**
 * In-page test of "results for what is typed are on screen": the message names the current input
 * (not the "searching" message) and the first result's title has loaded.
 */
function resultsShown(): boolean {
  const root = document.querySelector('#starlight__search');
  const input = root?.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
  const message = root?.querySelector('.pagefind-ui__results-area > .pagefind-ui__message');
  if (!root || !input?.value || !message) return false;
  if (!message.textContent?.includes(input.value.trim())) return false;
  const list = root.querySelector('.pagefind-ui__results');
  if (!list) return false; // still searching (the list comes with the count message)
  const first = list.querySelector('li.pagefind-ui__result');
  if (!first) return true; // zero results
  return (
    !first.querySelector('.pagefind-ui__loading') &&
    !!first.querySelector('a.pagefind-ui__result-link')?.textContent?.trim()
  );
}

/**
 * In-page test: every listed result is drawn, with its title link (a result that is still loading,
 * or a list being redrawn when a late filter file makes the UI search again, has none).
 */
function allResultsDrawn(): boolean {
  const items = [...document.querySelectorAll('#starlight__search li.pagefind-ui__result')];
  return items.every(
    (li) =>
      !li.querySelector('.pagefind-ui__loading') &&
      !!li.querySelector('a.pagefind-ui__result-link')?.textContent?.trim(),
  );
}

async function type(page: Page, query: string): Promise<void> {
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  await input.fill('');
  await input.pressSequentially(query, { delay: 40 });
  await page.waitForFunction(resultsShown);
  // every listed result (not only the first) has loaded its title
  await page.waitForFunction(allResultsDrawn);
}

/** The pages listed (not their sub-results), in order; all of them when `all` (presses "load more"). */
async function hits(page: Page, all = false): Promise<Hit[]> {
  if (all) {
    const more = page.locator('#starlight__search button.pagefind-ui__button');
    while (await more.isVisible()) {
      await more.click();
      await page.waitForFunction(allResultsDrawn);
    }
  }
  return page.$$eval('#starlight__search li.pagefind-ui__result', (lis) =>
    lis.map((li) => {
      const a = li.querySelector<HTMLAnchorElement>(
        ':scope > .pagefind-ui__result-inner > .pagefind-ui__result-title > a.pagefind-ui__result-link',
      );
      return { title: a?.textContent?.trim() ?? '', href: a?.getAttribute('href') ?? '' };
    }),
  );
}

const message = (page: Page) =>
  page.locator('#starlight__search .pagefind-ui__results-area > .pagefind-ui__message').innerText();
const show = (list: Hit[]) => list.map((h) => `${h.title} <${h.href}>`).join('\n  ');

async function search(
  path: string,
  query: string,
  how: 'button' | 'keys' = 'button',
): Promise<{ page: Page; list: Hit[]; problems: string[] }> {
  const { page, problems } = await openPage(path);
  await openSearch(page, how);
  await type(page, query);
  return { page, list: await hits(page, true), problems };
}

test('"VPN" finds Customer IT Infrastructure and Remediation first, in English (button) and German (Ctrl+K)', async () => {
  const cases = [
    { path: '/en/', how: 'button' as const, title: 'Customer IT Infrastructure and Remediation' },
    { path: '/de/', how: 'keys' as const, title: 'IT-Infrastruktur des Kunden und Korrektur' },
  ];
  for (const c of cases) {
    const { page, list, problems } = await search(c.path, 'VPN', c.how);
    try {
      assert.ok(list.length >= 1, `${c.path}: results for VPN`);
      assert.equal(list[0]!.title, c.title, `${c.path}: first result for VPN:\n  ${show(list)}`);
      assert.equal(
        list[0]!.href,
        `${c.path}l1l2l3-blocked-customer-it-infrastructure-remediation/`,
      );
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  }
});

test('opened before the browser is idle, the dialog builds the search at once and finds "VPN"', async () => {
  // Starlight builds Pagefind's UI in an idle callback; here the page never gets one.
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.addInitScript(() => {
      (window as unknown as { requestIdleCallback: () => number }).requestIdleCallback = () => 0;
    });
    await page.goto(`${session.server.url}/en/`);
    await page.locator('button[data-open-modal]:not([disabled])').click();
    const input = page.locator('#starlight__search .pagefind-ui__search-input');
    await input.waitFor({ timeout: 10_000 });
    await page.waitForFunction(() =>
      document.activeElement?.classList.contains('pagefind-ui__search-input'),
    );
    await page.keyboard.type('VPN', { delay: 40 });
    // Filters that come in after the first search make the UI search again (warmSearch), which
    // redraws the list: wait for the answer, not for the first drawing of it.
    const expected = 'Customer IT Infrastructure and Remediation';
    await page
      .waitForFunction(
        (title) =>
          document
            .querySelector('#starlight__search li.pagefind-ui__result a.pagefind-ui__result-link')
            ?.textContent?.trim() === title,
        expected,
        { timeout: 10_000 },
      )
      .catch(() => {});
    assert.equal((await hits(page))[0]?.title, expected);
    assert.equal(
      await page.locator('#starlight__search form').count(),
      1,
      'one search form, not two',
    );
  } finally {
    await page.close();
  }
});

test('a filter file that arrives after the first search still shows up in the panel', async () => {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    // Pagefind's web worker fetches one file per filter. Let the first through and hold the
    // others back 2 s, so the first search runs with one filter loaded: Pagefind's UI then kept
    // that one filter in its panel for good.
    const seen: string[] = [];
    await page.context().route('**/pagefind/filter/**', async (route) => {
      seen.push(route.request().url());
      if (seen.length > 1) await new Promise((r) => setTimeout(r, 2000));
      await route.continue();
    });
    await page.goto(`${session.server.url}/de/`);
    await page.bringToFront();
    await openSearch(page, 'keys');
    await type(page, 'Lizenz');
    const summary = page.locator('#starlight__search summary.pagefind-ui__filter-name');
    await summary
      .nth(1)
      .waitFor({ timeout: 10_000 })
      .catch(() => {});
    assert.deepEqual((await summary.allInnerTexts()).map((n) => n.trim()).sort(), [
      'Ebene',
      'L1-Status',
    ]);
    assert.ok(seen.length >= 2, `the filter files went through the held route: ${seen.join(', ')}`);
  } finally {
    await page.close();
  }
});

test('results are in the page language only: no English page under /de/, fallback pages not indexed', async () => {
  // German: every result is a German page
  for (const q of ['VPN', 'Lizenz', 'Budget', 'Microsoft']) {
    const { page, list } = await search('/de/', q);
    try {
      assert.ok(list.length > 0, `de: results for ${q}`);
      const foreign = list.filter((h) => !h.href.startsWith('/de/'));
      assert.deepEqual(foreign, [], `de "${q}": results outside /de/:\n  ${show(foreign)}`);
      assert.match(await message(page), /Ergebnis/, 'the result count is in German');
    } finally {
      await page.close();
    }
  }
  // Words found only on English pages that Spanish / Japanese show as (untranslated) fallbacks:
  // found in English; under /es/ and /ja/ the fallback page (English text) is not a result, and no
  // result is anything but a page written in that language. (Pagefind, finding no such word, may
  // list pages with a shorter word it starts with, e.g. Spanish "la" for "lawyers".)
  const corpus = loadContent(FIXTURE_PLAYBOOK.content, { audience: 'partner' });
  const own = (locale: string) =>
    new Set(
      corpus.pages
        .filter((p) => p.locale === locale && p.visible)
        .map((p) => `/${locale}/${p.slug === 'index' ? '' : `${p.slug}/`}`),
    );
  for (const [word, slug] of [
    ['lawyers', 'l1l2l3-blocked-legal-regulatory-legal'],
    ['lockbox', 'l1l2l3-blocked-customer-it-infrastructure-remediation-network'],
  ] as const) {
    const en = await search('/en/', word);
    try {
      assert.equal(
        en.list[0]?.href,
        `/en/${slug}/`,
        `en "${word}" finds /en/${slug}/ first:\n  ${show(en.list)}`,
      );
    } finally {
      await en.page.close();
    }
    for (const locale of ['es', 'ja']) {
      const pages = own(locale);
      assert.ok(!pages.has(`/${locale}/${slug}/`), `${slug} is not translated to ${locale}`);
      const fallback = await (await fetch(`${session.server.url}/${locale}/${slug}/`)).text();
      assert.ok(
        fallback.toLowerCase().includes(word),
        `/${locale}/${slug}/ exists as a fallback page with the English text`,
      );
      const { page, list } = await search(`/${locale}/`, word);
      try {
        const wrong = list.filter((h) => !pages.has(h.href));
        assert.deepEqual(
          wrong,
          [],
          `${locale} "${word}": results that are not ${locale} pages:\n  ${show(wrong)}`,
        );
        const excerpts = await page
          .locator('#starlight__search .pagefind-ui__result-excerpt')
          .allInnerTexts();
        assert.ok(
          !excerpts.some((e) => e.toLowerCase().includes(word)),
          `${locale} "${word}": no excerpt quotes the English word`,
        );
      } finally {
        await page.close();
      }
    }
  }
});

test('"Lizenz" in German finds Abrechnung, Lizenzierung und Abonnement', async () => {
  const { page, list } = await search('/de/', 'Lizenz');
  try {
    const i = list.findIndex((h) => h.title === 'Abrechnung, Lizenzierung und Abonnement');
    assert.ok(i >= 0, `found:\n  ${show(list)}`);
    assert.equal(list[i]!.href, '/de/l1l2l3-blocked-billing-licensing-subscription/');
    assert.equal(i, 0, `Abrechnung, Lizenzierung und Abonnement ranks first:\n  ${show(list)}`);
  } finally {
    await page.close();
  }
});

test('two-character words: 予算 (ja) and 预算 (zh-cn) find the page that has them', async () => {
  const cases = [
    { path: '/ja/', query: '予算', title: 'ブロック中' },
    { path: '/zh-cn/', query: '预算', title: '已阻止' },
  ];
  for (const c of cases) {
    const { page, list } = await search(c.path, c.query);
    try {
      const hit = list.find((h) => h.href === `${c.path}l1l2l3-blocked/`);
      assert.ok(hit, `${c.path} "${c.query}" finds the Blocked page:\n  ${show(list)}`);
      assert.equal(hit.title, c.title);
      assert.equal(
        list[0]!.href,
        hit.href,
        `${c.path} "${c.query}": it ranks first:\n  ${show(list)}`,
      );
      assert.deepEqual(
        list.filter((h) => !h.href.startsWith(c.path)),
        [],
        'only pages of the page language',
      );
    } finally {
      await page.close();
    }
  }
});

/** The L1 status a built page declares to Pagefind (read from the served HTML, not from the UI). */
async function statusOf(href: string, filterName: string): Promise<string | undefined> {
  const html = await (await fetch(`${session.server.url}${href}`)).text();
  const esc = filterName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<meta data-pagefind-filter="${esc}\\[content\\]" content="([^"]*)"`).exec(
    html,
  )?.[1];
}

test('filters: level and L1 status are shown with names in the page language; one status narrows the results to it', async () => {
  const cases = [
    {
      path: '/en/',
      query: 'customer',
      names: ['L1 status', 'Level'],
      status: 'L1 status',
      values: ['Blocked', 'Duplicate/Invalid', 'In Progress', 'No Intent', 'Status Unknown'],
      messageWord: /results? for/,
    },
    {
      path: '/de/',
      query: 'Lizenz',
      names: ['Ebene', 'L1-Status'],
      status: 'L1-Status',
      values: [
        'Blockiert',
        'Dupliziert/Ungültig',
        'In Bearbeitung',
        'Keine Absichten',
        'Unbekannter Status',
      ],
      messageWord: /Ergebnisse? für/,
    },
    {
      path: '/ja/',
      query: 'Microsoft',
      names: ['L1 ステータス', 'レベル'],
      status: 'L1 ステータス',
      values: ['ステータス不明', 'ブロック中', '利用意向なし', '進行中', '重複/無効'],
      messageWord: /件の検索結果/,
    },
  ];
  for (const c of cases) {
    const { page, list: all, problems } = await search(c.path, c.query);
    try {
      assert.ok(all.length > 1, `${c.path} "${c.query}" has results`);
      const panel = page.locator('#starlight__search .pagefind-ui__filter-panel');
      assert.ok(await panel.isVisible(), `${c.path}: the filter panel is shown`);
      // Pagefind loads each filter's values on its own: wait until every filter is listed.
      await panel
        .locator('summary.pagefind-ui__filter-name')
        .nth(c.names.length - 1)
        .waitFor({ timeout: 15000 })
        .catch(() => {});
      const names = (await panel.locator('summary.pagefind-ui__filter-name').allInnerTexts())
        .map((n) => n.trim())
        .sort();
      if (names.length !== c.names.length) {
        // Seen once in CI (the panel kept "Ebene" without "L1-Status"): say what Pagefind itself has.
        const known = await page.evaluate(async () => {
          const pf = await import('/pagefind/pagefind.js' as string);
          return Object.fromEntries(
            Object.entries((await pf.filters()) as Record<string, Record<string, number>>).map(
              ([k, v]) => [k, Object.keys(v).length],
            ),
          );
        });
        assert.fail(
          `${c.path}: the panel lists ${JSON.stringify(names)}; Pagefind's filters() has ${JSON.stringify(known)} (name → values)`,
        );
      }
      assert.deepEqual(names, [...c.names].sort(), `${c.path}: filter names in the page language`);
      assert.match(
        await message(page),
        c.messageWord,
        `${c.path}: the result count is in the page language`,
      );

      // which L1 statuses the unfiltered results belong to; pick one that is there, but not alone
      const statuses = await Promise.all(all.map((h) => statusOf(h.href, c.status)));
      const declared = statuses.filter((s): s is string => !!s);
      assert.ok(
        declared.every((s) => c.values.includes(s)),
        `${c.path}: status values are the translated L1 names: ${declared.join(', ')}`,
      );
      const counts = new Map<string, number>();
      for (const s of declared) counts.set(s, (counts.get(s) ?? 0) + 1);
      const pick = [...counts]
        .filter(([, n]) => n < all.length)
        .sort((a, b) => b[1] - a[1])[0]?.[0];
      assert.ok(
        pick,
        `${c.path} "${c.query}": results span more than one status (${[...counts].join('; ')})`,
      );

      const block = panel.locator('details.pagefind-ui__filter-block', {
        has: page.locator(`input[name="${c.status}"]`),
      });
      await block.locator('summary').click();
      const value = block.locator('.pagefind-ui__filter-value', {
        has: page.locator(`input[value="${pick}"]`),
      });
      const label = (await value.locator('label').innerText()).trim();
      const expected = Number(/\((\d+)\)\s*$/.exec(label)?.[1]);
      assert.ok(label.startsWith(pick) && expected > 0, `filter label "${label}"`);
      await value.locator('label').click();
      assert.ok(await value.locator('input').isChecked(), `${pick} is checked`);
      // the UI searches again; wait until it lists as many results as the filter announced
      await page.waitForFunction((n) => {
        const m =
          document.querySelector(
            '#starlight__search .pagefind-ui__results-area > .pagefind-ui__message',
          )?.textContent ?? '';
        return (
          !!document.querySelector('#starlight__search .pagefind-ui__results') &&
          new RegExp(`(^|\\D)${n}(\\D|$)`).test(m)
        );
      }, expected);
      await page.waitForFunction(allResultsDrawn);
      const filtered = await hits(page, true);
      assert.equal(
        filtered.length,
        expected,
        `${c.path}: ${pick} announced ${expected} results:\n  ${show(filtered)}`,
      );
      assert.ok(filtered.length < all.length, 'the filter narrowed the results');
      for (const h of filtered) {
        assert.ok(h.href.startsWith(c.path), `${h.href} in ${c.path}`);
        assert.equal(
          await statusOf(h.href, c.status),
          pick,
          `${h.title} <${h.href}> belongs to ${pick}`,
        );
      }
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  }
});

test('speed: with a warm index, results are on screen ≤ 300 ms after the last keystroke', async () => {
  const { page, problems } = await openPage('/en/');
  try {
    await openSearch(page, 'keys');
    await type(page, 'license'); // warm: Pagefind's WebAssembly, the English index and filters are loaded
    const ms: Record<string, number> = {};
    for (const q of ['VPN', 'budget', 'tenant', 'firewall', 'sponsor']) {
      const input = page.locator('#starlight__search .pagefind-ui__search-input');
      await input.fill('');
      await page
        .locator('#starlight__search .pagefind-ui__drawer.pagefind-ui__hidden')
        .waitFor({ state: 'attached' });
      // In the page: the time of the last `input` event, and of the first frame after results for
      // the whole query are in the DOM.
      await page.evaluate(`window.__resultsShown = ${resultsShown.toString()}`);
      await page.evaluate(() => {
        const w = window as unknown as {
          __last?: number;
          __shown?: number;
          __obs?: MutationObserver;
          __resultsShown: () => boolean;
        };
        const shown = w.__resultsShown;
        w.__last = undefined;
        w.__shown = undefined;
        w.__obs?.disconnect();
        const input = document.querySelector<HTMLInputElement>(
          '#starlight__search .pagefind-ui__search-input',
        )!;
        input.oninput = () => {
          w.__last = performance.now();
          w.__shown = undefined;
        };
        const check = () => {
          if (w.__last !== undefined && w.__shown === undefined && shown()) {
            w.__shown = -1;
            requestAnimationFrame(() => (w.__shown = performance.now()));
          }
        };
        w.__obs = new MutationObserver(check);
        w.__obs.observe(document.querySelector('#starlight__search')!, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
      });
      await input.pressSequentially(q, { delay: 40 });
      await page.waitForFunction(
        () => ((window as unknown as { __shown?: number }).__shown ?? -1) > 0,
        undefined,
        { timeout: 10_000 },
      );
      const [last, shown] = await page.evaluate(() => {
        const w = window as unknown as { __last: number; __shown: number };
        return [w.__last, w.__shown];
      });
      ms[q] = Math.round(shown - last);
      assert.ok((await hits(page)).length > 0, `results for ${q}`);
    }
    const sorted = Object.values(ms).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(
      `search: last keystroke → results on screen (warm index): ${Object.entries(ms)
        .map(([q, t]) => `${q} ${t} ms`)
        .join(', ')}; median ${median} ms`,
    );
    assert.ok(
      median <= 300,
      `median ${median} ms from the last keystroke to results (${JSON.stringify(ms)})`,
    );
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('front-matter keywords weigh more than body text: a keyword-only page ranks above every body-only mention', async () => {
  const corpus = loadContent(FIXTURE_PLAYBOOK.content, { audience: 'partner' });
  const en = corpus.pages.filter((p) => p.locale === 'en' && p.meta && p.visible);
  const cases = [
    { word: 'external', keyword: 'l1l2l3-blocked-legal-regulatory' },
    { word: 'merger', keyword: 'l1l2l3-blocked-billing-licensing-subscription-wrong-tenant' },
  ];
  for (const c of cases) {
    // The premise, from the fixture: the word (or a longer word starting with it) is in the
    // keywords of that page only, not in its title, description or text; other pages have it in
    // their text only.
    const stem = new RegExp(`\\b${c.word}`, 'i');
    const inKeywords = en.filter((p) => p.meta!.keywords.some((k) => stem.test(k)));
    const inText = (p: (typeof en)[number]) =>
      stem.test(`${p.meta!.title}\n${p.meta!.description}\n${p.body}`);
    assert.deepEqual(
      inKeywords.map((p) => p.slug),
      [c.keyword],
      `"${c.word}" is a keyword of ${c.keyword} only`,
    );
    assert.ok(
      !inText(inKeywords[0]!),
      `"${c.word}" is not in the title, description or text of ${c.keyword}`,
    );
    const bodyOnly = en
      .filter((p) => p.slug !== c.keyword && inText(p))
      .map((p) => `/en/${p.slug === 'index' ? '' : `${p.slug}/`}`);
    assert.ok(bodyOnly.length > 0, `"${c.word}" is in the text of other pages`);

    const { page, list } = await search('/en/', c.word);
    try {
      const ki = list.findIndex((h) => h.href === `/en/${c.keyword}/`);
      assert.equal(ki, 0, `"${c.word}": the keyword-only page ranks first:\n  ${show(list)}`);
      const found = bodyOnly.filter((href) => list.some((h) => h.href === href));
      assert.ok(
        found.length > 0,
        `"${c.word}" also finds the body-only pages ${bodyOnly.join(', ')}:\n  ${show(list)}`,
      );
    } finally {
      await page.close();
    }
  }
});

test('a "Statuses" group from the status index comes first in the dialog, above the page results', async () => {
  const { page, problems } = await search('/en/', 'VPN');
  try {
    const group = await page.evaluate(() => {
      const g = document.querySelector<HTMLElement>('#starlight__search .pb-status-group');
      const results = document.querySelector('#starlight__search .pagefind-ui__results-area');
      return {
        shown: !!g && !g.hidden,
        heading: g?.querySelector('h2')?.textContent ?? '',
        first: g?.querySelector('a.pb-status-link')?.getAttribute('href') ?? '',
        why: g?.querySelector('.pb-status-why')?.textContent ?? '',
        above:
          !!g &&
          !!results &&
          !!(g.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING),
      };
    });
    assert.ok(group.shown, 'the Statuses group is shown');
    assert.equal(group.heading, 'Statuses');
    assert.equal(group.first, '/en/l1l2l3-blocked-customer-it-infrastructure-remediation/');
    assert.match(group.why, /keyword: VPN/);
    assert.ok(group.above, 'above Pagefind’s results');
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
  }
});

test('overview pages (home, all-statuses list) rank below the status pages they list', async () => {
  // Status names that the fixture's all-statuses list repeats (tests/fixtures/playbook/en/l1l2l3-homepage-list.md).
  for (const [q, slug] of [
    ['Customer Unresponsive', 'l1l2l3-status-unknown-customer-unresponsive'],
    ['Billing, Licensing and Subscription', 'l1l2l3-blocked-billing-licensing-subscription'],
    [
      'Customer IT Infrastructure and Remediation',
      'l1l2l3-blocked-customer-it-infrastructure-remediation',
    ],
  ] as const) {
    const { page, list } = await search('/en/', q);
    try {
      const status = list.findIndex((h) => h.href === `/en/${slug}/`);
      const overview = list.findIndex(
        (h) => h.href === '/en/l1l2l3-homepage-list/' || h.href === '/en/',
      );
      assert.equal(status, 0, `"${q}" finds /en/${slug}/ first:\n  ${show(list)}`);
      // Every status page found comes before the overview (the fixture is small: the list may hold only a few).
      const lastStatus = Math.max(
        ...list.map((h, i) => (/\/l1l2l3-(?!homepage-list)/.test(h.href) ? i : -1)),
      );
      assert.ok(
        overview === -1 || overview > lastStatus,
        `"${q}": the overview page is ${overview + 1}., above a status page:\n  ${show(list)}`,
      );
    } finally {
      await page.close();
    }
  }
});
