/**
 * Budget shares: percentages that always add up to 100. Moving one slider spreads the difference over
 * the unlocked others; locked shares never move. Beyond the sliders: exact shares typed in, the shown
 * whole percentages and amounts that add up, and repairing shares that no longer add up to 100 (a merge
 * of two copies can do that). The planned amounts of the categories are budget-actual.ts's
 * `plannedAmounts`.
 */
import type { Change } from '../model/change.ts';
import { allocateMinor } from './budget-money.ts';

export interface Share {
  id: string;
  share: number;
  locked: boolean;
}

const EPSILON = 1e-9;

/**
 * Sets one share and rebalances the unlocked others in proportion to their current size (equally when
 * they are all 0), so the list sums to 100. The new value is clamped to what can be absorbed: never
 * below 0, never above 100 minus the locked others; with no unlocked other to absorb anything, the
 * changed share takes whatever the locked ones leave. A locked changed share is left as it is.
 */
export function rebalance<T extends Share>(shares: readonly T[], changedId: string, newShare: number): T[] {
  const changed = shares.find((s) => s.id === changedId);
  if (!changed || changed.locked) return shares.map((s) => ({ ...s }));

  const others = shares.filter((s) => s.id !== changedId && !s.locked);
  const lockedSum = shares.reduce((sum, s) => (s.id !== changedId && s.locked ? sum + s.share : sum), 0);
  const room = Math.max(0, 100 - lockedSum);
  const wanted = Number.isFinite(newShare) ? newShare : changed.share;
  const value = others.length === 0 ? room : clamp(wanted, 0, room);

  const rest = room - value;
  const othersSum = others.reduce((sum, s) => sum + Math.max(0, s.share), 0);
  const next = new Map<string, number>([[changedId, value]]);
  for (const s of others) {
    const part = othersSum > EPSILON ? (rest * Math.max(0, s.share)) / othersSum : rest / others.length;
    next.set(s.id, Math.max(0, part));
  }
  absorbRoundingError(next, others, room);

  return shares.map((s) => (next.has(s.id) ? { ...s, share: next.get(s.id)! } : { ...s }));
}

/** Floating-point division leaves the sum a hair off: the largest unlocked other takes the difference. */
function absorbRoundingError(next: Map<string, number>, others: readonly Share[], target: number): void {
  if (others.length === 0) return;
  let sum = 0;
  for (const v of next.values()) sum += v;
  const largest = others.reduce((a, b) => (next.get(b.id)! > next.get(a.id)! ? b : a));
  next.set(largest.id, Math.max(0, next.get(largest.id)! + (target - sum)));
}

function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}

/**
 * Rounds values (taken as proportions) so that they add up to `total` exactly in units of
 * 10^-decimals (Hamilton's largest-remainder method): floor every quota, then give the units left to
 * the largest remainders, earlier values first on ties. All-zero values are split equally.
 */
