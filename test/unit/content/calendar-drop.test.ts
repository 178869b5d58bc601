import { describe, expect, it } from 'vitest';
import { calendarDrop, dropLane, moveTarget, startTarget, weekDropMinutes, type CalGrid } from '../../../renderer/features/content/calendar-drop.ts';
import { contentHash, parseContentRoute } from '../../../renderer/features/content/route.ts';
import { monthGrid, weekOf } from '../../../shared/logic/calendar.ts';
import { item } from './helpers.ts';

const plan = { start_date: '2026-01-01', end_date: '2026-12-31' };
const dated = item('x', { publish_date: '2026-12-05', publish_time: '21:10', platform_id: 'douyin' });
const undated = item('u', { platform_id: 'wechat' });

describe('calendar drops', () => {
  it('a month day changes the date and keeps the time', () => {
    expect(calendarDrop(dated, { kind: 'day', date: '2026-12-09' }, plan)).toEqual({
      ok: true,
      changes: [{ entity: 'content_item', id: 'x', field: 'publish_date', value: '2026-12-09' }],
    });
    expect(calendarDrop(dated, { kind: 'day', date: '2026-12-05' }, plan)).toEqual({ ok: true, changes: [] });
  });

  it('a day outside the plan is refused', () => {
    expect(calendarDrop(dated, { kind: 'day', date: '2027-01-01' }, plan)).toEqual({ ok: false, reason: 'outside', date: '2027-01-01' });
    expect(calendarDrop(undated, { kind: 'lane', date: '2025-12-31', platformId: 'douyin', minutes: 600 }, plan).ok).toBe(false);
  });

  it('a week lane sets day, platform and time; the tray takes the date away', () => {
    expect(calendarDrop(dated, { kind: 'lane', date: '2026-12-06', platformId: 'weibo', minutes: 1200 }, plan)).toEqual({
      ok: true,
      changes: [
        { entity: 'content_item', id: 'x', field: 'publish_date', value: '2026-12-06' },
        { entity: 'content_item', id: 'x', field: 'platform_id', value: 'weibo' },
        { entity: 'content_item', id: 'x', field: 'publish_time', value: '20:00' },
      ],
    });
    expect(calendarDrop(dated, { kind: 'lane', date: '2026-12-05', platformId: 'douyin', minutes: null }, plan)).toEqual({
      ok: true,
      changes: [{ entity: 'content_item', id: 'x', field: 'publish_time', value: null }],
    });
    expect(calendarDrop(dated, { kind: 'tray' }, plan)).toEqual({ ok: true, changes: [{ entity: 'content_item', id: 'x', field: 'publish_date', value: null }] });
    expect(calendarDrop(undated, { kind: 'tray' }, plan)).toEqual({ ok: true, changes: [] });
    expect(calendarDrop(undated, { kind: 'day', date: '2026-12-24' }, plan)).toEqual({
      ok: true,
      changes: [{ entity: 'content_item', id: 'u', field: 'publish_date', value: '2026-12-24' }],
    });
  });
});

describe('week drop times', () => {
  const px = 40 / 60; // 40 px an hour
  it('keeps an odd time when dragged straight to another lane, moves in 15-minute steps sideways', () => {
    expect(weekDropMinutes({ oldTime: '21:10', fromAxis: true, deltaX: 3, leftX: 900, axisX: 100, pxPerMinute: px })).toBe(21 * 60 + 10);
    expect(weekDropMinutes({ oldTime: '21:10', fromAxis: true, deltaX: 40, leftX: 940, axisX: 100, pxPerMinute: px })).toBe(22 * 60 + 10);
    expect(weekDropMinutes({ oldTime: '00:10', fromAxis: true, deltaX: -40, leftX: 105, axisX: 100, pxPerMinute: px })).toBe(0);
    expect(weekDropMinutes({ oldTime: '00:10', fromAxis: true, deltaX: -40, leftX: 60, axisX: 100, pxPerMinute: px })).toBeNull();
  });

  it('measures from where the axis starts', () => {
    expect(weekDropMinutes({ oldTime: null, fromAxis: false, deltaX: 0, leftX: 100 + 14 * 40, axisX: 100, pxPerMinute: px, axisStart: 360 })).toBe(20 * 60);
    expect(weekDropMinutes({ oldTime: '06:30', fromAxis: true, deltaX: -60, leftX: 95, axisX: 100, pxPerMinute: px, axisStart: 360 })).toBe(360);
  });

  it('takes the time under the left edge for items from elsewhere', () => {
    expect(weekDropMinutes({ oldTime: null, fromAxis: false, deltaX: 0, leftX: 100 + 20 * 40 + 3, axisX: 100, pxPerMinute: px })).toBe(20 * 60);
    expect(weekDropMinutes({ oldTime: '10:00', fromAxis: false, deltaX: 0, leftX: 50, axisX: 100, pxPerMinute: px })).toBeNull();
  });
});

