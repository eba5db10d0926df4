/**
 * Browser tests (Chromium): moving around the taxonomy as a reader does — sidebar down to an L3,
 * breadcrumbs back up, previous/next among siblings, and the one-page (print) view.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSession, SHOTS } from '../helpers/session.ts';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const session = browserSession(); // the fixture playbook (tests/fixtures/playbook)

/** A page that records what went wrong while it was used: failed requests, script errors, console errors. */
async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  return { page, problems };
}

const path = (page: Page) => new URL(page.url()).pathname;
const h1 = (page: Page) => page.locator('main h1#_top').innerText();
const crumbs = (page: Page) => page.locator('nav.pb-breadcrumbs li').allInnerTexts();

async function expectLanding(page: Page, url: string, title: string, trail: string[]) {
  await page.waitForURL((u) => u.pathname === url);
  assert.equal(path(page), url);
  assert.equal((await h1(page)).trim(), title, `h1 on ${url}`);
  assert.deepEqual(
    (await crumbs(page)).map((c) => c.trim()),
    trail,
    `breadcrumbs on ${url}`,
  );
  // the last crumb is the current page and is not a link
  const current = page.locator('nav.pb-breadcrumbs [aria-current="page"]');
  assert.equal(await current.count(), 1);
  assert.equal((await current.innerText()).trim(), title);
  assert.ok(await page.locator('main h1#_top').isVisible(), 'title visible');
}

