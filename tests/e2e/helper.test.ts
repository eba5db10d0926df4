/**
 * Browser tests (Chromium) of "Which status applies?" on the helper fixture (tests/fixtures/helper,
 * en/de/ja with an internal-only status): walking to three statuses in three languages, Back, a
 * shared URL reloaded, the keyboard, axe, a 390 px phone, the page without JavaScript, and
 * "Often confused with" on a status page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { browserSession, SHOTS } from '../helpers/session.ts';
import { ROOT } from '../helpers/build.ts';

const session = browserSession({
  name: 'helper-fixture',
  content: join(ROOT, 'tests/fixtures/helper'),
});

const question = (page: Page) => page.locator('#pb-step-q').innerText();
const answers = (page: Page) => page.locator('#pb-step-answers button').allInnerTexts();
const result = (page: Page) => page.locator('#pb-step-result .pb-result-title').innerText();
const choose = (page: Page, text: string) =>
  page.locator('#pb-step-answers button', { hasText: text }).click();

async function open(path: string, opts: { javaScriptEnabled?: boolean; width?: number } = {}) {
  const context = await session.browser.newContext({
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    viewport: { width: opts.width ?? 1280, height: 900 },
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: session.server.url,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.server.url}${path}`);
  return { context, page, errors };
}

test('en: walk to an L3, go Back, change the answer, reload the shared URL', async () => {
  const { context, page, errors } = await open('/en/which-status/');
  try {
    assert.equal(await question(page), 'Have you reached the customer?');
    await choose(page, 'something blocks');
    assert.equal(await question(page), 'What blocks the work?');
    // The internal-only status is not part of the partner site, so neither is its answer.
    assert.deepEqual(await answers(page), ['The network', 'A law']);
    await choose(page, 'The network');
    await choose(page, 'The proxy');
    assert.equal(await result(page), 'L3 Proxy');
    assert.equal(new URL(page.url()).searchParams.get('a'), '2.1.1');
    assert.equal(
      await page.locator('#pb-step-result .pb-result-path code').first().innerText(),
      'Blocked › Network › Proxy',
    );
    assert.equal(
      await page
        .locator('#pb-step-result a', { hasText: 'Read the full page' })
        .getAttribute('href'),
      '/en/l1l2l3-blocked-network-proxy/',
    );
    await page.locator('#pb-step-result button.pb-copy').first().click();
    assert.equal(
      await page.evaluate(() => navigator.clipboard.readText()),
      'Blocked › Network › Proxy',
    );

    await page.locator('#pb-back').click();
    assert.equal(await question(page), 'Which part of the network?');
    await choose(page, 'Not enough bandwidth');
    assert.equal(await result(page), 'L3 Bandwidth');
    const shared = page.url();
    assert.match(shared, /\?a=2\.1\.2$/);

    // The browser's own Back button walks the same steps.
    await page.goBack();
    assert.equal(await question(page), 'Which part of the network?');

    const again = await context.newPage();
    await again.goto(shared);
    assert.equal(await result(again), 'L3 Bandwidth');
    await again.locator('#pb-restart').click();
    assert.equal(await question(again), 'Have you reached the customer?');
    assert.equal(new URL(again.url()).search, '');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('de: walk to an L2 by keyboard only; the result shows the German and the English path', async () => {
  const { context, page, errors } = await open('/de/which-status/');
  try {
    assert.equal(await question(page), 'Haben Sie den Kunden erreicht?');
    await page.locator('#pb-step-answers button').nth(1).focus();
    await page.keyboard.press('Enter');
    assert.equal(await question(page), 'Was blockiert die Arbeit?');
    // Focus moves to the new question, so a screen reader reads it; Tab reaches the answers.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'pb-step-q');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Ein Gesetz');
    await page.keyboard.press('Enter');
    assert.equal(await result(page), 'L2 Rechtlich');
    const paths = await page.locator('#pb-step-result .pb-result-path code').allInnerTexts();
    assert.deepEqual(paths, ['Blockiert › Rechtlich', 'Blocked › Legal']);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("ja: walk to the first answer's status; axe finds nothing serious; fits a 390 px phone", async () => {
  const { context, page, errors } = await open('/ja/which-status/', { width: 390 });
  try {
    await choose(page, 'いいえ');
    assert.equal(await result(page), 'L2 顧客の応答なし');
    assert.equal(new URL(page.url()).searchParams.get('a'), '1');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
    await page.screenshot({ path: join(SHOTS, 'helper-ja-390.png'), fullPage: true });
    for (const url of ['/ja/which-status/', '/ja/which-status/?a=2']) {
      await page.goto(`${session.server.url}${url}`);
      const axe = await new AxeBuilder({ page }).analyze();
      const serious = axe.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      assert.deepEqual(
        serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        [],
        url,
      );
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("without JavaScript: the whole tree as nested lists; an answer's anchor leads to its question or its status", async () => {
  const { context, page } = await open('/en/which-status/', { javaScriptEnabled: false });
  try {
    assert.equal(await page.locator('#pb-helper').isVisible(), false);
    const nested = await page.locator('#pb-tree .pb-q .pb-q .pb-q-text').allInnerTexts();
    assert.deepEqual(nested, ['What blocks the work?', 'Which part of the network?']);
    const proxy = page.locator('#pb-tree a.pb-answer', { hasText: 'The proxy' });
    assert.equal(await proxy.getAttribute('href'), '#r-l1l2l3-blocked-network-proxy');
    await proxy.click();
    assert.equal(new URL(page.url()).hash, '#r-l1l2l3-blocked-network-proxy');
    assert.equal(
      await page.locator('#r-l1l2l3-blocked-network-proxy .pb-result-title').isVisible(),
      true,
    );
    assert.equal(
      await page.locator('#r-l1l2l3-blocked-network-proxy a').getAttribute('href'),
      '/en/l1l2l3-blocked-network-proxy/',
    );
    const html = await page.content();
    assert.doesNotMatch(html, /Secret Internal Reason|internal matter|l1l2l3-blocked-secret/);
  } finally {
    await context.close();
  }
});

test('"Often confused with": the page a table row points to names the page the row is on, in its language', async () => {
  for (const [locale, expected] of [
    [
      'en',
      {
        link: 'L2 Legal',
        text: 'Choose this status instead when: The proxy blocks the sign-in page.',
      },
    ],
    ['ja', { link: 'L2 法務', text: 'プロキシがサインイン ページをブロックしています。' }],
  ] as const) {
    const { context, page } = await open(`/${locale}/l1l2l3-blocked-network-proxy/`);
    try {
      const item = page.locator('.pb-confused li').first();
      assert.equal((await item.locator('a').innerText()).trim(), expected.link);
      assert.match(
        await item.innerText(),
        new RegExp(expected.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      );
    } finally {
      await context.close();
    }
  }
  const { context, page } = await open('/de/l1l2l3-blocked-legal/');
  try {
    const item = page.locator('.pb-confused li').first();
    assert.equal((await item.locator('a').innerText()).trim(), 'L3 Proxy-Server');
    assert.match(
      await item.innerText(),
      /Wählen Sie stattdessen diesen Status, wenn: Der Proxy blockiert die Anmeldeseite\./,
    );
  } finally {
    await context.close();
  }
});
