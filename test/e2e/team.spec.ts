import type { Snapshot } from '../../shared/api.ts';
import { expect, goTo, test } from './fixtures.ts';

test('a second Accountable on a phase is flagged, and clearing it removes the flag', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Team');
  const matrix = page.getByRole('table', { name: 'Responsibility matrix (RACI)' });
  const checks = page.getByRole('list', { name: 'Checks' });
  await expect(checks).toContainText('Every phase and task has one Accountable.');
  const prep = matrix.getByRole('row', { name: /^Preparation/ });
  await expect(prep).toContainText('One Accountable');

  // Wang Hao is Responsible for Preparation; making him Accountable too gives the phase two
  const cell = page.getByRole('combobox', { name: 'Role of Wang Hao on Preparation' });
  await expect(cell).toHaveValue('R');
  await cell.selectOption('A');
  await expect(prep).toContainText('2 Accountables');
  await expect(checks).toContainText('1 phase or task does not have exactly one Accountable.');
  let snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.raci.find((r) => r.id === 'raci-phase-prep-wang')!.role).toBe('A');

  // a person given the Accountable role on a task that already has one
  const task = matrix.getByRole('row', { name: /Budget allocation/ });
  await page.getByRole('combobox', { name: 'Role of Wang Hao on Budget allocation' }).selectOption('A');
  await expect(task).toContainText('2 Accountables');
  await expect(checks).toContainText('2 phases or tasks do not have exactly one Accountable.');

  // an empty cell becomes a new assignment; the dash deletes it
  await page.getByRole('combobox', { name: 'Role of Liu Yang on Preparation' }).selectOption('C');
  snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.raci.filter((r) => r.person_id === 'person-liu' && r.phase_id === 'phase-prep')).toHaveLength(1);
  await page.getByRole('combobox', { name: 'Role of Liu Yang on Preparation' }).selectOption('');
  snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.raci.filter((r) => r.person_id === 'person-liu' && r.phase_id === 'phase-prep')).toHaveLength(0);

  // back to one Accountable each
  await cell.selectOption('R');
  await page.getByRole('combobox', { name: 'Role of Wang Hao on Budget allocation' }).selectOption('C');
  await expect(checks).toContainText('Every phase and task has one Accountable.');

  // and with none at all
  await page.getByRole('combobox', { name: 'Role of Lin Xiaoyu on Preparation' }).selectOption('');
  await expect(prep).toContainText('No Accountable');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(prep).toContainText('One Accountable');
  expect(plan.errors).toEqual([]);
});

test('a task added to the matrix gets its owner as Accountable', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Team');
  const matrix = page.getByRole('table', { name: 'Responsibility matrix (RACI)' });
  await page.getByRole('combobox', { name: 'Add a task to the matrix' }).selectOption({ label: 'Market and competitor research' });
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const row = matrix.getByRole('row', { name: /Market and competitor research/ });
  await expect(row).toContainText('One Accountable');
  await expect(page.getByRole('combobox', { name: 'Role of Wang Hao on Market and competitor research' })).toHaveValue('A');
  await page.getByRole('button', { name: 'Remove Market and competitor research from the matrix' }).click();
  await expect(row).toHaveCount(0);
  expect(plan.errors).toEqual([]);
});

