/**
 * Browser tests (Chromium): the status finder with the keyboard only — ranked as you type from the
 * status index (and how fast), the L1 facet, the query in a shareable URL, copying a path — and
 * without JavaScript. The ranking itself on fixture content: tests/e2e/status-search.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSession, SHOTS } from '../helpers/session.ts';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const BUDGET_MS = 50;
const session = browserSession(); // the fixture playbook (tests/fixtures/playbook)
/** Statuses of the fixture playbook: 5 L1s, 5 L2s, 6 L3s. */
const ALL = 16;

async function newContext(): Promise<BrowserContext> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: session.server.url,
  });
  return context;
}

/** Ids of the entries a reader sees. */
const visibleIds = (page: Page) =>
  page
    .locator('#pb-finder li.pb-entry')
    .evaluateAll((els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent !== null && !(e as HTMLElement).hidden)
        .map((e) => e.id),
    );

/** Every shown entry belongs to this L1 (the facet), and the entries that are hidden are not shown. */
const l1sOfShown = (page: Page) =>
  page
    .locator('#pb-finder li.pb-entry')
    .evaluateAll((els) =>
      els.filter((e) => !(e as HTMLElement).hidden).map((e) => (e as HTMLElement).dataset.l1 ?? ''),
    );

/** The reason shown under an entry ("keyword: VPN"). */
const reasonOf = (page: Page, id: string) => page.locator(`#${id} .pb-why`).innerText();

const activeId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.id ?? '');

