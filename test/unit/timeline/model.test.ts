import { describe, expect, it } from 'vitest';
import { toDay } from '../../../shared/logic/dates.ts';
import { workCalendar } from '../../../shared/logic/workdays.ts';
import type { KeyDate } from '../../../shared/model/registry.ts';
import {
  arrowPath,
  barBox,
  buildRows,
  dayAt,
  drawnRange,
  escapeHtml,
  fitPpd,
  keyDateLanes,
  keyDateWarnings,
  makeCanvas,
  NO_PHASE,
  planSpan,
  PX_PER_DAY,
  ROW_H,
  safeColor,
  scaleOf,
  timeScale,
  isoWeekNumber,
  weekendDays,
  xOf,
} from '../../../renderer/features/timeline/model.ts';
import { base, phase, task } from './helpers.ts';

const keyDate = (id: string, start: string, end: string, kind: KeyDate['kind'] = 'holiday', name = id): KeyDate => ({ ...base, id, name, start, end, kind, note: '' });

describe('buildRows', () => {
  const phases = [phase('p1', 'Prep', '#112233'), phase('p2', 'Run')];
  const tasks = [
    task('a', '2026-03-01', '2026-03-10', { phase_id: 'p1', progress: 100 }),
    task('b', '2026-03-05', '2026-03-06', { phase_id: 'p2' }),
    task('c', '2026-03-11', '2026-03-20', { phase_id: 'p1', progress: 0 }),
    task('m', '2026-03-21', '2026-03-21', { phase_id: 'p1', milestone: true, progress: 100 }),
    task('loose', '2026-04-01', '2026-04-02', { phase_id: 'gone' }),
  ];

  it('groups tasks under their phases in the phases’ order, tasks without a live phase last', () => {
    const { rows, rowOf, groupOf } = buildRows(phases, tasks, new Set());
    expect(rows.map((r) => r.key)).toEqual(['p1', 'a', 'c', 'm', 'p2', 'b', NO_PHASE, 'loose']);
    expect(rowOf.get('c')).toBe(2);
    expect(groupOf.get('loose')).toBe(NO_PHASE);
  });

  it('gives a phase row the span of its tasks, a length-weighted progress (milestones weigh nothing) and its colour', () => {
    const p1 = buildRows(phases, tasks, new Set()).rows[0]!;
    expect(p1).toMatchObject({ kind: 'phase', start: toDay('2026-03-01'), end: toDay('2026-03-21'), progress: 50, color: '#112233' });
  });

  it('hides the tasks of a collapsed phase and points them at its row', () => {
    const { rows, rowOf } = buildRows(phases, tasks, new Set(['p1']));
    expect(rows.map((r) => r.key)).toEqual(['p1', 'p2', 'b', NO_PHASE, 'loose']);
    expect(rowOf.get('a')).toBe(0);
    expect(rows[0]).toMatchObject({ collapsed: true });
  });

  it('keeps an empty phase as a row without a span', () => {
    const { rows } = buildRows([phase('empty')], [], new Set());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ start: null, end: null, progress: 0 });
  });
});

describe('safeColor and escapeHtml keep plan-file text out of markup and CSS', () => {
  it('passes only hex colours', () => {
    expect(safeColor('#abc')).toBe('#abc');
    expect(safeColor(' #A1B2C3 ')).toBe('#A1B2C3');
    expect(safeColor('red;background:url(x)')).toBe('#4f7cac');
  });

  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<img src=x onerror="alert(1)">&'`)).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;');
  });
});

describe('drawnRange', () => {
  it('draws the visible rows and some more, snapped to blocks', () => {
    expect(drawnRange(0, 400, 2000)).toEqual({ first: 0, last: 32 });
    const r = drawnRange(ROW_H * 1000, 400, 2000);
    expect(r.first).toBeLessThanOrEqual(1000 - 12);
    expect(r.last).toBeGreaterThanOrEqual(1000 + Math.ceil(400 / ROW_H) + 12);
    expect(r.first % 16).toBe(0);
  });

  it('never goes past the last row', () => {
    expect(drawnRange(0, 900, 5)).toEqual({ first: 0, last: 5 });
    expect(drawnRange(99_999, 400, 10).last).toBe(10);
  });
});

