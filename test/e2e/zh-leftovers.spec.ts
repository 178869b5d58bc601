/**
 * Chinese words where English leftovers used to show: quarters, chart months with the full year. (The
 * time zone in words and yyyy-mm-dd dates are checked in content.spec.ts.)
 */
import { expect, test } from './fixtures.ts';

test.use({ planLang: 'zh-CN' });
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('campaign-planner.language', 'zh-CN'));
});

test('the timeline’s quarter scale reads 一季度…四季度', async ({ page, plan }) => {
  await page.addInitScript(() => localStorage.setItem('campaign-planner.timeline.zoom', 'quarter'));
  await plan.open();
  await page.evaluate(() => (location.hash = '#/timeline'));
  await expect(page.locator('.tl-frappe .bar-wrapper.tl-task').first()).toBeVisible();
  for (const q of ['一季度', '二季度', '三季度', '四季度']) await expect(page.getByText(q, { exact: true }).first()).toBeAttached();
  await expect(page.getByText(/^Q[1-4]$/)).toHaveCount(0);
  expect(plan.errors).toEqual([]);
});

test('the budget burn chart names months with the whole year (2026年6月)', async ({ page, plan }) => {
  await plan.open();
  await page.evaluate(() => (location.hash = '#/budget'));
  await expect(page.locator('.budget-burn canvas')).toBeVisible();
  // the chart's figures as a table (folded away under the chart)
  const months = page.locator('.budget-burn tbody th[scope="row"]');
  await expect(months.filter({ hasText: /^2026年6月$/ })).toHaveCount(1);
  await expect(months.filter({ hasText: /^26年/ })).toHaveCount(0);
  expect(plan.errors).toEqual([]);
});
