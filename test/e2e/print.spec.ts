/**
 * Printing any view puts the view's content on paper, without the app around it: no header, navigation,
 * toolbars, buttons, side panels or notices, in light colours even in the dark theme. Each view is also
 * printed to PDF (A4) for people to look at (in the test's output folder; PRINT_OUT=dir copies them there).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Snapshot } from '../../shared/api.ts';
import { expect, NAV_EN, test, VIEW_NAMES } from './fixtures.ts';

/** Controls: on paper they do nothing. */
const CONTROLS = '.btn, .tool-button, [role="toolbar"], [role="tablist"], input[type="range"], [role="dialog"], .side-panel';

async function expectPaperOnly(page: Page) {
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
  await expect(page.locator('main').getByRole('heading').filter({ visible: true }).first()).toBeVisible();
  const describe = (els: Element[]) => els.map((e) => `${e.tagName.toLowerCase()}.${e.className} “${e.textContent?.trim().slice(0, 30)}”`);
  expect(await page.locator(CONTROLS).filter({ visible: true }).evaluateAll(describe)).toEqual([]);
  // a button left on paper carries content (a name, an item's text) and must read as text, not as a control
  const looksLikeButton = await page
    .locator('button')
    .filter({ visible: true })
    .evaluateAll((els) =>
      els
        .filter((e) => {
          const s = getComputedStyle(e);
          const border = ['Top', 'Right', 'Bottom', 'Left'].some((side) => s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' && !/rgba\(0, 0, 0, 0\)|transparent/.test(s.getPropertyValue(`border-${side.toLowerCase()}-color`)) && parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0);
          const text = (e.textContent ?? '').trim();
          // a symbol (×, ⠿, ▾) named by its label is a control; a letter (a RACI role) is content
          const icon = text.length > 0 && text.length <= 2 && !/[\p{L}\p{N}]/u.test(text) && (e.getAttribute('aria-label') ?? text).length > 2;
          return border || icon || !/rgba\(0, 0, 0, 0\)|transparent/.test(s.backgroundColor) || !text;
        })
        .map((e) => `button.${e.className} “${e.textContent?.trim().slice(0, 30)}”`),
    );
  expect(looksLikeButton).toEqual([]);
  // light paper whatever the theme
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
}

for (const view of VIEW_NAMES) {
  test(`printing ${view} puts only the view on paper`, async ({ page, plan }, testInfo) => {
    await page.addInitScript(() => localStorage.setItem('campaign-planner.theme', 'dark'));
    await page.setViewportSize({ width: 1280, height: 900 });
    await plan.open();
    await goToView(page, view);
    await page.emulateMedia({ media: 'print' });
    await expectPaperOnly(page);
    const dir = process.env.PRINT_OUT ?? testInfo.outputPath();
    mkdirSync(dir, { recursive: true });
    await page.pdf({ path: path.join(dir, `print-${view}.pdf`), format: 'A4', printBackground: true });
    expect(plan.errors).toEqual([]);
  });
}

test('an open side panel and a notice stay off the paper', async ({ page, plan }) => {
  await plan.open();
  await goToView(page, 'audience');
  await page.getByRole('table', { name: 'Platforms' }).getByRole('button', { name: 'Edit Weibo' }).click();
  await expect(page.getByRole('complementary', { name: 'Platform: Weibo' })).toBeVisible();
  await page.locator('main h1').click();
  await page.keyboard.press('Control+z');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('complementary', { name: 'Platform: Weibo' })).toBeHidden();
  await expect(page.locator('.toasts')).toBeHidden();
  await expectPaperOnly(page);
});

test('the Timeline prints every phase and task as a schedule, collapsed phases too', async ({ page, plan }) => {
  await plan.open();
  await goToView(page, 'timeline');
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await page.emulateMedia({ media: 'print' });
  const schedule = page.getByRole('table', { name: 'Schedule: every phase and task' });
  await expect(schedule).toBeVisible();
  await expect(page.getByRole('tree')).toBeHidden();
  const snap = await plan.call<Snapshot>('snapshot');
  const live = <T extends { deleted?: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);
  await expect(schedule.locator('tbody tr')).toHaveCount(live(snap.rows.task).length + live(snap.rows.phase).length);
  await expect(schedule.getByRole('row', { name: /Annual brand conference livestream/ })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(schedule).toBeHidden();
});

async function goToView(page: Page, view: (typeof VIEW_NAMES)[number]) {
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: NAV_EN[view], exact: true }).click();
  await expect(page.locator('main')).toHaveAttribute('data-view', view);
}