test('the German homepage list shows the five L1 headings as visible h1 elements', async () => {
  const { page, problems } = await openPage();
  await page.goto(`${session.server.url}/de/l1l2l3-homepage-list/`);
  const headings = page.locator('.sl-markdown-content h1');
  for (const l1 of [
    'Unbekannter Status',
    'In Bearbeitung',
    'Keine Absichten',
    'Blockiert',
    'Dupliziert/Ungültig',
  ]) {
    const h = headings.filter({ hasText: l1 });
    assert.equal(await h.count(), 1, `one h1 for ${l1}`);
    assert.ok(await h.isVisible(), `h1 ${l1} is visible`);
    const box = await h.boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, `h1 ${l1} has a size`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('sidebar from the German home down to an L3, then breadcrumbs back up to Home', async () => {
  const { page, problems } = await openPage();
  await page.goto(`${session.server.url}/de/`);
  const sidebar = page.locator('.pb-sidebar');

  // L1
  await sidebar.locator('li.l1 > a', { hasText: 'Blockiert' }).click();
  await expectLanding(page, '/de/l1l2l3-blocked/', 'Blockiert', ['Start', 'Blockiert']);
  assert.equal(
    await sidebar
      .locator('li.l1.open > a[aria-current="page"]')
      .innerText()
      .then((t) => t.replace('L1', '').trim()),
    'Blockiert',
  );
  await page.screenshot({ path: join(SHOTS, 'nav-1-l1-blockiert.png') });

  // L2
  await sidebar
    .locator('li.l2 > a', { hasText: 'IT-Infrastruktur des Kunden und Korrektur' })
    .click();
  await expectLanding(
    page,
    '/de/l1l2l3-blocked-customer-it-infrastructure-remediation/',
    'IT-Infrastruktur des Kunden und Korrektur',
    ['Start', 'Blockiert', 'IT-Infrastruktur des Kunden und Korrektur'],
  );
  assert.equal(
    (await sidebar.locator('a[aria-current="page"]').innerText()).trim(),
    'IT-Infrastruktur des Kunden und Korrektur',
  );
  await page.screenshot({ path: join(SHOTS, 'nav-2-l2-it-infrastruktur.png') });

  // L3
  await sidebar.locator('li.l3 > a', { hasText: 'Netzwerk' }).click();
  await expectLanding(
    page,
    '/de/l1l2l3-blocked-customer-it-infrastructure-remediation-network/',
    'Netzwerk',
    ['Start', 'Blockiert', 'IT-Infrastruktur des Kunden und Korrektur', 'Netzwerk'],
  );
  assert.equal((await sidebar.locator('a[aria-current="page"]').innerText()).trim(), 'Netzwerk');
  assert.ok(await page.locator('.pb-partof').isVisible(), 'L3 says what it is part of');
  await page.screenshot({ path: join(SHOTS, 'nav-3-l3-netzwerk.png') });

  // back up through the breadcrumbs
  const crumb = (label: string) => page.locator('nav.pb-breadcrumbs a', { hasText: label });
  await crumb('IT-Infrastruktur des Kunden und Korrektur').click();
  await expectLanding(
    page,
    '/de/l1l2l3-blocked-customer-it-infrastructure-remediation/',
    'IT-Infrastruktur des Kunden und Korrektur',
    ['Start', 'Blockiert', 'IT-Infrastruktur des Kunden und Korrektur'],
  );
  await crumb('Blockiert').click();
  await expectLanding(page, '/de/l1l2l3-blocked/', 'Blockiert', ['Start', 'Blockiert']);
  await crumb('Start').click();
  await page.waitForURL((u) => u.pathname === '/de/');
  assert.equal(path(page), '/de/');
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  assert.ok(await page.locator('svg.pb-tree').isVisible(), 'German home shows the taxonomy map');
  assert.equal(await page.locator('.pb-sidebar a[aria-current="page"]').innerText(), 'Start');

  assert.deepEqual(problems, [], 'no failed requests or script errors on the way');
  await page.close();
});

test('the sidebar marks where the reader is on the generated pages too (finder, one-page view, overview)', async () => {
  const { page, problems } = await openPage();
  for (const [url, label] of [
    ['/en/status-finder/', 'Status finder'],
    ['/en/print/', 'Whole playbook on one page'],
    ['/de/status-finder/', 'Statusfinder'],
    ['/de/l1l2l3-homepage-list/', 'L1-L2-L3-Übersicht'],
  ] as const) {
    await page.goto(`${session.server.url}${url}`);
    const current = page.locator('.pb-sidebar a[aria-current="page"]');
    assert.equal(await current.count(), 1, `${url}: one current link in the sidebar`);
    assert.equal((await current.innerText()).trim(), label, `${url}: sidebar marks ${label}`);
    assert.equal(
      new URL(await current.evaluate((a) => (a as HTMLAnchorElement).href)).pathname,
      url,
    );
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('previous/next links move among siblings only', async () => {
  const { page, problems } = await openPage();
  const prev = page.locator('.pagination-links a[rel="prev"]');
  const next = page.locator('.pagination-links a[rel="next"]');

  // The known neighbours of an L2 (the fixture's Blocked has Legal/Regulatory, Billing…, Customer IT…).
  await page.goto(`${session.server.url}/en/l1l2l3-blocked-billing-licensing-subscription/`);
  await next.click();
  await expectLanding(
    page,
    '/en/l1l2l3-blocked-customer-it-infrastructure-remediation/',
    'Customer IT Infrastructure and Remediation',
    ['Home', 'Blocked', 'Customer IT Infrastructure and Remediation'],
  );
  await prev.click();
  await expectLanding(
    page,
    '/en/l1l2l3-blocked-billing-licensing-subscription/',
    'Billing, Licensing and Subscription',
    ['Home', 'Blocked', 'Billing, Licensing and Subscription'],
  );
  await prev.click();
  await expectLanding(page, '/en/l1l2l3-blocked-legal-regulatory/', 'Legal/Regulatory', [
    'Home',
    'Blocked',
    'Legal/Regulatory',
  ]);

  // Walk the L2s of Blocked from the first to the last with "next": all siblings, none skipped, no escape.
  await page.goto(`${session.server.url}/en/l1l2l3-blocked/`);
  const expected = await page
    .locator('section.pb-children li a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  assert.equal(expected.length, 3);
  await page.goto(`${session.server.url}${expected[0]}`);
  assert.equal(await prev.count(), 0, 'the first sibling has no previous link');
  const visited = [path(page)];
  while (await next.count()) {
    await next.click();
    await page.waitForLoadState('domcontentloaded');
    visited.push(path(page));
    assert.equal(
      (await crumbs(page)).slice(0, 2).join(' › '),
      'Home › Blocked',
      `${path(page)} is a child of Blocked`,
    );
    assert.ok(visited.length <= expected.length, `next leaves the siblings: ${visited.join(', ')}`);
  }
  assert.deepEqual(visited, expected);

  // L3s: the last L3 of an L2 ends the chain, it does not jump to a cousin.
  await page.goto(
    `${session.server.url}/de/l1l2l3-blocked-customer-it-infrastructure-remediation-network/`,
  );
  assert.equal(await next.count(), 0, 'last L3 has no next');
  await prev.click();
  await expectLanding(
    page,
    '/de/l1l2l3-blocked-customer-it-infrastructure-remediation-identity/',
    'Identität',
    ['Start', 'Blockiert', 'IT-Infrastruktur des Kunden und Korrektur', 'Identität'],
  );

  // L1s are siblings of each other.
  await page.goto(`${session.server.url}/de/l1l2l3-blocked/`);
  assert.equal((await prev.locator('.link-title').innerText()).trim(), 'Keine Absichten');
  await next.click();
  await expectLanding(page, '/de/l1l2l3-duplicate-invalid/', 'Dupliziert/Ungültig', [
    'Start',
    'Dupliziert/Ungültig',
  ]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('print view: a TOC link scrolls to its section; print media hides header and sidebar', async () => {
  const { page, problems } = await openPage();
  await page.goto(`${session.server.url}/en/print/`);
  const link = page.locator('nav.pb-print-toc a', { hasText: 'Hardware' });
  const href = await link.getAttribute('href');
  assert.equal(href, '#s-l1l2l3-blocked-customer-it-infrastructure-remediation-hardware');
  assert.equal(await page.evaluate(() => scrollY), 0);
  await link.click();
  await page.waitForFunction((h) => location.hash === h, href);
  // let any smooth scrolling settle
  await page.waitForFunction(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))),
  );
  const pos = await page.evaluate((id) => {
    const section = document.getElementById(id)!;
    const heading = section.querySelector('h2')!.getBoundingClientRect();
    const header = document.querySelector('header.header')!.getBoundingClientRect();
    return {
      hash: location.hash,
      scrollY,
      top: heading.top,
      bottom: heading.bottom,
      headerBottom: header.bottom,
      vh: innerHeight,
      text: section.querySelector('h2')!.textContent,
    };
  }, href!.slice(1));
  assert.equal(pos.hash, href);
  assert.ok(pos.scrollY > 1000, `page scrolled (${pos.scrollY})`);
  assert.ok(
    pos.top >= pos.headerBottom - 1,
    `section heading not hidden under the fixed header (${pos.top} < ${pos.headerBottom})`,
  );
  assert.ok(pos.bottom <= pos.vh, `section heading in the viewport (${pos.bottom} > ${pos.vh})`);
  assert.match(pos.text ?? '', /L3\s+Hardware/);
  await page.screenshot({ path: join(SHOTS, 'print-toc-jump.png') });

  const hiddenInPrint = [
    'header.header',
    'nav.sidebar',
    '#starlight__sidebar',
    '.pb-sidebar',
    'starlight-lang-select',
    '.pb-print-button',
  ];
  const shown = async () =>
    page.evaluate(
      (sels) =>
        Object.fromEntries(
          sels.map((s) => {
            const el = document.querySelector(s);
            return [s, el ? getComputedStyle(el).display : 'missing'];
          }),
        ),
      hiddenInPrint,
    );
  const screen = await shown();
  assert.notEqual(screen['header.header'], 'none', 'header shown on screen');
  assert.notEqual(screen['.pb-sidebar'], 'none', 'sidebar shown on screen');
  await page.emulateMedia({ media: 'print' });
  const print = await shown();
  for (const s of hiddenInPrint)
    assert.equal(print[s], 'none', `${s} hidden in print (display: ${print[s]})`);
  // … and the content is still there, with the sidebar's column gone
  assert.ok(
    await page
      .locator('#s-l1l2l3-blocked-customer-it-infrastructure-remediation-hardware')
      .isVisible(),
  );
  const contentLeft = await page.locator('main').evaluate((m) => m.getBoundingClientRect().left);
  assert.ok(contentLeft < 50, `content starts at the left edge in print (${contentLeft}px)`);
  await page.screenshot({ path: join(SHOTS, 'print-media.png') });
  assert.deepEqual(problems, []);
  await page.close();
});
