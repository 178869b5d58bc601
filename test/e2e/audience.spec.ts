import type { Page } from '@playwright/test';
import type { Snapshot } from '../../shared/api.ts';
import { expect, goTo, test } from './fixtures.ts';

const ranking = (page: Page) => page.getByRole('list', { name: 'Ranking' }).getByRole('listitem');

test('a criterion weight moves the ranking, is saved once and undoes in one step', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Audience & platforms');
  await expect(ranking(page).first()).toContainText('Douyin');
  await expect(ranking(page).nth(1)).toContainText('WeChat');

  // Audience fit to 100%: WeChat (fit 9) overtakes Douyin (fit 8)
  const slider = page.getByRole('slider', { name: 'Audience fit' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveValue('100');
  await expect(ranking(page).first()).toContainText('WeChat');
  await expect(ranking(page).first()).toContainText('8.72 / 10');
  await expect(page.getByRole('table', { name: 'Platforms' }).getByRole('row', { name: /WeChat/ }).getByRole('cell').nth(3)).toHaveText('1');
  await expect(page.getByText('The weights add up to 180%; each counts in proportion to the total.')).toBeVisible();

  const snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.settings[0]!.score_weights).toEqual({ user_scale: 25, activity: 20, content_ecosystem: 20, commercial_maturity: 15, audience_fit: 100 });

  // one key press = one undo step
  await page.locator('main h1').click();
  await page.keyboard.press('Control+z');
  await expect(slider).toHaveValue('20');
  await expect(ranking(page).first()).toContainText('Douyin');
  const after = await plan.call<Snapshot>('snapshot');
  expect(after.rows.settings[0]!.score_weights.audience_fit).toBe(20);
  expect(plan.errors).toEqual([]);
});

test('a score typed in the matrix re-ranks the platforms', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Audience & platforms');
  const matrix = page.getByRole('table', { name: 'Scoring matrix' });
  const bilibili = matrix.getByRole('row', { name: /Bilibili/ });
  await expect(bilibili.getByRole('cell').last()).toHaveText('5');

  const cell = page.getByRole('textbox', { name: 'Bilibili: Audience fit' });
  await cell.fill('11');
  await cell.press('Enter');
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  await cell.fill('10');
  await cell.press('Enter');
  // 7.25 + 0.2 × 3 = 7.85: above Kuaishou (7.60)
  await expect(bilibili.getByRole('cell').last()).toHaveText('4');
  await expect(ranking(page).nth(3)).toContainText('Bilibili');
  await expect(ranking(page).nth(3)).toContainText('7.85 / 10');

  const snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.platform.find((p) => p.id === 'plat-bilibili')!.score_audience_fit).toBe(10);
  expect(plan.errors).toEqual([]);
});

test('add a platform from a preset, edit it and delete it', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Audience & platforms');
  const picker = page.getByRole('combobox', { name: 'Preset' });
  // presets the plan does not have come first
  await expect(picker).toHaveValue('tiktok');
  await picker.selectOption('linkedin');
  await page.getByRole('button', { name: 'Add platform' }).click();

  const panel = page.getByRole('complementary', { name: 'Platform: LinkedIn' });
  await expect(panel).toBeVisible();
  const table = page.getByRole('table', { name: 'Platforms' });
  await expect(table.getByRole('rowheader', { name: 'LinkedIn' })).toBeVisible();
  await panel.getByRole('combobox', { name: 'Role' }).selectOption('primary');
  await panel.getByRole('textbox', { name: 'Focus' }).fill('B2B leads');
  await panel.getByRole('textbox', { name: 'User scale' }).fill('9');
  await panel.getByRole('textbox', { name: 'User scale' }).press('Enter');
  await expect(table.getByRole('row', { name: /LinkedIn/ })).toContainText('B2B leads');
  await expect(table.getByRole('row', { name: /LinkedIn/ })).toContainText('Primary');

  let snap = await plan.call<Snapshot>('snapshot');
  const added = snap.rows.platform.find((p) => p.name === 'LinkedIn')!;
  expect(added).toMatchObject({ preset: 'linkedin', role: 'primary', focus: 'B2B leads', score_user_scale: 9, color: '#0a66c2' });

  // the reach matrix offers the new platform; ticking it is one change on the segment
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Business-casual professionals reached on LinkedIn' }).check();
  snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.segment.find((s) => s.id === 'seg-business')!.platform_ids).toContain(added.id);

  // deleting it takes it off the segment too, in one step
  await page.getByRole('button', { name: 'Edit LinkedIn' }).click();
  await panel.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete “LinkedIn”?' });
  await expect(dialog).toContainText('1 segment');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(table.getByRole('rowheader', { name: 'LinkedIn' })).toHaveCount(0);
  snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.platform.some((p) => p.id === added.id)).toBe(false);
  expect(snap.rows.segment.find((s) => s.id === 'seg-business')!.platform_ids).not.toContain(added.id);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByRole('rowheader', { name: 'LinkedIn' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Business-casual professionals reached on LinkedIn' })).toBeChecked();
  expect(plan.errors).toEqual([]);
});

