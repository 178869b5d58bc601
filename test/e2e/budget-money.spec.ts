/**
 * Money in the Budget view is exact: amounts are whole cents in the plan file, the boxes read 万 and k,
 * a box nobody is typing in follows the total, and equal shares split to the cent and add up.
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

async function openBudget(page: Page, plan: { open(): Promise<void> }, title = 'Budget') {
  await plan.open();
  await goTo(page, title);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test.describe('zh-CN', () => {
  test.use({ planLang: 'zh-CN' });
  test('the total and an amount accept 万: 15万 is ¥150,000 and 1.5万 is ¥15,000', async ({ page, plan }) => {
    await page.addInitScript(() => localStorage.setItem('campaign-planner.language', 'zh-CN'));
    await openBudget(page, plan, '预算');
    const total = page.getByRole('textbox', { name: '总预算（CNY）' });
    await total.fill('15万');
    await total.press('Enter');
    await expect.poll(() => cplanExport(plan.file).settings![0]!.total_budget).toBe(15_000_000);
    await expect(total).toHaveValue('150,000');
    const ads = page.getByRole('textbox', { name: '广告投放的金额（CNY）', exact: true });
    await expect(ads).toHaveValue('60,000');
    await ads.fill('1.5万');
    await ads.press('Enter');
    await expect(page.getByRole('textbox', { name: '广告投放的百分比', exact: true })).toHaveValue('10');
    await expect(ads).toHaveValue('15,000');
    await total.fill('1,500');
    await total.press('Enter');
    await expect.poll(() => cplanExport(plan.file).settings![0]!.total_budget).toBe(150_000);
    expect(plan.errors).toEqual([]);
  });
});

test('an amount box shows the new figure after the total changes, even with refused text left in it', async ({ page, plan }) => {
  await openBudget(page, plan);
  const tech = page.getByRole('textbox', { name: 'Amount for Technology in CNY', exact: true });
  await expect(tech).toHaveValue('750,000');
  await tech.fill('abc');
  await tech.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'abc' })).toBeVisible();
  const total = page.getByRole('textbox', { name: 'Total budget (CNY)' });
  await total.fill('15k');
  await total.press('Enter');
  await expect.poll(() => cplanExport(plan.file).settings![0]!.total_budget).toBe(1_500_000);
  await expect(tech).toHaveValue('2,250');
  await expect(tech).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: 'abc' })).toHaveCount(0);
  expect(plan.errors).toEqual([]);
});

test('three equal shares of 100.00 show 33.34, 33.33, 33.33 and add up to 100.00', async ({ page, plan }) => {
  const third = 100 / 3;
  await plan.call('applyChanges', [
    { entity: 'settings', id: 'plan', field: 'total_budget', value: 10_000 },
    { entity: 'budget_category', id: 'budget-ads', field: 'share', value: third },
    { entity: 'budget_category', id: 'budget-content', field: 'share', value: third },
    { entity: 'budget_category', id: 'budget-technology', field: 'share', value: 100 - 2 * third },
    { entity: 'budget_category', id: 'budget-people', field: 'share', value: 0 },
  ]);
  await openBudget(page, plan);
  const amount = (name: string) => page.getByRole('textbox', { name: `Amount for ${name} in CNY`, exact: true });
  await expect(amount('Advertising')).toHaveValue('33.34');
  await expect(amount('Content production')).toHaveValue('33.33');
  await expect(amount('Technology')).toHaveValue('33.33');
  await expect(amount('People')).toHaveValue('0');
  const sumRow = page.locator('.budget-shares > .share-group > .share-total');
  await expect(sumRow).toContainText('CN¥100.00');
  expect(plan.errors).toEqual([]);
});
