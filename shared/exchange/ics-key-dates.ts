/**
 * An iCalendar file (.ics, RFC 5545) → key dates: each all-day event becomes one (its name, first and
 * last day; DTEND of an all-day event is the day after, so a two-day festival ends on its second day).
 * Events with a time of day, cancelled or untitled ones, and those the plan already has (same first day
 * and name) are left out and listed with why. A recurring all-day event gives one key date per
 * occurrence inside the window (the plan's dates). A file that is not iCalendar is refused with its own
 * error, before anything is added. Pure: ical.js parses, zod checks what it found.
 */
import ICAL from 'ical.js';
import { z } from 'zod';
import { PlannerError } from '../errors.ts';
import { addDays, isDate } from '../logic/dates.ts';
import type { KEY_DATE_KINDS } from '../model/enums.ts';
import { IMPORT_MAX_BYTES } from './project.ts';
import { binaryKind, decodeText } from './text.ts';

export type KeyDateKind = (typeof KEY_DATE_KINDS)[number];

export interface IcsKeyDate {
  name: string;
  start: string;
  end: string;
  kind: KeyDateKind;
  note: string;
}

export type IcsLeftOutReason = 'duplicate' | 'timed' | 'cancelled' | 'untitled';

export interface IcsLeftOut {
  name: string;
  /** the event's first day (a timed event: the day in its own time zone) */
  start: string;
  reason: IcsLeftOutReason;
}

export interface IcsKeyDates {
  /** X-WR-CALNAME, when the file names itself */
  calendar: string | null;
  dates: IcsKeyDate[];
  leftOut: IcsLeftOut[];
}

export interface IcsOptions {
  /** the plan's key dates: an event on the same first day with the same name is not added again */
  existing: readonly { name: string; start: string }[];
  /** one kind for every date, or 'guess' each from its name and categories */
  kind: KeyDateKind | 'guess';
  /** where occurrences of a recurring event are taken from (the plan's dates); without it, the first only */
  window?: { start: string; end: string };
}

/** At most this many key dates come from one recurring event: a daily rule over years is not a key date. */
const MAX_OCCURRENCES = 400;
const MAX_NOTE = 2000;

const FoundDate = z
  .object({
    name: z.string().trim().min(1).max(500),
    start: z.string().refine(isDate, 'not a date'),
    end: z.string().refine(isDate, 'not a date'),
    note: z.string().max(MAX_NOTE),
  })
  .refine((d) => d.end >= d.start, 'ends before it starts');