test('handing a person more work than their hours flags them over capacity', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Team');
  const load = page.getByRole('table', { name: 'Weekly load' });
  const liu = load.getByRole('row', { name: /Liu Yang/ });
  await expect(liu).toContainText('Within capacity');
  await expect(page.getByRole('list', { name: 'Checks' })).toContainText('4 people are over capacity in at least one week.');

  // Launch content production: 120 h over 17 days (49 h in its one full week, W10)
  await page.getByRole('table', { name: 'People' }).getByRole('button', { name: 'Edit Liu Yang' }).click();
  const panel = page.getByRole('complementary', { name: 'Person: Liu Yang' });
  await panel.getByRole('combobox', { name: 'Hand them a task' }).selectOption({ label: 'Launch content production (now Zhou Mingxuan)' });
  await panel.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: 'Launch content production' })).toBeVisible();

  await expect(liu).toContainText('Over capacity in 1 week');
  await expect(liu).toContainText('49 h (W10)');
  await expect(page.getByRole('table', { name: 'People' }).getByRole('rowheader', { name: /Liu Yang/ })).toContainText('Over capacity');
  const snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.task.find((t) => t.id === 'task-exec-01')!.owner_id).toBe('person-liu');

  // fewer hours a week flag someone too; undo puts the hours back in one step
  await panel.getByRole('button', { name: 'Close' }).click();
  const chen = load.getByRole('row', { name: /Chen Lei/ });
  await expect(chen).toContainText('Within capacity');
  await page.getByRole('table', { name: 'People' }).getByRole('button', { name: 'Edit Chen Lei' }).click();
  const chenPanel = page.getByRole('complementary', { name: 'Person: Chen Lei' });
  await chenPanel.getByRole('textbox', { name: 'Hours a week' }).fill('10');
  await chenPanel.getByRole('textbox', { name: 'Hours a week' }).press('Enter');
  await expect(chen).toContainText('Over capacity in');
  await chenPanel.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(chen).toContainText('Within capacity');
  expect(plan.errors).toEqual([]);
});

test('the technology line is used as far as the ledger says, in Team as in Budget and the Overview; tools are a cost against it', async ({ page, plan }) => {
  await plan.open();
  await expect(page.getByTestId('ov-category').filter({ hasText: 'Technology' })).toContainText('49.6%');
  await goTo(page, 'Team');
  await expect(page.getByText('Technology budget: CN¥372,000 of CN¥750,000 spent (49.6% used). Tools cost CN¥372,000 for the campaign.')).toBeVisible();
  await page.getByRole('button', { name: 'Add tool' }).click();
  const panel = page.getByRole('complementary', { name: 'Tool: New tool' });
  await panel.getByRole('textbox', { name: 'Cost' }).fill('400000');
  await panel.getByRole('textbox', { name: 'Cost' }).press('Enter');
  // a tool chosen but not paid yet: the line is no more used than before, the tools cost more than it
  await expect(page.getByText('Technology budget: CN¥372,000 of CN¥750,000 spent (49.6% used). Tools cost CN¥772,000 for the campaign.')).toBeVisible();
  await expect(page.getByText('Tools cost CN¥22,000 more than the technology budget')).toBeVisible();
  await panel.getByRole('combobox', { name: 'Purpose' }).selectOption('analytics');
  await panel.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Wang Hao' });
  const snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.tool.find((t) => t.name === 'New tool')).toMatchObject({ cost: 40_000_000, purpose: 'analytics', owner_id: 'person-wang' });
  await goTo(page, 'Budget');
  const pva = page.getByRole('region', { name: 'By category', exact: true });
  await expect(pva.getByRole('row', { name: /^Technology/ }).first()).toContainText('49.6%');
  expect(plan.errors).toEqual([]);
});

test('add a person to a team and delete them with their assignments in one step', async ({ page, plan }) => {
  await plan.open();
  await goTo(page, 'Team');
  await page.getByRole('button', { name: 'Add person' }).click();
  const panel = page.getByRole('complementary', { name: 'Person: New person' });
  await panel.getByRole('textbox', { name: 'Name' }).fill('Ma Lin');
  await panel.getByRole('textbox', { name: 'Name' }).press('Enter');
  const edited = page.getByRole('complementary', { name: 'Person: Ma Lin' });
  await edited.getByRole('combobox', { name: 'Team' }).selectOption({ label: 'Data analysis' });
  await edited.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('table', { name: 'Teams' }).getByRole('row', { name: /Edit Data analysis/ })).toContainText('Wang Hao, Ma Lin');
  await page.getByRole('combobox', { name: 'Role of Ma Lin on Evaluation' }).selectOption('R');

  await page.getByRole('table', { name: 'People' }).getByRole('button', { name: 'Edit Ma Lin' }).click();
  await edited.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete “Ma Lin”?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('table', { name: 'People' }).getByRole('rowheader', { name: 'Ma Lin' })).toHaveCount(0);
  const snap = await plan.call<Snapshot>('snapshot');
  expect(snap.rows.person.some((p) => p.name === 'Ma Lin')).toBe(false);
  expect(snap.rows.raci.some((r) => !snap.rows.person.some((p) => p.id === r.person_id))).toBe(false);
  expect(plan.errors).toEqual([]);
});
