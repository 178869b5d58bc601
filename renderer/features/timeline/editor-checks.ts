/**
 * What the task editor accepts in its number fields and date pairs, and why it refuses the rest. Pure:
 * the editor shows the reason next to the field and puts the stored value back.
 */
export type NumberRefusal = 'notNumber' | 'tooSmall' | 'tooLarge' | 'fraction';

export type NumberCheck = { ok: true; value: number } | { ok: false; reason: NumberRefusal };

/** A number typed by a person: thousands separators and spaces ignored, a trailing "%" allowed. */
export function checkNumber(text: string, limits: { min: number; max: number; whole?: boolean }): NumberCheck {
  const cleaned = text.trim().replace(/%$/, '').replace(/[\s,]/g, '');
  if (cleaned === '' || !/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return { ok: false, reason: 'notNumber' };
  const n = Number(cleaned);
  if (!Number.isFinite(n)) return { ok: false, reason: 'notNumber' };
  if (n < limits.min) return { ok: false, reason: 'tooSmall' };
  if (n > limits.max) return { ok: false, reason: 'tooLarge' };
  if (limits.whole && !Number.isInteger(n)) return { ok: false, reason: 'fraction' };
  return { ok: true, value: n };
}

/** Dates are yyyy-mm-dd, so their text order is their day order. */
export function endsBeforeStart(start: string, end: string): boolean {
  return end < start;
}
