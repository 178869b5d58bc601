/**
 * Breaking an objective's period down: a year into quarters or months, a quarter into months, a month
 * into weeks (ISO weeks, Monday to Sunday, cut at the month's edges). Pure; dates are 'YYYY-MM-DD'.
 */
import { fromDay, isoWeekOf, spanDays, toDay } from '../../../shared/logic/dates.ts';
import { largestRemainder } from '../../../shared/logic/shares.ts';
import type { PERIOD_TYPES } from '../../../shared/model/enums.ts';

export type PeriodType = (typeof PERIOD_TYPES)[number];

export interface Period {
  type: PeriodType;
  start: string;
  end: string;
  /** for labels: the quarter (1-4), month (1-12) or ISO week number, and the year it belongs to */
  index: number;
  year: number;
}

/** The next finer period: year → quarter → month → week (a week is not broken down further). */
export function childType(type: PeriodType): PeriodType | null {
  return type === 'year' ? 'quarter' : type === 'quarter' ? 'month' : type === 'month' ? 'week' : null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastOfMonth = (y: number, m: number) => fromDay(toDay(`${m === 12 ? y + 1 : y}-${pad(m === 12 ? 1 : m + 1)}-01`) - 1);

/** The periods of one type that overlap [start, end], each cut to fit inside it. */
export function subPeriods(start: string, end: string, type: PeriodType): Period[] {
  if (end < start) return [];
  const out: Period[] = [];
  const clip = (s: string, e: string) => ({ start: s < start ? start : s, end: e > end ? end : e });
  if (type === 'week') {
    for (let monday = isoWeekOf(toDay(start)).monday; monday <= toDay(end); monday += 7) {
      const w = isoWeekOf(monday);
      out.push({ type, ...clip(fromDay(monday), fromDay(monday + 6)), index: w.week, year: w.year });
    }
    return out;
  }
  const months = type === 'year' ? 12 : type === 'quarter' ? 3 : 1;
  let y = Number(start.slice(0, 4));
  let m = Math.floor((Number(start.slice(5, 7)) - 1) / months) * months + 1;
  for (;;) {
    const first = `${y}-${pad(m)}-01`;
    if (first > end) break;
    const lastMonth = m + months - 1;
    out.push({ type, ...clip(first, lastOfMonth(y, lastMonth)), index: type === 'quarter' ? (m + 2) / 3 : type === 'month' ? m : y, year: y });
    m += months;
    if (m > 12) {
      m -= 12;
      y += 1;
    }
  }
  return out;
}

/**
 * Targets for the parts of a period: the same target for each part when the parent's roll-up is an
 * average, else the target split by the parts' lengths in days, rounded (to whole units when the target
 * is whole, else to hundredths) so the parts add up to it exactly.
 */
export function splitTarget(target: number, parts: readonly Pick<Period, 'start' | 'end'>[], rollup: 'sum' | 'average' | 'none'): number[] {
  if (parts.length === 0) return [];
  if (rollup === 'average') return parts.map(() => target);
  const decimals = Number.isInteger(target) ? 0 : 2;
  const sign = target < 0 ? -1 : 1;
  return largestRemainder(parts.map((p) => spanDays(p.start, p.end)), Math.abs(target), decimals).map((v) => v * sign);
}

/**
 * The first part of a period not yet covered by a child starting on the same day; null when every part
 * has one (a fourth month in a quarter would overlap one of its three).
 */
export function nextUncovered(parts: readonly Period[], childStarts: readonly string[]): Period | null {
  const taken = new Set(childStarts);
  return parts.find((p) => !taken.has(p.start)) ?? null;
}
