import { describe, expect, it } from 'vitest';
import { formatUtcOffset, isValidZone, localEquivalent, wallTimeIn, wallTimeToUtc, zoneDisplayName, zoneOffsetMinutes } from '../../../shared/logic/calendar-zone.ts';

describe('the plan time zone', () => {
  it('knows offsets, with and without daylight saving', () => {
    const winter = Date.UTC(2026, 11, 5, 12);
    const summer = Date.UTC(2026, 6, 5, 12);
    expect(zoneOffsetMinutes('Asia/Shanghai', winter)).toBe(480);
    expect(zoneOffsetMinutes('Asia/Shanghai', summer)).toBe(480);
    expect(zoneOffsetMinutes('Europe/Berlin', winter)).toBe(60);
    expect(zoneOffsetMinutes('Europe/Berlin', summer)).toBe(120);
    expect(zoneOffsetMinutes('America/St_Johns', winter)).toBe(-210);
  });

  it('turns a wall time in a zone into an instant and back', () => {
    const at = wallTimeToUtc('2026-12-05', '20:00', 'Asia/Shanghai');
    expect(new Date(at).toISOString()).toBe('2026-12-05T12:00:00.000Z');
    expect(wallTimeIn(at, 'Asia/Shanghai')).toEqual({ date: '2026-12-05', time: '20:00' });
    expect(wallTimeIn(at, 'Europe/Berlin')).toEqual({ date: '2026-12-05', time: '13:00' });
    expect(wallTimeIn(at, 'America/Los_Angeles')).toEqual({ date: '2026-12-05', time: '04:00' });
    // across a daylight-saving change (Berlin springs forward on 29 March 2026)
    const spring = wallTimeToUtc('2026-03-29', '12:00', 'Europe/Berlin');
    expect(new Date(spring).toISOString()).toBe('2026-03-29T10:00:00.000Z');
  });

  it('says what a plan time is on a machine elsewhere, and nothing when the clocks agree', () => {
    expect(localEquivalent('2026-12-05', '20:00', 'Asia/Shanghai', 'Europe/Berlin')).toEqual({ date: '2026-12-05', time: '13:00' });
    expect(localEquivalent('2026-12-05', '02:00', 'Asia/Shanghai', 'America/New_York')).toEqual({ date: '2026-12-04', time: '13:00' });
    expect(localEquivalent('2026-12-05', '20:00', 'Asia/Shanghai', 'Asia/Hong_Kong')).toBeNull();
    expect(localEquivalent('2026-12-05', '20:00', 'Not/AZone', 'Europe/Berlin')).toBeNull();
  });

  it('knows zones, and formats offsets', () => {
    expect(isValidZone('Asia/Shanghai')).toBe(true);
    expect(isValidZone('Mars/Olympus')).toBe(false);
    expect(formatUtcOffset(480)).toBe('UTC+08:00');
    expect(formatUtcOffset(-210)).toBe('UTC-03:30');
    expect(formatUtcOffset(0)).toBe('UTC');
  });

  it('names a zone in words, in the reader’s language, with the IANA name after it', () => {
    const winter = Date.UTC(2026, 11, 5, 12);
    expect(zoneDisplayName('Asia/Shanghai', 'zh-CN', winter)).toBe('中国标准时间 (Asia/Shanghai)');
    expect(zoneDisplayName('Asia/Shanghai', 'en', winter)).toBe('China Standard Time (Asia/Shanghai)');
    expect(zoneDisplayName('Europe/Berlin', 'en', winter)).toBe('Central European Standard Time (Europe/Berlin)');
    expect(zoneDisplayName('Not/AZone', 'en', winter)).toBe('Not/AZone');
  });
});
