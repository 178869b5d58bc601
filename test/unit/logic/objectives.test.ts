import { describe, expect, it } from 'vitest';
import { aggregationOf, forecast, progress, rates, rollupCheck, type ActualLike, type ObjectiveLike } from '../../../shared/logic/objectives.ts';

const objective = (over: Partial<ObjectiveLike> & { id: string }): ObjectiveLike => ({
  parent_id: null,
  metric: 'reach',
  baseline: 0,
  target: 1000,
  period_start: '2026-03-01',
  period_end: '2026-03-31',
  platform_id: null,
  rollup: 'sum',
  ...over,
});
const actual = (date: string, value: number, over: Partial<ActualLike> = {}): ActualLike => ({
  date,
  value,
  metric: 'reach',
  platform_id: null,
  objective_id: null,
  ...over,
});

describe('rollupCheck', () => {
  it('compares children with their parent, within half a percent for sums', () => {
    const months = Array.from({ length: 12 }, (_, i) => objective({ id: `m${i}`, parent_id: 'year', target: 100 }));
    const objectives = [
      objective({ id: 'year', target: 1200 }),
      ...months,
      objective({ id: 'q1', target: 1000 }),
      objective({ id: 'q1a', parent_id: 'q1', target: 300 }),
      objective({ id: 'q1b', parent_id: 'q1', target: 300 }),
      objective({ id: 'q1c', parent_id: 'q1', target: 396 }),
      objective({ id: 'q2', target: 1000 }),
      objective({ id: 'q2a', parent_id: 'q2', target: 994 }),
      objective({ id: 'rate', metric: 'engagement_rate', rollup: 'average', target: 5 }),
      objective({ id: 'r1', parent_id: 'rate', target: 4 }),
      objective({ id: 'r2', parent_id: 'rate', target: 6 }),
      objective({ id: 'free', rollup: 'none', target: 1 }),
      objective({ id: 'f1', parent_id: 'free', target: 50 }),
    ];
    const checks = rollupCheck(objectives);
    expect(checks.map((c) => [c.parentId, c.expected, c.actual, c.ok])).toEqual([
      ['year', 1200, 1200, true],
      ['q1', 1000, 996, true],
      ['q2', 1000, 994, false],
      ['rate', 5, 5, true],
    ]);
    expect(checks[1]!.childIds).toEqual(['q1a', 'q1b', 'q1c']);
  });
});

describe('progress', () => {
  const reach = objective({ id: 'o' });
  const actuals = [
    actual('2026-03-02', 100, { objective_id: 'o' }),
    actual('2026-03-05', 200),
    actual('2026-03-10', 999, { platform_id: 'dy' }),
    actual('2026-03-06', 50, { metric: 'clicks' }),
    actual('2026-04-01', 400),
    actual('2026-03-07', 70, { objective_id: 'other' }),
    { ...actual('2026-03-08', 70), deleted: true },
  ];

  it('adds up a flow over the period from linked and matching measurements', () => {
    expect(progress(reach, actuals)).toEqual({ aggregation: 'sum', value: 300, percent: 30, points: 2, latestDate: '2026-03-05' });
  });

  it('reads a level from the latest measurement, measured from the baseline', () => {
    const followers = objective({ id: 'f', metric: 'followers', baseline: 1000, target: 2000 });
    const points = [actual('2026-03-20', 1400, { metric: 'followers' }), actual('2026-03-10', 1200, { metric: 'followers' })];
    expect(aggregationOf(followers)).toBe('latest');
    expect(progress(followers, points)).toMatchObject({ value: 1400, percent: 40 });
  });

  it('has no value before anything is measured', () => {
    expect(progress(reach, [])).toEqual({ aggregation: 'sum', value: null, percent: null, points: 0, latestDate: null });
  });
});

