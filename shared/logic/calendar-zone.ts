/**
 * The plan's time zone. Publishing dates and times are stored as wall time in the plan's zone
 * ('2026-12-05' + '20:00' in Asia/Shanghai) and never converted when stored, so a colleague who opens
 * the emailed plan in Berlin sees 20:00 as well. These helpers only say what such a time is elsewhere
 * (for a hint); which day it is now in the plan's zone is today.ts's. They use Intl, so they work in the browser
 * and in Node alike.
 */

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormats.set(timeZone, f);
  }
  return f;
}

/** Whether the runtime knows an IANA time zone name. */
export function isValidZone(timeZone: string): boolean {
  if (!timeZone) return false;
  try {
    partsFormat(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock date and time an instant shows in a time zone. */
export function wallTimeIn(utcMs: number, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(partsFormat(timeZone).formatToParts(new Date(utcMs)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Minutes the zone is ahead of UTC at an instant (Asia/Shanghai: 480). */
export function zoneOffsetMinutes(timeZone: string, utcMs: number): number {
  const p = Object.fromEntries(partsFormat(timeZone).formatToParts(new Date(utcMs)).map((x) => [x.type, Number(x.value)]));
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

/**
 * The instant at which a wall time happens in a zone. A time skipped by a daylight-saving change is
 * taken as if the clocks had not changed yet; a repeated one as its first occurrence.
 */
export function wallTimeToUtc(date: string, time: string, timeZone: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  // two rounds settle every zone: the offset at the guess, then at the corrected instant
  const first = naive - zoneOffsetMinutes(timeZone, naive) * 60_000;
  const second = naive - zoneOffsetMinutes(timeZone, first) * 60_000;
  return Math.min(first, second);
}

/** 'UTC+08:00', 'UTC-03:30', 'UTC' for an offset in minutes. */
export function formatUtcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * What a plan time is on this machine's clock, when the machine is in another zone (null when the
 * offsets agree at that moment, or a zone is unknown).
 */
export function localEquivalent(date: string, time: string, planZone: string, localZone: string): { date: string; time: string } | null {
  if (!isValidZone(planZone) || !isValidZone(localZone)) return null;
  const at = wallTimeToUtc(date, time, planZone);
  if (zoneOffsetMinutes(planZone, at) === zoneOffsetMinutes(localZone, at)) return null;
  return wallTimeIn(at, localZone);
}

/**
 * A zone as people read it, with the IANA name people can look up: 'China Standard Time (Asia/Shanghai)',
 * '中国标准时间 (Asia/Shanghai)'. The raw name alone means little to most readers.
 */
export function zoneDisplayName(timeZone: string, lang: string, atMs: number): string {
  if (!isValidZone(timeZone)) return timeZone;
  const name = new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'long' }).formatToParts(atMs).find((p) => p.type === 'timeZoneName')?.value;
  return name && name !== timeZone ? `${name} (${timeZone})` : timeZone;
}
