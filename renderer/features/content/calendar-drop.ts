/**
 * Where an item lands on the calendar and what that changes. A month day keeps the item's time of day;
 * a week lane sets the day, the platform and the time; the tray (items without a date) takes the date
 * away. A day outside the plan's dates is refused. One drop = the changes of one row = one undo step.
 */
import { inRange, MINUTES_PER_DAY, snapMinutes, fromMinutes, toMinutes } from '../../../shared/logic/calendar.ts';
import type { Change } from '../../../shared/model/change.ts';
import type { ContentItem } from '../../../shared/model/registry.ts';

export type CalTarget =
  | { kind: 'day'; date: string }
  /** a platform lane of one day in the week view; minutes null = the "no time" slot */
  | { kind: 'lane'; date: string; platformId: string | null; minutes: number | null }
  | { kind: 'tray' };

export type CalDrop = { ok: true; changes: Change[] } | { ok: false; reason: 'outside'; date: string };

export interface PlanDates {
  start_date: string;
  end_date: string;
}

/** Minutes a keyboard step moves an item in the week view (Shift: an hour). */
export const TIME_STEP = 15;

export function calendarDrop(item: ContentItem, target: CalTarget, plan: PlanDates): CalDrop {
  const changes: Change[] = [];
  const set = (field: keyof ContentItem & string, value: unknown) => {
    if (item[field] !== value) changes.push({ entity: 'content_item', id: item.id, field, value });
  };
  if (target.kind === 'tray') {
    set('publish_date', null);
    return { ok: true, changes };
  }
  if (!inRange(target.date, plan.start_date, plan.end_date)) return { ok: false, reason: 'outside', date: target.date };
  set('publish_date', target.date);
  if (target.kind === 'lane') {
    set('platform_id', target.platformId);
    set('publish_time', target.minutes === null ? null : fromMinutes(target.minutes));
  }
  return { ok: true, changes };
}

/**
 * The time a pointer drop in the week view means. An item that was already on the week's time axis
 * moves by how far it was dragged sideways, in whole 15-minute steps, so a drag straight up or down
 * (to another day or platform) keeps its time exactly, even 21:10. Anything else (from the tray, from
 * the "no time" slot, from the month) takes the time under its left edge. A left edge well inside the
 * "no time" slot (left of the axis) means no time.
 */
export function weekDropMinutes(a: { oldTime: string | null; fromAxis: boolean; deltaX: number; leftX: number; axisX: number; pxPerMinute: number; axisStart?: number }): number | null {
  const start = a.axisStart ?? 0;
  if (a.leftX < a.axisX - 12) return null;
  const last = MINUTES_PER_DAY - TIME_STEP;
  if (a.fromAxis && a.oldTime !== null) {
    const moved = Math.round(a.deltaX / a.pxPerMinute / TIME_STEP) * TIME_STEP;
    return Math.max(Math.min(start, toMinutes(a.oldTime)), Math.min(last, toMinutes(a.oldTime) + moved));
  }
  return Math.max(start, snapMinutes(start + (a.leftX - a.axisX) / a.pxPerMinute, TIME_STEP));
}

/**
 * The platform lane a pointer drop in the week view lands in. In the week the lanes of one day sit
 * between it and the next, so a drag to another day crosses other platforms' lanes: it keeps the item's
 * own platform unless the user holds Alt to say "this platform" (or its own lane is not on screen).
 */
export function dropLane(own: string | null, hovered: string | null, lanes: readonly (string | null)[], changePlatform: boolean): string | null {
  return changePlatform || !lanes.includes(own) ? hovered : own;
}

export type CalKey = 'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown' | 'home' | 'end';

export type CalGrid =
  | { mode: 'month'; days: readonly string[]; /** where an item from the tray enters */ entry: string }
  | { mode: 'week'; days: readonly string[]; lanes: readonly (string | null)[]; entryMinutes: number }
  /** the week with its days side by side: a cell per day and platform, no time axis */
  | { mode: 'days'; days: readonly string[]; lanes: readonly (string | null)[] };

/** Where a keyboard-dragged item starts: its own day (or lane) when that is on screen, else the tray. */
export function startTarget(item: ContentItem, grid: CalGrid): CalTarget {
  if (!item.publish_date || !grid.days.includes(item.publish_date)) return { kind: 'tray' };
  if (grid.mode === 'month') return { kind: 'day', date: item.publish_date };
  const platformId = grid.lanes.includes(item.platform_id) ? item.platform_id : (grid.lanes[0] ?? null);
  return { kind: 'lane', date: item.publish_date, platformId, minutes: item.publish_time === null ? null : toMinutes(item.publish_time) };
}