/** Presses Tab until `done()` says the right element has focus. */
async function tabUntil(
  page: Page,
  done: () => Promise<boolean>,
  max: number,
  what: string,
): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await done()) return i;
  }
  const desc = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${what} not reached with ${max} Tab presses (focus on ${desc})`);
}

test('keyboard only: type "VPN", the list is ranked per keystroke within budget, choose an L1, copy a path', async () => {
  const context = await newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.server.url}/en/status-finder/`);
  assert.equal((await visibleIds(page)).length, ALL, `all ${ALL} statuses listed before filtering`);
  await page.waitForSelector('#pb-finder[data-ready]', { state: 'attached' }); // the status index has loaded

  // Tab from the start of the page to the search field.
  const tabs = await tabUntil(
    page,
    async () => (await activeId(page)) === 'pb-q',
    60,
    'search field',
  );
  console.log(`# finder: search field reached after ${tabs} Tab presses`);

  // Type one key at a time; the filter applies on each keystroke (no waiting, no network).
  // The machine running the tests may be busy: a typing round whose keystroke exceeds the budget is
  // retyped (at most 3 rounds) and the best time per keystroke counts — a filter that is really slow
  // is slow every time.
  const rounds: { typed: string; ms: number; shown: number }[][] = [];
  for (let round = 0; round < 3; round++) {
    if (round > 0) {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.press('Backspace');
      assert.equal(await page.inputValue('#pb-q'), '');
      assert.equal(
        (await visibleIds(page)).length,
        ALL,
        'clearing the field shows everything again',
      );
    }
    const perKey: { typed: string; ms: number; shown: number }[] = [];
    let typed = '';
    for (const ch of 'VPN') {
      await page.evaluate(
        () => ((window as unknown as { __finderLastMs?: number }).__finderLastMs = undefined),
      );
      await page.keyboard.type(ch);
      typed += ch;
      const ms = await page.evaluate(
        () => (window as unknown as { __finderLastMs?: number }).__finderLastMs,
      );
      assert.equal(typeof ms, 'number', `filter ran for "${typed}"`);
      const shown = await visibleIds(page);
      assert.ok(shown.length > 0, `entries shown for "${typed}" (never an empty answer)`);
      perKey.push({ typed, ms: ms!, shown: shown.length });
    }
    rounds.push(perKey);
    console.log(
      `# finder: round ${round + 1}, per-keystroke filter time (window.__finderLastMs) ${perKey.map((k) => `"${k.typed}" ${k.ms.toFixed(1)} ms → ${k.shown} shown`).join(', ')}`,
    );
    if (perKey.every((k) => k.ms <= BUDGET_MS)) break;
  }
  const best = rounds[0]!.map((_k, i) => Math.min(...rounds.map((r) => r[i]!.ms)));
  for (const [i, ms] of best.entries())
    assert.ok(
      ms <= BUDGET_MS,
      `filter for "${rounds[0]![i]!.typed}" took ${ms} ms > ${BUDGET_MS} ms in every round`,
    );
  assert.equal(await page.inputValue('#pb-q'), 'VPN');
  const vpn = await visibleIds(page);
  assert.equal(
    vpn[0],
    's-l1l2l3-blocked-customer-it-infrastructure-remediation',
    `VPN finds Customer IT Infrastructure and Remediation first: ${vpn.join(', ')}`,
  );
  assert.match(await reasonOf(page, vpn[0]!), /keyword: VPN/, 'the entry says why it matched');
  assert.equal(
    (await page.locator('#pb-count').innerText()).trim(),
    `${vpn.length} of ${ALL} statuses`,
  );
  assert.ok(await page.locator('#pb-none').isHidden(), 'no "closest statuses" note: VPN matches');

  // Timing measured from outside the handler: performance.now() around dispatching the input
  // event, each query 5 times (best of 5 is the filter's cost; median and max are printed too).
  const outside = await page.evaluate(() => {
    const q = document.getElementById('pb-q') as HTMLInputElement;
    const queries = [
      'v',
      'vp',
      'vpn',
      'vp',
      'v',
      '',
      'l',
      'li',
      'lic',
      'lice',
      'licen',
      'license',
      'blocked network',
      'x',
      '',
    ];
    const byQuery = queries.map(() => [] as number[]);
    for (let round = 0; round < 5; round++) {
      queries.forEach((v, i) => {
        q.value = v;
        const t0 = performance.now();
        q.dispatchEvent(new Event('input', { bubbles: true }));
        byQuery[i]!.push(performance.now() - t0);
      });
    }
    q.value = 'VPN';
    q.dispatchEvent(new Event('input', { bubbles: true }));
    return byQuery;
  });
  const all = outside.flat().sort((a, b) => a - b);
  const median = all[Math.floor(all.length / 2)]!;
  const bestPerQuery = outside.map((t) => Math.min(...t));
  console.log(
    `# finder: input-event dispatch (performance.now) over ${all.length} events: median ${median.toFixed(1)} ms, max ${all[all.length - 1]!.toFixed(1)} ms, worst best-of-5 per query ${Math.max(...bestPerQuery).toFixed(1)} ms (budget ${BUDGET_MS} ms)`,
  );
  assert.ok(median <= BUDGET_MS, `median input event handling ${median} ms > ${BUDGET_MS} ms`);
  for (const ms of bestPerQuery)
    assert.ok(
      ms <= BUDGET_MS,
      `input event handling took ${ms} ms > ${BUDGET_MS} ms in each of 5 runs`,
    );

  // The query is in the URL once typing pauses (replaceState, no reload).
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'VPN');

  // Facet: Tab to the L1 select, pick "Blocked" with the arrow keys.
  await tabUntil(page, async () => (await activeId(page)) === 'pb-l1', 3, 'L1 select');
  const l1Label = () =>
    page.$eval('#pb-l1', (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent!.trim());
  for (let i = 0; i < 6 && (await l1Label()) !== 'Blocked'; i++)
    await page.keyboard.press('ArrowDown');
  assert.equal(await l1Label(), 'Blocked');
  await page.waitForFunction(
    () => new URL(location.href).searchParams.get('l1') === 'l1l2l3-blocked',
  );
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('q'), 'VPN');
  assert.equal(url.searchParams.get('l1'), 'l1l2l3-blocked');
  assert.match(url.search, /^\?q=VPN&l1=l1l2l3-blocked$/);
  const blocked = await visibleIds(page);
  assert.equal(blocked[0], vpn[0], 'VPN within Blocked: the same first status');
  assert.ok(
    (await l1sOfShown(page)).every((l) => l === 'l1l2l3-blocked'),
    'only statuses under Blocked',
  );
  // another L1 with the same query: nothing matches there, so the closest statuses, and the page says so
  await page.keyboard.press('ArrowDown');
  assert.equal(await l1Label(), 'Duplicate/Invalid');
  assert.ok((await visibleIds(page)).length > 0, 'never an empty answer');
  assert.ok(
    (await l1sOfShown(page)).every((l) => l === 'l1l2l3-duplicate-invalid'),
    'the closest statuses within the chosen L1',
  );
  assert.ok(await page.locator('#pb-none').isVisible(), '"closest statuses" note shown');
  assert.match(await page.locator('#pb-none').innerText(), /No status matches “VPN” well/);
  assert.equal(new URL(page.url()).searchParams.get('l1'), 'l1l2l3-duplicate-invalid');
  await page.keyboard.press('ArrowUp');
  assert.equal(await l1Label(), 'Blocked');
  assert.ok(!(await page.locator('#pb-none').isVisible()));
  await page.screenshot({ path: join(SHOTS, 'finder-vpn-blocked.png') });

  // Copy: Tab on to the shown entry's copy button and press Enter.
  await tabUntil(
    page,
    () => page.evaluate(() => document.activeElement?.matches('button.pb-copy') ?? false),
    4,
    'copy button',
  );
  const owner = await page.evaluate(() => document.activeElement!.closest('li')!.id);
  assert.equal(
    owner,
    vpn[0],
    'focus moves to the copy button of the first ranked entry (hidden ones are skipped)',
  );
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.textContent?.startsWith('Copied'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, 'Blocked › Customer IT Infrastructure and Remediation');
  await page.screenshot({ path: join(SHOTS, 'finder-copied.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a shared URL opens the finder ranked: /de/status-finder/?q=lizenz', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(`${session.server.url}/de/status-finder/?q=lizenz`);
  await page.waitForSelector('#pb-finder[data-ready]', { state: 'attached' });
  assert.equal(await page.inputValue('#pb-q'), 'lizenz', 'query restored into the field');
  const shown = await visibleIds(page);
  assert.ok(shown.length >= 3 && shown.length < ALL, `${shown.length} entries for "lizenz"`);
  assert.equal(
    shown[0],
    's-l1l2l3-blocked-billing-licensing-subscription',
    `Abrechnung, Lizenzierung und Abonnement first: ${shown.join(', ')}`,
  );
  assert.match(await reasonOf(page, shown[0]!), /Name: Abrechnung, Lizenzierung und Abonnement/);
  assert.equal(
    (await page.locator('#pb-count').innerText()).trim(),
    `${shown.length} von ${ALL} Status`,
  );
  await page.screenshot({ path: join(SHOTS, 'finder-de-lizenz.png') });

  // with the facet too
  await page.goto(`${session.server.url}/de/status-finder/?q=lizenz&l1=l1l2l3-no-intent`);
  await page.waitForSelector('#pb-finder[data-ready]', { state: 'attached' });
  assert.equal(await page.inputValue('#pb-l1'), 'l1l2l3-no-intent');
  const noIntent = await visibleIds(page);
  assert.ok(
    noIntent.length > 0 && noIntent.length < shown.length,
    `${noIntent.length} entries under No Intent`,
  );
  assert.ok(
    (await l1sOfShown(page)).every((l) => l === 'l1l2l3-no-intent'),
    'only statuses under No Intent',
  );
  // loading a shared URL does not rewrite it
  assert.equal(new URL(page.url()).search, '?q=lizenz&l1=l1l2l3-no-intent');
  await context.close();
});

test('a result opened straight after typing keeps the query for the back button', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(`${session.server.url}/en/status-finder/`);
  await page.waitForSelector('#pb-finder[data-ready]', { state: 'attached' });
  await page.locator('#pb-q').pressSequentially('vpn');
  // opened before the URL's pause is over: the click writes it first
  const first = page.locator('#pb-finder li.pb-entry:not([hidden]) a.pb-entry-title').first();
  const href = await first.getAttribute('href');
  await first.click();
  await page.waitForURL((u) => u.pathname === href);
  await page.goBack();
  await page.waitForSelector('#pb-finder[data-ready]', { state: 'attached' });
  assert.equal(new URL(page.url()).searchParams.get('q'), 'vpn');
  assert.equal(await page.inputValue('#pb-q'), 'vpn', 'the query is back in the field');
  await context.close();
});

