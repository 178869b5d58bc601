/**
 * PNGs of the Timeline on working days and of the key-dates editor at 1280×720, both languages and
 * themes: `SCREENSHOTS=1 npx playwright test workdays-shots` writes them to /tmp/shots-workdays/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, openTimelineIn, test } from './fixtures.ts';

const OUT = process.env.WORKDAYS_SHOTS_DIR ?? '/tmp/shots-workdays';

test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to write screenshots of the working-day Timeline');
test.use({ viewport: { width: 1280, height: 720 } });

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(lang, () => {
    test.use({ planLang: lang });
    for (const theme of ['light', 'dark'] as const) {
      test(`working days and key dates ${lang} ${theme}`, async ({ page, plan }) => {
        mkdirSync(OUT, { recursive: true });
        await openTimelineIn(page, plan, lang, theme);
        // the Spring Festival holiday in view, a task opened in the editor (working and calendar days)
        await page.locator('.tl-frappe .bar-wrapper[data-task="task-prep-07"]').scrollIntoViewIfNeeded();
        await page.locator('.tl-scroll').evaluate((el) => (el.scrollLeft += 200));
        await page.getByRole('treeitem', { name: lang === 'en' ? /^KOL shortlist and contracts/ : /^达人筛选与签约/ }).click();
        await expect(page.getByTestId('task-span')).toBeVisible();
        await page.waitForTimeout(150);
        await page.screenshot({ path: path.join(OUT, `timeline-${lang}-${theme}.png`) });
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: lang === 'en' ? 'Key dates…' : '关键日期…' }).click();
        await expect(page.locator('.side-panel .tl-kde-item').first()).toBeVisible();
        await page.waitForTimeout(150);
        await page.screenshot({ path: path.join(OUT, `key-dates-${lang}-${theme}.png`) });
        expect(plan.errors).toEqual([]);
      });
    }
  });
}
