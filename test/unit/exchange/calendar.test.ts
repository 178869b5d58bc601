import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planIcs } from '../../../electron/services/export/ics.ts';
import type { Rows } from '../../../shared/api.ts';
import { samplePlan } from './export-helpers.ts';

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { cal, events, byUid: new Map(events.map((e) => [e.uid, e])) };
}

const utcOf = (e: ICAL.Event) => e.startDate.toJSDate().toISOString();

describe('the calendar export', () => {
  const { rows } = samplePlan('zh-CN');

  it('puts content pieces at their publishing time in Asia/Shanghai', () => {
    const { byUid, cal } = parse(planIcs(rows, 'zh-CN'));
    expect(cal.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    const timed = rows.content_item.filter((c) => c.publish_date && c.publish_time);
    expect(timed.length).toBeGreaterThan(5);
    for (const c of timed) {
      const e = byUid.get(`content-${c.id}@campaign-planner`)!;
      expect(e, c.id).toBeTruthy();
      expect(e.startDate.zone?.tzid).toBe('Asia/Shanghai');
      const [h, m] = c.publish_time!.split(':').map(Number) as [number, number];
      const [y, mo, d] = c.publish_date!.split('-').map(Number) as [number, number, number];
      expect(utcOf(e)).toBe(new Date(Date.UTC(y, mo - 1, d, h - 8, m)).toISOString());
      expect(e.summary).toContain(c.title);
    }
  });

  it('shows milestones and key dates as all-day events', () => {
    const { byUid } = parse(planIcs(rows, 'zh-CN'));
    const milestone = rows.task.find((t) => t.milestone)!;
    const m = byUid.get(`milestone-${milestone.id}@campaign-planner`)!;
    expect(m.startDate.isDate).toBe(true);
    expect(m.startDate.toString()).toBe(milestone.start);
    const holiday = rows.key_date.find((k) => k.end > k.start)!;
    const k = byUid.get(`keydate-${holiday.id}@campaign-planner`)!;
    expect(k.startDate.isDate).toBe(true);
    expect(k.startDate.toString()).toBe(holiday.start);
    // DTEND of an all-day event is exclusive: the day after the last day
    const after = k.endDate.clone();
    after.adjust(-1, 0, 0, 0);
    expect(after.toString()).toBe(holiday.end);
  });

  it('repeats meetings with an RRULE on their weekday and time', () => {
    const { byUid } = parse(planIcs(rows, 'zh-CN'));
    for (const meeting of rows.meeting) {
      const e = byUid.get(`meeting-${meeting.id}@campaign-planner`)!;
      expect(e.isRecurring()).toBe(true);
      const it = e.iterator();
      const first = it.next()!;
      const second = it.next()!;
      expect(first.dayOfWeek()).toBe((meeting.weekday % 7) + 1); // ical.js: Sunday = 1
      expect(`${String(first.hour).padStart(2, '0')}:${String(first.minute).padStart(2, '0')}`).toBe(meeting.time);
      const gap = (second.toUnixTime() - first.toUnixTime()) / 86_400;
      if (meeting.recurrence === 'weekly') expect(gap).toBe(7);
      if (meeting.recurrence === 'biweekly') expect(gap).toBe(14);
      if (meeting.recurrence === 'monthly') expect(gap).toBeGreaterThanOrEqual(28);
    }
  });

  it('keeps UIDs from row ids, so a second export updates the same events', () => {
    const a = parse(planIcs(rows, 'zh-CN', Date.UTC(2026, 0, 1)));
    const b = parse(planIcs(rows, 'en', Date.UTC(2026, 5, 1)));
    expect([...a.byUid.keys()].sort()).toEqual([...b.byUid.keys()].sort());
    expect(a.byUid.size).toBe(new Set(a.events.map((e) => e.uid)).size);
  });

  it('ends lines in CRLF and folds them at 75 octets', () => {
    const ics = planIcs(rows, 'zh-CN');
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    // folding never cuts a character in two: every line is valid UTF-8 on its own
    for (const line of lines) expect(Buffer.from(Buffer.from(line).toString('utf8')).equals(Buffer.from(line))).toBe(true);
  });

  it('describes daylight saving in its VTIMEZONE (Europe/Berlin)', () => {
    const berlin: Rows = { ...rows, settings: rows.settings.map((s) => ({ ...s, time_zone: 'Europe/Berlin' })) };
    const { byUid } = parse(planIcs(berlin, 'en'));
    const summer = rows.content_item.find((c) => c.publish_date && c.publish_time && c.publish_date > '2026-04-15' && c.publish_date < '2026-09-15')!;
    const winter = rows.content_item.find((c) => c.publish_date && c.publish_time && (c.publish_date < '2026-03-20' || c.publish_date > '2026-11-01'))!;
    const at = (c: typeof summer, offsetH: number) => {
      const [h, m] = c.publish_time!.split(':').map(Number) as [number, number];
      const [y, mo, d] = c.publish_date!.split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, mo - 1, d, h - offsetH, m)).toISOString();
    };
    expect(utcOf(byUid.get(`content-${summer.id}@campaign-planner`)!)).toBe(at(summer, 2));
    expect(utcOf(byUid.get(`content-${winter.id}@campaign-planner`)!)).toBe(at(winter, 1));
  });
});
