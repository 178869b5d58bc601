/**
 * Budget sliders: percentage shares that always add up to 100. Moving one slider spreads the
 * difference over the unlocked others; locked shares never move. The planned amounts of the shares are
 * budget.ts's `plannedAmounts`.
 */

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
