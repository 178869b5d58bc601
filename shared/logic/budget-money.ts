/**
 * Money as the plan file stores it: whole minor units (cents, fen: hundredths of the currency unit),
 * integers, so sums and splits are exact and two copies of a plan always agree to the cent. Floating
 * point appears only in what people type and read; these functions are the one crossing.
 */

/** Minor units in one unit of the currency: hundredths for every currency, so changing it never rescales. */
export const MINOR_PER_UNIT = 100;

/** The most a money field holds, in minor units (10 trillion units of the currency). */
export const MAX_MINOR = 1e15;

/**
 * Minor units of an amount in units, rounded half away from zero. The amount's shortest decimal
 * spelling is what is rounded (1.005 → 101, as a person reads it), not its binary value (100.4999…).
 */
export function toMinor(units: number): number {
  if (!Number.isFinite(units)) return Number.NaN;
  const negative = units < 0;
  const text = Math.abs(units).toString();
  let minor: number;
  if (/e/i.test(text)) {
    minor = Math.round(Math.abs(units) * MINOR_PER_UNIT);
  } else {
    const [whole = '0', frac = ''] = text.split('.');
    const cents = Number(`${frac}00`.slice(0, 2));
    const roundUp = (frac[2] ?? '0') >= '5';
    minor = Number(whole) * MINOR_PER_UNIT + cents + (roundUp ? 1 : 0);
  }
  return negative && minor !== 0 ? -minor : minor;
}

/** Units of an amount in minor units (for display and for input boxes). */
export function fromMinor(minor: number): number {
  return minor / MINOR_PER_UNIT;
}

/** Whether an amount in minor units is a whole number of units (shown without decimals). */
export function isWholeUnits(minor: number): boolean {
  return Math.round(minor) % MINOR_PER_UNIT === 0;
}

/** Whole minor units summed (amounts from the file are integers already; rounding keeps a bad row from spreading fractions). */
export function sumMinor(amounts: Iterable<number>): number {
  let s = 0;
  for (const a of amounts) s += Math.round(a);
  return s;
}

/**
 * Splits `total` minor units in proportion to `weights` (Hamilton's largest remainder): every part is
 * a whole number of minor units and the parts add up to `total` exactly; equal weights get parts that
 * differ by at most one minor unit, the earlier ones first. All-zero weights split equally.
 */
export function allocateMinor(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const units = Math.max(0, Math.round(total));
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  const ws = sum > 0 ? clean : clean.map(() => 1);
  const wsum = sum > 0 ? sum : clean.length;
  const quotas = ws.map((w) => (w / wsum) * units);
  const parts = quotas.map((q) => Math.floor(q + 1e-9));
  let left = units - parts.reduce((a, b) => a + b, 0);
  // remainders equal but for float noise tie, and ties go to the earlier part
  const order = quotas.map((q, i) => ({ i, r: Math.round((q - Math.floor(q + 1e-9)) * 1e6) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]! += 1;
  for (let k = order.length - 1; left < 0; k = (k - 1 + order.length) % order.length) {
    if (parts[order[k]!.i]! > 0) {
      parts[order[k]!.i]! -= 1;
      left++;
    }
  }
  return parts;
}

export type MoneyInputError = 'empty' | 'not_a_number' | 'negative' | 'too_large';

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, k: 1e3, K: 1e3, m: 1e6, M: 1e6 };
const CURRENCY_MARKS = /^(?:[¥￥$€£]|CN¥|US\$|RMB|CNY|USD|EUR|GBP)|(?:元|块|[¥￥]|RMB|CNY|USD|EUR|GBP)$/i;

/**
 * What a person typed into an amount box, in minor units: "1,500", "1 500.50", "¥2,000", "1.5万",
 * "15万", "2亿", "15k", "1.2M" (万/亿 and k/M are read in every language: a Chinese user may type
 * "15k" and an English one paste "15万"). Only plain decimal points are read as decimals.
 */
export function parseMoneyInput(raw: string): { ok: true; value: number } | { ok: false; code: MoneyInputError } {
  let s = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return { ok: false, code: 'empty' };
  let negative = false;
  if (s.startsWith('-') || s.startsWith('−')) {
    negative = true;
    s = s.slice(1);
  }
  s = s.replace(CURRENCY_MARKS, '').replace(CURRENCY_MARKS, '');
  let factor = 1;
  const last = s.slice(-1);
  if (last in MULTIPLIERS) {
    factor = MULTIPLIERS[last]!;
    s = s.slice(0, -1);
  }
  let normal: string | null = null;
  if (/^\d+(\.\d+)?$/.test(s) || /^\.\d+$/.test(s)) normal = s;
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) normal = s.replace(/,/g, '');
  else if (/^\d+,\d{1,2}$/.test(s) && factor === 1) normal = s.replace(',', '.');
  if (normal === null) return { ok: false, code: 'not_a_number' };
  if (negative && Number(normal) > 0) return { ok: false, code: 'negative' };
  const minor = scaledMinor(normal, factor);
  if (!Number.isFinite(minor)) return { ok: false, code: 'not_a_number' };
  if (minor > MAX_MINOR) return { ok: false, code: 'too_large' };
  return { ok: true, value: minor };
}

/** Minor units of a decimal string times a power of ten, done on the digits so 1.15万 is 11,500.00 exactly. */
function scaledMinor(decimal: string, factor: number): number {
  const shift = Math.round(Math.log10(factor));
  const [whole = '', frac = ''] = decimal.split('.');
  const digits = `${whole}${frac}`;
  const point = whole.length + shift;
  const padded = digits.padEnd(point + 3, '0');
  const units = padded.slice(0, point) || '0';
  const cents = padded.slice(point, point + 2);
  const roundUp = padded[point + 2]! >= '5';
  return Number(units) * MINOR_PER_UNIT + Number(cents) + (roundUp ? 1 : 0);
}

/** The money fields of the model, by entity: every one of them holds minor units since schema version 4. */
export const MONEY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  settings: ['total_budget'],
  spend_entry: ['amount'],
  content_item: ['kol_cost'],
  person: ['hourly_cost'],
  tool: ['cost'],
};

export function isMoneyField(entity: string, field: string): boolean {
  return MONEY_FIELDS[entity]?.includes(field) ?? false;
}

/**
 * A value logged or stored by a schema older than 4 (money in units, as a float) as it is stored now:
 * minor units for a money field, anything else unchanged. Used by the migration and by a merge that
 * reads an older copy, so both sides of a merge agree.
 */
export function upgradeMoneyValue(entity: string, field: string, value: unknown): unknown {
  if (typeof value !== 'number' || !isMoneyField(entity, field)) return value;
  return toMinor(value);
}
