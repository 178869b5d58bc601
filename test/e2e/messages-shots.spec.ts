/**
 * PNGs of what the app says back, for people to look at (both languages, both themes, 1280×720): the
 * task editor refusing values beside a delete toast with Undo, the toast after Undo, and the .ics import
 * preview. `SCREENSHOTS=1 npx playwright test messages-shots` (or TM_SHOTS=1) writes them to /tmp/shots-tm/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { en as tlEn, zhCN as tlZh } from '../../renderer/features/timeline/i18n.ts';
import { expect, openTimelineIn, ROOT, test } from './fixtures.ts';

const OUT = process.env.TM_SHOTS_DIR ?? '/tmp/shots-tm';
const FIXTURE = path.join(ROOT, 'test/fixtures/exchange/client-key-dates.ics');

test.skip(!process.env.SCREENSHOTS && !process.env.TM_SHOTS, 'set SCREENSHOTS=1 to write screenshots of the messages');
test.use({ viewport: { width: 1280, height: 720 } });

for (const lang of ['en', 'zh-CN'] as const) {
  const words = lang === 'en' ? tlEn : tlZh;
  test.describe(lang, () => {
    test.use({ planLang: lang });
    for (const theme of ['light', 'dark'] as const) {
      test(`messages ${lang} ${theme}`, async ({ page, plan }) => {
        mkdirSync(OUT, { recursive: true });
        await openTimelineIn(page, plan, lang, theme);
        const panel = page.locator('.side-panel');
        const rows = page.getByRole('treeitem');

        // a deleted task's toast, then another task's editor refusing an end before its start and a bad duration
        await rows.nth(5).click();
        await panel.locator('.side-panel-actions .btn-danger').click();
        await rows.nth(1).click();
        const end = panel.getByLabel(words.editor.end, { exact: true });
        await end.fill('2026-01-01');
        await end.press('Tab');
        const duration = panel.getByLabel(words.editor.durationWorking);
        await duration.fill('-2');
        await duration.press('Enter');
        const progress = panel.getByLabel(words.editor.progress);
        await progress.fill('120');
        await progress.press('Enter');
        await expect(panel.locator('.field-error')).toHaveCount(3);
        await page.waitForTimeout(200);
        await page.screenshot({ path: path.join(OUT, `editor-messages-${lang}-${theme}.png`) });

        // Undo from the toast: the refusals go, one toast names the step
        await page.locator('.toast-undo').click();
        await expect(page.locator('.toast')).toHaveCount(1);
        await page.waitForTimeout(200);
        await page.screenshot({ path: path.join(OUT, `undo-toast-${lang}-${theme}.png`) });

        // the .ics import preview
        await panel.locator('.side-panel-close').click();
        await page.locator('.tl-toolbar button, button').filter({ hasText: words.editKeyDates }).first().click();
        await panel.locator('input[type="file"]').setInputFiles(FIXTURE);
        await expect(page.getByRole('dialog')).toBeVisible();
        await page.waitForTimeout(200);
        await page.screenshot({ path: path.join(OUT, `ics-preview-${lang}-${theme}.png`) });
        expect(plan.errors).toEqual([]);
      });
    }
  });
}
