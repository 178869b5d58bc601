/**
 * PNGs of the strategy views (Audience & platforms, Team, Brief) in both languages and both themes, for
 * people to look at: `STRATEGY_SHOTS=/tmp/shots-strategy npx playwright test audience-shots` (skipped otherwise).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chooseLook, expect, test } from './fixtures.ts';

const OUT = process.env.STRATEGY_SHOTS ?? (process.env.SCREENSHOTS ? '/tmp/shots-strategy' : '');
const VIEWS = ['audience', 'team', 'brief'] as const;

test.skip(!OUT, 'set STRATEGY_SHOTS to a folder to write screenshots');

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(lang, () => {
    test.use({ planLang: lang });
    for (const theme of ['light', 'dark'] as const) {
      test(`strategy views ${lang} ${theme}`, async ({ page, plan }) => {
        mkdirSync(OUT, { recursive: true });
        await chooseLook(page, lang, theme);
        await plan.open();
        for (const view of VIEWS) {
          await page.evaluate((v) => (location.hash = `#/${v}`), view);
          await expect(page.locator('main')).toHaveAttribute('data-view', view);
          await page.screenshot({ path: path.join(OUT, `${view}-${lang}-${theme}.png`), fullPage: true });
        }
        expect(plan.errors).toEqual([]);
      });
    }
  });
}

test('strategy view details', async ({ page, plan }) => {
  mkdirSync(OUT, { recursive: true });
  await plan.open();
  const shot = async (name: string, heading: string) => {
    const panel = page.locator('section.panel', { has: page.getByRole('heading', { level: 2, name: heading, exact: true }) }).first();
    await panel.screenshot({ path: path.join(OUT, `detail-${name}.png`) });
  };
  await page.evaluate(() => (location.hash = '#/audience'));
  await shot('weights', 'Criterion weights');
  await shot('platforms', 'Platforms');
  await page.evaluate(() => (location.hash = '#/team'));
  await page.getByRole('combobox', { name: 'Role of Wang Hao on Preparation' }).selectOption('A');
  await shot('raci', 'Responsibility matrix (RACI)');
  await shot('load', 'Weekly load');
  await shot('tools', 'Tools');
  await page.locator('.team-checks').screenshot({ path: path.join(OUT, 'detail-checks.png') });
  await page.evaluate(() => (location.hash = '#/brief'));
  await shot('background', 'Background');
  await shot('swot', 'SWOT analysis');
  expect(plan.errors).toEqual([]);
});

test('strategy side panels', async ({ page, plan }) => {
  mkdirSync(OUT, { recursive: true });
  await plan.open();
  await page.evaluate(() => (location.hash = '#/audience'));
  await page.getByRole('button', { name: 'Edit Douyin' }).click();
  await page.screenshot({ path: path.join(OUT, 'audience-panel.png') });
  await page.evaluate(() => (location.hash = '#/team'));
  await page.getByRole('button', { name: 'Edit Liu Yang' }).first().click();
  await page.screenshot({ path: path.join(OUT, 'team-panel.png') });
  await page.evaluate(() => (location.hash = '#/brief'));
  await page.getByRole('textbox', { name: 'Background' }).click();
  await page.screenshot({ path: path.join(OUT, 'brief-editing.png') });
  await page.setViewportSize({ width: 760, height: 900 });
  for (const view of VIEWS) {
    await page.evaluate((v) => (location.hash = `#/${v}`), view);
    await page.screenshot({ path: path.join(OUT, `${view}-narrow.png`) });
  }
  expect(plan.errors).toEqual([]);
});
