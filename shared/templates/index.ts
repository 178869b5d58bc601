import type { Change } from '../model/change.ts';
import type { Language } from '../model/enums.ts';
import { blank } from './blank.ts';
import { calendarChanges, type CalendarName } from './calendars.ts';
import { sample } from './sample/index.ts';

export { KEY_DATES_2026, keyDateRecords, type KeyDateSeed } from './keyDates2026.ts';
export { CALENDAR_NAMES, type CalendarName } from './calendars.ts';

/** The plans a new file can start from; each is the list of changes the store applies to an empty plan. */
export const TEMPLATES = { sample, blank } as const;
export type TemplateName = keyof typeof TEMPLATES;

/** The template's changes, then the key dates of the chosen calendars it does not hold yet. */
export function buildTemplate(name: TemplateName, lang: Language, calendars: readonly CalendarName[] = []): Change[] {
  const build = TEMPLATES[name];
  if (!build) throw new Error(`unknown template: ${String(name)}`);
  const changes = build(lang);
  return [...changes, ...calendarChanges(calendars, lang, changes)];
}
