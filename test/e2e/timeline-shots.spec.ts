/**
 * PNGs of the Timeline for people to look at (both languages, both themes, each zoom level, the editor):
 * `SCREENSHOTS=1 npx playwright test timeline-shots` (or TIMELINE_SHOTS=1) writes them to /tmp/shots-timeline/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, openTimelineIn, test } from './fixtures.ts';

const OUT = process.env.TIMELINE_SHOTS_DIR ?? '/tmp/shots-timeline';

test.skip(!process.env.SCREENSHOTS && !process.env.TIMELINE_SHOTS, 'set SCREENSHOTS=1 to write screenshots of the Timeline');

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(lang, () => {
    test.use({ planLang: lang });
    for (const theme of ['light', 'dark'] as const) {
      test(`timeline ${lang} ${theme}`, async ({ page, plan }) => {
        mkdirSync(OUT, { recursive: true });
        await openTimelineIn(page, plan, lang, theme);
        await page.screenshot({ path: path.join(OUT, `timeline-${lang}-${theme}.png`) });
        if (lang === 'en' && theme === 'light') {
          const zooms = ['Day', 'Month', 'Quarter', 'Fit plan'];
          for (const z of zooms) {
            await page.getByRole('button', { name: z, exact: true }).click();
            await page.waitForTimeout(150);
            await page.screenshot({ path: path.join(OUT, `timeline-zoom-${z.replace(' ', '-').toLowerCase()}.png`) });
          }
          await page.getByRole('button', { name: 'Critical path' }).click();
          await page.getByRole('button', { name: 'Collapse all' }).click();
          await page.getByRole('treeitem', { name: /^Evaluation \(phase/ }).locator('.tl-twisty').click();
          await page.waitForTimeout(150);
          await page.screenshot({ path: path.join(OUT, 'timeline-critical-fit.png') });
          await page.getByRole('button', { name: 'Collapse all' }).click();
          await page.getByRole('button', { name: 'Expand all' }).click();
          await page.getByRole('button', { name: 'Week', exact: true }).click();
          await page.getByRole('button', { name: 'Today', exact: true }).click();
          await page.waitForTimeout(150);
          await page.screenshot({ path: path.join(OUT, 'timeline-critical-today.png') });
          // a drag in progress: the tooltip and the outlines of what it pushes
          await page.getByRole('button', { name: 'Day', exact: true }).click();
          await page.evaluate(() => (document.querySelector('.tl-scroll')!.scrollLeft = 0));
          await page.getByRole('treeitem', { name: /^Market and competitor research/ }).click();
          await page.keyboard.press('Escape');
          const bar = (await page.locator('.tl-frappe .bar-wrapper[data-task="task-prep-01"] .bar').boundingBox())!;
          await page.mouse.move(bar.x + 20, bar.y + bar.height / 2);
          await page.mouse.down();
          await page.mouse.move(bar.x + 24, bar.y + bar.height / 2);
          await page.mouse.move(bar.x + 20 + 4 * 32, bar.y + bar.height / 2, { steps: 8 });
          await page.waitForTimeout(100);
          await page.screenshot({ path: path.join(OUT, 'timeline-dragging.png') });
          await page.mouse.up();
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

// a 1280×720 laptop, as it opens and with the intro and the key-date band folded
for (const lang of ['en', 'zh-CN'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`timeline at 1280×720 ${lang} ${theme}`, async ({ page, plan }) => {
      mkdirSync(OUT, { recursive: true });
      await page.setViewportSize({ width: 1280, height: 720 });
      await openTimelineIn(page, plan, lang, theme);
      await page.screenshot({ path: path.join(OUT, `laptop-${lang}-${theme}-open.png`) });
      await page.locator('.tl-intro-toggle').click();
      await page.locator('.tl-band-toggle').click();
      await page.waitForTimeout(150);
      await page.screenshot({ path: path.join(OUT, `laptop-${lang}-${theme}-folded.png`) });
      await page.getByRole('button', { name: lang === 'en' ? 'Day' : '日', exact: true }).click();
      await page.waitForTimeout(150);
      await page.screenshot({ path: path.join(OUT, `laptop-${lang}-${theme}-day.png`) });
    });
  }
}

// the End and Owner columns beside the task names, at the week level of a 1280×720 laptop
for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(`columns ${lang}`, () => {
    test.use({ planLang: lang });
    for (const theme of ['light', 'dark'] as const) {
      test(`timeline with End and Owner columns ${lang} ${theme}`, async ({ page, plan }) => {
        const out = process.env.TIMELINE_SHOTS_DIR ?? '/tmp/shots-cols';
        mkdirSync(out, { recursive: true });
        await page.setViewportSize({ width: 1280, height: 720 });
        await page.addInitScript(() => {
          for (const c of ['end', 'owner']) localStorage.setItem(`campaign-planner.timeline.column.${c}`, '1');
        });
        await openTimelineIn(page, plan, lang, theme);
        await page.screenshot({ path: path.join(out, `columns-${lang}-${theme}.png`) });
        await page.getByRole('button', { name: lang === 'en' ? 'Columns' : '显示列' }).click();
        await page.waitForTimeout(100);
        await page.screenshot({ path: path.join(out, `columns-menu-${lang}-${theme}.png`) });
      });
    }
  });
}