describe('canvas', () => {
  const span = planSpan([task('a', '2026-03-10', '2026-05-02')], { start: '2026-01-01', end: '2026-12-31' }, toDay('2026-11-26'));

  it('covers the tasks and the campaign period', () => {
    expect(span).toEqual({ start: toDay('2026-01-01'), end: toDay('2026-12-31') });
    expect(planSpan([task('a', '2025-11-03', '2027-02-01')], { start: '2026-01-01', end: '2026-12-31' }, toDay('2026-11-26'))).toEqual({ start: toDay('2025-11-03'), end: toDay('2027-02-01') });
  });

  it('starts on the first of a month (of a quarter on the quarter scale) before the plan, with room after it', () => {
    const week = makeCanvas(span, PX_PER_DAY.week);
    expect(week.origin).toBe(toDay('2025-12-01'));
    expect(week.origin + week.days).toBe(toDay('2027-02-01'));
    expect(week.width).toBe(week.days * 12);
    expect(makeCanvas(span, PX_PER_DAY.quarter).origin).toBe(toDay('2025-10-01'));
  });

  it('maps days to pixels and back exactly on every zoom level', () => {
    for (const ppd of Object.values(PX_PER_DAY)) {
      const c = makeCanvas(span, ppd);
      for (const d of [c.origin, toDay('2026-02-28'), toDay('2026-12-31')]) expect(dayAt(c, xOf(c, d))).toBe(d);
    }
  });

  it('fits the plan in a width with a day width that keeps days whole', () => {
    const ppd = fitPpd(span, 1000);
    expect(ppd * (365 + 21)).toBeLessThanOrEqual(1000);
    expect(ppd * 64).toBe(Math.floor(ppd * 64));
    expect(scaleOf(ppd)).toBe('month');
    expect(scaleOf(PX_PER_DAY.day)).toBe('day');
    expect(scaleOf(PX_PER_DAY.quarter)).toBe('quarter');
  });
});

describe('timeScale', () => {
  const span = { start: toDay('2026-01-05'), end: toDay('2026-03-20') };

  it('shows ISO weeks with their dates over days on the day scale, in the reader’s language', () => {
    const s = timeScale(makeCanvas(span, PX_PER_DAY.day), 'en');
    expect(s.zoom).toBe('day');
    const w2 = s.upper.find((c) => c.start === toDay('2026-01-05'))!;
    expect(w2).toMatchObject({ end: toDay('2026-01-12'), week: 'W2' });
    expect(w2.label).toMatch(/^Jan 5\s*–\s*11$/);
    expect(s.lower[0]).toMatchObject({ label: '1' });
    const zh = timeScale(makeCanvas(span, PX_PER_DAY.day), 'zh-CN', (n) => `第${n}周`);
    expect(zh.upper.find((c) => c.start === toDay('2026-01-05'))!.week).toBe('第2周');
  });

  it('shows ISO weeks (from Monday) on the week scale', () => {
    const s = timeScale(makeCanvas(span, PX_PER_DAY.week), 'en');
    const w = s.lower.find((c) => c.label === 'Jan 12')!;
    expect(w.end - w.start).toBe(7);
    expect(w.week).toBe('W3');
    expect(w.title).toContain('W3');
    // 29 December 2025 begins week 1 of 2026, 28 December 2026 week 53
    expect(isoWeekNumber(toDay('2025-12-29'))).toBe(1);
    expect(isoWeekNumber(toDay('2026-12-28'))).toBe(53);
    expect(isoWeekNumber(toDay('2026-06-07'))).toBe(23);
  });

  it('shows years over months, and years over quarters', () => {
    const m = timeScale(makeCanvas(span, PX_PER_DAY.month), 'en');
    expect(m.lower.map((c) => c.label)).toContain('Feb');
    expect(m.upper.map((c) => c.label)).toContain('2026');
    const q = timeScale(makeCanvas(span, PX_PER_DAY.quarter), 'zh-CN');
    expect(q.lower.map((c) => c.label)).toEqual(['四季度', '一季度', '二季度']);
    expect(q.lower[1]!.title).toBe('2026年一季度');
    expect(timeScale(makeCanvas(span, PX_PER_DAY.quarter), 'en').lower.map((c) => c.label)).toEqual(['Q4', 'Q1', 'Q2']);
  });

  it('finds the weekends', () => {
    const c = makeCanvas({ start: toDay('2026-03-02'), end: toDay('2026-03-08') }, PX_PER_DAY.day);
    expect(weekendDays(c)).toContain(toDay('2026-03-07'));
    expect(weekendDays(c)).toContain(toDay('2026-03-08'));
    expect(weekendDays(c)).not.toContain(toDay('2026-03-06'));
  });

  it('does not shade a make-up Saturday as a weekend', () => {
    const c = makeCanvas({ start: toDay('2026-02-09'), end: toDay('2026-03-01') }, PX_PER_DAY.day);
    const cal = workCalendar([{ start: '2026-02-14', end: '2026-02-14', kind: 'workday' }]);
    expect(weekendDays(c, cal)).not.toContain(toDay('2026-02-14'));
    expect(weekendDays(c, cal)).toContain(toDay('2026-02-15'));
    expect(weekendDays(c, cal)).toContain(toDay('2026-02-21'));
  });
});

