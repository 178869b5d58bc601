import type { Change } from '../model/change.ts';
import type { Language } from '../model/enums.ts';
import { KEY_DATES_2026, keyDateRecords, type KeyDateSeed } from './keyDates2026.ts';
import { toChanges } from './records.ts';

/**
 * The calendars a new plan can start with, by the name `cplan new --calendars` and the new-plan
 * dialog use. Each is a slice of the bundled 2026 key dates; the plan owns its copy and edits it.
 */
export const CALENDAR_NAMES = ['cn-2026', 'shopping', 'worldcup'] as const;
export type CalendarName = (typeof CALENDAR_NAMES)[number];

const PICK: Record<CalendarName, (d: KeyDateSeed) => boolean> = {
  'cn-2026': (d) => d.kind === 'holiday' || d.kind === 'workday',
  shopping: (d) => d.kind === 'shopping',
  worldcup: (d) => d.id === 'kd-2026-world-cup',
};

export function calendarSeeds(names: readonly CalendarName[]): KeyDateSeed[] {
  return KEY_DATES_2026.filter((d) => names.some((n) => PICK[n](d)));
}

/**
 * The key dates of the chosen calendars as changes, leaving out the ones `template` already holds
 * (the sample plan comes with all of them).
 */
export function calendarChanges(names: readonly CalendarName[], lang: Language, template: readonly Change[] = []): Change[] {
  const have = new Set(template.filter((c) => c.entity === 'key_date').map((c) => c.id));
  return toChanges(keyDateRecords(lang, calendarSeeds(names).filter((d) => !have.has(d.id))));
}
