/**
 * Browser tests (Chromium) of "Was this page helpful?" on the helper fixture: Yes thanks the reader;
 * No shows the reasons; a reason opens a pre-filled GitHub issue in a new tab (the test reads the
 * opened address; GitHub itself is answered by a stub, there is no network); axe stays clean.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { browserSession } from '../helpers/session.ts';
import { ROOT } from '../helpers/build.ts';

const session = browserSession({
  name: 'helper-fixture',
  content: join(ROOT, 'tests/fixtures/helper'),
});

test('No, then a reason: a new tab with a pre-filled issue naming page, locale, path and build', async () => {
  const context = await session.browser.newContext();
  await context.route('https://github.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/plain', body: 'stub' }),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${session.server.url}/de/l1l2l3-blocked-network-proxy/`);
    const box = page.locator('.pb-feedback');
    assert.equal(await box.locator('.pb-feedback-q').innerText(), 'War diese Seite hilfreich?');
    assert.equal(
      await box.locator('.pb-feedback-reasons').isVisible(),
      false,
      'reasons wait for "No"',
    );
    await box.getByRole('button', { name: 'Nein' }).click();
    assert.equal(
      await box.getByRole('button', { name: 'Nein' }).getAttribute('aria-expanded'),
      'true',
    );
    const reason = box.getByRole('link', { name: 'Zwei Status scheinen zu passen' });
    assert.equal(await reason.isVisible(), true);
    const axe = await new AxeBuilder({ page }).include('.pb-feedback').analyze();
    assert.deepEqual(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id),
      [],
    );
    const [tab] = await Promise.all([context.waitForEvent('page'), reason.click()]);
    await tab.waitForLoadState();
    const u = new URL(tab.url());
    assert.equal(
      u.origin + u.pathname,
      'https://github.com/fasttrack/partner-playbook-site/issues/new',
    );
    assert.equal(
      u.searchParams.get('title'),
      'Feedback: Proxy-Server (de): Zwei Status scheinen zu passen',
    );
    const body = u.searchParams.get('body') ?? '';
    assert.match(body, /`l1l2l3-blocked-network-proxy` \(de\)/);
    assert.match(body, /\*\*Status:\*\* Blockiert › Netzwerk › Proxy-Server/);
    assert.match(body, /\*\*Build:\*\* \S+/);
    assert.equal(
      await tab.evaluate(() => window.opener),
      null,
      'the new tab cannot reach back (noopener)',
    );
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('Yes thanks the reader and offers no reasons; without JavaScript the reasons are links at once', async () => {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${session.server.url}/en/l1l2l3-blocked-legal/`);
    await page.locator('.pb-feedback').getByRole('button', { name: 'Yes' }).click();
    assert.equal(
      await page.locator('.pb-feedback-thanks').innerText(),
      'Thank you for your feedback.',
    );
    assert.equal(await page.locator('.pb-feedback-reasons').isVisible(), false);
  } finally {
    await context.close();
  }
  const noJs = await session.browser.newContext({ javaScriptEnabled: false });
  const p2 = await noJs.newPage();
  try {
    await p2.goto(`${session.server.url}/en/l1l2l3-blocked-legal/`);
    assert.equal(await p2.locator('.pb-feedback-buttons').isVisible(), false);
    assert.equal(await p2.locator('.pb-feedback-reasons a').count(), 4);
    assert.equal(await p2.locator('.pb-feedback-reasons a').first().isVisible(), true);
  } finally {
    await noJs.close();
  }
});
