import { expect, readPlan, test } from './fixtures.ts';

test('renaming the plan in place saves it to the file', async ({ page, plan }) => {
  await plan.open();
  const original = (await readPlanName(page)).trim();
  await page.getByRole('button', { name: /^Rename plan:/ }).click();
  const input = page.getByRole('textbox', { name: 'Plan name' });
  await expect(input).toBeFocused();
  await input.fill('Autumn launch 2026');
  await input.press('Enter');
  await expect(page.getByRole('button', { name: /^Rename plan:/ })).toHaveText('Autumn launch 2026');
  await expect(page.getByRole('button', { name: /^Rename plan:/ })).toBeFocused();
  await expect(page.locator('.save-indicator')).toHaveText('All changes saved');
  await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
  expect(original).not.toBe('Autumn launch 2026');

  await page.reload();
  await expect(page.getByRole('button', { name: /^Rename plan:/ })).toHaveText('Autumn launch 2026');

  await plan.host.close();
  const onDisk = await readPlan(plan.file);
  expect(onDisk.rows.settings[0]?.name).toBe('Autumn launch 2026');
  expect(plan.errors).toEqual([]);
});

test('Escape cancels a rename, and Enter on the name starts one', async ({ page, plan }) => {
  await plan.open();
  const button = page.getByRole('button', { name: /^Rename plan:/ });
  const original = await button.textContent();
  await button.focus();
  await page.keyboard.press('Enter');
  const input = page.getByRole('textbox', { name: 'Plan name' });
  await input.fill('Not kept');
  await input.press('Escape');
  await expect(button).toHaveText(original ?? '');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('a change the backend refuses is rolled back with a message in the current language', async ({ page, plan }) => {
  await plan.open();
  await page.route('**/api/applyChanges', (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'READ_ONLY', message: 'This plan is open read-only; the change was not saved.', params: {} } } }),
  );
  const button = page.getByRole('button', { name: /^Rename plan:/ });
  const original = (await button.textContent()) ?? '';
  await button.click();
  await page.getByRole('textbox', { name: 'Plan name' }).fill('Refused name');
  await page.getByRole('textbox', { name: 'Plan name' }).press('Enter');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This plan is open read-only; the change was not saved.');
  await expect(button).toHaveText(original);
  await expect(page.locator('.save-indicator')).toHaveText('Last change not saved');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(alert).toContainText('此计划为只读，修改未保存。');
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(alert).toBeEmpty();
});

async function readPlanName(page: import('@playwright/test').Page): Promise<string> {
  return (await page.getByRole('button', { name: /^Rename plan:/ }).textContent()) ?? '';
}
