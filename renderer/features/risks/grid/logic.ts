/**
 * Sorting and filtering of the feature's tables: every column says what kind of value it holds, and
 * one filter per column narrows the rows. Pure, so the tests can call it without a browser.
 */

export type SortDir = 'asc' | 'desc';
export interface SortState {
  column: string;
  dir: SortDir;
}

/** What a column filters on. */
export type FilterSpec<T> =
  /** contains the typed text (case-insensitive) */
  | { kind: 'text'; text: (row: T) => string }
  /** one value from a list (a row with several values matches when any of them does); '' = any */
  | { kind: 'enum'; values: (row: T) => readonly string[]; options: readonly { value: string; label: string }[]; noneLabel?: string }
  /** a number compared with "3", ">=3", "<5", "2-4" */
  | { kind: 'number'; value: (row: T) => number | null }
  /** a day compared with today: past, within 30 days, later, none */
  | { kind: 'date'; value: (row: T) => string | null }
  /** yes or no */
  | { kind: 'bool'; value: (row: T) => boolean };

/** The value a no-value filter option uses (an empty list, a missing date). */
export const NONE = '__none__';

export const DATE_FILTERS = ['past', 'next30', 'later', NONE] as const;
export type DateFilter = (typeof DATE_FILTERS)[number];

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Compares two sort keys: numbers as numbers, text in natural order (R-2 before R-10), empty last. */
export function compareKeys(a: string | number | null, b: string | number | null): number {
  const emptyA = a === null || a === '';
  const emptyB = b === null || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** Rows in the column's order (stable; empty values stay last in both directions). */
export function sortRows<T>(rows: readonly T[], key: ((row: T) => string | number | null) | undefined, dir: SortDir): T[] {
  if (!key) return [...rows];
  const keyed = rows.map((row, i) => ({ row, i, k: key(row) }));
  keyed.sort((x, y) => {
    const emptyX = x.k === null || x.k === '';
    const emptyY = y.k === null || y.k === '';
    if (emptyX !== emptyY) return emptyX ? 1 : -1;
    const c = compareKeys(x.k, y.k);
    return (dir === 'asc' ? c : -c) || x.i - y.i;
  });
  return keyed.map((x) => x.row);
}

/** The next sort state when a column header is pressed: ascending, descending, then unsorted. */
export function nextSort(current: SortState | null, column: string): SortState | null {
  if (!current || current.column !== column) return { column, dir: 'asc' };
  if (current.dir === 'asc') return { column, dir: 'desc' };
  return null;
}

export interface NumberTest {
  (n: number): boolean;
}

/**
 * Parses a number filter: "3", "=3", ">3", ">=3", "≥3", "<3", "<=3", "≤3", "2-4" or "2–4" (both included).
 * Null when the text is not one of those (the filter is then ignored and flagged).
 */
export function parseNumberFilter(text: string): NumberTest | null {
  const s = text.trim().replace(/\s+/g, '').replace(/，/g, ',');
  if (s === '') return () => true;
  const num = (v: string) => (v === '' || Number.isNaN(Number(v)) ? null : Number(v));
  const range = /^(-?\d+(?:\.\d+)?)[-–~](-?\d+(?:\.\d+)?)$/.exec(s);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    return (n) => n >= lo && n <= hi;
  }
  const op = /^(>=|<=|≥|≤|>|<|=)?(.*)$/.exec(s);
  const v = op ? num(op[2] ?? '') : null;
  if (v === null) return null;
  switch (op?.[1]) {
    case '>':
      return (n) => n > v;
    case '>=':
    case '≥':
      return (n) => n >= v;
    case '<':
      return (n) => n < v;
    case '<=':
    case '≤':
      return (n) => n <= v;
    default:
      return (n) => n === v;
  }
}

/** Whether a day ('YYYY-MM-DD' or null) falls in a date filter, seen from today. */
export function matchesDate(value: string | null, filter: string, today: string): boolean {
  if (filter === '') return true;
  if (filter === NONE) return value === null || value === '';
  if (!value) return false;
  if (filter === 'past') return value < today;
  const in30 = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  if (filter === 'next30') return value >= today && value <= in30;
  if (filter === 'later') return value > in30;
  return true;
}

/** Whether one row passes one column's filter value ('' passes everything). */
export function matches<T>(row: T, spec: FilterSpec<T>, value: string, today: string): boolean {
  if (value === '') return true;
  switch (spec.kind) {
    case 'text':
      return spec.text(row).toLocaleLowerCase().includes(value.trim().toLocaleLowerCase());
    case 'enum': {
      const values = spec.values(row);
      if (value === NONE) return values.length === 0 || values.every((v) => v === '');
      return values.includes(value);
    }
    case 'number': {
      const test = parseNumberFilter(value);
      if (!test) return true;
      const n = spec.value(row);
      return n !== null && test(n);
    }
    case 'date':
      return matchesDate(spec.value(row), value, today);
    case 'bool':
      return spec.value(row) === (value === 'yes');
  }
}

/** Rows that pass every column filter. */
export function filterRows<T>(rows: readonly T[], specs: ReadonlyMap<string, FilterSpec<T>>, values: Readonly<Record<string, string>>, today: string): T[] {
  const active = Object.entries(values).filter(([id, v]) => v !== '' && specs.has(id));
  if (active.length === 0) return [...rows];
  return rows.filter((row) => active.every(([id, v]) => matches(row, specs.get(id)!, v, today)));
}
