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
    const churn = objective({ id: 'c', metric: 'unfollowers', rollup: 'average', baseline: 50, target: 30 });
    const points = [actual('2026-03-01', 45, { metric: 'unfollowers' }), actual('2026-03-11', 40, { metric: 'unfollowers' })];
    expect(forecast(churn, points, '2026-03-15')).toMatchObject({ projected: 30, onTrack: true });
  });

  it('says nothing before the first measurement of the period', () => {
    expect(forecast(reach, [actual('2026-03-10', 100)], '2026-02-20')).toEqual({ projected: null, percent: null, onTrack: null });
  });
});

describe('an objective for all platforms', () => {
  const views = objective({ id: 'v', metric: 'views' });
  const on = (platform_id: string, date: string, value: number, metric = 'views') => actual(date, value, { platform_id, metric });

  it('counts the platforms’ values when nobody recorded an all-platform figure', () => {
    const rows = [on('dy', '2026-03-02', 100), on('ks', '2026-03-02', 50), on('dy', '2026-03-09', 70)];
    expect(progress(views, rows)).toMatchObject({ value: 220, points: 3 });
    expect(forecast(views, rows, '2026-03-10').projected).toBeCloseTo((220 / 9) * 31, 9);
  });
  it('keeps to the all-platform figures when there are some, so nothing counts twice', () => {
    const rows = [actual('2026-03-02', 150, { metric: 'views' }), on('dy', '2026-03-02', 100), on('ks', '2026-03-02', 50)];
    expect(progress(views, rows)).toMatchObject({ value: 150, points: 1 });
  });
  it('adds up each platform’s latest level', () => {
    const followers = objective({ id: 'f', metric: 'followers', baseline: 1000, target: 5000 });
    const rows = [on('dy', '2026-03-02', 1000, 'followers'), on('ks', '2026-03-05', 600, 'followers'), on('dy', '2026-03-09', 1500, 'followers')];
    expect(progress(followers, rows).value).toBe(2100);
  });
  it('averages the platforms’ rates, never adds them up', () => {
    const er = objective({ id: 'e', metric: 'engagement_rate', baseline: 3, target: 6 });
    const rows = [on('dy', '2026-03-02', 4, 'engagement_rate'), on('ks', '2026-03-02', 6, 'engagement_rate')];
    expect(progress(er, rows).value).toBe(5);
  });
  it('leaves a one-platform objective to its platform', () => {
    const dy = objective({ id: 'd', metric: 'views', platform_id: 'dy' });
    expect(progress(dy, [on('dy', '2026-03-02', 100), on('ks', '2026-03-02', 50)]).value).toBe(100);
  });
});

describe('the forecast of a rate', () => {
  const er = objective({ id: 'e', metric: 'engagement_rate', baseline: 3, target: 6, unit: '%' } as Partial<ObjectiveLike> & { id: string });
  it('is the rate measured so far, not a line from the baseline', () => {
    // 5.0 % on one day: a line from the 3 % baseline on the 1st would reach 8.6 % by the 31st
    const one = forecast(er, [actual('2026-03-11', 5, { metric: 'engagement_rate' })], '2026-03-11');
    expect(one).toMatchObject({ projected: 5, onTrack: false });
    const flat = [5, 5, 5].map((v, i) => actual(`2026-03-0${i + 2}`, v, { metric: 'engagement_rate' }));
    expect(forecast(er, flat, '2026-03-10')).toMatchObject({ projected: 5, onTrack: false });
  });
  it('averages the measured days, the last reading of a day counting for it', () => {
    const rows = [actual('2026-03-02', 4, { metric: 'engagement_rate' }), actual('2026-03-09', 9, { metric: 'engagement_rate' }), actual('2026-03-09', 6, { metric: 'engagement_rate' })];
    expect(forecast(er, rows, '2026-03-10')).toMatchObject({ projected: 5, onTrack: false });
    expect(forecast(er, rows, '2026-03-05')).toMatchObject({ projected: 4 });
  });
  it('treats a cost per result as a rate too', () => {
    const cost = objective({ id: 'c', metric: 'cost_per_lead', rollup: 'average', baseline: 50, target: 30 });
    const points = [actual('2026-03-01', 45, { metric: 'cost_per_lead' }), actual('2026-03-11', 40, { metric: 'cost_per_lead' })];
    expect(forecast(cost, points, '2026-03-15')).toMatchObject({ projected: 42.5, onTrack: false });
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
