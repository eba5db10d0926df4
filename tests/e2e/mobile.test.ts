/**
 * Browser tests (Chromium) on a phone-sized screen (390×844): the menu opens the taxonomy
 * sidebar and its links work; the home page's SVG tree fits the screen and stays readable.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSession, SHOTS } from '../helpers/session.ts';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

const W = 390;
const H = 844;
const MIN_LABEL_PX = 11;
const session = browserSession(); // the fixture playbook (tests/fixtures/playbook)

const phone = (): Promise<BrowserContext> =>
  session.browser.newContext({
    viewport: { width: W, height: H },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });

/** Starlight's mobile menu toggle: a <starlight-menu-button> in older Starlight, a popover button in 0.42. */
const menuButton = (page: Page) =>
  page.locator('starlight-menu-button button, button.sl-menu-button').first();
const sidebarOpen = (page: Page) =>
  page.evaluate(() => {
    const pane = document.getElementById('starlight__sidebar');
    return (
      !!pane &&
      (pane.matches(':popover-open') ||
        document.querySelector('starlight-menu-button')?.getAttribute('aria-expanded') === 'true')
    );
  });
const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth);

async function openMenu(page: Page) {
  const button = menuButton(page);
  assert.ok(await button.isVisible(), 'menu button visible on a phone');
  assert.equal(await sidebarOpen(page), false, 'sidebar closed before the menu is opened');
  await button.click();
  await page.waitForFunction(
    () =>
      document.getElementById('starlight__sidebar')?.matches(':popover-open') ||
      document.querySelector('starlight-menu-button')?.getAttribute('aria-expanded') === 'true',
  );
  assert.equal(await sidebarOpen(page), true, 'menu opens the sidebar');
}

/** A link in the open sidebar: visible, inside the screen, big enough to tap. */
async function assertTappable(link: ReturnType<Page['locator']>, what: string) {
  assert.ok(await link.isVisible(), `${what} visible`);
  const box = (await link.boundingBox())!;
  assert.ok(
    box.x >= 0 && box.x + box.width <= W + 0.5,
    `${what} inside the screen width (${box.x}–${box.x + box.width})`,
  );
  assert.ok(
    box.y >= 0 && box.y + box.height <= H,
    `${what} on screen without scrolling (${box.y})`,
  );
  assert.ok(box.height >= 24, `${what} at least 24px tall to tap (${box.height})`);
  // nothing covers it: the element at its centre is the link (or inside it)
  const hit = await link.evaluate(
    (a, [x, y]) => {
      const el = document.elementFromPoint(x, y);
      return !!el && (el === a || a.contains(el));
    },
    [box.x + box.width / 2, box.y + box.height / 2] as const,
  );
  assert.ok(hit, `${what} is not covered by another element`);
}

