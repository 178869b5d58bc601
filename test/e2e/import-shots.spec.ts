/**
 * PNGs of File → Import… for people to look at (the preview of a GanttProject and an MS Project file,
 * a refusal, the CSV task dialog on a GBK file), in both languages and both themes:
 * `IMPORT_SHOTS=1 npx playwright test import-shots` writes them to $IMPORT_SHOTS_DIR (default /tmp/shots-import).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { chooseLook, expect, test } from './fixtures.ts';

const OUT = process.env.IMPORT_SHOTS_DIR ?? '/tmp/shots-import';
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/exchange');

test.skip(!process.env.IMPORT_SHOTS && !process.env.SCREENSHOTS, 'set IMPORT_SHOTS=1 to write the import screenshots');

const LABELS = {
  en: { file: 'File', import: 'Import…', title: 'Import', gan: 'GanttProject (.gan)', mspdi: 'MS Project XML (.xml)', csv: 'Task list (CSV from Excel or WPS)', next: 'Continue', csvTitle: 'Import tasks from CSV', fileLabel: 'File', csvFile: 'CSV file' },
  'zh-CN': { file: '文件', import: '导入…', title: '导入', gan: 'GanttProject（.gan）', mspdi: 'MS Project XML（.xml）', csv: '任务列表（Excel 或 WPS 导出的 CSV）', next: '继续', csvTitle: '从 CSV 导入任务', fileLabel: '文件', csvFile: 'CSV 文件' },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${lang} ${theme}`, () => {
    test.use({ planLang: lang });
    test(`import screens ${lang} ${theme}`, async ({ page, plan }) => {
      const L = LABELS[lang];
      mkdirSync(OUT, { recursive: true });
      const shot = (name: string) => page.screenshot({ path: path.join(OUT, `${name}-${lang}-${theme}.png`) });
      await chooseLook(page, lang, theme);
      await plan.open();
      const open = async (p: Page) => {
        await p.getByRole('button', { name: L.file, exact: true }).click();
        await p.getByRole('menuitem', { name: L.import }).click();
        return p.getByRole('dialog', { name: L.title });
      };
      let dialog = await open(page);
      await dialog.getByRole('radio', { name: L.gan }).check();
      await shot('import-choose');
      await dialog.getByLabel(L.fileLabel, { exact: true }).setInputFiles(path.join(FIXTURES, 'new-product-launch.gan'));
      await expect(dialog.locator('.import-count').first()).toBeVisible();
      await shot('import-preview-gan');
      await page.keyboard.press('Escape');

      dialog = await open(page);
      await dialog.getByLabel(L.fileLabel, { exact: true }).setInputFiles(path.join(FIXTURES, 'spring-launch.xml'));
      await expect(dialog.locator('.import-count').first()).toBeVisible();
      await shot('import-preview-mspdi');
      await dialog.getByLabel(L.fileLabel, { exact: true }).setInputFiles({ name: 'x.xml', mimeType: 'text/xml', buffer: Buffer.from('<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://x/x.dtd"><x/>') });
      await expect(dialog.getByRole('alert')).toBeVisible();
      await shot('import-refused');
      await dialog.getByRole('radio', { name: L.csv }).check();
      await dialog.getByRole('button', { name: L.next }).click();
      const csv = page.getByRole('dialog', { name: L.csvTitle });
      await csv.getByLabel(L.csvFile).setInputFiles(path.join(FIXTURES, 'tasks-gbk.csv'));
      await expect(csv.locator('.csv-summary')).toBeVisible();
      await shot('import-csv-gbk');
    });
    });
  }
}
