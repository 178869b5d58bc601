/**
 * Moves that push other tasks say so: while a phase or a bar is dragged the tasks it would push show
 * as outlines and their arrows follow, before the mouse is let go; after the drop (or a keyboard move)
 * the message counts the moved tasks per phase and warns of tasks pushed past the plan's last day;
 * one undo puts all of it back. On the sample plan, through the web host, in Chromium.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Snapshot } from '../../shared/api.ts';
import { expect, goTo, ROOT, test, type PlanFixture } from './fixtures.ts';

type Rows = Snapshot['rows'];

function cplanExport(file: string): Rows {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/cplan.mjs'), 'export', file, '--format', 'json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`cplan export failed: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { rows: Rows }).rows;
}

async function openTimeline(page: Page, plan: PlanFixture, zoom: string, nav = 'Timeline'): Promise<void> {
  await page.addInitScript((z) => localStorage.setItem('campaign-planner.timeline.zoom', z), zoom);
  await plan.open();
  await goTo(page, nav);
  await expect(page.locator('.tl-frappe .bar-wrapper.tl-task').first()).toBeVisible();
}

async function centerOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses and moves like a person (a small first move past the threshold, then steps), without letting go. */
async function dragWithoutDrop(page: Page, from: { x: number; y: number }, dx: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 3, from.y);
  await page.mouse.move(from.x + dx, from.y, { steps: 12 });
}

/** The `d` of every drawn arrow, by link id. */
const arrowPaths = (page: Page) =>
  page.locator('.tl-arrows path[data-link]').evaluateAll((paths) => Object.fromEntries(paths.map((p) => [p.getAttribute('data-link'), p.getAttribute('d')])));

const sameDates = (a: Rows, b: Rows) => a.task.every((t) => b.task.some((x) => x.id === t.id && x.start === t.start && x.end === t.end));

test('a phase drag previews what it pushes, reports the moves per phase, warns at the plan end, and undoes in one step', async ({ page, plan }) => {
  await openTimeline(page, plan, 'fit');
  const before = cplanExport(plan.file);
  const ppd = await page.locator('.tl-chart').evaluate((el) => parseFloat(getComputedStyle(el).getPropertyValue('--tl-ppd')));
  const arrowsBefore = await arrowPaths(page);
  const at = await centerOf(page, '.tl-summary[data-phase="phase-prep"] .tl-summary-bar');

  // before the mouse is let go: outlines of the pushed tasks, arrows bent to them, a tip that counts them
  await dragWithoutDrop(page, at, 14 * ppd + ppd / 3);
  await expect(page.locator('.tl-ghost').first()).toBeAttached();
  const tip = page.locator('.tl-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('+14 d');
  await expect(tip).toContainText(/will move: \d+ tasks in “Preparation”, \d+ tasks? in “Execution”/);
  const arrowsDuring = await arrowPaths(page);
  const bent = Object.keys(arrowsBefore).filter((id) => arrowsDuring[id] !== arrowsBefore[id]);
  expect(bent.length).toBeGreaterThan(0);

  // Escape drops it: nothing saved, outlines gone, arrows back where they were
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await expect(page.locator('.tl-ghost')).toHaveCount(0);
  await expect(tip).toBeHidden();
  expect(await arrowPaths(page)).toEqual(arrowsBefore);
  expect(sameDates(cplanExport(plan.file), before)).toBe(true);

  // the same drag dropped: the message names the phases and how many tasks moved in each
  await dragWithoutDrop(page, at, 14 * ppd + ppd / 3);
  await expect(tip).toContainText('past the plan’s end');
  await expect(page.locator('.tl-ghost-late').first()).toBeAttached();
  await page.mouse.up();
  const status = page.locator('.tl-message[role="status"]');
  await expect(status).toContainText(/Phase “Preparation” moved by 14 days: \d+ tasks in “Preparation”, \d+ tasks? in “Execution”, and \d+ tasks? in “Evaluation” moved\./);
  const alert = page.locator('.tl-message[role="alert"]').filter({ hasText: 'after the plan’s last day (Dec 31, 2026)' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Undo (Ctrl+Z) puts the whole move back.');
  await expect.poll(() => sameDates(cplanExport(plan.file), before)).toBe(false);
  const moved = cplanExport(plan.file);
  const late = moved.task.filter((t) => t.end > '2026-12-31');
  expect(late.length).toBeGreaterThan(0);
  await expect(alert).toContainText(`“${late[0]!.name}”`);

  // one undo puts every task back
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => sameDates(cplanExport(plan.file), before)).toBe(true);
  expect(plan.errors).toEqual([]);
});

test('a bar drag shows its pushed successors and their arrows following before the drop', async ({ page, plan }) => {
  await openTimeline(page, plan, 'week');
  const arrowsBefore = await arrowPaths(page);
  const from = await centerOf(page, '.tl-frappe .bar-wrapper[data-task="task-prep-01"] .bar');
  await dragWithoutDrop(page, from, 168);
  await expect(page.locator('.tl-ghost').first()).toBeAttached();
  await expect(page.locator('.tl-tip')).toContainText(/will move: \d+ tasks in “Preparation”/);
  const during = await arrowPaths(page);
  // an arrow between two pushed tasks (neither is the dragged one) follows too
  const links = await page.locator('.tl-arrows path[data-link]').evaluateAll((ps) => ps.map((p) => ({ id: p.getAttribute('data-link')!, from: p.getAttribute('data-from'), to: p.getAttribute('data-to') })));
  const between = links.filter((l) => l.from !== 'task-prep-01' && l.to !== 'task-prep-01' && during[l.id] !== arrowsBefore[l.id]);
  expect(between.length).toBeGreaterThan(0);
  await page.mouse.up();
  await expect(page.locator('.tl-message[role="status"]')).toContainText(/Moved with it: \d+ tasks in “Preparation”/);
  expect(plan.errors).toEqual([]);
});

test.describe('in Chinese', () => {
  test.use({ planLang: 'zh-CN' });
  test('a keyboard move says what it took along', async ({ page, plan }) => {
    await page.addInitScript(() => localStorage.setItem('campaign-planner.language', 'zh-CN'));
    await openTimeline(page, plan, 'week', '时间线');
    const row = page.getByRole('treeitem', { name: /^市场与竞品调研/ });
    await row.focus();
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await expect(page.locator('.tl-message[role="status"]')).toContainText(/随之移动：“准备阶段”中的 \d+ 项任务/);
    expect(plan.errors).toEqual([]);
  });
});