/** Words that tell a date's kind, tried in this order (a shopping festival is not a public holiday). */
const KIND_WORDS: [KeyDateKind, RegExp][] = [
  ['workday', /make-?up (work ?)?day|working day|workday|调休上班|补班|上班/i],
  ['shopping', /\b(618|520|double ?1[12]|11\.11|12\.12|black friday|cyber monday|prime day|singles'? day)\b|sale\b|双1[12]|双十[一二]|购物|大促|年货节/i],
  ['sports', /world cup|olympic|championship|\bleague\b|\bfinals?\b|marathon|\bcup\b|grand prix|世界杯|奥运|亚运|联赛|决赛|马拉松|赛事|比赛/i],
  ['industry', /conference|\bexpo\b|summit|forum|trade ?show|keynote|awards?\b|展会|博览会|大会|峰会|论坛|发布会/i],
  ['holiday', /holiday|festival|new year|christmas|easter|\beve\b|假|节|除夕|元旦/i],
];

/** The kind a date's name and categories suggest; 'other' when nothing does. */
export function guessKind(name: string, categories: readonly string[] = []): KeyDateKind {
  const text = [name, ...categories].join(' ');
  for (const [kind, words] of KIND_WORDS) if (words.test(text)) return kind;
  return 'other';
}

const dayOf = (t: ICAL.Time) => `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;

const notIcs = (detail: string) => new PlannerError('IMPORT_NOT_ICS', { detail });

function parse(text: string): ICAL.Component[] {
  if (!/^\s*BEGIN:VCALENDAR\b/i.test(text.replace(/^\uFEFF/, ''))) throw notIcs('it does not begin with BEGIN:VCALENDAR');
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch (e) {
    throw notIcs(e instanceof Error ? e.message : String(e));
  }
  // one calendar, or several one after another
  const list = (Array.isArray(jcal) && typeof jcal[0] === 'string' ? [jcal] : (jcal as unknown[])) as ConstructorParameters<typeof ICAL.Component>[0][];
  const cals = list.map((j) => new ICAL.Component(j));
  if (!cals.length || cals.some((c) => c.name !== 'vcalendar')) throw notIcs('it holds no VCALENDAR');
  return cals;
}

function categoriesOf(v: ICAL.Component): string[] {
  return v.getAllProperties('categories').flatMap((p) => p.getValues().map(String));
}

/** The last day of an all-day event starting on `start`: DTEND is exclusive, DURATION counts days. */
function lastDay(event: ICAL.Event, start: ICAL.Time): string {
  const first = dayOf(start);
  const v = event.component;
  if (v.hasProperty('dtend')) {
    const end = dayOf(event.endDate);
    return end > first ? addDays(end, -1) : first;
  }
  if (v.hasProperty('duration')) {
    const days = Math.floor(event.duration.toSeconds() / 86_400);
    return days > 1 ? addDays(first, days - 1) : first;
  }
  return first;
}

/** The first days of an all-day event: every occurrence inside the window when it recurs. */
function firstDays(event: ICAL.Event, window: IcsOptions['window']): ICAL.Time[] {
  if (!event.isRecurring()) return [event.startDate];
  if (!window) return [event.startDate];
  const out: ICAL.Time[] = [];
  const it = event.iterator();
  for (let next = it.next(), guard = 0; next && guard < 50_000 && out.length < MAX_OCCURRENCES; next = it.next(), guard++) {
    const day = dayOf(next);
    if (day > window.end) break;
    if (day >= window.start) out.push(next);
  }
  return out;
}

/** Reads the key dates an .ics file holds. Throws a PlannerError (nothing read) when it is not one. */
export function readIcsKeyDates(bytes: Uint8Array, opts: IcsOptions): IcsKeyDates {
  if (bytes.length > IMPORT_MAX_BYTES) {
    throw new PlannerError('IMPORT_TOO_LARGE', { size: (bytes.length / 1024 / 1024).toFixed(1), limit: IMPORT_MAX_BYTES / 1024 / 1024 });
  }
  const binary = binaryKind(bytes);
  if (binary) throw notIcs(`it is a ${binary}`);
  const cals = parse(decodeText(bytes).text);
  const key = (start: string, name: string) => `${start}\u0000${name.trim().toLocaleLowerCase()}`;
  const taken = new Set(opts.existing.map((d) => key(d.start, d.name)));
  const dates: IcsKeyDate[] = [];
  const leftOut: IcsLeftOut[] = [];
  let calendar: string | null = null;
  for (const cal of cals) {
    const calName = cal.getFirstPropertyValue('x-wr-calname');
    if (calendar === null && typeof calName === 'string' && calName.trim()) calendar = calName.trim();
    for (const v of cal.getAllSubcomponents('vevent')) {
      // a changed occurrence of a recurring event: the event itself gives its days
      if (v.hasProperty('recurrence-id')) continue;
      if (!v.hasProperty('dtstart')) throw new PlannerError('IMPORT_STRUCTURE', { format: 'iCalendar', detail: 'an event has no DTSTART' });
      const event = new ICAL.Event(v);
      const name = (event.summary ?? '').toString().trim();
      const start = event.startDate;
      const first = dayOf(start);
      if (!name) {
        leftOut.push({ name: '', start: first, reason: 'untitled' });
        continue;
      }
      const status = v.getFirstPropertyValue('status');
      if (typeof status === 'string' && status.toUpperCase() === 'CANCELLED') {
        leftOut.push({ name, start: first, reason: 'cancelled' });
        continue;
      }
      // a key date is whole days; the day of a timed event is the one on its own clock (its TZID)
      if (!start.isDate) {
        leftOut.push({ name, start: first, reason: 'timed' });
        continue;
      }
      const last = lastDay(event, start);
      const length = Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000);
      const note = (event.description ?? '').toString().trim().slice(0, MAX_NOTE);
      const kind = opts.kind === 'guess' ? guessKind(name, categoriesOf(v)) : opts.kind;
      for (const occurrence of firstDays(event, opts.window)) {
        const s = dayOf(occurrence);
        const found = FoundDate.safeParse({ name, start: s, end: addDays(s, length), note });
        if (!found.success) {
          throw new PlannerError('IMPORT_STRUCTURE', { format: 'iCalendar', detail: `“${name}”: ${found.error.issues.map((i) => i.message).join('; ')}` });
        }
        const k = key(s, name);
        if (taken.has(k)) {
          leftOut.push({ name, start: s, reason: 'duplicate' });
          continue;
        }
        taken.add(k);
        dates.push({ ...found.data, kind });
      }
    }
  }
  dates.sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name));
  return { calendar, dates, leftOut };
}