export function largestRemainder(values: readonly number[], total = 100, decimals = 0): number[] {
  if (values.length === 0) return [];
  const scale = 10 ** decimals;
  const units = Math.round(total * scale);
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  const weights = sum > 0 ? clean : clean.map(() => 1);
  const weightSum = sum > 0 ? sum : clean.length;

  const quotas = weights.map((w) => (w / weightSum) * units);
  const floors = quotas.map((q) => Math.floor(q));
  let left = units - floors.reduce((a, b) => a + b, 0);
  const byRemainder = quotas
    // Rounded so that remainders equal but for float noise (10.6 vs 20.6) tie, and ties go to the earlier value.
    .map((q, i) => ({ i, r: Math.round((q - floors[i]!) * 1e9) }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % byRemainder.length, left--) floors[byRemainder[k]!.i]! += 1;
  return floors.map((n) => n / scale);
}

// ---------------------------------------------------------------------------------------------------
// Typed shares, shown shares, repaired shares

export type ExactShareError = 'not_a_number' | 'negative' | 'locked' | 'too_high' | 'no_room';

export type ExactShareResult<T> = { ok: true; shares: T[] } | { ok: false; reason: ExactShareError; max: number };

/**
 * Sets one share to exactly `value` percent and rebalances the unlocked others (see `rebalance`).
 * Unlike a slider, a typed value is never clamped silently: more than the locked others leave, a
 * negative or non-numeric value, a locked share, or nothing unlocked to take up the difference is
 * refused with the reason and the most the share can be.
 */
export function setExactShare<T extends Share>(shares: readonly T[], id: string, value: number): ExactShareResult<T> {
  const target = shares.find((s) => s.id === id);
  const lockedOthers = shares.reduce((sum, s) => (s.id !== id && s.locked ? sum + s.share : sum), 0);
  const room = Math.max(0, 100 - lockedOthers);
  if (!target) return { ok: false, reason: 'no_room', max: 0 };
  if (!Number.isFinite(value)) return { ok: false, reason: 'not_a_number', max: room };
  if (value < 0) return { ok: false, reason: 'negative', max: room };
  if (target.locked) return { ok: false, reason: 'locked', max: target.share };
  if (value > room + EPSILON) return { ok: false, reason: 'too_high', max: room };
  const freeOthers = shares.some((s) => s.id !== id && !s.locked);
  if (!freeOthers) {
    if (Math.abs(value - target.share) <= EPSILON) return { ok: true, shares: shares.map((s) => ({ ...s })) };
    return { ok: false, reason: 'no_room', max: target.share };
  }
  return { ok: true, shares: rebalance(shares, id, Math.min(value, room)) };
}

/** The percentage an amount is of a base (the total for a category, the category's amount for a platform). */
export function shareOfAmount(amount: number, base: number): number {
  return base > 0 && Number.isFinite(amount) ? (amount / base) * 100 : Number.NaN;
}

/** Sum of the shares. */
export function shareSum(shares: readonly { share: number }[]): number {
  return shares.reduce((a, s) => a + s.share, 0);
}

/** Whether the shares add up to 100 (to within a hundred-thousandth of a percent). */
export function addsUp(shares: readonly { share: number }[]): boolean {
  return shares.length === 0 || Math.abs(shareSum(shares) - 100) < 1e-5;
}

/**
 * Whole percentages to show for shares, rounded by largest remainder so they add up to the rounded
 * sum (100 when the shares are sound). All-zero shares show as zeros.
 */
export function shownPercents(shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + (Number.isFinite(b) && b > 0 ? b : 0), 0);
  if (sum <= EPSILON) return shares.map(() => 0);
  return largestRemainder(shares, Math.round(sum), 0);
}

/**
 * The amount of each share of `total` minor units (shares in percent of it), whole minor units by
 * largest remainder, so the amounts add up to the shares' part of the total exactly and equal shares
 * get amounts one cent apart at most (100.00 in three: 33.34, 33.33, 33.33).
 */
export function shareAmounts(total: number, shares: readonly number[]): number[] {
  const clean = shares.map((s) => (Number.isFinite(s) && s > 0 ? s : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  if (sum <= EPSILON || !(total > 0)) return shares.map(() => 0);
  return allocateMinor(Math.round((total * Math.min(sum, 100)) / 100), clean);
}

/**
 * Shares that no longer add up to 100 brought back to 100: the unlocked ones are scaled (split equally
 * when they are all 0); locked ones move only when there is nothing unlocked, or when they alone exceed
 * 100. Negative shares become 0.
 */
export function normaliseShares<T extends Share>(shares: readonly T[]): T[] {
  if (shares.length === 0) return [];
  const clean = shares.map((s) => ({ ...s, share: Number.isFinite(s.share) && s.share > 0 ? s.share : 0 }));
  const locked = clean.filter((s) => s.locked);
  const free = clean.filter((s) => !s.locked);
  const lockedSum = shareSum(locked);
  const scaleAll = free.length === 0 || lockedSum > 100 + EPSILON;
  const movers = scaleAll ? clean : free;
  const target = scaleAll ? 100 : 100 - lockedSum;
  const moverSum = shareSum(movers);
  const next = new Map<string, number>();
  for (const s of movers) next.set(s.id, moverSum > EPSILON ? (s.share * target) / moverSum : target / movers.length);
  // float noise goes to the largest mover
  const total = clean.reduce((a, s) => a + (next.get(s.id) ?? s.share), 0);
  const largest = movers.reduce((a, b) => (next.get(b.id)! > next.get(a.id)! ? b : a));
  next.set(largest.id, Math.max(0, next.get(largest.id)! + (100 - total)));
  return clean.map((s) => (next.has(s.id) ? { ...s, share: next.get(s.id)! } : s));
}

/** The changes that turn `before` into `after` (matched by id): only shares that really moved. */
export function shareChanges(entity: 'budget_category' | 'platform_share', before: readonly Share[], after: readonly Share[]): Change[] {
  const old = new Map(before.map((s) => [s.id, s.share]));
  return after.filter((s) => !old.has(s.id) || Math.abs(old.get(s.id)! - s.share) > EPSILON).map((s) => ({ entity, id: s.id, field: 'share', value: s.share }));
}
