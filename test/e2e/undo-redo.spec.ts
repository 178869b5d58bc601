import { expect, test } from './fixtures.ts';

test('undo and redo a change with the buttons and the keyboard', async ({ page, plan }) => {
  await plan.open();
  const name = page.getByRole('button', { name: /^Rename plan:/ });
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  const original = (await name.textContent()) ?? '';
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();

  await name.click();
  await page.getByRole('textbox', { name: 'Plan name' }).fill('Winter push');
  await page.getByRole('textbox', { name: 'Plan name' }).press('Enter');
  await expect(name).toHaveText('Winter push');
  await expect(undo).toBeEnabled();

  await undo.click();
  await expect(name).toHaveText(original);
  await expect(redo).toBeEnabled();
  await expect(page.getByRole('status').filter({ hasText: `Undid: Rename plan “${original}”` })).toBeVisible();

  await redo.click();
  await expect(name).toHaveText('Winter push');
  await expect(redo).toBeDisabled();

  // Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y outside text fields
  await page.locator('main h1').click();
  await page.keyboard.press('Control+z');
  await expect(name).toHaveText(original);
  await page.keyboard.press('Control+Shift+z');
  await expect(name).toHaveText('Winter push');
  await page.keyboard.press('Control+z');
  await expect(name).toHaveText(original);
  await page.keyboard.press('Control+y');
  await expect(name).toHaveText('Winter push');

  // inside a text field Ctrl+Z belongs to the field
  await name.click();
  const input = page.getByRole('textbox', { name: 'Plan name' });
  await input.press('Control+z');
  await expect(input).toBeVisible();
  await input.press('Escape');
  await expect(name).toHaveText('Winter push');

  // the file agrees
  const info = await plan.call<{ name: string; canRedo: boolean }>('planInfo');
  expect(info.name).toBe('Winter push');
  expect(plan.errors).toEqual([]);
});
