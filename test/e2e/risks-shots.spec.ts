/**
 * Pictures of the risks view for people to look at (not assertions about looks):
 * `RISKS_SHOTS=1 npx playwright test test/e2e/risks-shots` writes PNGs of every tab in both languages
 * and both themes, and the printed register as A4 PDFs, to $RISKS_SHOTS_DIR (default /tmp/shots-risks).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const OUT = process.env.RISKS_SHOTS_DIR ?? '/tmp/shots-risks';

test.skip(!process.env.RISKS_SHOTS && !process.env.SCREENSHOTS, 'set RISKS_SHOTS=1 to write the pictures');

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(lang, () => {
    test.use({ planLang: lang });
    for (const theme of ['light', 'dark'] as const) {
      test(`risks ${lang} ${theme}`, async ({ page, plan }) => {
        mkdirSync(OUT, { recursive: true });
        await page.addInitScript(
          ([l, th]) => {
            localStorage.setItem('campaign-planner.language', l);
            localStorage.setItem('campaign-planner.theme', th);
          },
          [lang, theme] as const,
        );
        await plan.open();
        const shot = (name: string, fullPage = true) => page.screenshot({ path: path.join(OUT, `${name}-${lang}-${theme}.png`), fullPage });
        for (const tab of ['', '/heatmap', '/playbooks', '/compliance']) {
          await page.evaluate((h) => (location.hash = h), `#/risks${tab}`);
          await expect(page.locator('main')).toHaveAttribute('data-view', 'risks');
          await page.waitForTimeout(150);
          await shot(`risks${tab.replace('/', '-') || '-register'}`);
        }
        // a run in progress with two steps ticked
        await page.evaluate(() => (location.hash = '#/risks/playbooks/pb-pr'));
        await page.locator('.rk-pb-head .btn-primary').click();
        await page.locator('dialog[open] .btn-primary').click();
        await page.locator('.rk-run-steps input[type=checkbox]').nth(0).check();
        await page.locator('.rk-run-steps input[type=checkbox]').nth(1).check();
        await shot('risks-run');
        // the register with every column, and a side panel
        await page.evaluate(() => (location.hash = '#/risks'));
        await page.locator('.grid-columns > summary').click();
        await page.locator('.grid-columns-menu .btn').click();
        await page.locator('.grid-columns > summary').click();
        await shot('risks-register-all', false);
        await page.locator('tbody tr').first().locator('.rk-row-actions button').first().click();
        await shot('risks-panel', false);
        await page.keyboard.press('Escape');
        if (theme === 'light') {
          await page.emulateMedia({ media: 'print' });
          await page.pdf({ path: path.join(OUT, `risks-print-${lang}.pdf`), format: 'A4' });
          await page.emulateMedia({ media: 'screen' });
        }
        expect(plan.errors).toEqual([]);
      });
    }
  });
}
