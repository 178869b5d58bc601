/** Monday … Sunday (ISO weekdays 1-7) in the user's language. */
export function weekdayNames(lang: string, width: 'long' | 'short' = 'long'): string[] {
  const f = new Intl.DateTimeFormat(lang, { weekday: width, timeZone: 'UTC' });
  // 2024-01-01 was a Monday
  return Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2024, 0, 1 + i)));
}
