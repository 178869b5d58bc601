/**
 * "Now" and "today" for a plan. A plan's dates are calendar days in the plan's time zone, so today is
 * the day it is there, whatever zone this machine is in: a planner in Los Angeles looking at a
 * Shanghai plan at 17:00 on 25 November sees 26 November, as their colleagues in Shanghai do. Every
 * view takes its today from here.
 */
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Settings } from '../model/registry.ts';
import { isValidZone } from './calendar-zone.ts';
import { toDay } from './dates.ts';

type Zoned = Pick<Settings, 'time_zone'> | null | undefined;

/** The plan's zone, UTC while the plan is not loaded or names a zone this runtime does not know. */
export function planZone(plan: Zoned): string {
  const zone = plan?.time_zone ?? '';
  return isValidZone(zone) ? zone : 'UTC';
}

/** The instant `nowMs` as a date whose calendar fields are the plan zone's wall clock. */
export function nowInPlanZone(plan: Zoned, nowMs: number = Date.now()): TZDate {
  return new TZDate(nowMs, planZone(plan));
}

/** Today in the plan's zone, 'YYYY-MM-DD'. */
export function today(plan: Zoned, nowMs: number = Date.now()): string {
  return format(nowInPlanZone(plan, nowMs), 'yyyy-MM-dd');
}

/** Today in the plan's zone as a day number (see dates.ts). */
export function todayDay(plan: Zoned, nowMs: number = Date.now()): number {
  return toDay(today(plan, nowMs));
}
