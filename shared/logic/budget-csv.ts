/**
 * The spend ledger as CSV: the rows an export writes, and the cell readers an import uses to find a
 * category or platform by name and to refuse money in another currency. The column headings are
 * passed in (the renderer words them in the user's language).
 */
import { normaliseHeader, parseNumberCell, type CellResult, type CsvCell } from './csv.ts';
import { fromMinor, MAX_MINOR, parseMoneyInput, toMinor } from './budget-money.ts';

export interface Named {
  id: string;
  /** every name the thing answers to: display name, built-in key, preset, id, names in other languages */
  names: readonly string[];
}

export type MatchError = 'unknown_name' | 'ambiguous_name';

/**
 * The id of the one candidate that answers to `raw` (case, spaces, _ and - ignored). An empty cell
 * gives null when `optional`, else 'empty'.
 */
export function matchName(
  raw: string,
  candidates: readonly Named[],
  optional = false,
): { ok: true; value: string | null } | { ok: false; code: MatchError | 'empty'; params?: Record<string, string> } {
  const key = normaliseHeader(raw);
  if (key === '') return optional ? { ok: true, value: null } : { ok: false, code: 'empty' };
  const hits = new Set(candidates.filter((c) => c.names.some((n) => normaliseHeader(n) === key)).map((c) => c.id));
  if (hits.size === 1) return { ok: true, value: [...hits][0]! };
  return { ok: false, code: hits.size === 0 ? 'unknown_name' : 'ambiguous_name', params: { value: raw.trim() } };
}

export type CurrencyError = 'currency_mismatch' | 'not_a_currency';

/**
 * A currency cell checked against the plan's currency: empty means the plan's own; anything else must
 * be the same ISO 4217 code (RMB and ¥/￥ are read as CNY, $ as USD, € as EUR, £ as GBP).
 */
export function checkCurrency(raw: string, planCurrency: string): { ok: true; value: string } | { ok: false; code: CurrencyError; params: Record<string, string> } {
  const plan = planCurrency.trim().toUpperCase();
  const text = raw.trim().toUpperCase();
  if (text === '') return { ok: true, value: plan };
  const aliases: Record<string, string> = { RMB: 'CNY', '¥': 'CNY', '￥': 'CNY', 元: 'CNY', 人民币: 'CNY', $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP' };
  const code = aliases[text] ?? text;
  if (!/^[A-Z]{3}$/.test(code)) return { ok: false, code: 'not_a_currency', params: { value: raw.trim(), plan } };
  if (code !== plan) return { ok: false, code: 'currency_mismatch', params: { value: code, plan } };
  return { ok: true, value: code };
}

export interface LedgerEntryLike {
  date: string;
  amount: number;
  category_id: string;
  platform_id: string | null;
  supplier: string;
  note: string;
  deleted?: boolean;
}

export interface LedgerHeadings {
  date: string;
  amount: string;
  currency: string;
  category: string;
  platform: string;
  supplier: string;
  note: string;
}

/** The order of the ledger's CSV columns (the import's column guesses follow it too). */
export const LEDGER_COLUMNS = ['date', 'amount', 'currency', 'category', 'platform', 'supplier', 'note'] as const;

/**
 * The ledger as CSV records (heading row first), oldest first: amounts as plain numbers in units of
 * the currency (12.5, not 1250 minor units: the file is for spreadsheets and people), the plan's
 * currency on every row, categories and platforms by name, an empty cell for "no platform".
 */
export function ledgerRecords(
  entries: readonly LedgerEntryLike[],
  opts: { headings: LedgerHeadings; currency: string; categoryName: (id: string) => string; platformName: (id: string) => string },
): CsvCell[][] {
  const rows = entries
    .filter((e) => !e.deleted)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.i - b.i))
    .map(({ e }): CsvCell[] => [e.date, fromMinor(e.amount), opts.currency, opts.categoryName(e.category_id), e.platform_id ? opts.platformName(e.platform_id) : '', e.supplier, e.note]);
  return [LEDGER_COLUMNS.map((k) => opts.headings[k]), ...rows];
}

/**
 * An amount cell of an imported ledger, in minor units: every spelling a spreadsheet writes
 * (parseNumberCell: "1.234,56", "(12)", "¥1,500") and what people type ("1.5万", "15k").
 * Too large an amount is refused as not a number of this plan.
 */
export function parseAmountCell(raw: string): CellResult<number> {
  const n = parseNumberCell(raw);
  if (n.ok) {
    const minor = toMinor(n.value);
    return minor > MAX_MINOR ? { ok: false, code: 'not_a_number', params: { value: raw.trim() } } : { ok: true, value: minor };
  }
  if (n.code !== 'not_a_number') return n;
  const typed = parseMoneyInput(raw);
  return typed.ok ? typed : { ok: false, code: typed.code === 'too_large' ? 'not_a_number' : typed.code, params: { value: raw.trim() } };
}