test('add and edit an audience segment', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Audience & platforms');
  await page.getByRole('button', { name: 'Add segment' }).click();
  const panel = page.getByRole('complementary', { name: 'Segment: New segment' });
  await expect(panel).toBeVisible();
  await panel.getByRole('textbox', { name: 'Name' }).fill('Retirees');
  await panel.getByRole('textbox', { name: 'Name' }).press('Enter');
  const edited = page.getByRole('complementary', { name: 'Segment: Retirees' });
  await edited.getByRole('textbox', { name: 'Oldest age' }).fill('80');
  await edited.getByRole('textbox', { name: 'Oldest age' }).press('Enter');
  await edited.getByRole('textbox', { name: 'Youngest age' }).fill('60');
  await edited.getByRole('textbox', { name: 'Youngest age' }).press('Enter');
  await edited.getByRole('combobox', { name: 'Spending power' }).selectOption('high');
  await edited.getByRole('checkbox', { name: 'WeChat' }).check();
  await edited.getByRole('button', { name: 'Close' }).click();

  const row = page.getByRole('table', { name: 'Audience segments' }).getByRole('row', { name: /Retirees/ });
  await expect(row).toContainText('60–80');
  await expect(row).toContainText('High');
  await expect(page.getByRole('checkbox', { name: 'Retirees reached on WeChat' })).toBeChecked();
  const snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.segment.find((s) => s.name === 'Retirees')).toMatchObject({ age_min: 60, age_max: 80, spending_power: 'high', platform_ids: ['plat-wechat'] });
  expect(plan.errors).toEqual([]);
});

test('a preset platform already in the plan cannot be added twice, nor chosen for another platform', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Audience & platforms');
  const table = page.getByRole('table', { name: 'Platforms' });
  await expect(table.getByRole('row', { name: /Weibo/ })).toHaveCount(1);

  const picker = page.getByRole('combobox', { name: 'Preset' });
  await picker.selectOption('weibo');
  const add = page.getByRole('button', { name: 'Add platform' });
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription('Weibo is already in the plan. Open it from the list, or add a custom platform.');
  await expect(page.getByText('Weibo is already in the plan. Open it from the list, or add a custom platform.')).toBeVisible();

  // a custom platform can always be added, and more than once
  await picker.selectOption('custom');
  await expect(add).toBeEnabled();

  // the editor refuses to turn Bilibili into a second Weibo
  await table.getByRole('button', { name: 'Edit Bilibili' }).click();
  const panel = page.getByRole('complementary', { name: 'Platform: Bilibili' });
  await panel.getByRole('combobox', { name: 'Preset' }).selectOption('weibo');
  await expect(panel.getByText('Weibo is already in the plan. Open it from the list, or add a custom platform.')).toBeVisible();
  await expect(panel.getByRole('combobox', { name: 'Preset' })).toHaveValue('bilibili');
  const snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.platform.filter((p) => p.preset === 'weibo')).toHaveLength(1);
  expect(snap.rows.platform.find((p) => p.name === 'Bilibili')!.preset).toBe('bilibili');
  expect(plan.errors).toEqual([]);
});
