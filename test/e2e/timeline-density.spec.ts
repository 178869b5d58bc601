/**
 * The Timeline on a 1280×720 laptop: the intro and the key-date band fold away (remembered after a
 * reload, by mouse or keyboard), the rows are compact enough that 14 of the sample plan show at once,
 * and the time header names the ISO weeks in both languages.
 */
import type { Page } from '@playwright/test';
import { expect, goTo, test, type PlanFixture } from './fixtures.ts';

async function openTimeline(page: Page, plan: PlanFixture, zoom = 'week'): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.addInitScript((z) => localStorage.setItem('campaign-planner.timeline.zoom', z), zoom);
  await plan.open();
  await goTo(page, 'Timeline');
  await expect(page.locator('.tl-frappe .bar-wrapper.tl-task').first()).toBeVisible();
}

/** Rows of the task tree wholly inside both the board's scroller and the window. */
function rowsInSight(page: Page): Promise<number> {
  return page.evaluate(() => {
    const box = document.querySelector('.tl-scroll')!.getBoundingClientRect();
    const bottom = Math.min(box.bottom, window.innerHeight);
    const head = document.querySelector('.tl-head')!.getBoundingClientRect().bottom;
    return [...document.querySelectorAll('.tl-list [role="treeitem"]')].filter((r) => {
      const b = r.getBoundingClientRect();
      return b.top >= head - 1 && b.bottom <= bottom + 1;
    }).length;
  });
}

test('with the intro and the key-date band folded, 14 rows of the plan show at 1280×720, and they stay folded after a reload', async ({ page, plan }) => {
  await openTimeline(page, plan);
  const intro = page.getByRole('button', { name: 'Intro and legend' });
  const band = page.getByRole('button', { name: 'Key dates band' });
  await expect(intro).toHaveAttribute('aria-expanded', 'true');
  await expect(band).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByText(/^Phases, tasks and milestones on the calendar/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Key dates' })).toBeVisible();

  await intro.click();
  await expect(intro).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByText(/^Phases, tasks and milestones on the calendar/)).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Legend' })).toHaveCount(0);
  // by keyboard too
  await band.focus();
  await page.keyboard.press('Enter');
  await expect(band).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('list', { name: 'Key dates' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();

  expect(await rowsInSight(page)).toBeGreaterThanOrEqual(14);

  await page.reload();
  await expect(page.locator('.tl-frappe .bar-wrapper.tl-task').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Intro and legend' })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('button', { name: 'Key dates band' })).toHaveAttribute('aria-expanded', 'false');
  expect(await rowsInSight(page)).toBeGreaterThanOrEqual(14);

  await page.getByRole('button', { name: 'Key dates band' }).press('Space');
  await expect(page.getByRole('list', { name: 'Key dates' })).toBeVisible();
  expect(plan.errors).toEqual([]);
});

test('the time header names the ISO weeks (W2, 第2周) at the week and day levels', async ({ page, plan }) => {
  await openTimeline(page, plan, 'week');
  const lower = page.locator('.tl-scale-lower');
  // Monday 5 January 2026 begins ISO week 2 (week 1 began on 29 December 2025)
  await expect(lower.locator('.tl-cell', { hasText: 'Jan 5' })).toHaveText('W2Jan 5');
  await expect(lower.locator('.tl-cell', { hasText: 'Dec 29' })).toHaveText('W1Dec 29');
  await page.getByRole('button', { name: 'Day', exact: true }).click();
  await expect(page.locator('.tl-scale-upper .tl-cell', { hasText: 'W2' }).first()).toContainText('Jan 5');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await page.getByRole('button', { name: '周', exact: true }).click();
  await expect(lower.locator('.tl-cell', { hasText: '1月5日' })).toHaveText('第2周1月5日');
  await page.getByRole('button', { name: '日', exact: true }).click();
  await expect(page.locator('.tl-scale-upper .tl-cell', { hasText: '第2周' }).first()).toBeVisible();
  expect(plan.errors).toEqual([]);
});

test('the task name column is made wider with the mouse and narrower with the keys, and keeps its width after a reload', async ({ page, plan }) => {
  await openTimeline(page, plan);
  const sep = page.getByRole('separator', { name: 'Width of the task name column' });
  const name = page.getByRole('treeitem', { name: /^Market and competitor research \(/ }).locator('.tl-col-name');
  const before = Number(await sep.getAttribute('aria-valuenow'));
  const nameBefore = (await name.boundingBox())!.width;
  const box = (await sep.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 5, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect(sep).toHaveAttribute('aria-valuenow', String(before + 80));
  expect((await name.boundingBox())!.width).toBeCloseTo(nameBefore + 80, 0);
  // the name is no longer cut short
  await expect(name.locator('.tl-name-text')).toHaveJSProperty('scrollWidth', await name.locator('.tl-name-text').evaluate((e) => e.clientWidth));

  await sep.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(sep).toHaveAttribute('aria-valuenow', String(before + 80 - 32));
  await page.keyboard.press('Home');
  await expect(sep).toHaveAttribute('aria-valuenow', '120');
  await page.keyboard.press('ArrowRight');
  await expect(sep).toHaveAttribute('aria-valuenow', '136');

  await page.reload();
  await expect(page.locator('.tl-frappe .bar-wrapper.tl-task').first()).toBeVisible();
  await expect(page.getByRole('separator', { name: 'Width of the task name column' })).toHaveAttribute('aria-valuenow', '136');
  expect(plan.errors).toEqual([]);
});
