/**
 * PNGs of the Timeline for people to look at (both languages, both themes, each zoom level, the editor):
 * `TIMELINE_SHOTS=1 npx playwright test timeline-shots` writes them to /tmp/shots-timeline/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const OUT = process.env.TIMELINE_SHOTS_DIR ?? '/tmp/shots-timeline';

test.skip(!process.env.TIMELINE_SHOTS, 'set TIMELINE_SHOTS=1 to write screenshots of the Timeline');

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(lang, () => {
    test.use({ planLang: lang });
    for (const theme of ['light', 'dark'] as const) {
      test(`timeline ${lang} ${theme}`, async ({ page, plan }) => {
        mkdirSync(OUT, { recursive: true });
        await page.addInitScript(
          ([l, th]) => {
            localStorage.setItem('campaign-planner.language', l);
            localStorage.setItem('campaign-planner.theme', th);
            localStorage.setItem('campaign-planner.timeline.zoom', 'week');
          },
          [lang, theme] as const,
        );
        await plan.open();
        await page.evaluate(() => (location.hash = '#/timeline'));
        await expect(page.locator('.tl-frappe .bar-wrapper.tl-task').first()).toBeVisible();
        await page.screenshot({ path: path.join(OUT, `timeline-${lang}-${theme}.png`) });
        if (lang === 'en' && theme === 'light') {
          const zooms = ['Day', 'Month', 'Quarter', 'Fit plan'];
          for (const z of zooms) {
            await page.getByRole('button', { name: z, exact: true }).click();
            await page.waitForTimeout(150);
            await page.screenshot({ path: path.join(OUT, `timeline-zoom-${z.replace(' ', '-').toLowerCase()}.png`) });
          }
          await page.getByRole('button', { name: 'Week', exact: true }).click();
          await page.getByRole('button', { name: 'Critical path' }).click();
          await page.getByRole('button', { name: 'Today', exact: true }).click();
          await page.waitForTimeout(150);
          await page.screenshot({ path: path.join(OUT, 'timeline-critical-today.png') });
          await page.getByRole('treeitem', { name: /^Market and competitor research/ }).click();
          await expect(page.locator('.side-panel')).toBeVisible();
          await page.screenshot({ path: path.join(OUT, 'timeline-editor.png') });
        }
        if (theme === 'dark') {
          await page.getByRole('button', { name: lang === 'en' ? 'Fit plan' : '全览', exact: true }).click();
          await page.waitForTimeout(150);
          await page.screenshot({ path: path.join(OUT, `timeline-fit-${lang}-${theme}.png`) });
        }
        expect(plan.errors).toEqual([]);
      });
    }
  });
}

test('timeline in a narrow window', async ({ page, plan }) => {
  mkdirSync(OUT, { recursive: true });
  await page.setViewportSize({ width: 760, height: 900 });
  await plan.open();
  await page.evaluate(() => (location.hash = '#/timeline'));
  await expect(page.locator('.tl-frappe .bar-wrapper.tl-task').first()).toBeVisible();
  await page.screenshot({ path: path.join(OUT, 'timeline-narrow.png') });
});
