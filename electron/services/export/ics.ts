/**
 * The plan as an iCalendar file (RFC 5545): content pieces at their publishing time in the plan's time
 * zone (with a VTIMEZONE built from the zone's real offsets), milestones and key dates as all-day
 * events, recurring meetings with an RRULE. UIDs come from row ids, so importing the file again
 * updates the events instead of adding copies. Lines end in CRLF and are folded at 75 octets.
 */
import type { Rows } from '../../../shared/api.ts';
import { isValidZone, wallTimeToUtc, zoneOffsetMinutes } from '../../../shared/logic/calendar-zone.ts';
import { addDays } from '../../../shared/logic/dates.ts';
import { nextWeekday } from '../../../shared/logic/meetings.ts';
import type { Language } from '../../../shared/model/enums.ts';
import { planFacts } from '../../../shared/report/plan-facts.ts';

const DOMAIN = 'campaign-planner';
const CONTENT_MINUTES = 30;

/** TEXT value escaping (RFC 5545 §3.3.11). */
const text = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets without splitting a UTF-8 character (§3.1). */
export function fold(line: string): string {
  const out: string[] = [];
  let cur = '';
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    const limit = out.length ? 74 : 75; // continuation lines start with a space
    if (octets + n > limit) {
      out.push(cur);
      cur = '';
      octets = 0;
    }
    cur += ch;
    octets += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const day = (d: string) => d.replace(/-/g, '');
const local = (d: string, t: string) => `${day(d)}T${t.replace(':', '')}00`;
const utc = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const offset = (min: number) => `${min < 0 ? '-' : '+'}${String(Math.floor(Math.abs(min) / 60)).padStart(2, '0')}${String(Math.abs(min) % 60).padStart(2, '0')}`;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * VTIMEZONE of a zone over [fromYear, toYear]: one observance per offset change found (to the
 * minute), or a single STANDARD when the zone keeps one offset (Asia/Shanghai).
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const changes: { at: number; from: number; to: number }[] = [];
  const DAY = 86_400_000;
  let prev = zoneOffsetMinutes(zone, start);
  for (let t = start + DAY; t <= end; t += DAY) {
    const off = zoneOffsetMinutes(zone, t);
    if (off === prev) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (zoneOffsetMinutes(zone, mid) === prev) lo = mid;
      else hi = mid;
    }
    changes.push({ at: hi, from: prev, to: off });
    prev = off;
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (!changes.length) {
    const off = zoneOffsetMinutes(zone, start);
    lines.push('BEGIN:STANDARD', `DTSTART:${fromYear}0101T000000`, `TZOFFSETFROM:${offset(off)}`, `TZOFFSETTO:${offset(off)}`, 'END:STANDARD');
  }
  for (const c of changes) {
    // DTSTART of an observance is the local time just before the change, in the offset it changes from
    const at = new Date(c.at + c.from * 60_000);
    const stamp = `${at.getUTCFullYear()}${String(at.getUTCMonth() + 1).padStart(2, '0')}${String(at.getUTCDate()).padStart(2, '0')}T${String(at.getUTCHours()).padStart(2, '0')}${String(at.getUTCMinutes()).padStart(2, '0')}00`;
    const kind = c.to > c.from ? 'DAYLIGHT' : 'STANDARD';
    lines.push(`BEGIN:${kind}`, `DTSTART:${stamp}`, `TZOFFSETFROM:${offset(c.from)}`, `TZOFFSETTO:${offset(c.to)}`, `END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

export function planIcs(rows: Rows, lang: Language, now = Date.now()): string {
  const f = planFacts(rows, lang);
  const { settings: s, words: w } = f;
  const zone = isValidZone(s.time_zone) ? s.time_zone : 'UTC';
  const stamp = `DTSTAMP:${utc(now)}`;
  const tz = `TZID=${zone}`;
  const lines: string[] = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//Campaign Planner//${DOMAIN}//${lang.toUpperCase()}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(s.name)}`, `X-WR-TIMEZONE:${zone}`];
  lines.push(...vtimezone(zone, Number(s.start_date.slice(0, 4)) - 1, Number(s.end_date.slice(0, 4)) + 1));
  const event = (uid: string, when: string[], summary: string, extra: string[] = []) =>
    lines.push('BEGIN:VEVENT', `UID:${uid}@${DOMAIN}`, stamp, ...when, `SUMMARY:${text(summary)}`, ...extra, 'END:VEVENT');
  const allDay = (start: string, end: string) => [`DTSTART;VALUE=DATE:${day(start)}`, `DTEND;VALUE=DATE:${day(addDays(end, 1))}`];

  for (const c of rows.content_item) {
    if (!c.publish_date) continue;
    const platform = f.platform(c.platform_id);
    const summary = platform ? `[${platform}] ${c.title}` : c.title;
    const details = [`${w('format')}: ${w.of('format', c.format)}`, `${w('status')}: ${f.status(c.status_id)}`, c.owner_id ? `${w('owner')}: ${f.person(c.owner_id)}` : '', c.theme ? `${w('theme')}: ${c.theme}` : '', c.notes].filter(Boolean).join('\n');
    const when = c.publish_time ? [`DTSTART;${tz}:${local(c.publish_date, c.publish_time)}`, `DURATION:PT${CONTENT_MINUTES}M`] : allDay(c.publish_date, c.publish_date);
    event(`content-${c.id}`, when, summary, [`DESCRIPTION:${text(details)}`, `CATEGORIES:${text(w('content'))}`]);
  }
  for (const t of rows.task) {
    if (!t.milestone) continue;
    event(`milestone-${t.id}`, allDay(t.start, t.end), `◆ ${t.name}`, [`CATEGORIES:${text(w('milestone'))}`, 'TRANSP:TRANSPARENT', ...(t.notes ? [`DESCRIPTION:${text(t.notes)}`] : [])]);
  }
  for (const k of rows.key_date) {
    event(`keydate-${k.id}`, allDay(k.start, k.end), k.name, [`CATEGORIES:${text(w.of('kd', k.kind))}`, 'TRANSP:TRANSPARENT', ...(k.note ? [`DESCRIPTION:${text(k.note)}`] : [])]);
  }
  for (const m of rows.meeting) {
    const begin = m.start_date ?? s.start_date;
    const stop = m.end_date && m.end_date < s.end_date ? m.end_date : s.end_date;
    const first = nextWeekday(begin, m.weekday);
    if (first > stop) continue;
    const byday = WEEKDAYS[m.weekday - 1]!;
    const nth = Math.floor((Number(first.slice(8, 10)) - 1) / 7) + 1;
    // "a month without a 5th such weekday takes its last one": the 5th is always the last
    const rule = m.recurrence === 'monthly' ? `FREQ=MONTHLY;BYDAY=${nth === 5 ? -1 : nth}${byday}` : `FREQ=WEEKLY;INTERVAL=${m.recurrence === 'biweekly' ? 2 : 1};BYDAY=${byday}`;
    const until = utc(wallTimeToUtc(stop, '23:59', zone));
    const attendees = m.attendee_ids.map((id) => rows.person.find((p) => p.id === id)).filter((p) => p !== undefined)
      .map((p) => `ATTENDEE;CN="${p.name.replace(/"/g, "'")}"${p.email ? `:mailto:${p.email}` : `:urn:${DOMAIN}:person:${p.id}`}`);
    event(`meeting-${m.id}`, [`DTSTART;${tz}:${local(first, m.time)}`, `DURATION:PT${m.duration_minutes}M`, `RRULE:${rule};UNTIL=${until}`], m.name,
      [...(m.notes ? [`DESCRIPTION:${text(m.notes)}`] : []), ...attendees]);
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
