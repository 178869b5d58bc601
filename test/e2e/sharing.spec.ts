/**
 * Sharing as a user meets it, in Chromium through the web host with real plan files: export a copy,
 * merge a colleague's edited copy from the File menu (review, conflict, keep mine, undo), refusals,
 * history with revert, the author's name, and a plan locked by someone else.
 */
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { PlanInfo, Snapshot } from '../../shared/api.ts';
import { editAsColleague, everyKindOfConflict, TASK, TASK_NAME } from './colleague.ts';
import { createPlan, expect, fileMenu, goTo, readPlan, test } from './fixtures.ts';

async function renamePlan(page: Page, name: string) {
  await page.getByRole('button', { name: /^Rename plan:/ }).click();
  const input = page.getByRole('textbox', { name: 'Plan name' });
  await input.fill(name);
  await input.press('Enter');
  await expect(page.getByRole('button', { name: /^Rename plan:/ })).toHaveText(name);
  await expect(page.locator('.save-indicator')).toHaveAttribute('data-state', 'saved');
}

const taskName = (snap: Snapshot, id = TASK) => snap.rows.task.find((t) => t.id === id)?.name;

test('the File menu is a real menu: arrow keys, Home/End, Escape back to the button', async ({ page, plan }) => {
  await plan.open();
  const button = page.getByRole('button', { name: 'File', exact: true });
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.focus();
  await page.keyboard.press('ArrowDown');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const items = page.getByRole('menu', { name: 'File menu' }).getByRole('menuitem');
  await expect(items).toHaveText(['Export a copy for email…', 'Merge a colleague’s copy…', 'Save As…', 'Import…', 'Export…', 'History']);
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();
  // Enter on an item runs it
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'History' })).toBeVisible();
  expect(plan.errors).toEqual([]);
});