test('without JavaScript the finder is the full list of statuses', async () => {
  const context = await session.browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${session.server.url}/en/status-finder/`);
  const entries = page.locator('#pb-finder li.pb-entry');
  assert.equal(await entries.count(), ALL);
  assert.equal((await visibleIds(page)).length, ALL, 'all visible');
  for (const level of ['l1', 'l2', 'l3'])
    assert.ok((await page.locator(`#pb-finder li.pb-${level}`).count()) > 0, `${level} entries`);
  assert.equal((await page.locator('#pb-count').innerText()).trim(), `${ALL} of ${ALL} statuses`);
  // each entry links to its page and shows its path; buttons that need JavaScript stay hidden
  assert.equal(
    await page.locator('#pb-finder li.pb-entry a.pb-entry-title[href^="/en/l1l2l3-"]').count(),
    ALL,
  );
  assert.equal(await page.locator('#pb-finder li.pb-entry .pb-path code').count(), ALL);
  assert.equal(
    await page.locator('button.pb-copy:visible').count(),
    0,
    'copy buttons hidden without JavaScript',
  );
  // a shared URL still shows everything rather than nothing
  await page.goto(`${session.server.url}/de/status-finder/?q=lizenz`);
  assert.equal((await visibleIds(page)).length, ALL);
  await page.screenshot({ path: join(SHOTS, 'finder-nojs.png') });
  await context.close();
});
