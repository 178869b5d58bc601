/**
 * What the app says back: the task editor's reasons for refusing a value, the toast naming what Undo
 * took back, Undo on the toast of a delete, and toasts kept off the controls at 1280×720.
 */
import type { Locator, Page } from '@playwright/test';
import type { Snapshot } from '../../shared/api.ts';
import { expect, goTo, test, type PlanFixture } from './fixtures.ts';

test.use({ viewport: { width: 1280, height: 720 } });

async function openTimeline(page: Page, plan: PlanFixture): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('campaign-planner.timeline.zoom', 'week'));
  await plan.open();
  await goTo(page, 'Timeline');
  await expect(page.locator('.tl-frappe .bar-wrapper.tl-task').first()).toBeVisible();
}

async function task(plan: PlanFixture, id: string) {
  const snap = await plan.call<Snapshot>('snapshot');
  return snap.rows.task.find((x) => x.id === id);
}

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Every visible control in `scope` the toasts overlap, by its name. */
async function coveredControls(page: Page, scope: Locator): Promise<string[]> {
  const toasts = await page.locator('.toast').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  expect(toasts.length).toBeGreaterThan(0);
  const controls = await scope.locator('button, a, input, select, textarea, [role="treeitem"]').evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null && !e.closest('.toasts'))
      .map((e) => ({ name: e.getAttribute('aria-label') || e.textContent?.trim() || e.tagName, box: e.getBoundingClientRect().toJSON() as DOMRect }))
      .filter((c) => c.box.width > 0 && c.box.height > 0 && c.box.bottom > 0 && c.box.top < window.innerHeight),
  );
  return controls.filter((c) => toasts.some((t) => overlaps(t, c.box))).map((c) => c.name);
}

test('the task editor says why it refuses an end before the start, a bad duration or progress, and forgets it on undo', async ({ page, plan }) => {
  await openTimeline(page, plan);
  await page.getByRole('treeitem', { name: /^Market and competitor research \(/ }).click();
  const panel = page.locator('.side-panel');
  const before = await task(plan, 'task-prep-01');

  await panel.getByLabel('End', { exact: true }).fill('2026-01-02');
  await panel.getByLabel('End', { exact: true }).press('Tab');
  await expect(panel.getByRole('alert').filter({ hasText: 'The end, 2026-01-02, comes before the start, 2026-01-05: nothing was changed.' })).toBeVisible();
  await expect(panel.getByLabel('End', { exact: true })).toHaveValue(before!.end);

  const duration = panel.getByLabel('Duration (working days)');
  const days = await duration.inputValue();
  await duration.fill('-3');
  await duration.press('Enter');
  await expect(panel.getByRole('alert').filter({ hasText: `A task lasts at least one day. It stays at ${days} working days.` })).toBeVisible();
  await expect(duration).toHaveValue(days);
  await duration.fill('soon');
  await duration.press('Enter');
  await expect(panel.getByRole('alert').filter({ hasText: '“soon” is not a number.' })).toBeVisible();
  await expect(duration).toHaveValue(days);

  const progress = panel.getByLabel('Progress (%)');
  const pct = await progress.inputValue();
  await progress.fill('150');
  await progress.press('Enter');
  await expect(panel.getByRole('alert').filter({ hasText: `Progress cannot be above 100%. It stays at ${pct}%.` })).toBeVisible();
  await expect(progress).toHaveValue(pct);
  expect(await task(plan, 'task-prep-01')).toEqual(before);

  // an edit, then Undo: the refusals were about the plan as it was, and go; the toast names the step
  await panel.getByLabel('Name').fill('Teaser research');
  await panel.getByLabel('Name').press('Enter');
  await expect.poll(async () => (await task(plan, 'task-prep-01'))?.name).toBe('Teaser research');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undid: Edit task “Market and competitor research”' })).toBeVisible();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  expect(plan.errors).toEqual([]);
});

test('deleting a task offers Undo on its toast; the toast covers none of the editor’s, header’s or navigation’s controls', async ({ page, plan }) => {
  await openTimeline(page, plan);
  // a message of the board, a toast and the editor, all at once
  await page.getByRole('treeitem', { name: /^Budget allocation \(/ }).click();
  const panel = page.locator('.side-panel');
  await expect(panel.getByRole('heading', { name: 'Budget allocation' })).toBeVisible();
  await panel.getByRole('button', { name: 'Delete task' }).click();
  const toast = page.locator('.toast').filter({ hasText: '“Budget allocation” deleted, with its links.' });
  await expect(toast).toBeVisible();
  await expect.poll(async () => await task(plan, 'task-prep-05')).toBeUndefined();

  // open another task's editor with the toast still up: nothing it holds is under the toast
  await page.getByRole('treeitem', { name: /^Market and competitor research \(/ }).click();
  await expect(panel.getByRole('heading', { name: 'Market and competitor research' })).toBeVisible();
  await expect(toast).toBeVisible();
  expect(await coveredControls(page, panel)).toEqual([]);
  expect(await coveredControls(page, page.locator('.app-header'))).toEqual([]);
  expect(await coveredControls(page, page.locator('.app-nav'))).toEqual([]);
  expect(await coveredControls(page, page.locator('main'))).toEqual([]);

  await toast.getByRole('button', { name: /^Undo/ }).click();
  await expect.poll(async () => (await task(plan, 'task-prep-05'))?.name).toBe('Budget allocation');
  await expect(page.getByRole('status').filter({ hasText: 'Undid: Delete task “Budget allocation”' })).toBeVisible();
  await expect(page.getByRole('treeitem', { name: /^Budget allocation \(/ })).toBeVisible();
  // the toast that offered it is gone with the deletion it reported
  await expect(toast).toHaveCount(0);
  expect(plan.errors).toEqual([]);
});

test('a delete toast stops offering Undo once something else was changed after it', async ({ page, plan }) => {
  await openTimeline(page, plan);
  await page.getByRole('button', { name: 'Key dates…' }).click();
  const panel = page.locator('.side-panel');
  await panel.getByRole('button', { name: 'Delete “Spring Festival holiday”' }).click();
  const toast = page.locator('.toast').filter({ hasText: 'Key date “Spring Festival holiday” deleted.' });
  await expect(toast.getByRole('button', { name: /^Undo/ })).toBeVisible();
  // Undo on it would now take back this rename instead: it is withdrawn
  const other = panel.getByRole('group', { name: 'Make-up workday (Labour Day)' });
  await other.getByLabel('Name').fill('Make-up workday');
  await other.getByLabel('Name').press('Enter');
  await expect(panel.getByRole('group', { name: 'Make-up workday', exact: true })).toBeVisible();
  await expect(toast).toBeVisible();
  await expect(toast.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
  expect(plan.errors).toEqual([]);
});
