import { describe, expect, it } from 'vitest';
import { moveTarget, startTarget, type CalGrid } from '../../../renderer/features/content/calendar-drop.ts';
import { axisStartOf, byLane, dayInfos, itemsByDay, overlayText, peakBands, targetKey, weekLanes } from '../../../renderer/features/content/calendar-model.ts';
import { weekOf } from '../../../shared/logic/calendar.ts';
import { item } from './helpers.ts';

const known = new Set(['weibo', 'wechat']);

describe('what the calendar draws', () => {
  it('puts the dated items of the range by day, in time order (no time first), then board order', () => {
    const items = [
      item('late', { publish_date: '2026-12-08', publish_time: '21:00' }),
      item('early', { publish_date: '2026-12-08', publish_time: '09:30' }),
      item('none', { publish_date: '2026-12-08', sort_order: 2 }),
      item('none-first', { publish_date: '2026-12-08', sort_order: 1 }),
      item('outside', { publish_date: '2026-12-20' }),
      item('undated'),
    ];
    const m = itemsByDay(items, '2026-12-07', '2026-12-13');
    expect([...m.keys()]).toEqual(['2026-12-08']);
    expect(m.get('2026-12-08')!.map((c) => c.id)).toEqual(['none-first', 'none', 'early', 'late']);
  });

  it('splits a day by platform lane; an item of a removed platform goes to the no-platform lane', () => {
    const lanes = byLane([item('a', { platform_id: 'weibo' }), item('b', { platform_id: 'gone' }), item('c', { platform_id: null }), item('d', { platform_id: 'weibo' })], known);
    expect([...lanes.entries()].map(([k, v]) => [k, v.map((c) => c.id)])).toEqual([
      ['weibo', ['a', 'd']],
      ['', ['b', 'c']],
    ]);
    expect(byLane(undefined, known).size).toBe(0);
  });

  it('adds the no-platform lane only when an item on screen needs it', () => {
    const withPlatforms = new Map([['2026-12-08', [item('a', { platform_id: 'weibo' })]]]);
    expect(weekLanes(['weibo', 'wechat'], known, withPlatforms)).toEqual(['weibo', 'wechat']);
    const without = new Map([['2026-12-08', [item('a', { platform_id: null })]]]);
    expect(weekLanes(['weibo', 'wechat'], known, without)).toEqual(['weibo', 'wechat', null]);
  });

  it('starts the time axis at 06:00 or at the hour of the earliest time on screen', () => {
    expect(axisStartOf([])).toBe(360);
    expect(axisStartOf(['20:00', '07:45'])).toBe(360);
    expect(axisStartOf(['05:10', '20:00'])).toBe(300);
    expect(axisStartOf(['20:00'], 125)).toBe(120);
  });

  it('cuts the peak window to the axis, in two when it runs past midnight', () => {
    expect(peakBands('20:00', '22:00', 360)).toEqual([[1200, 1320]]);
    expect(peakBands('22:00', '02:00', 360)).toEqual([[1320, 1440]]);
    expect(peakBands('22:00', '02:00', 0)).toEqual([[1320, 1440], [0, 120]]);
    expect(peakBands('20:00', '20:00', 0)).toEqual([]);
  });

  it('says on the dragged card where the drop goes, and the platform only when it changes', () => {
    const w = { tray: 'Not scheduled.', noTime: 'No time', weekDay: (d: string) => `day ${d.slice(8)}`, platformName: (id: string | null) => (id ? id.toUpperCase() : 'none') };
    const c = item('x', { publish_time: '20:00', platform_id: 'weibo' });
    expect(overlayText(c, null, w)).toBe('');
    expect(overlayText(c, { kind: 'tray' }, w)).toBe('Not scheduled.');
    expect(overlayText(c, { kind: 'day', date: '2026-12-10' }, w)).toBe('→ day 10 20:00');
    expect(overlayText(c, { kind: 'lane', date: '2026-12-10', platformId: 'weibo', minutes: 1230 }, w)).toBe('→ day 10 20:30');
    expect(overlayText(c, { kind: 'lane', date: '2026-12-10', platformId: 'wechat', minutes: null }, w)).toBe('→ day 10 No time · WECHAT');
  });

  it('keys a target so a move that stays on it changes nothing', () => {
    expect(targetKey({ kind: 'lane', date: '2026-12-10', platformId: null, minutes: null })).toBe(targetKey({ kind: 'lane', date: '2026-12-10', platformId: null, minutes: null }));
    expect(targetKey({ kind: 'day', date: '2026-12-10' })).not.toBe(targetKey({ kind: 'lane', date: '2026-12-10', platformId: null, minutes: null }));
  });

  it('makes one record per day on screen', () => {
    const days = weekOf('2026-12-09');
    const byDay = new Map([['2026-12-08', [item('a')]]]);
    const info = dayInfos(days, byDay, new Map([['2026-12-12', ['kd']]]), new Map(), '2026-12-08');
    expect(info).toHaveLength(7);
    expect(info[1]).toMatchObject({ date: '2026-12-08', today: true, items: [byDay.get('2026-12-08')![0]] });
    expect(info[5]!.keyDates).toEqual(['kd']);
  });
});

describe('keyboard moves with the days side by side', () => {
  const grid: CalGrid = { mode: 'days', days: weekOf('2026-12-09'), lanes: ['weibo', 'wechat', null] };
  const c = item('x', { publish_date: '2026-12-08', publish_time: '21:10', platform_id: 'wechat' });

  it('starts on the item’s own cell and keeps its time', () => {
    expect(startTarget(c, grid)).toEqual({ kind: 'lane', date: '2026-12-08', platformId: 'wechat', minutes: 21 * 60 + 10 });
  });

  it('moves by a day sideways and by a platform up and down, and stays on screen', () => {
    const at = startTarget(c, grid);
    expect(moveTarget(c, at, 'right', grid)).toMatchObject({ date: '2026-12-09', platformId: 'wechat', minutes: 1270 });
    expect(moveTarget(c, at, 'left', grid)).toMatchObject({ date: '2026-12-07' });
    expect(moveTarget(c, moveTarget(c, at, 'left', grid), 'left', grid)).toMatchObject({ date: '2026-12-07' });
    expect(moveTarget(c, at, 'down', grid)).toMatchObject({ date: '2026-12-08', platformId: null });
    expect(moveTarget(c, at, 'up', grid)).toMatchObject({ platformId: 'weibo' });
    expect(moveTarget(c, at, 'end', grid)).toMatchObject({ date: '2026-12-13' });
    expect(moveTarget(c, at, 'home', grid)).toMatchObject({ date: '2026-12-07' });
    expect(moveTarget(c, at, 'pageDown', grid)).toMatchObject({ platformId: null });
    expect(moveTarget(c, at, 'pageUp', grid)).toMatchObject({ platformId: 'weibo' });
  });

  it('enters the week from the tray on the first day, on the item’s platform', () => {
    const u = item('u', { platform_id: 'weibo' });
    expect(moveTarget(u, { kind: 'tray' }, 'right', grid)).toEqual({ kind: 'lane', date: '2026-12-07', platformId: 'weibo', minutes: null });
  });
});