describe('keyboard moves on the calendar', () => {
  const month: CalGrid = { mode: 'month', days: monthGrid({ year: 2026, month: 12 }).flat(), entry: '2026-12-01' };
  const week: CalGrid = { mode: 'week', days: weekOf('2026-11-30'), lanes: ['douyin', 'wechat', 'weibo'], entryMinutes: 1200 };

  it('starts on the item, or in the tray', () => {
    expect(startTarget(dated, month)).toEqual({ kind: 'day', date: '2026-12-05' });
    expect(startTarget(undated, month)).toEqual({ kind: 'tray' });
    expect(startTarget(dated, week)).toEqual({ kind: 'lane', date: '2026-12-05', platformId: 'douyin', minutes: 1270 });
  });

  it('moves by days and weeks in the month, staying on screen', () => {
    const at = { kind: 'day' as const, date: '2026-12-05' };
    expect(moveTarget(dated, at, 'right', month)).toEqual({ kind: 'day', date: '2026-12-06' });
    expect(moveTarget(dated, at, 'up', month)).toEqual(at); // 28 Nov is not on the December grid
    expect(moveTarget(dated, { kind: 'day', date: '2026-12-09' }, 'up', month)).toEqual({ kind: 'day', date: '2026-12-02' });
    expect(moveTarget(dated, { kind: 'day', date: '2026-11-30' }, 'up', month)).toEqual({ kind: 'day', date: '2026-11-30' });
    expect(moveTarget(undated, { kind: 'tray' }, 'down', month)).toEqual({ kind: 'day', date: '2026-12-01' });
  });

  it('moves through lanes, days and times in the week', () => {
    const at = { kind: 'lane' as const, date: '2026-12-05', platformId: 'weibo', minutes: 600 };
    expect(moveTarget(dated, at, 'down', week)).toEqual({ ...at, date: '2026-12-06', platformId: 'douyin' });
    expect(moveTarget(dated, at, 'up', week)).toEqual({ ...at, platformId: 'wechat' });
    expect(moveTarget(dated, at, 'right', week)).toEqual({ ...at, minutes: 615 });
    expect(moveTarget(dated, at, 'left', week, true)).toEqual({ ...at, minutes: 540 });
    expect(moveTarget(dated, at, 'pageUp', week)).toEqual({ ...at, date: '2026-12-04' });
    expect(moveTarget(dated, { ...at, minutes: 0 }, 'left', week)).toEqual({ ...at, minutes: null });
    expect(moveTarget(dated, { ...at, minutes: null }, 'right', week)).toEqual({ ...at, minutes: 1200 });
    expect(moveTarget(undated, { kind: 'tray' }, 'right', week)).toEqual({ kind: 'lane', date: '2026-11-30', platformId: 'wechat', minutes: 1200 });
  });
});

describe('content routes', () => {
  it('reads and writes the view part of the address', () => {
    expect(parseContentRoute('#/content')).toBeNull();
    expect(parseContentRoute('#/content/board')).toEqual({ mode: 'board', at: null });
    expect(parseContentRoute('#/content/month/2026-12')).toEqual({ mode: 'month', at: '2026-12' });
    expect(parseContentRoute('#/content/month/2026-13')).toEqual({ mode: 'month', at: null });
    expect(parseContentRoute('#/content/week/2026-12-07')).toEqual({ mode: 'week', at: '2026-12-07' });
    expect(parseContentRoute('#/content/nonsense')).toBeNull();
    expect(parseContentRoute('#/timeline/week')).toBeNull();
    expect(contentHash({ mode: 'week', at: '2026-12-07' })).toBe('#/content/week/2026-12-07');
    expect(contentHash({ mode: 'month', at: null })).toBe('#/content/month');
  });
});


describe('the platform lane of a pointer drop in the week view', () => {
  const lanes = ['plat-weibo', 'plat-wechat', null];
  it('keeps the item on its own platform while the pointer crosses other lanes', () => {
    expect(dropLane('plat-weibo', 'plat-wechat', lanes, false)).toBe('plat-weibo');
    expect(dropLane(null, 'plat-wechat', lanes, false)).toBeNull();
  });
  it('takes the lane under the pointer when the user holds the modifier, or when its own lane is not shown', () => {
    expect(dropLane('plat-weibo', 'plat-wechat', lanes, true)).toBe('plat-wechat');
    expect(dropLane('plat-douyin', 'plat-wechat', lanes, false)).toBe('plat-wechat');
  });
});