describe('forecast', () => {
  const reach = objective({ id: 'o' });

  it('projects a flow at its run rate to the end of the period', () => {
    const points = [actual('2026-03-02', 100), actual('2026-03-05', 200), actual('2026-03-10', 0)];
    expect(forecast(reach, points, '2026-03-12')).toEqual({ projected: 930, percent: 93, onTrack: false });
    // on the 5th only the first two measurements exist: 300 in 5 days
    expect(forecast(reach, points, '2026-03-05')).toMatchObject({ projected: 1860, onTrack: true });
  });

  it('projects a level along the line through its measurements', () => {
    const followers = objective({ id: 'f', metric: 'followers', baseline: 1000, target: 2000 });
    const points = [actual('2026-03-10', 1200, { metric: 'followers' }), actual('2026-03-20', 1400, { metric: 'followers' })];
    const result = forecast(followers, points, '2026-03-25');
    expect(result.projected).toBeCloseTo(1620, 9);
    expect(result.onTrack).toBe(false);
  });

  it('draws a single measurement from the baseline on the first day', () => {
    const followers = objective({ id: 'f', metric: 'followers', baseline: 1000, target: 2000 });
    expect(forecast(followers, [actual('2026-03-11', 1300, { metric: 'followers' })], '2026-03-11').projected).toBeCloseTo(1900, 9);
  });

  it('is on track when a target below the baseline is reached', () => {
    const cost = objective({ id: 'c', metric: 'cost_per_lead', rollup: 'average', baseline: 50, target: 30 });
    const points = [actual('2026-03-01', 45, { metric: 'cost_per_lead' }), actual('2026-03-11', 40, { metric: 'cost_per_lead' })];
    expect(forecast(cost, points, '2026-03-15')).toMatchObject({ projected: 30, onTrack: true });
  });

  it('says nothing before the first measurement of the period', () => {
    expect(forecast(reach, [actual('2026-03-10', 100)], '2026-02-20')).toEqual({ projected: null, percent: null, onTrack: null });
  });
});

describe('rates', () => {
  const m = (platform_id: string | null, metric: string, value: number, date = '2026-03-10') => actual(date, value, { platform_id, metric });

  it('computes each rate only where its inputs were recorded', () => {
    const result = rates([
      m('dy', 'reach', 1000),
      m('dy', 'engagements', 50),
      m('dy', 'clicks', 200),
      m('dy', 'orders', 10),
      m('dy', 'leads', 30),
      m('dy', 'revenue', 3000),
      m('dy', 'revenue', 2000),
      m('dy', 'spend', 2000),
      m('wb', 'reach', 0),
      m('wb', 'engagements', 5),
      m('wb', 'clicks', 100),
      m('wb', 'leads', 7),
      m('wb', 'gmv', 300),
      m(null, 'spend', 100),
    ]);
    expect(result.map(({ platformId, engagementRate, conversionRate, roi }) => ({ platformId, engagementRate, conversionRate, roi }))).toEqual([
      { platformId: 'dy', engagementRate: 0.05, conversionRate: 0.05, roi: 1.5 },
      { platformId: 'wb', engagementRate: null, conversionRate: 0.07, roi: null },
      { platformId: null, engagementRate: null, conversionRate: null, roi: null },
    ]);
  });

  it('keeps to the window', () => {
    const result = rates([m('dy', 'reach', 100, '2026-03-01'), m('dy', 'engagements', 10, '2026-03-01'), m('dy', 'engagements', 90, '2026-04-01')], { to: '2026-03-31' });
    expect(result[0]!.engagementRate).toBe(0.1);
  });
});

describe('aggregationOf', () => {
  it('adds up a flow even when its breakdown has no roll-up rule, and reads a rate as a level', () => {
    expect(aggregationOf({ metric: 'gmv', rollup: 'none' })).toBe('sum');
    expect(aggregationOf({ metric: 'reach', rollup: 'sum' })).toBe('sum');
    expect(aggregationOf({ metric: 'engagement_rate', rollup: 'average' })).toBe('latest');
    expect(aggregationOf({ metric: 'followers', rollup: 'none' })).toBe('latest');
  });
});