test('phone: the menu button opens the sidebar; taxonomy links are visible and work', async () => {
  const context = await phone();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.server.url}/en/`);
  assert.ok(
    !(await page.locator('.pb-sidebar').isVisible()),
    'sidebar hidden until the menu is opened',
  );

  // The toggle's icon is actually painted (an icon with fill:none is an invisible button).
  const icon = await menuButton(page).evaluate((b) => {
    const svg = [...b.querySelectorAll('svg')].find((s) => getComputedStyle(s).display !== 'none')!;
    const r = svg.getBoundingClientRect();
    // Starlight's icons are <use> references to their files (src/site/icon-files.ts); the
    // symbol's paths inherit the fill of the <use>.
    return {
      w: r.width,
      h: r.height,
      fill: getComputedStyle(svg.querySelector('path, use')!).fill,
    };
  });
  assert.ok(icon.w >= 12 && icon.h >= 12, `menu icon has a size (${icon.w}×${icon.h})`);
  assert.notEqual(icon.fill, 'none', 'menu icon is painted');
  await page.screenshot({ path: join(SHOTS, 'mobile-home.png') });

  await openMenu(page);
  const sidebar = page.locator('#starlight__sidebar .pb-sidebar');
  const l1s = sidebar.locator('li.l1 > a');
  assert.deepEqual(
    (await l1s.allInnerTexts()).map((t) => t.replace(/^L1\s*/, '').trim()),
    ['Status Unknown', 'In Progress', 'No Intent', 'Blocked', 'Duplicate/Invalid'],
  );
  for (let i = 0; i < 5; i++) await assertTappable(l1s.nth(i), `L1 link ${i + 1}`);
  for (const label of ['Home', 'Status finder'])
    await assertTappable(
      sidebar.locator('.top-level a', { hasText: new RegExp(`^${label}$`) }),
      label,
    );
  // Starlight's search icon and the menu footer (theme, language) stay painted too
  const painted = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'header svg :is(path, use), #starlight__sidebar svg :is(path, use)',
      ),
    ]
      .filter((p) => p.getBoundingClientRect().width > 0)
      .map((p) => getComputedStyle(p).fill),
  );
  assert.ok(painted.length > 0);
  assert.ok(
    painted.every((f) => f !== 'none'),
    `no icon is blanked: ${painted.join(', ')}`,
  );
  await page.screenshot({ path: join(SHOTS, 'mobile-menu-open.png') });

  // Tap an L1: its page opens, and the menu then shows its L2s.
  await l1s.filter({ hasText: 'Blocked' }).click();
  await page.waitForURL((u) => u.pathname === '/en/l1l2l3-blocked/');
  assert.equal((await page.locator('main h1#_top').innerText()).trim(), 'Blocked');
  assert.ok(await page.locator('nav.pb-breadcrumbs').isVisible(), 'breadcrumbs on a phone');
  assert.ok((await noHorizontalScroll(page)) <= W, 'no sideways scrolling on an L1 page');
  await openMenu(page);
  const l2 = page.locator('#starlight__sidebar .pb-sidebar li.l2 > a', {
    hasText: 'Legal/Regulatory',
  });
  await l2.scrollIntoViewIfNeeded();
  assert.ok(await l2.isVisible(), 'L2 link visible in the open menu');
  const l2box = (await l2.boundingBox())!;
  assert.ok(
    l2box.x + l2box.width <= W + 0.5 && l2box.height >= 24,
    `L2 link fits and is tappable (${JSON.stringify(l2box)})`,
  );
  await l2.click();
  await page.waitForURL((u) => u.pathname === '/en/l1l2l3-blocked-legal-regulatory/');
  assert.equal((await page.locator('main h1#_top').innerText()).trim(), 'Legal/Regulatory');
  assert.equal(await sidebarOpen(page), false, 'menu closed on the new page');
  assert.ok((await noHorizontalScroll(page)) <= W, 'no sideways scrolling on an L2 page');
  await page.screenshot({ path: join(SHOTS, 'mobile-l2.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('phone: the home page tree fits the screen and its labels are readable', async () => {
  const context = await phone();
  const page = await context.newPage();
  for (const locale of ['en', 'de']) {
    await page.goto(`${session.server.url}/${locale}/`);
    const tree = page.locator('svg.pb-tree');
    await tree.scrollIntoViewIfNeeded();
    assert.ok(await tree.isVisible(), `${locale}: tree visible`);
    const box = (await tree.boundingBox())!;
    assert.ok(box.width <= W, `${locale}: tree ${box.width}px wide > ${W}`);
    assert.ok(
      box.x >= 0 && box.x + box.width <= W + 0.5,
      `${locale}: tree inside the screen (${box.x}–${box.x + box.width})`,
    );
    assert.ok((await noHorizontalScroll(page)) <= W, `${locale}: no sideways scrolling`);

    const m = await tree.evaluate((svg) => {
      const s = svg as SVGSVGElement;
      const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
      const rows = [...s.querySelectorAll('a')].map((a) => {
        const label = a.querySelector('text.t, text:last-of-type') as SVGTextElement;
        const level = a.querySelector('text') as SVGTextElement;
        const rect = a.querySelector('rect')!.getBoundingClientRect();
        const lb = label.getBoundingClientRect();
        return {
          text: label.textContent ?? '',
          labelPx: parseFloat(getComputedStyle(label).fontSize) * scale,
          labelH: lb.height,
          levelPx: parseFloat(getComputedStyle(level).fontSize) * scale,
          levelH: level.getBoundingClientRect().height,
          overflow: lb.right - rect.right,
          rowH: rect.height,
        };
      });
      return { scale, rows };
    });
    assert.equal(m.rows.length, 16, `${locale}: the fixture's 16 statuses`);
    const minLabel = Math.min(...m.rows.map((r) => r.labelPx));
    const minLabelH = Math.min(...m.rows.map((r) => r.labelH));
    const minLevelH = Math.min(...m.rows.map((r) => r.levelH));
    console.log(
      `# mobile ${locale}: tree ${box.width.toFixed(0)}px wide (scale ${m.scale.toFixed(3)}), labels ${minLabel.toFixed(1)}px font / ${minLabelH.toFixed(1)}px tall, level badges ${Math.min(...m.rows.map((r) => r.levelPx)).toFixed(1)}px font / ${minLevelH.toFixed(1)}px tall, rows ${Math.min(...m.rows.map((r) => r.rowH)).toFixed(1)}px`,
    );
    for (const r of m.rows) {
      assert.ok(
        r.labelPx >= MIN_LABEL_PX,
        `${locale}: label "${r.text}" renders at ${r.labelPx.toFixed(1)}px < ${MIN_LABEL_PX}px`,
      );
      assert.ok(
        r.labelH >= MIN_LABEL_PX,
        `${locale}: label "${r.text}" is ${r.labelH.toFixed(1)}px tall`,
      );
      assert.ok(
        r.levelH >= MIN_LABEL_PX - 0.5,
        `${locale}: level badge of "${r.text}" is ${r.levelH.toFixed(1)}px tall`,
      );
      assert.ok(
        r.overflow <= 0.5,
        `${locale}: label "${r.text}" runs ${r.overflow.toFixed(1)}px past its box`,
      );
      assert.ok(
        r.rowH >= 22,
        `${locale}: row of "${r.text}" ${r.rowH.toFixed(1)}px tall, too small to tap`,
      );
    }
    // a full-page capture clipped to the tree (an element capture would paint the fixed header over it)
    const top = await tree.evaluate((t) => t.getBoundingClientRect().top + scrollY);
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({
      path: join(SHOTS, `mobile-tree-${locale}.png`),
      fullPage: true,
      clip: { x: 0, y: Math.max(0, top - 8), width: W, height: box.height + 16 },
    });
  }

  // A node is a working link on a phone.
  await page.goto(`${session.server.url}/en/`);
  const node = page.locator('svg.pb-tree a[href="/en/l1l2l3-blocked-legal-regulatory/"]');
  await node.scrollIntoViewIfNeeded();
  await node.click();
  await page.waitForURL((u) => u.pathname === '/en/l1l2l3-blocked-legal-regulatory/');
  assert.equal((await page.locator('main h1#_top').innerText()).trim(), 'Legal/Regulatory');
  await context.close();
});
