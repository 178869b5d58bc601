/**
 * Budget categories added, renamed and removed (asking what happens to their spend, undone in one
 * step), the unallocated reserve and giving from it, commitments from Content and Team, and the plan
 * by month; the plan file is checked with `cplan export`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, goTo, ROOT, test } from './fixtures.ts';

type Rows = Record<string, Record<string, unknown>[]>;

function cplanExport(file: string): Rows {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.cjs'), 'export', file, '--format', 'json'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`cplan export failed: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { rows: Rows }).rows;
}

const live = (rows: Rows) => rows.budget_category!.filter((c) => !c.deleted);
const shareSum = (rows: Rows) => live(rows).reduce((a, c) => a + (c.share as number), 0);

async function openBudget(page: Page, plan: { open(): Promise<void> }) {
  await plan.open();
  await goTo(page, 'Budget');
  await expect(page.getByRole('heading', { level: 1, name: 'Budget' })).toBeVisible();
}

test('add, rename and remove a category; removing moves its spend and is undone in one step', async ({ page, plan }) => {
  await openBudget(page, plan);
  await page.getByLabel('Name of the new category').fill('KOL');
  await page.getByRole('button', { name: 'Add category' }).click();
  await expect(page.getByRole('textbox', { name: 'Percentage for KOL', exact: true })).toHaveValue('0');
  await expect.poll(() => live(cplanExport(plan.file)).map((c) => c.name)).toContain('KOL');

  await page.getByRole('button', { name: 'Rename KOL' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename KOL' });
  await rename.getByLabel('New name for KOL').fill('KOL partners');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('textbox', { name: 'Percentage for KOL partners', exact: true })).toBeVisible();

  const before = cplanExport(plan.file);
  const techEntries = before.spend_entry!.filter((e) => e.category_id === 'budget-technology').map((e) => e.id);
  expect(techEntries.length).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Remove Technology' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove the category “Technology”?' });
  await expect(dialog).toContainText('Its share (15%) goes to the other unlocked categories.');
  await expect(dialog).toContainText(`${techEntries.length} spend entries`);
  await dialog.getByRole('combobox').selectOption({ label: 'People' });
  await dialog.getByRole('button', { name: 'Remove category' }).click();
  await expect(page.getByRole('textbox', { name: 'Percentage for Technology', exact: true })).toHaveCount(0);
  await expect.poll(() => live(cplanExport(plan.file)).some((c) => c.id === 'budget-technology')).toBe(false);
  const after = cplanExport(plan.file);
  expect(shareSum(after)).toBeCloseTo(100, 9);
  for (const id of techEntries) expect(after.spend_entry!.find((e) => e.id === id)!.category_id).toBe('budget-people');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('textbox', { name: 'Percentage for Technology', exact: true })).toHaveValue('15');
  const undone = cplanExport(plan.file);
  for (const id of techEntries) expect(undone.spend_entry!.find((e) => e.id === id)!.category_id).toBe('budget-technology');
  expect(shareSum(undone)).toBeCloseTo(100, 9);
  expect(plan.errors).toEqual([]);
});

test('a reserve category holds money back as the unallocated reserve, and part of it can be given to a category', async ({ page, plan }) => {
  await openBudget(page, plan);
  const reserve = page.getByTestId('budget-reserve');
  await expect(reserve).toHaveAttribute('data-available', '0');
  await page.getByLabel('Name of the new category').fill('Contingency');
  await page.getByLabel('Kind').selectOption('reserve');
  await page.getByRole('button', { name: 'Add category' }).click();
  const pct = page.getByRole('textbox', { name: 'Percentage for Contingency', exact: true });
  await pct.fill('10');
  await pct.press('Enter');
  // 10 % of CN¥5,000,000, in fen
  await expect(reserve).toHaveAttribute('data-available', '50000000');
  await expect(reserve).toContainText('Unallocated reserve: CN¥500,000');

  await page.getByLabel('Give reserve to').selectOption({ label: 'Advertising' });
  await page.getByLabel('Amount to give (CNY)').fill('10万');
  await page.getByRole('button', { name: 'Give', exact: true }).click();
  await expect(reserve).toHaveAttribute('data-available', '40000000');
  const rows = cplanExport(plan.file);
  expect(live(rows).find((c) => c.name === 'Contingency')!.share).toBeCloseTo(8, 9);
  expect(shareSum(rows)).toBeCloseTo(100, 9);
  expect(plan.errors).toEqual([]);
});

test('KOL fees and tools show as read-only commitments with links to where they are edited; the plan by month adds up', async ({ page, plan }) => {
  await openBudget(page, plan);
  const rows = cplanExport(plan.file);
  const kol = rows.content_item!.reduce((a, c) => a + (c.kol_cost as number), 0);
  const tools = rows.tool!.reduce((a, t) => a + (t.cost as number), 0);
  const panel = page.getByRole('region', { name: 'Commitments from other views' });
  await expect(panel.getByTestId('budget-committed')).toHaveAttribute('data-value', String(kol + tools));
  await expect(panel.getByRole('link', { name: /Open/ }).first()).toHaveAttribute('href', /^#\/content\/month\/\d{4}-\d{2}$/);
  await expect(panel.getByRole('link', { name: /Open/ }).last()).toHaveAttribute('href', '#/team');
  await expect(panel.getByRole('textbox')).toHaveCount(0);

  const months = page.getByRole('region', { name: 'Plan by month' }).locator('tbody tr');
  const planned = await months.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-planned'))));
  expect(planned.length).toBeGreaterThan(1);
  expect(planned.reduce((a, b) => a + b, 0)).toBe(rows.settings![0]!.total_budget);

  // the link opens the view where the fee is edited
  await panel.getByRole('link', { name: /Open/ }).first().click();
  await expect(page.locator('main')).toHaveAttribute('data-view', 'content');
  expect(plan.errors).toEqual([]);
});
