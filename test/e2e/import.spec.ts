/**
 * File → Import… as a user meets it in the browser preview: a GanttProject file is previewed with its
 * counts and what is left out, imported, shown on the Timeline, and undone in one step.
 */
import path from 'node:path';
import { expect, goTo, readPlan, test } from './fixtures.ts';

const GAN = path.resolve(import.meta.dirname, '../fixtures/exchange/new-product-launch.gan');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const NAMES = ['KOL 招募', '内容拍摄', '海报设计'];

test('import a GanttProject file: preview counts, Import, the Timeline shows the tasks, one Undo removes them all', async ({ page, plan }) => {
  await plan.open();
  const before = await readPlan(plan.file);
  await goTo(page, 'Timeline');
  const tree = page.getByRole('tree', { name: 'Tasks and milestones' });
  await expect(tree.getByRole('treeitem').first()).toBeVisible();
  const phaseRow = (name: string) => tree.getByRole('treeitem', { name: new RegExp(`^${name} \\(phase`) });

  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByRole('radio', { name: 'GanttProject (.gan)' }).check();
  await dialog.getByLabel('File', { exact: true }).setInputFiles(GAN);

  const count = (label: string) => dialog.locator('.import-count').filter({ has: page.getByText(label, { exact: true }) }).locator('dd');
  await expect(count('Tasks')).toHaveText('6');
  await expect(count('of them milestones')).toHaveText('1');
  await expect(count('New phases')).toHaveText('2');
  await expect(count('Links')).toHaveText('4');
  await expect(count('New people')).toHaveText('2');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Summary tasks below the first level' })).toContainText('素材制作');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Resources without a name' })).toHaveCount(1);
  // nothing is written before Import
  expect((await readPlan(plan.file)).rows.task).toHaveLength(before.rows.task.length);

  await dialog.getByRole('button', { name: 'Import 6 tasks' }).click();
  await expect(dialog).toHaveCount(0);
  // folded, the tree shows every phase: the two imported ones with their tasks, and the task without a phase
  await page.getByRole('button', { name: 'Collapse all' }).click();
  await expect(phaseRow('预热期')).toHaveAccessibleName(/^预热期 \(phase, 3 tasks, Mar 2 – 13, 2026/);
  await expect(phaseRow('发布期')).toHaveAccessibleName(/^发布期 \(phase, 2 tasks, Mar 20 – Apr 9, 2026/);
  await expect(phaseRow('No phase')).toHaveAccessibleName(/^No phase \(phase, 1 task,/);
  await phaseRow('预热期').dblclick();
  for (const name of NAMES.slice(0, 3)) await expect(tree.getByRole('treeitem', { name: new RegExp(`^${name} \\(`) })).toBeVisible();
  await expect(page.locator('.tl-frappe .bar-wrapper[data-task]').filter({ hasText: 'KOL 招募' })).toHaveCount(1);
  await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
  const imported = await readPlan(plan.file);
  expect(imported.rows.task.length - before.rows.task.length).toBe(6);
  expect(imported.rows.task_link.length - before.rows.task_link.length).toBe(4);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(phaseRow('预热期')).toHaveCount(0);
  await expect(phaseRow('发布期')).toHaveCount(0);
  await expect(tree.getByRole('treeitem', { name: /^KOL 招募 \(/ })).toHaveCount(0);
  await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
  const undone = await readPlan(plan.file);
  for (const kind of ['task', 'task_link', 'phase', 'person', 'key_date'] as const) expect(undone.rows[kind], kind).toHaveLength(before.rows[kind].length);
  expect(plan.errors).toEqual([]);
});

test('a PNG given as a project file is refused with its message in the dialog, and nothing changes', async ({ page, plan }) => {
  await plan.open();
  const before = await readPlan(plan.file);
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('File', { exact: true }).setInputFiles({ name: 'plan.xml', mimeType: 'text/xml', buffer: PNG });
  await expect(dialog.getByRole('alert')).toHaveText('This is not a project file but a PNG image; nothing was imported.');
  await expect(dialog.getByRole('button', { name: /^Import \d+ tasks$/ })).toHaveCount(0);
  expect((await readPlan(plan.file)).rows).toEqual(before.rows);
});

test('tasks from a GBK CSV saved by Chinese Excel: detected, the encoding selectable, bad rows listed, one undo step', async ({ page, plan }) => {
  await plan.open();
  const before = await readPlan(plan.file);
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Import…' }).click();
  const chooser = page.getByRole('dialog', { name: 'Import' });
  await chooser.getByRole('radio', { name: 'Task list (CSV from Excel or WPS)' }).check();
  await chooser.getByRole('button', { name: 'Continue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import tasks from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles(path.resolve(import.meta.dirname, '../fixtures/exchange/tasks-gbk.csv'));
  await expect(dialog.getByText(/it was read as GB18030/)).toBeVisible();
  const encoding = dialog.getByLabel('Encoding');
  await expect(encoding).toHaveValue('auto');
  await expect(dialog.getByLabel('Task (required)')).toHaveValue('0');
  // read as UTF-8 the Chinese headers are garbage: no column is found for the task's name
  await encoding.selectOption('utf-8');
  await expect(dialog.getByLabel('Task (required)')).toHaveValue('-1');
  await encoding.selectOption('gb18030');
  await expect(dialog.getByLabel('Task (required)')).toHaveValue('0');
  await expect(dialog.locator('.csv-summary')).toHaveText('Ready to import: 3 · with errors: 2');
  await expect(dialog.locator('.csv-errors li')).toHaveCount(2);
  await expect(dialog.locator('.csv-errors li').nth(1)).toContainText('the end is before the start');
  await dialog.getByRole('button', { name: 'Import 3 rows' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
  const after = await readPlan(plan.file);
  const added = after.rows.task.filter((t) => !before.rows.task.some((b) => b.id === t.id));
  expect(added.map((t) => [t.name, t.start, t.end, t.milestone]).sort()).toEqual([
    ['新品发布会', '2026-03-20', '2026-03-20', true],
    ['直播带货', '2026-03-30', '2026-04-09', false],
    ['达人招募', '2026-03-02', '2026-03-06', false],
  ]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
  const undone = await readPlan(plan.file);
  for (const kind of ['task', 'phase', 'person'] as const) expect(undone.rows[kind], kind).toHaveLength(before.rows[kind].length);
  expect(plan.errors).toEqual([]);
});
