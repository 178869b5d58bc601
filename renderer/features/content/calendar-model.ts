/**
 * What the calendar draws, worked out from the plan's rows without React: the items per day and per
 * platform lane, the lanes a week shows, where the week's time axis starts, the peak bands on it, and
 * the words on the dragged card that say where a drop would put it.
 */
import { fromMinutes, MINUTES_PER_DAY, toMinutes } from '../../../shared/logic/calendar.ts';
import type { ContentItem } from '../../../shared/model/registry.ts';
import type { CalTarget } from './calendar-drop.ts';

/** The week's time axis starts at 06:00 unless something on screen is earlier. */
export const DAY_START = 6 * 60;

/** One string per target, so a pointer move that stays on the same target redraws nothing. */
export const targetKey = (t: CalTarget | null) =>
  t === null ? '' : t.kind === 'tray' ? 'tray' : t.kind === 'day' ? `d:${t.date}` : `l:${t.date}:${t.platformId ?? ''}:${t.minutes ?? ''}`;

/** The dated items from `first` to `last` by day, each day in time order (no time first), then board order. */
export function itemsByDay(items: readonly ContentItem[], first: string, last: string): Map<string, ContentItem[]> {
  const m = new Map<string, ContentItem[]>();
  for (const c of items) {
    if (!c.publish_date || c.publish_date < first || c.publish_date > last) continue;
    const list = m.get(c.publish_date);
    if (list) list.push(c);
    else m.set(c.publish_date, [c]);
  }
  for (const list of m.values()) list.sort((a, b) => (a.publish_time ?? '').localeCompare(b.publish_time ?? '') || a.sort_order - b.sort_order);
  return m;
}

/** The lane an item sits in: its platform, or '' for none (or a platform that is gone). */
export function laneOf(item: Pick<ContentItem, 'platform_id'>, known: { has(id: string): boolean }): string {
  return item.platform_id && known.has(item.platform_id) ? item.platform_id : '';
}

/** A day's items by lane, in the order they came. */
export function byLane(items: readonly ContentItem[] | undefined, known: { has(id: string): boolean }): Map<string, ContentItem[]> {
  const m = new Map<string, ContentItem[]>();
  for (const c of items ?? []) {
    const lane = laneOf(c, known);
    const list = m.get(lane);
    if (list) list.push(c);
    else m.set(lane, [c]);
  }
  return m;
}

/** A week's lanes: every platform, and a "no platform" lane (null) only when an item on screen needs it. */
export function weekLanes(platformIds: readonly string[], known: { has(id: string): boolean }, byDay: ReadonlyMap<string, readonly ContentItem[]>): (string | null)[] {
  const ids: (string | null)[] = [...platformIds];
  for (const list of byDay.values()) {
    if (list.some((c) => laneOf(c, known) === '')) {
      ids.push(null);
      break;
    }
  }
  return ids;
}

/** The hour the week's axis starts: 06:00, or the hour of the earliest time on screen (items, meetings, the target). */
export function axisStartOf(times: Iterable<string>, targetMinutes: number | null = null): number {
  let earliest = DAY_START;
  for (const t of times) earliest = Math.min(earliest, toMinutes(t));
  if (targetMinutes !== null) earliest = Math.min(earliest, targetMinutes);
  return Math.floor(earliest / 60) * 60;
}

/** The peak window as one or two [from, to) minute ranges (two when it runs past midnight), cut to the axis. */
export function peakBands(start: string, end: string, axisStart: number): [number, number][] {
  const a = toMinutes(start);
  const b = toMinutes(end);
  if (a === b) return [];
  const bands: [number, number][] = a < b ? [[a, b]] : [[a, MINUTES_PER_DAY], [0, b]];
  return bands.map(([x, y]): [number, number] => [Math.max(x, axisStart), y]).filter(([x, y]) => y > x);
}

export interface OverlayWords {
  tray: string;
  noTime: string;
  weekDay(date: string): string;
  platformName(id: string | null): string;
}

/** Where the drop would put the item, on the dragged card itself: day and time, and the platform when it changes. */
export function overlayText(item: Pick<ContentItem, 'publish_time' | 'platform_id'>, target: CalTarget | null, w: OverlayWords): string {
  if (!target) return '';
  if (target.kind === 'tray') return w.tray;
  const time = target.kind === 'lane' ? (target.minutes === null ? w.noTime : fromMinutes(target.minutes)) : (item.publish_time ?? w.noTime);
  const day = w.weekDay(target.date);
  return target.kind === 'lane' && target.platformId !== item.platform_id ? `→ ${day} ${time} · ${w.platformName(target.platformId)}` : `→ ${day} ${time}`;
}

/** One day on screen and what it shows; made once per change of the plan, so a drag's redraws skip the day. */
export interface DayInfo<K = unknown, M = unknown> {
  date: string;
  items: ContentItem[] | undefined;
  keyDates: K[] | undefined;
  meetings: M[] | undefined;
  today: boolean;
}

export function dayInfos<K, M>(days: readonly string[], byDay: ReadonlyMap<string, ContentItem[]>, keyByDay: ReadonlyMap<string, K[]>, meetByDay: ReadonlyMap<string, M[]>, today: string): DayInfo<K, M>[] {
  return days.map((date) => ({ date, items: byDay.get(date), keyDates: keyByDay.get(date), meetings: meetByDay.get(date), today: date === today }));
}
