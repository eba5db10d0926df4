/**
 * Browser tests (Chromium): axe-core finds no serious or critical accessibility violation on the
 * home page, an L1, an L2, an L3 and the status finder, in English and Japanese, in the light and
 * the dark theme.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSession } from '../helpers/session.ts';
import { AxeBuilder } from '@axe-core/playwright';

const session = browserSession();

const PAGES = [
  ['home', ''],
  ['L1', 'l1l2l3-blocked/'],
  ['L2', 'l1l2l3-blocked-customer-it-infrastructure-remediation/'],
  // Japanese has no L3 of its own: /ja/ shows this one as an (English) fallback page.
  ['L3', 'l1l2l3-blocked-legal-regulatory-legal/'],
  ['status finder', 'status-finder/'],
] as const;

type Result = Awaited<ReturnType<AxeBuilder['analyze']>>;

function describe(violations: Result['violations']): string {
  return violations
    .map((v) =>
      [
        `${v.impact} ${v.id}: ${v.help} (${v.helpUrl})`,
        ...v.nodes
          .slice(0, 8)
          .map(
            (n) =>
              `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, ' ')}\n      ${n.html.slice(0, 200)}`,
          ),
        v.nodes.length > 8 ? `    … ${v.nodes.length - 8} more` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');
}

for (const theme of ['light', 'dark'] as const) {
  for (const locale of ['en', 'ja']) {
    test(`axe: no serious or critical violations, ${locale}, ${theme} theme`, async () => {
      // Starlight reads the theme from localStorage before the page paints; the media query agrees.
      const context = await session.browser.newContext({
        colorScheme: theme,
        viewport: { width: 1280, height: 900 },
      });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();
      const failures: string[] = [];
      try {
        for (const [kind, path] of PAGES) {
          const url = `/${locale}/${path}`;
          await page.goto(`${session.server.url}${url}`);
          assert.equal(
            await page.evaluate(() => document.documentElement.dataset.theme),
            theme,
            `${url}: ${theme} theme applied`,
          );
          const result = await new AxeBuilder({ page }).analyze();
          const bad = result.violations.filter(
            (v) => v.impact === 'serious' || v.impact === 'critical',
          );
          const minor = result.violations
            .filter((v) => !bad.includes(v))
            .map((v) => `${v.impact} ${v.id} (${v.nodes.length})`);
          console.log(
            `axe ${locale} ${theme} ${kind} ${url}: ${result.passes.length} rules pass, ${bad.length} serious/critical${minor.length ? `; minor: ${minor.join(', ')}` : ''}`,
          );
          if (bad.length > 0) failures.push(`${kind} ${url} (${theme}):\n${describe(bad)}`);
        }
      } finally {
        await context.close();
      }
      assert.equal(
        failures.length,
        0,
        `serious or critical axe violations:\n${failures.join('\n\n')}`,
      );
    });
  }
}

test('axe: the open search dialog (results, filters unfolded) has no serious or critical violations', async () => {
  const failures: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    for (const [locale, query] of [
      ['en', 'license'],
      ['ja', '予算'],
    ] as const) {
      const context = await session.browser.newContext({
        colorScheme: theme,
        viewport: { width: 1280, height: 900 },
      });
      await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      const page = await context.newPage();
      try {
        await page.goto(`${session.server.url}/${locale}/l1l2l3-blocked/`);
        await page.locator('button[data-open-modal]:not([disabled])').click();
        const input = page.locator('#starlight__search .pagefind-ui__search-input');
        await input.fill(query);
        await page.locator('#starlight__search a.pagefind-ui__result-link').first().waitFor();
        for (const summary of await page
          .locator('#starlight__search summary.pagefind-ui__filter-name')
          .all())
          await summary.click();
        await page.waitForFunction(
          () => document.querySelectorAll('#starlight__search .pagefind-ui__loading').length === 0,
        );
        const result = await new AxeBuilder({ page }).include('site-search dialog').analyze();
        const bad = result.violations.filter(
          (v) => v.impact === 'serious' || v.impact === 'critical',
        );
        console.log(
          `axe search dialog ${locale} ${theme}: ${result.passes.length} rules pass, ${bad.length} serious/critical`,
        );
        if (bad.length > 0) failures.push(`search dialog ${locale} (${theme}):\n${describe(bad)}`);
      } finally {
        await context.close();
      }
    }
  }
  assert.equal(failures.length, 0, `serious or critical axe violations:\n${failures.join('\n\n')}`);
});
