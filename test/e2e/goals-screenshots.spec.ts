/**
 * PNGs of Goals and Overview in both languages and themes, for people to look at:
 * `SHOTS_GOALS=1 npx playwright test goals-screenshots` writes them to /tmp/shots-goals/ (or $SHOTS_GOALS_DIR).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chooseLook, expect, test } from './fixtures.ts';

const OUT = process.env.SHOTS_GOALS_DIR ?? '/tmp/shots-goals';

test.skip(!process.env.SHOTS_GOALS && !process.env.SCREENSHOTS, 'set SHOTS_GOALS=1 to write screenshots');

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(lang, () => {
    test.use({ planLang: lang });
    for (const theme of ['light', 'dark'] as const) {
      test(`goals and overview ${lang} ${theme}`, async ({ page, plan }) => {
        mkdirSync(OUT, { recursive: true });
        await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+08:00'));
        await chooseLook(page, lang, theme);
        await plan.open();
        await expect(page.locator('main')).toHaveAttribute('data-view', 'overview');
        await page.screenshot({ path: path.join(OUT, `overview-${lang}-${theme}.png`), fullPage: true });
        await page.evaluate(() => (location.hash = '#/goals'));
        await expect(page.locator('main')).toHaveAttribute('data-view', 'goals');
        await page.screenshot({ path: path.join(OUT, `goals-${lang}-${theme}.png`), fullPage: true });
        await page.getByRole('treeitem').first().click();
        await expect(page.locator('.side-panel')).toBeVisible();
        await page.screenshot({ path: path.join(OUT, `goals-panel-${lang}-${theme}.png`) });
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: lang === 'en' ? 'Import CSV…' : '导入 CSV…' }).click();
        await page
          .getByRole('dialog')
          .locator('textarea')
          .fill(lang === 'en' ? 'Date,Platform,Metric,Value\n2026-11-20,Douyin,Reach,1200000\n2026-11-20,Nowhere,Reach,5\n2026/11/22,WeChat,followers,150000' : '日期,平台,指标,数值\n2026-11-20,抖音,触达人数,1200000\n2026-11-20,某平台,触达人次,5\n2026/11/22,微信,粉丝数,150000');
        await page.screenshot({ path: path.join(OUT, `goals-import-${lang}-${theme}.png`) });
        expect(plan.errors).toEqual([]);
      });
    }
  });
}

test('narrow window', async ({ page, plan }) => {
  mkdirSync(OUT, { recursive: true });
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+08:00'));
  await page.setViewportSize({ width: 760, height: 1000 });
  await plan.open();
  await page.screenshot({ path: path.join(OUT, 'overview-narrow.png'), fullPage: true });
  await page.evaluate(() => (location.hash = '#/goals'));
  await expect(page.locator('main')).toHaveAttribute('data-view', 'goals');
  await page.screenshot({ path: path.join(OUT, 'goals-narrow.png'), fullPage: true });
});
