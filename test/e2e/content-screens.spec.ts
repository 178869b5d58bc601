/**
 * Pictures of the content view for people to look at (board, list, month, week, editor; both languages and
 * themes): `CONTENT_SHOTS=/tmp/shots-content npx playwright test content-screens` (SCREENSHOTS=1 writes
 * them to /tmp/shots-content too). Checks only that nothing logs an error.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const OUT = process.env.CONTENT_SHOTS || '/tmp/shots-content';

test.skip(!process.env.CONTENT_SHOTS && !process.env.SCREENSHOTS, 'set CONTENT_SHOTS=<folder> (or SCREENSHOTS=1) to write the content screenshots');

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(`content screenshots ${lang}`, () => {
    test.use({ planLang: lang, viewport: { width: 1280, height: 720 } });
    for (const theme of ['light', 'dark'] as const) {
      test(`${lang} ${theme}`, async ({ page, plan }) => {
        mkdirSync(OUT, { recursive: true });
        await page.addInitScript(
          ([l, th]) => {
            localStorage.setItem('campaign-planner.language', l);
            localStorage.setItem('campaign-planner.theme', th);
          },
          [lang, theme] as const,
        );
        await plan.open();
        const shot = (name: string) => page.screenshot({ path: path.join(OUT, `${name}-${lang}-${theme}.png`) });
        await page.evaluate(() => (location.hash = '#/content/board'));
        await expect(page.locator('.board-col').first()).toBeVisible();
        await shot('board');
        await page.evaluate(() => (location.hash = '#/content/list'));
        await expect(page.locator('.content-table')).toBeVisible();
        await page.locator('.content-table tbody input[type="checkbox"]').nth(1).check();
        await page.locator('.content-table tbody input[type="checkbox"]').nth(2).check();
        await shot('list');
        await page.evaluate(() => (location.hash = '#/content/month/2026-12'));
        await expect(page.locator('.month-grid')).toBeVisible();
        await shot('month');
        await page.evaluate(() => (location.hash = '#/content/week/2026-12-07'));
        await expect(page.locator('.week-cols')).toBeVisible();
        await shot('week');
        await page.screenshot({ path: path.join(OUT, `week-full-${lang}-${theme}.png`), fullPage: true });
        await page.locator('.week-layout button').nth(1).click();
        await expect(page.locator('.week')).toBeVisible();
        await shot('week-hours');
        await page.locator('.week-layout button').nth(0).click();
        await page.evaluate(() => (location.hash = '#/content/board'));
        await page.locator('.ccard-board').first().click();
        await expect(page.locator('.side-panel')).toBeVisible();
        await shot('editor');
        expect(plan.errors).toEqual([]);
      });
    }
  });
}
