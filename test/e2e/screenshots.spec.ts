/**
 * PNGs of every view in both languages and both themes, for people to look at:
 * `SCREENSHOTS=1 npx playwright test screenshots` writes them to screenshots/ (not committed).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chooseLook, expect, ROOT, test, VIEW_NAMES } from './fixtures.ts';

const OUT = path.join(ROOT, 'screenshots');

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to write screenshots');

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(`${lang}`, () => {
    test.use({ planLang: lang });
    for (const theme of ['light', 'dark'] as const) {
      test(`screenshots ${lang} ${theme}`, async ({ page, plan }) => {
        mkdirSync(OUT, { recursive: true });
        await chooseLook(page, lang, theme);
        await plan.open();
        for (const view of VIEW_NAMES) {
          await page.evaluate((v) => (location.hash = `#/${v}`), view);
          await expect(page.locator('main')).toHaveAttribute('data-view', view);
          await page.screenshot({ path: path.join(OUT, `${view}-${lang}-${theme}.png`), fullPage: view !== 'content' && view !== 'timeline' });
        }
        expect(plan.errors).toEqual([]);
      });
    }
  });
}

test('screenshots of a narrow window', async ({ page, plan }) => {
  mkdirSync(OUT, { recursive: true });
  await page.setViewportSize({ width: 720, height: 900 });
  await plan.open();
  for (const view of ['overview', 'timeline'] as const) {
    await page.evaluate((v) => (location.hash = `#/${v}`), view);
    await expect(page.locator('main')).toHaveAttribute('data-view', view);
    await page.screenshot({ path: path.join(OUT, `${view}-narrow.png`) });
  }
});

test.describe('read-only', () => {
  test.use({ openedBy: 'Li Wei' });
  test('screenshot of a read-only plan', async ({ page, plan }) => {
    mkdirSync(OUT, { recursive: true });
    await plan.open();
    await expect(page.locator('.read-only-banner')).toBeVisible();
    await page.screenshot({ path: path.join(OUT, 'read-only.png') });
  });
});