test('export a copy for email: the written path and its size, in both languages', async ({ page, plan }, testInfo) => {
  await plan.open();
  await fileMenu(page, 'Export a copy for email…');
  const dialog = page.getByRole('dialog', { name: 'Export a copy for email' });
  await expect(dialog).toContainText('runs on this computer');
  const field = dialog.getByRole('textbox', { name: 'Path of the file on this computer' });
  await expect(field).toHaveValue(path.join(path.dirname(plan.file), 'sample (copy).cplan'));
  const target = testInfo.outputPath('mail', 'for-email');
  await import('node:fs').then((fs) => fs.mkdirSync(path.dirname(target), { recursive: true }));
  await field.fill(target);
  await dialog.getByRole('button', { name: 'Export' }).click();

  const done = page.getByRole('dialog', { name: 'Copy exported' });
  await expect(done.getByTestId('export-path')).toHaveText(`${target}.cplan`);
  const bytes = statSync(`${target}.cplan`).size;
  expect(bytes).toBeGreaterThan(10_000);
  const mb = bytes / (1024 * 1024);
  const expected = mb >= 1 ? `${mb.toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
  await expect(done.getByTestId('export-size')).toHaveText(expected);
  await done.getByRole('button', { name: 'Close' }).click();
  await expect(done).toBeHidden();
  // the copy opens anywhere and holds the plan
  const copy = await readPlan(`${target}.cplan`);
  expect(copy.info.name).toBe((await plan.call<PlanInfo>('planInfo')).name);

  // the same in Chinese; writing over an existing file asks first
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await fileMenu(page, '导出副本（用于邮件发送）…');
  const zh = page.getByRole('dialog', { name: '导出副本（用于邮件发送）' });
  await zh.getByRole('textbox', { name: '文件在本机上的路径' }).fill(`${target}.cplan`);
  await zh.getByRole('button', { name: '导出' }).click();
  await expect(zh).toContainText('已存在文件。要替换它吗？');
  await zh.getByRole('button', { name: '替换' }).click();
  const zhDone = page.getByRole('dialog', { name: '副本已导出' });
  await expect(zhDone.getByTestId('export-size')).toHaveText(expected);
  await expect(zhDone).toContainText('大小');
  await zhDone.getByRole('button', { name: '关闭' }).click();
  expect(plan.errors).toEqual([]);
});

test('merge a colleague’s copy from the File menu: review, keep mine, result in the file, undo', async ({ page, plan }, testInfo) => {
  await plan.open();
  const copy = testInfo.outputPath('plan', 'from-bo.cplan');
  await plan.call('exportCopy', { path: copy });

  // I rename the plan here; then Bo renames a task and the plan in his copy (his plan name is newer)
  await renamePlan(page, 'Mine: spring push');
  await editAsColleague(copy, 'Bo', [
    { entity: 'task', id: TASK, field: 'name', value: 'Research by Bo' },
    { entity: 'settings', id: 'plan', field: 'name', value: 'Theirs: spring push' },
  ]);
  const before = await plan.call<PlanInfo>('planInfo');

  await fileMenu(page, 'Merge a colleague’s copy…');
  const pick = page.getByRole('dialog', { name: 'Merge a colleague’s copy' });
  await pick.getByRole('textbox', { name: 'Path of the file on this computer' }).fill(copy);
  await pick.getByRole('button', { name: 'Review changes' }).click();

  const review = page.getByRole('dialog', { name: 'Merge “Theirs: spring push”' });
  await expect(review).toBeVisible();
  await expect(review.locator('[data-stat="conflicts"] dd')).toHaveText('1');
  await expect(review.locator('[data-stat="incoming"] dd')).toHaveText('2');
  await expect(review).toContainText('Bo: 2 changes');
  const conflict = review.getByRole('group', { name: 'Plan · name' });
  await expect(conflict).toContainText('“Mine: spring push”');
  await expect(conflict).toContainText('“Theirs: spring push”');
  await expect(conflict.locator('[data-side="mine"]')).toContainText('e2e');
  await expect(conflict.locator('[data-side="theirs"]')).toContainText('Bo');
  // the newer change (Bo's) is chosen until I decide
  await expect(conflict.getByRole('radio', { name: /Take theirs/ })).toBeChecked();
  await conflict.getByRole('radio', { name: /Keep mine/ }).check();
  await expect(conflict.getByRole('radio', { name: /Keep mine/ })).toBeChecked();
  // the task rename is listed under the Timeline
  const timeline = review.locator('details[data-view="timeline"]');
  await expect(timeline.locator('summary')).toContainText('Timeline');
  await expect(timeline).toContainText('Research by Bo');
  await expect(timeline).toContainText(`name: “${TASK_NAME}” → “Research by Bo”`);
  // nothing was written by the review
  expect((await plan.call<PlanInfo>('planInfo')).revision).toBe(before.revision);

  await review.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(review).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '1 change merged. Undo takes the plan back to before the merge.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Rename plan:/ })).toHaveText('Mine: spring push');
  await goTo(page, 'Timeline');
  await expect(page.getByRole('main').getByText('Research by Bo').first()).toBeVisible();

  let onDisk = await readPlan(plan.file);
  expect(taskName(onDisk)).toBe('Research by Bo');
  expect(onDisk.info.name).toBe('Mine: spring push');

  // merging the same copy again brings nothing new
  await fileMenu(page, 'Merge a colleague’s copy…');
  await pick.getByRole('textbox', { name: 'Path of the file on this computer' }).fill(copy);
  await pick.getByRole('button', { name: 'Review changes' }).click();
  await expect(review).toContainText('Nothing new');
  await review.getByRole('button', { name: 'Close' }).click();

  // the merge is one undo step
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undid: merge of' })).toBeVisible();
  await expect(page.getByRole('main').getByText(TASK_NAME).first()).toBeVisible();
  onDisk = await readPlan(plan.file);
  expect(taskName(onDisk)).toBe(TASK_NAME);
  expect(onDisk.info.name).toBe('Mine: spring push');
  expect(plan.errors).toEqual([]);
});

test('merge review: a row deleted here and edited there, a rich-text conflict, a risk code used twice; the toast counts what the review counts', async ({ page, plan }, testInfo) => {
  const copy = testInfo.outputPath('plan', 'from-bo-2.cplan');
  await everyKindOfConflict(plan, copy);
  await plan.open();

  await fileMenu(page, 'Merge a colleague’s copy…');
  const pick = page.getByRole('dialog', { name: 'Merge a colleague’s copy' });
  await pick.getByRole('textbox', { name: 'Path of the file on this computer' }).fill(copy);
  await pick.getByRole('button', { name: 'Review changes' }).click();
  const review = page.locator('dialog[open]').filter({ has: page.locator('.merge-review') });
  await expect(review.locator('.merge-review')).toBeVisible();

  // deleted here, edited there: kept deleted unless I restore it with Bo's edit
  const gone = review.getByRole('group', { name: `Task ‘${TASK_NAME}’ · deleted on one side, edited on the other` });
  await expect(gone.getByRole('radio', { name: /Keep deleted/ })).toBeChecked();
  await expect(gone.locator('[data-side="theirs"]')).toContainText('notes: “Bo kept researching”');
  await expect(gone.locator('[data-side="mine"]')).toContainText('Deleted by e2e');
  // counted as the toast will count: Bo's new risk, his newer background and weights (the deletion stays mine)
  await expect(review.locator('[data-stat="toMerge"] dd')).toHaveText('3');
  await gone.getByRole('radio', { name: /Restore with their edit/ }).check();
  await expect(review.locator('[data-stat="toMerge"] dd')).toHaveText('4');

  // the rich text reads whole, without markup, with the differing words marked
  const brief = review.getByRole('group', { name: /^Brief section ‘Background’ · / });
  await expect(brief.locator('[data-side="mine"]')).toContainText('Short video grows fastest and live commerce follows.');
  await expect(brief.locator('[data-side="mine"] del')).toHaveText(['live commerce']);
  await expect(brief.locator('[data-side="theirs"] ins')).toHaveText(['search']);
  await expect(brief).not.toContainText('<p>');

  // structured values read as labelled fields, not JSON
  const scoring = review.getByRole('group', { name: 'Plan · score weights' });
  await expect(scoring.locator('[data-side="mine"]')).toContainText('User scale 30%');
  await expect(scoring.locator('[data-side="theirs"]')).toContainText('User activity 25%');
  await expect(scoring).not.toContainText('{');
  await expect(scoring).not.toContainText('user_scale');

  // both copies coded a new risk R-90: warned, renumbering offered (on by default)
  await expect(review.locator('.merge-duplicates')).toContainText('After the merge, Risk code R-90 would be used by ‘Supplier delay’, ‘Influencer cancels’.');
  await expect(review.getByRole('checkbox', { name: /Renumber the incoming item/ })).toBeChecked();

  const count = (await review.locator('[data-stat="toMerge"] dd').textContent())!;
  await review.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(review).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `${count} changes merged.` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '1 code renumbered.' })).toBeVisible();

  let onDisk = await readPlan(plan.file);
  expect(onDisk.rows.task.find((t) => t.id === TASK)).toMatchObject({ notes: 'Bo kept researching' });
  const code = (s: Snapshot, id: string) => s.rows.risk.find((r) => r.id === id)?.code;
  expect([code(onDisk, 'risk-mine-90'), code(onDisk, 'risk-bo-90')]).toEqual(['R-90', 'R-91']);

  // the history names rows, never ids, and has no "X → X" line
  await fileMenu(page, 'History');
  const panel = page.getByRole('complementary', { name: 'History' });
  const lines = panel.locator('.history-lines li');
  await expect(lines.first()).toBeVisible();
  for (const line of await lines.allTextContents()) {
    expect(line).not.toMatch(/task-prep-01|risk-(mine|bo)-90|brief-background/);
    const m = /: (.*) → (.*)$/.exec(line);
    if (m) expect(m[1], line).not.toBe(m[2]);
  }
  await page.keyboard.press('Escape');

  // renumbering was its own step: one Undo takes it back, the next takes back the merge
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undid: ' })).toBeVisible();
  onDisk = await readPlan(plan.file);
  expect(code(onDisk, 'risk-bo-90')).toBe('R-90');
  expect(onDisk.rows.task.find((t) => t.id === TASK)).toBeTruthy();
  expect(plan.errors).toEqual([]);
});

test('files that cannot be merged are refused with their message and change nothing', async ({ page, plan }, testInfo) => {
  await plan.open();
  const before = await plan.call<PlanInfo>('planInfo');
  const notes = testInfo.outputPath('plan', 'notes.cplan');
  writeFileSync(notes, 'just some notes, not a plan\n'.repeat(50));
  const stranger = testInfo.outputPath('plan', 'other-plan.cplan');
  await createPlan(stranger);

  await fileMenu(page, 'Merge a colleague’s copy…');
  const dialog = page.getByRole('dialog', { name: 'Merge a colleague’s copy' });
  const field = dialog.getByRole('textbox', { name: 'Path of the file on this computer' });
  await field.fill(notes);
  await dialog.getByRole('button', { name: 'Review changes' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('This file cannot be merged.');
  await expect(alert).toContainText('This is not a plan file: it is not an SQLite database.');
  await expect(alert).toHaveAttribute('data-code', 'NOT_SQLITE');

  await field.fill(stranger);
  await dialog.getByRole('button', { name: 'Review changes' }).click();
  await expect(alert).toContainText('These two files are not copies of the same plan; they cannot be merged.');

  await field.fill(testInfo.outputPath('plan', 'missing.cplan'));
  await dialog.getByRole('button', { name: 'Review changes' }).click();
  await expect(alert).toHaveAttribute('data-code', 'FILE_NOT_FOUND');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // in Chinese too
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await fileMenu(page, '合并同事的副本…');
  const zh = page.getByRole('dialog', { name: '合并同事的副本' });
  await zh.getByRole('textbox', { name: '文件在本机上的路径' }).fill(stranger);
  await zh.getByRole('button', { name: '查看修改' }).click();
  await expect(zh.getByRole('alert')).toContainText('这两个文件不是同一计划的副本，无法合并。');

  const after = await plan.call<PlanInfo>('planInfo');
  expect(after.revision).toBe(before.revision);
  expect(after.canUndo).toBe(false);
  expect(plan.errors).toEqual([]);
});

test('history lists changes by author and time, filters by view, and Revert restores', async ({ page, plan }) => {
  // a colleague's task rename made earlier in this file (as after a merge, it shows under Timeline)
  await plan.call('applyChanges', [{ entity: 'task', id: TASK, field: 'name', value: 'Desk research' }], { label: '' });
  await plan.open();
  const original = (await page.getByRole('button', { name: /^Rename plan:/ }).textContent()) ?? '';
  await renamePlan(page, 'Autumn launch');

  await fileMenu(page, 'History');
  const panel = page.getByRole('complementary', { name: 'History' });
  const entries = panel.getByRole('list', { name: 'History' }).locator('> li');
  const rename = entries.filter({ hasText: 'Rename plan' });
  await expect(rename).toContainText(`e2e changed the plan’s name: “${original}” → “Autumn launch”`);
  await expect(rename.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  await expect(entries.filter({ hasText: 'Desk research' })).toContainText(`e2e changed Task ‘Desk research’ name: “${TASK_NAME}” → “Desk research”`);

  // filter by view
  const filter = panel.getByRole('combobox', { name: 'Show changes in' });
  await filter.selectOption({ label: 'Timeline' });
  await expect(entries.filter({ hasText: 'Desk research' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'Rename plan' })).toHaveCount(0);
  await filter.selectOption({ label: 'Overview' });
  await expect(entries.filter({ hasText: 'Rename plan' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'Desk research' })).toHaveCount(0);
  await filter.selectOption({ label: 'All views' });

  // revert the rename: a new change, so it can itself be undone
  await rename.getByRole('button', { name: /^Revert “Rename plan” by e2e/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Change reverted.' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Rename plan:/ })).toHaveText(original);
  await expect(entries.first()).toContainText('Reverted a change');
  expect((await plan.call<PlanInfo>('planInfo')).name).toBe(original);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: /^Rename plan:/ })).toHaveText('Autumn launch');

  // Escape closes the panel
  await panel.getByRole('combobox').focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(plan.errors).toEqual([]);
});

test('the author’s name is asked once, remembered, shown in the header and changeable', async ({ page, plan }) => {
  // a person at the keyboard, not automation: the first start asks for a name
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false }));
  await page.goto(`${plan.host.url}#token=${plan.host.token}`);
  const ask = page.getByRole('dialog', { name: 'Who is editing?' });
  await expect(ask).toBeVisible();
  const field = ask.getByRole('textbox', { name: 'Your name' });
  await expect(field).toBeFocused();
  await field.fill('');
  await ask.getByRole('button', { name: 'Continue' }).click();
  await expect(ask.getByRole('alert')).toHaveText('Type your name.');
  await field.fill('Ana Lima');
  await ask.getByRole('button', { name: 'Continue' }).click();
  await expect(ask).toBeHidden();
  const me = page.getByRole('button', { name: /^Your name: Ana Lima/ });
  await expect(me).toBeVisible();
  expect((await plan.call<PlanInfo>('planInfo')).author).toBe('Ana Lima');

  await renamePlan(page, 'Named by Ana');
  const history = await plan.call<{ author: string; label: string }[]>('history', { limit: 1 });
  expect(history[0]?.author).toBe('Ana Lima');

  // remembered: the next start does not ask, and tells the backend again
  await plan.call('setAuthor', { name: 'someone else' });
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(me).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect.poll(async () => (await plan.call<PlanInfo>('planInfo')).author).toBe('Ana Lima');

  // changeable from the header
  await me.click();
  const change = page.getByRole('dialog', { name: 'Your name' });
  await change.getByRole('textbox', { name: 'Your name' }).fill('Ana L.');
  await change.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: /^Your name: Ana L\./ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Your changes are now recorded as Ana L.' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('campaign-planner.author'))).toBe('Ana L.');
  expect(plan.errors).toEqual([]);
});