describe('keyDateWarnings', () => {
  const holidays = [keyDate('nd', '2026-10-01', '2026-10-07', 'holiday', 'National Day'), keyDate('618', '2026-06-01', '2026-06-18', 'shopping')];

  it('warns about a task that ends during a public holiday', () => {
    const w = keyDateWarnings([task('t', '2026-09-07', '2026-10-07'), task('ok', '2026-09-07', '2026-10-08'), task('before', '2026-09-01', '2026-09-30')], holidays);
    expect(w.get('t')).toEqual([{ kind: 'ends_in_holiday', keyDate: holidays[0] }]);
    expect(w.has('ok')).toBe(false);
    expect(w.has('before')).toBe(false);
  });

  it('warns about a milestone on a public holiday, not on other key dates', () => {
    const w = keyDateWarnings([task('m', '2026-10-03', '2026-10-03', { milestone: true }), task('m2', '2026-06-18', '2026-06-18', { milestone: true })], holidays);
    expect(w.get('m')?.[0]?.kind).toBe('milestone_on_holiday');
    expect(w.has('m2')).toBe(false);
  });
});

describe('keyDateLanes', () => {
  const c = makeCanvas({ start: toDay('2026-01-01'), end: toDay('2026-12-31') }, PX_PER_DAY.week);

  it('puts overlapping labels in different lanes', () => {
    const lanes = keyDateLanes([keyDate('a', '2026-06-01', '2026-06-18', 'shopping', '618'), keyDate('b', '2026-06-11', '2026-07-19', 'sports', 'World Cup'), keyDate('c', '2026-09-01', '2026-09-01')], c);
    expect(lanes.lane.get('a')).not.toBe(lanes.lane.get('b'));
    expect(lanes.lane.get('c')).toBe(0);
    expect(lanes.count).toBe(2);
    expect(lanes.tick.size).toBe(0);
  });

  it('turns labels into marks when every lane is taken, holidays keeping their names first', () => {
    const crowd = Array.from({ length: 6 }, (_, i) => keyDate(`w${i}`, '2026-05-01', '2026-05-01', 'workday', 'A rather long make-up workday name'));
    const lanes = keyDateLanes([...crowd, keyDate('h', '2026-05-01', '2026-05-03', 'holiday', 'Labour Day')], c, 4);
    expect(lanes.tick.has('h')).toBe(false);
    expect(lanes.lane.get('h')).toBe(0);
    // three workdays kept their names in lanes 1-3, the other three are marks in one more lane
    expect(lanes.tick.size).toBe(3);
    expect(lanes.count).toBe(5);
    expect([...lanes.tick].map((id) => lanes.lane.get(id))).toEqual([4, 4, 4]);
  });
});

describe('arrowPath', () => {
  const a = { x1: 0, x2: 100, y: 18 };
  const later = { x1: 150, x2: 200, y: 54 };
  const overlapping = { x1: 50, x2: 80, y: 54 };

  it('leaves FS from the end and enters at the start, one vertical run when there is room', () => {
    expect(arrowPath('FS', a, later)).toBe('M100,18H108V54H150');
  });

  it('bends around when the successor starts before the predecessor ends', () => {
    expect(arrowPath('FS', a, overlapping, 36)).toBe('M100,18H108V36H42V54H50');
  });

  it('uses the start for SS and SF and the end for FF and SF', () => {
    expect(arrowPath('SS', a, later)).toBe('M0,18H-8V54H150');
    expect(arrowPath('FF', a, overlapping)).toBe('M100,18H108V54H80');
    expect(arrowPath('SF', a, overlapping, 36)).toBe('M0,18H-8V36H88V54H80');
  });

  it('finds a milestone’s diamond around the middle of its day', () => {
    const c = makeCanvas({ start: toDay('2026-03-01'), end: toDay('2026-03-31') }, 32);
    const box = barBox(c, '2026-03-10', '2026-03-10', true, 2);
    expect((box.x1 + box.x2) / 2).toBe(xOf(c, toDay('2026-03-10')) + 16);
    expect(box.y).toBe(2 * ROW_H + ROW_H / 2);
    expect(barBox(c, '2026-03-10', '2026-03-11', false, 0).x2 - barBox(c, '2026-03-10', '2026-03-11', false, 0).x1).toBe(64);
  });
});
