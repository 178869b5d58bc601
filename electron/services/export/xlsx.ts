/**
 * The workbook: one sheet per table, typed cells (dates as dates, amounts as numbers in the plan's
 * currency format, shares as percentages), header row frozen, autofilter over the table.
 */
import type { Rows } from '../../../shared/api.ts';
import type { Language } from '../../../shared/model/enums.ts';
import { dataTables, type ColumnType, type Value } from '../../../shared/report/tables.ts';

const FORMATS: Partial<Record<ColumnType, string>> = { date: 'yyyy-mm-dd', percent: '0%', number: '#,##0.##', integer: '0' };

/** a plan day as a spreadsheet date: midnight UTC, which exceljs writes as the day's serial number */
const asDate = (v: Value) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : null);

/** Sheet names: at most 31 characters, none of : \ / ? * [ ] */
const sheetName = (s: string) => s.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

export async function planXlsx(rows: Rows, lang: Language): Promise<Buffer> {
  // loaded on first use: exceljs pulls in a dependency tree that Playwright's in-process web host cannot require
  const { default: ExcelJS } = await import('exceljs');
  const { facts, tables } = dataTables(rows, lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Campaign Planner';
  wb.title = facts.settings.name;
  for (const t of tables) {
    const ws = wb.addWorksheet(sheetName(t.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = t.columns.map((c) => ({ header: c.header, width: c.width, style: { numFmt: c.type === 'money' ? facts.moneyFormat : FORMATS[c.type] ?? '@' } }));
    for (const r of t.rows) {
      ws.addRow(r.map((v, i) => (t.columns[i]!.type === 'date' ? asDate(v) : v === '' ? null : v)));
    }
    const head = ws.getRow(1);
    head.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1E3A5F' } };
    head.alignment = { vertical: 'middle' };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, t.rows.length + 1), column: t.columns.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