test.describe('a plan someone else has open', () => {
  test.use({ openedBy: 'Li Wei' });

  test('says who and since when, and offers Merge later and Open a copy (an editable copy)', async ({ page, plan }) => {
    await plan.open();
    const banner = page.locator('.read-only-banner');
    // the name they set in the app, then their OS user and computer
    await expect(banner).toContainText(/Li Wei \(.+ on .+\) has this plan open since/);
    await expect(banner.getByRole('button', { name: 'Open a copy' })).toBeVisible();
    await expect(banner).toContainText('when Li Wei has closed the plan');
    await expect(page.getByRole('button', { name: /^Rename plan:/ })).toBeDisabled();

    // Merge later: stay read-only, told how to bring a copy's edits back
    await banner.getByRole('button', { name: 'Merge later' }).click();
    await expect(banner).toContainText('File → Merge a colleague’s copy…');
    await expect(banner.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Rename plan:/ })).toBeDisabled();

    // after a reload the offer is back; open a copy
    await page.reload();
    await banner.getByRole('button', { name: 'Open a copy' }).click();
    await expect(banner).toBeHidden();
    await expect(page.locator('.plan-file')).toContainText('sample (copy).cplan');
    await expect(page.getByRole('status').filter({ hasText: 'You are editing a copy: sample (copy).cplan' })).toContainText('Li Wei');
    await renamePlan(page, 'Edited in my copy');
    const copy = path.join(path.dirname(plan.file), 'sample (copy).cplan');
    const info = await plan.call<PlanInfo>('planInfo');
    expect(info.path).toBe(copy);
    expect(info.readOnly).toBeNull();
    // the original is untouched
    expect((await readPlan(plan.file)).info.name).not.toBe('Edited in my copy');
    expect(plan.errors).toEqual([]);
  });
});

