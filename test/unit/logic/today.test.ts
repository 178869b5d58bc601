// The machine sits in Los Angeles, the plan in Shanghai: at 15:00 on 30 November in Los Angeles it is
// already 07:00 on 1 December in Shanghai. Set before anything reads the clock's zone.
process.env.TZ = 'America/Los_Angeles';

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { today, todayDay } from '../../../shared/logic/today.ts';
import { toDay } from '../../../shared/logic/dates.ts';

const INSTANT = Date.parse('2026-11-30T23:00:00Z');
const shanghai = { time_zone: 'Asia/Shanghai' };

describe('today(plan)', () => {
  it('runs in a machine zone far from the plan’s', () => {
    expect(new Date(INSTANT).getDate()).toBe(30);
  });
  it('is the day in the plan’s zone, not the machine’s', () => {
    expect(today(shanghai, INSTANT)).toBe('2026-12-01');
    expect(todayDay(shanghai, INSTANT)).toBe(toDay('2026-12-01'));
    expect(today({ time_zone: 'America/Los_Angeles' }, INSTANT)).toBe('2026-11-30');
  });
  it('turns at midnight in the plan’s zone', () => {
    expect(today(shanghai, Date.parse('2026-11-30T15:59:59Z'))).toBe('2026-11-30');
    expect(today(shanghai, Date.parse('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
    // across a daylight-saving change: 00:30 on 8 March in New York is 05:30 UTC, the day after 7 March
    expect(today({ time_zone: 'America/New_York' }, Date.parse('2026-03-08T05:30:00Z'))).toBe('2026-03-08');
    expect(today({ time_zone: 'America/New_York' }, Date.parse('2026-03-09T03:59:00Z'))).toBe('2026-03-08');
  });
  it('holds under a faked clock, as in the end-to-end tests (a faked Date cannot be subclassed)', () => {
    vi.useFakeTimers({ now: INSTANT, toFake: ['Date'] });
    expect(today(shanghai)).toBe('2026-12-01');
  });
  afterEach(() => vi.useRealTimers());
  it('falls back to UTC for a zone the runtime does not know, and for no plan yet', () => {
    expect(today({ time_zone: 'Not/AZone' }, INSTANT)).toBe('2026-11-30');
    expect(today(null, Date.parse('2026-01-01T23:30:00Z'))).toBe('2026-01-01');
  });
});

/** Every source file of the renderer and of shared/. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('one today', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  // Ways a view used to work out the day on its own: UTC's date, a "now" Date kept to read the machine's
  // calendar from, date-fns' machine-zone today, or a zone helper of its own.
  const ownToday = [/new Date\(\)\.toISOString\(\)\.slice\(0, 10\)/, /new Date\(\)[;,)]/, /startOfToday/, /\btodayIn\(/];
  it('no view or rule works out the day itself', () => {
    const offenders = [...sources(path.join(root, 'renderer')), ...sources(path.join(root, 'shared'))]
      .filter((f) => !f.endsWith(path.join('shared', 'logic', 'today.ts')))
      .filter((f) => ownToday.some((re) => re.test(readFileSync(f, 'utf8'))))
      .map((f) => path.relative(root, f));
    expect(offenders).toEqual([]);
  });
});
