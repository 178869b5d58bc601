import type { Rows } from '../../../shared/api.ts';
import { writeCsv } from '../../../shared/logic/csv.ts';
import type { Language } from '../../../shared/model/enums.ts';
import { dataTables, type DataTable } from '../../../shared/report/tables.ts';

/** One table as CSV (UTF-8 with BOM, CRLF, formulas defused by writeCsv). Percentages are written as percent numbers. */
export function tableCsv(rows: Rows, lang: Language, key: DataTable['key']): string {
  const t = dataTables(rows, lang).tables.find((x) => x.key === key)!;
  const cells = t.rows.map((r) => r.map((v, i) => (t.columns[i]!.type === 'percent' && typeof v === 'number' ? Math.round(v * 10000) / 100 : v)));
  return writeCsv([t.columns.map((c) => c.header), ...cells]);
}
