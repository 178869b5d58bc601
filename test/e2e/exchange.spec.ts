/**
 * File → Export… as a user meets it in the browser preview: pick a format and language, type where to
 * write, see the busy state and the written file; a refusal shows a clear message; the plan is never written.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

async function openExport(page: Page) {
  await page.getByRole('button', { name: /^(File|文件)$/ }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: /^(Export…|导出…)$/ }).click();
  return page.getByRole('dialog', { name: /^(Export|导出)$/ });
}

test('exports the Word report in Chinese beside the plan and shows where it went', async ({ page, plan }) => {
  await plan.open();
  const before = readFileSync(plan.file);
  const dialog = await openExport(page);
  const field = dialog.getByRole('textbox', { name: 'Save to (path on this computer)' });
  await expect(field).toHaveValue(path.join(path.dirname(plan.file), 'sample.docx'));
  await dialog.getByRole('radio', { name: /Tasks — CSV/ }).check();
  await expect(field).toHaveValue(path.join(path.dirname(plan.file), 'sample - tasks.csv'));
  await dialog.getByRole('radio', { name: /Plan report — Word/ }).check();
  await expect(field).toHaveValue(path.join(path.dirname(plan.file), 'sample.docx'));
  await dialog.getByRole('combobox', { name: 'Language of the export' }).selectOption('zh-CN');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const done = page.getByRole('dialog', { name: 'Export ready' });
  await expect(done.getByTestId('export-path')).toHaveText(path.join(path.dirname(plan.file), 'sample.docx'));
  const written = path.join(path.dirname(plan.file), 'sample.docx');
  expect(statSync(written).size).toBeGreaterThan(5000);
  expect(readFileSync(written).subarray(0, 2).toString()).toBe('PK');
  expect(readFileSync(plan.file).equals(before)).toBe(true);
  await done.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(plan.errors).toEqual([]);
});

test('asks before replacing a file, shows a clear error for a folder that does not exist', async ({ page, plan }, testInfo) => {
  await plan.open();
  const dir = testInfo.outputPath('out');
  mkdirSync(dir, { recursive: true });
  let dialog = await openExport(page);
  const field = dialog.getByRole('textbox', { name: 'Save to (path on this computer)' });
  await dialog.getByRole('radio', { name: /Calendar — iCalendar/ }).check();
  await field.fill(path.join(dir, 'no-such-folder', 'plan.ics'));
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByRole('alert')).toContainText('could not be read or written');
  await expect(field).toBeEnabled();

  const target = path.join(dir, 'plan.ics');
  await field.fill(target);
  await dialog.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('dialog', { name: 'Export ready' }).getByRole('button', { name: 'Close' }).click();
  expect(readFileSync(target, 'utf8')).toContain('BEGIN:VCALENDAR');

  dialog = await openExport(page);
  await dialog.getByRole('radio', { name: /Calendar — iCalendar/ }).check();
  await dialog.getByRole('textbox', { name: 'Save to (path on this computer)' }).fill(target);
  await dialog.getByRole('button', { name: 'Export' }).click();
  const ask = page.getByRole('dialog', { name: 'Export' });
  await expect(ask).toContainText(`A file already exists at ${target}. Replace it?`);
  await ask.getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByRole('dialog', { name: 'Export ready' })).toBeVisible();
  expect(existsSync(`${target}.${'exporting'}`)).toBe(false);
  expect(plan.errors).toEqual([]);
});