/**
 * The target one key press away. Month: left/right a day, up/down a week. Week: up/down the platform
 * lanes (on into the next or previous day), left/right 15 minutes (an hour with Shift; left of 00:00 is
 * "no time"), Page Up/Down a day. From the tray, any arrow enters the calendar. Moves stay on screen.
 */
export function moveTarget(item: ContentItem, target: CalTarget, key: CalKey, grid: CalGrid, shift = false): CalTarget {
  if (grid.days.length === 0) return target;
  if (grid.mode === 'month') {
    if (target.kind !== 'day') return { kind: 'day', date: grid.entry };
    const i = grid.days.indexOf(target.date);
    const step = { left: -1, right: 1, up: -7, down: 7, pageUp: -7, pageDown: 7, home: -i, end: grid.days.length - 1 - i }[key];
    const next = i + step;
    return next >= 0 && next < grid.days.length ? { kind: 'day', date: grid.days[next]! } : target;
  }
  if (grid.lanes.length === 0) return target;
  if (grid.mode === 'days') return moveInDays(item, target, key, grid);
  if (target.kind !== 'lane') {
    const platformId = grid.lanes.includes(item.platform_id) ? item.platform_id : grid.lanes[0]!;
    const minutes = item.publish_time === null ? grid.entryMinutes : toMinutes(item.publish_time);
    return { kind: 'lane', date: grid.days[0]!, platformId, minutes };
  }
  const di = Math.max(0, grid.days.indexOf(target.date));
  const li = Math.max(0, grid.lanes.indexOf(target.platformId));
  const rows = grid.days.length * grid.lanes.length;
  const row = di * grid.lanes.length + li;
  const at = (r: number) => ({ date: grid.days[Math.floor(r / grid.lanes.length)]!, platformId: grid.lanes[r % grid.lanes.length]! });
  switch (key) {
    case 'up':
    case 'down': {
      const r = Math.max(0, Math.min(rows - 1, row + (key === 'up' ? -1 : 1)));
      return { ...target, ...at(r) };
    }
    case 'pageUp':
    case 'pageDown': {
      const d = Math.max(0, Math.min(grid.days.length - 1, di + (key === 'pageUp' ? -1 : 1)));
      return { ...target, date: grid.days[d]! };
    }
    case 'home':
      return { ...target, minutes: null };
    case 'end':
      return { ...target, minutes: MINUTES_PER_DAY - TIME_STEP };
    case 'left':
    case 'right': {
      const step = (shift ? 60 : TIME_STEP) * (key === 'left' ? -1 : 1);
      if (target.minutes === null) return key === 'right' ? { ...target, minutes: grid.entryMinutes } : target;
      const m = target.minutes + step;
      if (m < 0) return { ...target, minutes: target.minutes === 0 ? null : 0 };
      return { ...target, minutes: Math.min(MINUTES_PER_DAY - TIME_STEP, m) };
    }
  }
}

/**
 * Days side by side: left and right a day, up and down a platform, Home and End the week's first and
 * last day, Page Up and Page Down the first and last platform. The time of day never changes here.
 */
function moveInDays(item: ContentItem, target: CalTarget, key: CalKey, grid: CalGrid & { mode: 'days' }): CalTarget {
  if (target.kind !== 'lane') {
    const platformId = grid.lanes.includes(item.platform_id) ? item.platform_id : grid.lanes[0]!;
    return { kind: 'lane', date: grid.days[0]!, platformId, minutes: item.publish_time === null ? null : toMinutes(item.publish_time) };
  }
  const di = Math.max(0, grid.days.indexOf(target.date));
  const li = Math.max(0, grid.lanes.indexOf(target.platformId));
  const day = (i: number) => ({ ...target, date: grid.days[Math.max(0, Math.min(grid.days.length - 1, i))]! });
  const lane = (i: number) => ({ ...target, platformId: grid.lanes[Math.max(0, Math.min(grid.lanes.length - 1, i))]! });
  switch (key) {
    case 'left':
      return day(di - 1);
    case 'right':
      return day(di + 1);
    case 'home':
      return day(0);
    case 'end':
      return day(grid.days.length - 1);
    case 'up':
      return lane(li - 1);
    case 'down':
      return lane(li + 1);
    case 'pageUp':
      return lane(0);
    case 'pageDown':
      return lane(grid.lanes.length - 1);
  }
}