test('in the desktop app the native menu supplies the path: export, merge review, refusal, undo and views', async ({ page, plan }, testInfo) => {
  // stand in for Electron's preload: window.planner calls the same API, and onMenu hands the test the listener
  await page.addInitScript(
    ([token]) => {
      type Listener = (command: string, payload?: { path: string }) => void;
      const w = window as unknown as { planner: unknown; menu?: Listener };
      w.planner = new Proxy(
        {},
        {
          get: (_target, method) => {
            if (method === 'onMenu') {
              return (listener: Listener) => {
                w.menu = listener;
                return () => undefined;
              };
            }
            // the preload's hook for saving before the window closes: the page only subscribes here
            if (method === 'onBeforeClose') return () => () => undefined;
            if (typeof method !== 'string' || method === 'then') return undefined;
            return (...args: unknown[]) =>
              fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(args) }).then((r) => r.json());
          },
        },
      );
    },
    [plan.host.token],
  );
  const menu = (command: string, payload?: { path: string }) =>
    page.evaluate(([c, p]) => (window as unknown as { menu: (c: string, p?: { path: string }) => void }).menu(c as string, p as { path: string } | undefined), [command, payload] as const);
  await page.goto(plan.host.url);
  await expect(page.getByRole('navigation')).toBeVisible();
  // the native File menu has the file commands: the header offers History only
  await expect(page.getByRole('button', { name: 'File', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'History', exact: true })).toBeVisible();

  const target = testInfo.outputPath('plan', 'mailed.cplan');
  await menu('exportCopy', { path: target });
  const done = page.getByRole('dialog', { name: 'Copy exported' });
  await expect(done.getByTestId('export-path')).toHaveText(target);
  await expect(done.getByTestId('export-size')).toHaveText(/^\d+(\.\d)? (KB|MB)$/);
  await done.getByRole('button', { name: 'Close' }).click();

  await editAsColleague(target, 'Bo', [{ entity: 'task', id: TASK, field: 'name', value: 'Research by Bo' }]);
  await menu('merge', { path: target });
  const review = page.getByRole('dialog', { name: /^Merge “/ });
  await expect(review.locator('details[data-view="timeline"]')).toContainText('Research by Bo');
  await review.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 change merged.' })).toBeVisible();
  expect(taskName(await plan.call<Snapshot>('snapshot'))).toBe('Research by Bo');

  await menu('undo');
  await expect.poll(async () => taskName(await plan.call<Snapshot>('snapshot'))).toBe(TASK_NAME);
  await menu('redo');
  await expect.poll(async () => taskName(await plan.call<Snapshot>('snapshot'))).toBe('Research by Bo');

  const notes = testInfo.outputPath('plan', 'notes.cplan');
  writeFileSync(notes, 'not a plan\n'.repeat(100));
  await menu('merge', { path: notes });
  const refused = page.getByRole('dialog', { name: 'Merge a colleague’s copy' });
  await expect(refused.getByRole('alert')).toContainText('This is not a plan file');
  await refused.getByRole('button', { name: 'Close' }).click();

  await menu('view:budget');
  await expect(page.locator('main')).toHaveAttribute('data-view', 'budget');
  expect(plan.errors).toEqual([]);
});
