/** Day arithmetic on YYYY-MM-DD strings (UTC, so no time zone moves a day). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The day of an ISO date-time; an end at midnight belongs to the day before (MS Project's elapsed ends). */
export function dayOf(dateTime: string, isEnd = false): string {
  const day = dateTime.slice(0, 10);
  if (isEnd && /T00:00(:00)?$/.test(dateTime)) return addDays(day, -1);
  return day;
}
