/**
 * Today for a plan. A plan's dates are calendar days in the plan's time zone, so today is the day it
 * is there, whatever zone this machine is in: a planner in Los Angeles looking at a Shanghai plan at
 * 15:00 on 30 November sees 1 December, as their colleagues in Shanghai do. Every view takes its
 * today from here.
 */
import { tzOffset } from '@date-fns/tz';
import type { Settings } from '../model/registry.ts';
import { isValidZone } from './calendar-zone.ts';
import { fromDay } from './dates.ts';

type Zoned = Pick<Settings, 'time_zone'> | null | undefined;

const MS_PER_DAY = 86_400_000;

/** The plan's zone, UTC while the plan is not loaded or names a zone this runtime does not know. */
export function planZone(plan: Zoned): string {
  const zone = plan?.time_zone ?? '';
  return isValidZone(zone) ? zone : 'UTC';
}

/**
 * Today in the plan's zone as a day number (see dates.ts). From the zone's offset at that instant,
 * not from a zoned Date: a faked clock (the end-to-end tests') hands subclasses of Date a plain one.
 */
export function todayDay(plan: Zoned, nowMs: number = Date.now()): number {
  return Math.floor((nowMs + tzOffset(planZone(plan), new Date(nowMs)) * 60_000) / MS_PER_DAY);
}

/** Today in the plan's zone, 'YYYY-MM-DD'. */
export function today(plan: Zoned, nowMs: number = Date.now()): string {
  return fromDay(todayDay(plan, nowMs));
}
