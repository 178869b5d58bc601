/**
 * Nothing a colleague has open is overwritten: Export a copy and Save As onto a plan that a second web host
 * (another instance of the app) holds open are refused, the dialog names who has it, and the file is
 * byte-identical afterwards while its holder carries on editing. File errors are told in plain words.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startWebHost } from '../../electron/hosts/web-server.ts';
import type { PlanInfo } from '../../shared/api.ts';
import { createPlan, expect, STATIC_DIR, test } from './fixtures.ts';

/** With SCREENSHOTS=1, a PNG of the refusal for people to look at (in $SHARING_SHOTS_DIR, default /tmp/shots-sharing). */
async function shot(page: Page, name: string) {
  if (!process.env.SCREENSHOTS) return;
  const dir = process.env.SHARING_SHOTS_DIR ?? '/tmp/shots-sharing';
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

async function fileMenu(page: Page, item: string) {
  await page.getByRole('button', { name: /^(File|文件)$/ }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: item }).click();
}

/** A colleague's plan, held open by a second web host (their running app) under the name Li Wei. */
async function colleagueHasOpen(dir: string) {
  const file = path.join(dir, 'colleague.cplan');
  await createPlan(file);
  const host = await startWebHost({ file, author: 'Li Wei', staticDir: STATIC_DIR });
  return { file, host };
}

async function renameThrough(page: Page, host: { url: string; token: string }, name: string) {
  const reply = await page.request.post(`${host.url}api/applyChanges`, {
    data: [[{ entity: 'settings', id: 'plan', field: 'name', value: name }]],
    headers: { Authorization: `Bearer ${host.token}` },
  });
  return (await reply.json()) as { ok: boolean };
}

test('export a copy onto a plan a colleague has open is refused, naming them; their file is untouched and they carry on', async ({ page, plan }, testInfo) => {
  const dir = testInfo.outputPath('shared');
  mkdirSync(dir, { recursive: true });
  const theirs = await colleagueHasOpen(dir);
  try {
    const before = readFileSync(theirs.file);
    await plan.open();
    await fileMenu(page, 'Export a copy for email…');
    const dialog = page.getByRole('dialog', { name: 'Export a copy for email' });
    await dialog.getByRole('textbox', { name: 'Path of the file on this computer' }).fill(theirs.file);
    await dialog.getByRole('button', { name: 'Export' }).click();
    await dialog.getByRole('button', { name: 'Replace' }).click();

    const alert = dialog.getByRole('alert');
    await expect(alert).toHaveAttribute('data-code', 'TARGET_OPEN');
    await expect(alert).toContainText(/^Li Wei \(.+ on .+\) has .*colleague\.cplan open since .+, so it was not replaced\./);
    await expect(alert).toContainText('Choose another name');
    await shot(page, 'target-open-en');
    // the path stays for the user to change, and nothing reports a success
    await expect(dialog.getByRole('textbox', { name: 'Path of the file on this computer' })).toHaveValue(theirs.file);
    await expect(page.getByRole('dialog', { name: 'Copy exported' })).toHaveCount(0);
    expect(readFileSync(theirs.file).equals(before)).toBe(true);

    // the colleague's app still writes to its file
    expect((await renameThrough(page, theirs.host, 'Li Wei’s edit')).ok).toBe(true);
    expect(plan.errors).toEqual([]);
  } finally {
    await theirs.host.close();
  }
});

test('Save As onto it is refused too, in Chinese, and this plan stays open for editing', async ({ page, plan }, testInfo) => {
  const dir = testInfo.outputPath('shared');
  mkdirSync(dir, { recursive: true });
  const theirs = await colleagueHasOpen(dir);
  try {
    const before = readFileSync(theirs.file);
    await plan.open();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await fileMenu(page, '另存为…');
    const dialog = page.getByRole('dialog', { name: '另存为' });
    await dialog.getByRole('textbox', { name: '文件在本机上的路径' }).fill(theirs.file);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByRole('button', { name: '替换' }).click();

    const alert = dialog.getByRole('alert');
    await expect(alert).toHaveAttribute('data-code', 'TARGET_OPEN');
    await expect(alert).toContainText(/^Li Wei（.+ 上的 .+）自 .+ 起正在使用 .*colleague\.cplan，因此没有替换它。/);
    await shot(page, 'target-open-zh-CN');
    expect(readFileSync(theirs.file).equals(before)).toBe(true);
    const info = await plan.call<PlanInfo>('planInfo');
    expect(info.path).toBe(plan.file);
    expect(info.readOnly).toBeNull();
    expect(plan.errors).toEqual([]);
  } finally {
    await theirs.host.close();
  }
});

test('a folder or a missing folder as the target is told in plain words, naming it', async ({ page, plan }, testInfo) => {
  const folder = testInfo.outputPath('a-folder.cplan');
  mkdirSync(folder, { recursive: true });
  await plan.open();
  await fileMenu(page, 'Export a copy for email…');
  const dialog = page.getByRole('dialog', { name: 'Export a copy for email' });
  const field = dialog.getByRole('textbox', { name: 'Path of the file on this computer' });
  await field.fill(path.join(testInfo.outputPath('nowhere'), 'copy.cplan'));
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByRole('alert')).toHaveAttribute('data-code', 'FOLDER_NOT_FOUND');
  await expect(dialog.getByRole('alert')).toContainText(`The folder ${testInfo.outputPath('nowhere')} does not exist`);

  await field.fill(folder);
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByRole('alert')).toHaveAttribute('data-code', 'IS_A_FOLDER');
  await expect(dialog.getByRole('alert')).toContainText(`${folder} is a folder, not a plan file.`);
  await expect(dialog.getByRole('alert')).not.toContainText(/EISDIR|ENOENT|SQLITE|unable to open/);
  expect(plan.errors).toEqual([]);
});
