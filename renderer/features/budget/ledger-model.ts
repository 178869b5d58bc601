/**
 * The spend ledger's pure part: which entries a filter shows and in what order, the file name of an
 * export, and the extra header names the CSV import recognises.
 */
import type { LEDGER_COLUMNS } from '../../../shared/logic/budget-csv.ts';

/** Filter values for "every category/platform" and "no platform". */
export const ALL = '__all__';
export const NONE = '__none__';

/** The entries a category and platform filter keep, oldest first (entries of one day in their order). */
export function filterLedger<E extends { date: string; category_id: string; platform_id: string | null }>(entries: readonly E[], category: string, platform: string): E[] {
  return entries
    .filter((e) => (category === ALL || e.category_id === category) && (platform === ALL || (platform === NONE ? e.platform_id === null : e.platform_id === platform)))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map(({ e }) => e);
}

/** A plan name as a file name: no characters a file system refuses, not too long, never empty. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim().slice(0, 80) || 'plan';
}

/** More header names the import recognises, beyond the ledger's own headings in both languages. */
export const LEDGER_ALIASES: Record<(typeof LEDGER_COLUMNS)[number], string[]> = {
  date: ['day', 'spend date', 'paid on', '支出日期', '付款日期', '时间'],
  amount: ['cost', 'spend', 'value', 'total', '费用', '支出', '花费', '金额元'],
  currency: ['ccy', 'currency code', '货币', '币别'],
  category: ['budget category', 'budget line', 'line', '预算类别', '分类', '科目'],
  platform: ['channel', 'media', '渠道', '媒体'],
  supplier: ['vendor', 'payee', 'paid to', '收款方', '商家'],
  note: ['notes', 'memo', 'description', 'details', '说明', '描述', '摘要'],
};
