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

test('undo of a delete brings the row back in its place with all its fields, without reading the plan again', async ({ page, plan }) => {
  await plan.open();
  await page.getByRole('navigation').getByRole('link', { name: 'Risks' }).click();
  const table = page.locator('main[data-view="risks"] table').first();
  const rows = table.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  const place = await rows.evaluateAll((trs) => trs.findIndex((tr) => !!tr.querySelector('button[aria-label="Delete R-08"]')));
  expect(place).toBeGreaterThan(0);
  const text = await rows.nth(place).innerText();
  const before = (await plan.call<{ rows: { risk: Record<string, unknown>[] } }>('snapshot')).rows.risk.find((r) => r.code === 'R-08')!;

  const snapshots: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/snapshot')) snapshots.push(r.url());
  });
  await page.getByRole('button', { name: 'Delete R-08' }).click();
  await expect(rows).toHaveCount(count - 1);
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect(rows).toHaveCount(count);
  await expect(rows.nth(place).getByRole('button', { name: 'Delete R-08' })).toBeVisible();
  expect(await rows.nth(place).innerText()).toBe(text);
  const after = (await plan.call<{ rows: { risk: Record<string, unknown>[] } }>('snapshot')).rows.risk.find((r) => r.code === 'R-08')!;
  expect({ ...after, clock: null }).toEqual({ ...before, clock: null });

  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(rows).toHaveCount(count - 1);
  await expect(page.getByRole('button', { name: 'Delete R-08' })).toHaveCount(0);
  expect(snapshots).toEqual([]);
  expect(plan.errors).toEqual([]);
});
