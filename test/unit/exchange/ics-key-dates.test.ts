import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessKind, readIcsKeyDates } from '../../../shared/exchange/ics-key-dates.ts';
import { PlannerError } from '../../../shared/errors.ts';

const FIXTURE = fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/exchange/client-key-dates.ics'));
const bytes = (s: string) => new TextEncoder().encode(s);
const PLAN = { start: '2026-01-05', end: '2026-12-31' };
const existing = [{ name: 'Qingming holiday', start: '2026-04-04' }];

function refusal(fn: () => unknown): { code: string; params: Record<string, unknown> } {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlannerError) return { code: e.code, params: e.params as Record<string, unknown> };
    throw e;
  }
  throw new Error('not refused');
}

describe('key dates from an .ics file', () => {
  const read = readIcsKeyDates(FIXTURE, { existing, kind: 'guess', window: PLAN });

  it('turns all-day events into key dates, multi-day ones ending on their last day', () => {
    expect(read.calendar).toBe('Client launch calendar 2026');
    expect(read.dates.map((d) => [d.name, d.start, d.end, d.kind])).toEqual([
      ['618 mid-year shopping festival', '2026-06-01', '2026-06-18', 'shopping'],
      ['World Cup final', '2026-07-19', '2026-07-19', 'sports'],
      ['Shanghai beauty expo', '2026-09-08', '2026-09-10', 'industry'],
      ['Brand anniversary', '2026-09-16', '2026-09-16', 'other'],
      ['Singles Day', '2026-11-11', '2026-11-11', 'shopping'],
    ]);
    expect(read.dates[0]!.note).toBe('Pre-sales open on 1 June, peak on the 18th.');
  });

  it('leaves out what is not a key date, and what the plan has, saying why', () => {
    expect(read.leftOut).toEqual([
      { name: 'Qingming holiday', start: '2026-04-04', reason: 'duplicate' },
      // 00:30 in Shanghai is still the 14th in UTC: the day is the event's own
      { name: 'Brand summit keynote (live)', start: '2026-06-15', reason: 'timed' },
      { name: 'Client sync', start: '2026-03-02', reason: 'timed' },
      { name: 'Pop-up store opening', start: '2026-05-01', reason: 'cancelled' },
    ]);
  });

  it('gives every date the kind the user chose', () => {
    const all = readIcsKeyDates(FIXTURE, { existing: [], kind: 'industry', window: PLAN });
    expect(new Set(all.dates.map((d) => d.kind))).toEqual(new Set(['industry']));
    expect(all.dates.map((d) => d.name)).toContain('Qingming holiday');
  });

  it('takes only the first occurrence of a recurring event without the plan’s dates', () => {
    const plain = readIcsKeyDates(FIXTURE, { existing: [], kind: 'guess' });
    expect(plain.dates.find((d) => d.name === 'Brand anniversary')?.start).toBe('2025-09-16');
  });

  it('refuses files that are not iCalendar, with a reason, and reads nothing from them', () => {
    expect(refusal(() => readIcsKeyDates(bytes('Subject,Start Date\nLaunch,2026-03-01\n'), { existing, kind: 'guess' }))).toMatchObject({ code: 'IMPORT_NOT_ICS' });
    expect(refusal(() => readIcsKeyDates(bytes('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n'), { existing, kind: 'guess' })).code).toBe('IMPORT_NOT_ICS');
    expect(refusal(() => readIcsKeyDates(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), { existing, kind: 'guess' })).code).toBe('IMPORT_NOT_ICS');
    const noStart = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Launch\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(refusal(() => readIcsKeyDates(bytes(noStart), { existing, kind: 'guess' }))).toMatchObject({ code: 'IMPORT_STRUCTURE' });
  });

  it('guesses kinds from English and Chinese names', () => {
    expect(guessKind('春节假期')).toBe('holiday');
    expect(guessKind('双十一购物节')).toBe('shopping');
    expect(guessKind('调休上班')).toBe('workday');
    expect(guessKind('世界杯决赛')).toBe('sports');
    expect(guessKind('行业峰会')).toBe('industry');
    expect(guessKind('Mid-Autumn Festival')).toBe('holiday');
    expect(guessKind('Team offsite')).toBe('other');
    expect(guessKind('Launch', ['Holidays'])).toBe('holiday');
  });
});
