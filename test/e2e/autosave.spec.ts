/**
 * Nothing typed is lost: free text is saved as it is typed (one undo step per pause), when the page goes
 * away, and the header says "Unsaved" until it is in the file. Slider key presses are one step; a new
 * row opened by "Add" and closed untouched leaves nothing behind. Real plan file behind the web host.
 */
import type { Page } from '@playwright/test';
import type { Snapshot } from '../../shared/api.ts';
import { expect, goTo, test, type PlanFixture } from './fixtures.ts';

const indicator = (page: Page) => page.locator('.save-indicator');
const challenges = (page: Page) => page.getByRole('textbox', { name: 'Challenges', exact: true });
const body = async (plan: PlanFixture, key: string) => (await plan.call<Snapshot>('snapshot')).rows.brief_section.find((s) => s.key === key)!.body;

/** Types at the end of the Challenges section of the Brief. */
async function typeInChallenges(page: Page, text: string) {
  const editor = challenges(page);
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** Waits for what was just typed to reach the file: the header says Unsaved, then All changes saved. */
async function saved(page: Page) {
  await expect(indicator(page)).toHaveText('Unsaved');
  await expect(indicator(page)).toHaveText('All changes saved');
}

test('brief text is saved while typing, without leaving the editor, and survives a reload', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Brief');
  await typeInChallenges(page, ' Typed and kept.');
  await saved(page);
  await expect(challenges(page)).toBeFocused();
  expect(await body(plan, 'challenges')).toContain('Typed and kept.');

  await page.reload();
  await goTo(page, 'Brief');
  await expect(challenges(page)).toContainText('Typed and kept.');
  expect(plan.errors).toEqual([]);
});

test('text typed just before a reload is saved as the page goes away', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Brief');
  await typeInChallenges(page, ' Reloaded at once.');
  await page.reload();
  await goTo(page, 'Brief');
  await expect(challenges(page)).toContainText('Reloaded at once.');
  expect(await body(plan, 'challenges')).toContain('Reloaded at once.');
});

test('text typed just before the tab is closed reaches the file', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Brief');
  await typeInChallenges(page, ' Closed at once.');
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => body(plan, 'challenges')).toContain('Closed at once.');
});

test('text typed just before going back to another view is saved', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Team');
  await goTo(page, 'Brief');
  await typeInChallenges(page, ' Left by the back button.');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  await expect(indicator(page)).toHaveText('All changes saved');
  expect(await body(plan, 'challenges')).toContain('Left by the back button.');
});

test('the header says Unsaved while typing is pending, in both languages', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Brief');
  await expect(indicator(page)).toHaveText('All changes saved');
  await typeInChallenges(page, ' Pending');
  await expect(indicator(page)).toHaveText('Unsaved');
  await expect(indicator(page)).toHaveAttribute('data-state', 'unsaved');
  await expect(indicator(page)).toHaveText('All changes saved');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await typeInChallenges(page, '待定');
  await expect(indicator(page)).toHaveText('未保存');
  await expect(indicator(page)).toHaveText('所有修改已保存');
  expect(plan.errors).toEqual([]);
});

test('undo after a typing pause takes back that pause only', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Brief');
  await typeInChallenges(page, ' First pause.');
  await saved(page);
  await page.keyboard.type(' Second pause.');
  await saved(page);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(challenges(page)).not.toContainText('Second pause.');
  await expect(challenges(page)).toContainText('First pause.');
  expect(await body(plan, 'challenges')).toContain('First pause.');
  expect(await body(plan, 'challenges')).not.toContain('Second pause.');
  expect(plan.errors).toEqual([]);
});

test('Undo right after typing, before the pause, takes back what was typed', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Brief');
  const undo = page.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeDisabled();
  await typeInChallenges(page, ' Taken back at once.');
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(page.getByRole('status').filter({ hasText: 'Undid: ' })).toHaveCount(1);
  await expect(challenges(page)).not.toContainText('Taken back at once.');
  expect(await body(plan, 'challenges')).not.toContain('Taken back at once.');
  expect(plan.errors).toEqual([]);
});

test('a text field in a side panel is saved while typing', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Risks');
  await page.locator('button[aria-label^="Open "]').first().click();
  const panel = page.getByRole('complementary', { name: /^Risk / });
  const cause = panel.getByRole('textbox', { name: 'Cause' });
  await cause.click();
  await cause.press('End');
  await page.keyboard.type(' Typed in the panel.');
  await saved(page);
  await expect(cause).toBeFocused();
  const snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.risk.some((r) => r.cause.endsWith(' Typed in the panel.'))).toBe(true);
  expect(plan.errors).toEqual([]);
});

test('twenty arrow presses on a slider are one undo step', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Budget');
  const ads = page.getByRole('slider', { name: 'Share of Advertising', exact: true });
  await expect(ads).toHaveValue('40');
  await ads.focus();
  // sent together, as a quick run of presses: a slow machine must not put a pause between two of them
  await Promise.all(Array.from({ length: 20 }, () => page.keyboard.press('ArrowRight')));
  await expect(ads).toHaveValue('60');
  // the moved slider is held as unsaved until the presses pause, then written once
  await expect(indicator(page)).toHaveText('All changes saved');
  await expect.poll(async () => (await plan.call<Snapshot>('snapshot')).rows.budget_category.find((c) => c.key === 'ads')!.share).toBe(60);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(ads).toHaveValue('40');
  expect(plan.errors).toEqual([]);
});

for (const kind of [
  { add: 'Add person', panel: 'Person: New person', entity: 'person' },
  { add: 'Add tool', panel: 'Tool: New tool', entity: 'tool' },
  { add: 'Add meeting', panel: 'Meeting: New meeting', entity: 'meeting' },
] as const) {
  test(`${kind.add}, then close untouched: no row and no undo step is left`, async ({ page, plan }) => {
    await plan.open();
    await goTo(page, 'Team');
    const before = (await plan.call<Snapshot>('snapshot')).rows[kind.entity].length;
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeDisabled();
    await page.getByRole('button', { name: kind.add }).click();
    const panel = page.getByRole('complementary', { name: kind.panel });
    await expect(panel).toBeVisible();
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toHaveCount(0);
    await expect(page.getByRole('main').getByText(kind.panel.split(': ')[1]!, { exact: true })).toHaveCount(0);
    await expect(undo).toBeDisabled();
    expect((await plan.call<Snapshot>('snapshot')).rows[kind.entity]).toHaveLength(before);
    expect(plan.errors).toEqual([]);
  });
}

test('a new person named and closed at once is kept, in one undo step', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Team');
  await page.getByRole('button', { name: 'Add person' }).click();
  const panel = page.getByRole('complementary', { name: 'Person: New person' });
  const name = panel.getByRole('textbox', { name: 'Name' });
  await name.fill('Ma Lin');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit Ma Lin' }).first()).toBeVisible();
  await expect(indicator(page)).toHaveText('All changes saved');
  expect((await plan.call<Snapshot>('snapshot')).rows.person.filter((p) => p.name === 'Ma Lin')).toHaveLength(1);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Edit Ma Lin' })).toHaveCount(0);
  expect((await plan.call<Snapshot>('snapshot')).rows.person.filter((p) => p.name === 'Ma Lin')).toHaveLength(0);
  expect(plan.errors).toEqual([]);
});
