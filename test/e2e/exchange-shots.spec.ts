/**
 * PNGs of File → Export… for people to look at, in both languages and both themes:
 * `SCREENSHOTS=1 npx playwright test exchange-shots` writes them to $EXCHANGE_SHOTS_DIR (default /tmp/shots-exchange).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const OUT = process.env.EXCHANGE_SHOTS_DIR ?? '/tmp/shots-exchange';

test.skip(!process.env.EXCHANGE_SHOTS && !process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to write the export screenshots');

const LABELS = {
  en: { file: 'File', item: 'Export…', dialog: 'Export', submit: 'Export', done: 'Export ready' },
  'zh-CN': { file: '文件', item: '导出…', dialog: '导出', submit: '导出', done: '导出完成' },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`export dialog ${lang} ${theme}`, async ({ page, plan }) => {
      const L = LABELS[lang];
      mkdirSync(OUT, { recursive: true });
      await page.addInitScript(([l, t]) => {
        localStorage.setItem('campaign-planner.language', l);
        localStorage.setItem('campaign-planner.theme', t);
      }, [lang, theme] as const);
      await plan.open();
      await page.getByRole('button', { name: L.file, exact: true }).click();
      await page.getByRole('menuitem', { name: L.item, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: L.dialog, exact: true });
      await expect(dialog).toBeVisible();
      await page.screenshot({ path: path.join(OUT, `export-${lang}-${theme}.png`) });
      await dialog.getByRole('button', { name: L.submit, exact: true }).click();
      await expect(page.getByRole('dialog', { name: L.done })).toBeVisible();
      await page.screenshot({ path: path.join(OUT, `export-done-${lang}-${theme}.png`) });
    });
  }
}
