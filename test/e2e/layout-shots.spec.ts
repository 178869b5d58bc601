/**
 * Pictures for people to look at (not assertions about looks): `LAYOUT_SHOTS=1 npx playwright test layout-shots`
 * (or SCREENSHOTS=1) writes the SWOT board at 1280 px in both languages and themes, and every view at 1280 and
 * 1440 px in both languages, to $LAYOUT_SHOTS_DIR (default /tmp/shots-layout).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, VIEW_NAMES } from './fixtures.ts';

const OUT = process.env.LAYOUT_SHOTS_DIR ?? '/tmp/shots-layout';

test.skip(!process.env.LAYOUT_SHOTS && !process.env.SCREENSHOTS, 'set LAYOUT_SHOTS=1 to write the pictures');

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(lang, () => {
    test.use({ planLang: lang });
    for (const theme of ['light', 'dark'] as const) {
      test(`SWOT at 1280 px, ${lang} ${theme}`, async ({ page, plan }) => {
        mkdirSync(OUT, { recursive: true });
        await page.addInitScript(
          ([l, th]) => {
            localStorage.setItem('campaign-planner.language', l);
            localStorage.setItem('campaign-planner.theme', th);
          },
          [lang, theme] as const,
        );
        await page.setViewportSize({ width: 1280, height: 900 });
        await plan.open();
        await page.evaluate(() => (location.hash = '#/brief'));
        const board = page.locator('.board-panel').first();
        await expect(board.getByRole('group')).toHaveCount(4);
        await board.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(OUT, `swot-1280-${lang}-${theme}.png`) });
      });
    }
    for (const width of [1280, 1440]) {
      test(`every view at ${width} px, ${lang}`, async ({ page, plan }) => {
        mkdirSync(OUT, { recursive: true });
        await page.addInitScript((l) => localStorage.setItem('campaign-planner.language', l), lang);
        await page.setViewportSize({ width, height: 900 });
        await plan.open();
        for (const view of VIEW_NAMES) {
          await page.evaluate((v) => (location.hash = `#/${v}`), view);
          await expect(page.locator('main')).toHaveAttribute('data-view', view);
          await page.waitForTimeout(150);
          await page.screenshot({ path: path.join(OUT, `${view}-${width}-${lang}.png`) });
        }
        expect(plan.errors).toEqual([]);
      });
    }
  });
}
