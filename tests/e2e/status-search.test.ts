/**
 * Browser tests (Chromium) of the status index on a fixture playbook (tests/fixtures/search: en, de,
 * ja): typing into the status finder and into the search dialog puts the right status first —
 * misspelt, inflected, without umlauts, in Japanese, through a synonym, with words the page does not have — says why
 * it matched, and never ends empty.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSession, SHOTS } from '../helpers/session.ts';

const session = browserSession({ name: 'fx-search', content: 'tests/fixtures/search' });

async function finder(path: string): Promise<Page> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${session.server.url}${path}`);
  await page.waitForSelector('#pb-finder[data-ready]', { state: 'attached' });
  return page;
}

/** The entries a reader sees, in order, with the reason shown for each. */
const shown = (page: Page) =>
  page.locator('#pb-finder li.pb-entry').evaluateAll((els) =>
    els
      .filter((e) => !(e as HTMLElement).hidden && (e as HTMLElement).offsetParent !== null)
      .map((e) => ({
        id: e.id.replace(/^s-l1l2l3-/, ''),
        title: e.querySelector('.pb-entry-title')?.textContent?.trim() ?? '',
        why: e.querySelector<HTMLElement>('.pb-why:not([hidden])')?.textContent ?? '',
      })),
  );

async function typeInFinder(page: Page, text: string): Promise<void> {
  await page.fill('#pb-q', '');
  await page.locator('#pb-q').pressSequentially(text, { delay: 10 });
}

const FINDER_CASES = [
  {
    locale: 'en',
    q: 'bandwdth',
    first: 'blocked-network',
    why: /keyword: bandwidth/,
    what: 'a misspelt keyword',
  },
  {
    locale: 'en',
    q: 'license transfer',
    first: 'blocked-licensing-tenant',
    why: /keyword: license transfer/,
    what: 'the L3 before its L2 (specific first)',
  },
  {
    locale: 'en',
    q: 'firewall stops calls',
    first: 'blocked-network',
    why: /firewall/,
    what: 'any word: "calls" and "stops" are not needed',
  },
  {
    locale: 'de',
    q: 'Lizenzubertragung',
    first: 'blocked-licensing-tenant',
    why: /Stichwort: Lizenzübertragung/,
    what: 'umlaut folded',
  },
  {
    locale: 'de',
    q: 'Lizenzen im falschen Mandanten',
    first: 'blocked-licensing-tenant',
    why: /Mandant/,
    what: 'inflected German',
  },
  {
    locale: 'de',
    q: 'Network',
    first: 'blocked-network',
    why: /anderer Name: Network/,
    what: 'the English name as an alias',
  },
  {
    locale: 'ja',
    q: '誤ったテナントのライセンス',
    first: 'blocked-licensing-tenant',
    why: /テナント/,
    what: 'Japanese cut into words',
  },
  {
    locale: 'en',
    q: 'Zscaler breaks Teams',
    first: 'blocked-network',
    why: /keyword: proxy \(similar to “Zscaler”\)/,
    what: 'a synonym (_synonyms.yml: Zscaler ~ proxy)',
  },
  {
    locale: 'de',
    q: 'Funkstille beim Kunden',
    first: 'unknown-unresponsive',
    why: /keine Antwort.*\(ähnlich wie „Funkstille“\)/,
    what: 'a German synonym',
  },
  {
    locale: 'ja',
    q: '回線が遅い',
    first: 'blocked-network',
    why: /帯域幅/,
    what: 'a Japanese synonym, matched as a piece of the text',
  },
  {
    locale: 'ja',
    q: '顧客が応答しない',
    first: 'unknown-unresponsive',
    why: /応答/,
    what: 'Japanese situation',
  },
];

test('finder: typing puts the right status first, says why, in en, de and ja', async () => {
  for (const c of FINDER_CASES) {
    const page = await finder(`/${c.locale}/status-finder/`);
    try {
      await typeInFinder(page, c.q);
      const list = await shown(page);
      assert.equal(
        list[0]?.id,
        c.first,
        `${c.locale} "${c.q}" (${c.what}): ${JSON.stringify(list.slice(0, 3))}`,
      );
      assert.match(list[0]!.why, c.why, `${c.locale} "${c.q}": the reason shown`);
      assert.ok(
        await page.locator('#pb-none').isHidden(),
        'no "closest" note when something matches',
      );
      // the query is in the URL once typing pauses
      await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, c.q, {
        timeout: 5_000,
      });
    } finally {
      await page.close();
    }
  }
});

