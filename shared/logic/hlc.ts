/**
 * Hybrid logical clock, rendered as a string that sorts in causal order:
 * `<wall ms, 15 digits>-<counter, 5 digits>-<site id>`.
 * A clock from a colleague far ahead of ours is still accepted (we jump forward with it) so that a
 * later edit here still wins over it; drift is capped only against absurd values (see MAX_DRIFT_MS).
 */
export interface Hlc {
  wall: number;
  counter: number;
  site: string;
}

/** A remote clock more than a year ahead of our wall clock is treated as broken, not followed. */
export const MAX_DRIFT_MS = 366 * 24 * 3600 * 1000;
const MAX_COUNTER = 99_999;

export function formatHlc(c: Hlc): string {
  return `${String(c.wall).padStart(15, '0')}-${String(c.counter).padStart(5, '0')}-${c.site}`;
}

export function parseHlc(s: string): Hlc {
  const m = /^(\d{15})-(\d{5})-(.+)$/.exec(s);
  if (!m) throw new Error(`not a clock: ${s}`);
  return { wall: Number(m[1]), counter: Number(m[2]), site: m[3]! };
}

/** The next clock for a local event, given the last clock issued or seen. */
export function tick(last: Hlc | null, now: number, site: string): Hlc {
  if (!last || now > last.wall) return { wall: now, counter: 0, site };
  if (last.counter >= MAX_COUNTER) return { wall: last.wall + 1, counter: 0, site };
  return { wall: last.wall, counter: last.counter + 1, site };
}

/** Fold a clock received from elsewhere into ours, so later local events sort after it. */
export function receive(last: Hlc | null, remote: Hlc, now: number, site: string): Hlc {
  if (remote.wall - now > MAX_DRIFT_MS) return last ?? { wall: now, counter: 0, site };
  const wall = Math.max(now, remote.wall, last?.wall ?? 0);
  const counters = [wall === remote.wall ? remote.counter : -1, wall === last?.wall ? last.counter : -1];
  const counter = Math.max(...counters) + 1;
  return counter > MAX_COUNTER ? { wall: wall + 1, counter: 0, site } : { wall, counter, site };
}
