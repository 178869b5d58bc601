import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderExport } from '../../../electron/services/export/index.ts';
import { samplePlan, tempDir } from './export-helpers.ts';
import { convert, SKIP_SOFFICE } from './soffice.ts';

async function workbook(lang: 'en' | 'zh-CN') {
  const { rows } = samplePlan(lang);
  const data = await renderExport(rows, { format: 'xlsx', lang });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return { rows, data, wb };
}

describe('the workbook', () => {
  it('has one sheet per table with frozen headers and an autofilter', async () => {
    const { wb } = await workbook('en');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tasks', 'Content calendar', 'Budget shares', 'Spend ledger', 'Risk register', 'KPI actuals', 'RACI']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
  });

  it('types its cells: dates as dates, money as numbers in the plan currency, progress as percent', async () => {
    const { wb, rows } = await workbook('en');
    const tasks = wb.getWorksheet('Tasks')!;
    const first = rows.task[0]!;
    const row = tasks.getRow(2);
    expect(row.getCell(2).value).toBe(first.name);
    expect(row.getCell(4).value).toBeInstanceOf(Date);
    expect((row.getCell(4).value as Date).toISOString().slice(0, 10)).toBe(first.start);
    expect(row.getCell(4).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(7).value).toBe(first.progress / 100);
    expect(row.getCell(7).numFmt).toBe('0%');
    const ledger = wb.getWorksheet('Spend ledger')!;
    const amount = ledger.getRow(2).getCell(2);
    expect(typeof amount.value).toBe('number');
    expect(amount.numFmt).toContain('¥');
    // the file stores minor units (fen); the workbook shows yuan
    const total = rows.spend_entry.reduce((s, e) => s + e.amount, 0) / 100;
    let sum = 0;
    ledger.eachRow((r, n) => {
      if (n > 1) sum += r.getCell(2).value as number;
    });
    expect(sum).toBeCloseTo(total, 2);
  });

  describe.skipIf(SKIP_SOFFICE)('opens in LibreOffice Calc', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      it(`every sheet converts and holds the plan's rows (${lang})`, async () => {
        const dir = tempDir();
        const { data, rows } = await workbook(lang);
        const file = path.join(dir, 'plan.xlsx');
        fs.writeFileSync(file, data);
        // UTF-8, comma, cells as shown (so amounts carry their currency format), every sheet to its own file (-1)
        const files = convert(file, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', dir);
        expect(files).toHaveLength(7);
        const all = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
        expect(all).toContain(rows.task[0]!.name);
        expect(all).toContain(rows.risk[0]!.title);
        expect(all).toContain(rows.content_item[0]!.title);
        expect(all).toMatch(/¥2,000,000\.00/);
        if (lang === 'zh-CN') expect(all).toMatch(/[\u4e00-\u9fff]/);
      }, 240_000);
    }
  });
});
