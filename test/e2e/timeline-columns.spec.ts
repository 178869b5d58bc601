/**
 * The Timeline's Columns menu: End, Owner and % complete beside the task names, chosen by keyboard or
 * mouse, remembered after a reload; the bars stay on their rows and dates when the list grows wider.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, goTo, test, type PlanFixture } from './fixtures.ts';

async function openTimeline(page: Page, plan: PlanFixture): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.addInitScript(() => localStorage.setItem('campaign-planner.timeline.zoom', 'week'));
  await plan.open();
  await goTo(page, 'Timeline');
  await expect(page.locator('.tl-frappe .bar-wrapper.tl-task').first()).toBeVisible();
}

const header = (page: Page, col: string): Locator => page.locator(`.tl-corner-cols .tl-col-${col}`);
const research = (page: Page): Locator => page.getByRole('treeitem', { name: /^Market and competitor research \(/ });

test('End and Owner are turned on by keyboard, show beside the task names, stay on after a reload and are turned off by mouse', async ({ page, plan }) => {
  await openTimeline(page, plan);
  const button = page.getByRole('button', { name: 'Columns' });
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  // none of them by default
  await expect(header(page, 'end')).toHaveCount(0);
  await expect(header(page, 'owner')).toHaveCount(0);
  await expect(research(page).locator('.tl-col-owner')).toHaveCount(0);

  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const menu = page.getByRole('menu', { name: 'Columns of the task list' });
  const end = menu.getByRole('menuitemcheckbox', { name: 'End' });
  const owner = menu.getByRole('menuitemcheckbox', { name: 'Owner' });
  const pct = menu.getByRole('menuitemcheckbox', { name: '% complete' });
  await expect(end).toBeFocused();
  await expect(end).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('Space');
  await expect(end).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(owner).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(owner).toHaveAttribute('aria-checked', 'true');
  await expect(pct).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  await expect(header(page, 'end')).toHaveText('End');
  await expect(header(page, 'owner')).toHaveText('Owner');
  await expect(header(page, 'progress')).toHaveCount(0);
  // the sample plan's research runs 5 to 23 January 2026 and is Wang Hao's
  await expect(research(page).locator('.tl-col-end')).toHaveText('Jan 23');
  await expect(research(page).locator('.tl-col-owner')).toHaveText('Wang Hao');
  // a phase row shows its last day and no owner
  const prep = page.getByRole('treeitem', { name: /^Preparation \(phase/ });
  await expect(prep.locator('.tl-col-end')).not.toBeEmpty();
  await expect(prep.locator('.tl-col-owner')).toBeEmpty();

  await page.reload();
  await expect(page.locator('.tl-frappe .bar-wrapper.tl-task').first()).toBeVisible();
  await expect(header(page, 'end')).toHaveText('End');
  await expect(research(page).locator('.tl-col-owner')).toHaveText('Wang Hao');

  // ↓ opens it too; then by mouse: Owner off, and a click outside closes the menu
  await page.getByRole('button', { name: 'Columns' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitemcheckbox', { name: 'End' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Owner' }).click();
  await expect(page.getByRole('menuitemcheckbox', { name: 'Owner' })).toHaveAttribute('aria-checked', 'false');
  await page.getByRole('heading', { level: 1, name: 'Timeline' }).click();
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(header(page, 'owner')).toHaveCount(0);
  await expect(research(page).locator('.tl-col-owner')).toHaveCount(0);
  await expect(research(page).locator('.tl-col-end')).toHaveText('Jan 23');
  expect(plan.errors).toEqual([]);
});

test('with every column on, the bars stay on their rows and under their dates in the time scale', async ({ page, plan }) => {
  await page.addInitScript(() => {
    for (const c of ['end', 'owner', 'progress']) localStorage.setItem(`campaign-planner.timeline.column.${c}`, '1');
  });
  await openTimeline(page, plan);
  await expect(header(page, 'progress')).toHaveText('%');
  await expect(research(page).locator('.tl-col-progress')).toHaveText('100%');
  const list = (await page.locator('.tl-list').boundingBox())!;
  const cornerBox = (await page.locator('.tl-corner').boundingBox())!;
  expect(Math.abs(cornerBox.width - list.width)).toBeLessThanOrEqual(1);

  const row = (await research(page).boundingBox())!;
  const bar = (await page.locator('.tl-frappe .bar-wrapper[data-task="task-prep-01"] .bar').boundingBox())!;
  expect(Math.abs(bar.y + bar.height / 2 - (row.y + row.height / 2))).toBeLessThanOrEqual(1);
  // the chart begins where the list ends, and the bar (from Monday 5 January) under that week's cell
  expect(bar.x).toBeGreaterThanOrEqual(list.x + list.width - 1);
  const week = (await page.locator('.tl-scale-lower .tl-cell', { hasText: 'Jan 5' }).boundingBox())!;
  expect(Math.abs(bar.x - week.x)).toBeLessThanOrEqual(1);
  // every header fits its column ("Workdays" ran into the first week's label)
  const corner = await page.locator('.tl-corner').evaluate((e) => e.getBoundingClientRect().right);
  for (const c of ['start', 'end', 'days', 'owner', 'progress']) {
    const fit = await header(page, c).evaluate((e) => ({ over: e.scrollWidth - e.clientWidth, right: e.getBoundingClientRect().right }));
    expect(fit.over, c).toBeLessThanOrEqual(0);
    expect(fit.right, c).toBeLessThan(corner);
  }
  // the cells of a row line up with their header
  for (const c of ['start', 'end', 'days', 'owner', 'progress']) {
    const h = (await header(page, c).boundingBox())!;
    const cell = (await research(page).locator(`.tl-col-${c}`).boundingBox())!;
    expect(Math.abs(h.x + h.width - (cell.x + cell.width)), c).toBeLessThanOrEqual(1);
  }
  expect(plan.errors).toEqual([]);
});