test('finder: a shared ?q= URL opens ranked; nonsense shows the closest statuses and a "did you mean"', async () => {
  const page = await finder(`/en/status-finder/?q=${encodeURIComponent('wrong tenant')}`);
  try {
    assert.equal(await page.inputValue('#pb-q'), 'wrong tenant');
    assert.equal((await shown(page))[0]?.title, 'Wrong Tenant');
    await typeInFinder(page, 'netwrk latncy');
    assert.equal((await shown(page))[0]?.id, 'blocked-network', 'two misspelt words');
    await typeInFinder(page, 'qqqzzz');
    const list = await shown(page);
    assert.ok(list.length > 0, 'never an empty answer');
    const note = page.locator('#pb-none');
    assert.ok(await note.isVisible());
    assert.match(await note.innerText(), /No status matches “qqqzzz” well/);
    // "Suggest a keyword": a pre-filled issue with the query, in a new tab.
    const suggest = note.locator('a.pb-suggest');
    assert.equal(await suggest.innerText(), 'Suggest a keyword');
    assert.equal(await suggest.getAttribute('target'), '_blank');
    const issue = new URL((await suggest.getAttribute('href'))!);
    assert.equal(
      issue.origin + issue.pathname,
      'https://github.com/fasttrack/partner-playbook-site/issues/new',
    );
    assert.equal(issue.searchParams.get('title'), 'Keyword: "qqqzzz" (en)');
    assert.match(issue.searchParams.get('body')!, /\*\*Where:\*\* status finder/);
    await page.screenshot({ path: join(SHOTS, 'finder-closest.png') });
    await typeInFinder(page, 'blokced');
    assert.equal((await shown(page))[0]?.id, 'blocked');
    await page.fill('#pb-q', '');
    await page.locator('#pb-q').dispatchEvent('input');
    assert.equal((await shown(page)).length, 6, 'an empty field lists every status again');
    assert.equal((await shown(page))[0]?.id, 'unknown', 'in taxonomy order');
  } finally {
    await page.close();
  }
});

/** Opens the search dialog on `path` and types `q`; returns the status group's titles and Pagefind's result titles. */
async function dialog(
  path: string,
  q: string,
): Promise<{ page: Page; statuses: string[]; pages: string[]; note: string }> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${session.server.url}${path}`);
  await page.bringToFront();
  await page.locator('button[data-open-modal]:not([disabled])').click();
  const input = page.locator('#starlight__search .pagefind-ui__search-input');
  await input.waitFor({ timeout: 15_000 });
  await page.waitForSelector('.pb-status-group[data-ready]', {
    state: 'attached',
    timeout: 15_000,
  });
  await input.pressSequentially(q, { delay: 30 });
  await page.waitForFunction((text) => {
    const msg =
      document.querySelector(
        '#starlight__search .pagefind-ui__results-area > .pagefind-ui__message',
      )?.textContent ?? '';
    const items = [...document.querySelectorAll('#starlight__search li.pagefind-ui__result')];
    return (
      msg.includes(text) &&
      items.every((li) => !!li.querySelector('a.pagefind-ui__result-link')?.textContent?.trim())
    );
  }, q);
  const r = await page.evaluate(() => {
    const group = document.querySelector<HTMLElement>('.pb-status-group')!;
    const results = document.querySelector('#starlight__search .pagefind-ui__results-area');
    return {
      statuses: [...group.querySelectorAll('a.pb-status-link')].map((a) =>
        a.textContent!.replace(/^L\d\s*/, '').trim(),
      ),
      pages: [...document.querySelectorAll('#starlight__search a.pagefind-ui__result-link')].map(
        (a) => a.textContent!.trim(),
      ),
      note: group.querySelector<HTMLElement>('.pb-status-note')!.hidden
        ? ''
        : group.querySelector<HTMLElement>('.pb-status-note')!.innerText,
      heading: group.querySelector('h2')?.textContent ?? '',
      above:
        !!results && !!(group.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING),
      visible: !group.hidden,
    };
  });
  assert.ok(r.visible, 'the Statuses group is shown');
  assert.ok(r.above, 'the Statuses group comes before Pagefind’s results');
  assert.ok(r.heading.length > 0, 'the group has a heading');
  return { page, statuses: r.statuses, pages: r.pages, note: r.note };
}

test('search dialog: a "Statuses" group above the page results puts the right status first (en, de, ja)', async () => {
  const cases = [
    { path: '/en/', q: 'latency problems', first: 'Network' },
    { path: '/en/', q: 'licence transfr', first: 'Wrong Tenant' },
    { path: '/de/', q: 'Kunde antwortet nicht', first: 'Kunde reagiert nicht' },
    { path: '/de/', q: 'Falscher Mandant', first: 'Falscher Mandant' },
    { path: '/ja/', q: 'ファイアウォール', first: 'ネットワーク' },
    { path: '/ja/', q: 'テナントの移行', first: '誤ったテナント' },
  ];
  for (const c of cases) {
    const { page, statuses, note } = await dialog(c.path, c.q);
    try {
      assert.equal(statuses[0], c.first, `${c.path} "${c.q}": ${statuses.join(' | ')}`);
      assert.equal(note, '', 'no "closest" note when something matches');
    } finally {
      await page.close();
    }
  }
});

test('search dialog: when nothing matches, the closest statuses and a "did you mean" instead of an empty answer', async () => {
  const { page, statuses, pages, note } = await dialog('/de/', 'Netzwrkkk');
  try {
    assert.equal(statuses[0], 'Netzwerk', `closest first: ${statuses.join(' | ')}`);
    assert.match(
      note,
      /Kein Status passt gut zu „Netzwrkkk“\. Am nächsten: Meinten Sie Netzwerk\? Suchbegriff vorschlagen/,
    );
    assert.equal(
      await page.locator('.pb-status-note a').first().getAttribute('href'),
      '/de/l1l2l3-blocked-network/',
    );
    const issue = new URL(
      (await page.locator('.pb-status-note a.pb-suggest').getAttribute('href'))!,
    );
    assert.equal(issue.searchParams.get('title'), 'Keyword: "Netzwrkkk" (de)');
    assert.deepEqual(pages, [], 'Pagefind itself found nothing');
    await page.screenshot({ path: join(SHOTS, 'search-closest-de.png') });
  } finally {
    await page.close();
  }
});
