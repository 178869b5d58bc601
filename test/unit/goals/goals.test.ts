import { describe, expect, it } from 'vitest';
import type { Named } from '../../../shared/logic/budget-csv.ts';
import type { Objective } from '../../../shared/model/registry.ts';
import { parseCsv } from '../../../shared/logic/csv.ts';
import { kpiMetricNames, metricFromCell, unpivotKpiExport } from '../../../renderer/features/goals/kpi-csv.ts';
import { childType, nextUncovered, splitTarget, subPeriods } from '../../../renderer/features/goals/periods.ts';
import { branchIds, buildTree, rollupChecks, visibleNodes } from '../../../renderer/features/goals/tree.ts';

const obj = (id: string, parent_id: string | null, over: Partial<Objective> = {}): Objective => ({
  id,
  parent_id,
  name: id,
  kind: 'awareness',
  metric: 'reach',
  unit: '',
  baseline: 0,
  target: 100,
  period_type: 'year',
  period_start: '2026-01-01',
  period_end: '2026-12-31',
  platform_id: null,
  segment_id: null,
  rollup: 'sum',
  feasibility: 'unknown',
  feasibility_budget: '',
  feasibility_people: '',
  feasibility_technology: '',
  feasibility_competition: '',
  sort_order: 0,
  deleted: false,
  clock: '',
  ...over,
});

describe('periods', () => {
  it('breaks year → quarter → month → week', () => {
    expect(['year', 'quarter', 'month', 'week'].map((t) => childType(t as 'year'))).toEqual(['quarter', 'month', 'week', null]);
  });
  it('gives the quarters and months of a year', () => {
    const q = subPeriods('2026-01-01', '2026-12-31', 'quarter');
    expect(q.map((p) => [p.index, p.start, p.end])).toEqual([
      [1, '2026-01-01', '2026-03-31'],
      [2, '2026-04-01', '2026-06-30'],
      [3, '2026-07-01', '2026-09-30'],
      [4, '2026-10-01', '2026-12-31'],
    ]);
    const m = subPeriods('2026-01-01', '2026-12-31', 'month');
    expect(m).toHaveLength(12);
    expect(m[1]).toMatchObject({ index: 2, start: '2026-02-01', end: '2026-02-28' });
    expect(subPeriods('2028-02-01', '2028-02-29', 'month')).toEqual([{ type: 'month', index: 2, year: 2028, start: '2028-02-01', end: '2028-02-29' }]);
  });
  it('cuts the parts at the edges of an odd period', () => {
    const q = subPeriods('2026-02-15', '2026-08-10', 'quarter');
    expect(q.map((p) => [p.start, p.end])).toEqual([
      ['2026-02-15', '2026-03-31'],
      ['2026-04-01', '2026-06-30'],
      ['2026-07-01', '2026-08-10'],
    ]);
  });
  it('gives the ISO weeks of a month, cut at the month’s edges', () => {
    const w = subPeriods('2026-03-01', '2026-03-31', 'week');
    expect(w[0]).toMatchObject({ start: '2026-03-01', end: '2026-03-01', index: 9 }); // Sunday 1 March is in week 9
    expect(w[1]).toMatchObject({ start: '2026-03-02', end: '2026-03-08', index: 10 });
    expect(w.at(-1)).toMatchObject({ start: '2026-03-30', end: '2026-03-31', index: 14 });
    expect(w).toHaveLength(6);
    expect(subPeriods('2026-05-01', '2026-04-01', 'week')).toEqual([]);
  });
  it('splits a target by days so the parts add up exactly, or repeats it for an average', () => {
    const q = subPeriods('2026-01-01', '2026-12-31', 'quarter');
    const parts = splitTarget(120_000_001, q, 'sum');
    expect(parts.reduce((a, b) => a + b, 0)).toBe(120_000_001);
    expect(parts.every(Number.isInteger)).toBe(true);
    expect(parts[0]).toBeLessThan(parts[2]!); // Q1 has 90 days, Q3 92
    expect(splitTarget(5, q, 'average')).toEqual([5, 5, 5, 5]);
    const cents = splitTarget(10.5, subPeriods('2026-01-01', '2026-03-31', 'month'), 'sum');
    expect(Math.round(cents.reduce((a, b) => a + b, 0) * 100)).toBe(1050);
  });
  it('picks the first part no child covers yet, and none once every part has one', () => {
    const q = subPeriods('2026-01-01', '2026-12-31', 'quarter');
    expect(nextUncovered(q, ['2026-01-01', '2026-04-01'])?.index).toBe(3);
    expect(nextUncovered(q, q.map((p) => p.start))).toBeNull();
    // a full quarter: its three months are taken, a fourth would overlap one of them
    const months = subPeriods('2026-01-01', '2026-03-31', 'month');
    expect(nextUncovered(months, ['2026-01-01', '2026-02-01', '2026-03-01'])).toBeNull();
    expect(nextUncovered([], [])).toBeNull();
  });
});

describe('tree', () => {
  const rows = [obj('y', null), obj('q2', 'y'), obj('q1', 'y'), obj('m1', 'q1'), obj('other', null), obj('orphan', 'gone')];
  it('puts each objective after its parent, children in order, orphans at the top', () => {
    const nodes = buildTree(rows);
    expect(nodes.map((n) => [n.objective.id, n.depth, n.parentId])).toEqual([
      ['y', 0, null],
      ['q2', 1, 'y'],
      ['q1', 1, 'y'],
      ['m1', 2, 'q1'],
      ['other', 0, null],
      ['orphan', 0, null],
    ]);
    expect(nodes[0]!.childIds).toEqual(['q2', 'q1']);
  });
  it('survives a parent loop', () => {
    const nodes = buildTree([obj('a', 'b'), obj('b', 'a')]);
    expect(nodes.map((n) => n.objective.id).sort()).toEqual(['a', 'b']);
    expect(nodes[0]!.depth).toBe(0);
  });
  it('hides what is under a closed branch', () => {
    const nodes = buildTree(rows);
    expect(visibleNodes(nodes, new Set(['q1'])).map((n) => n.objective.id)).toEqual(['y', 'q2', 'q1', 'other', 'orphan']);
    expect(visibleNodes(nodes, new Set(['y'])).map((n) => n.objective.id)).toEqual(['y', 'other', 'orphan']);
  });
  it('finds a branch to delete', () => {
    expect(branchIds(buildTree(rows), 'y').sort()).toEqual(['m1', 'q1', 'q2', 'y']);
  });
  it('flags a breakdown that does not add up', () => {
    const checks = rollupChecks([obj('y', null, { target: 100 }), obj('a', 'y', { target: 60 }), obj('b', 'y', { target: 50 })]);
    expect(checks.get('y')).toMatchObject({ ok: false, actual: 110, expected: 100 });
  });
});

describe('metric column of a KPI import', () => {
  const known: Named[] = [
    { id: 'reach', names: ['reach', 'Reach', '触达人次'] },
    { id: 'engagement_rate', names: ['engagement_rate', 'Engagement rate', '互动率'] },
  ];
  it('reads known metrics by key or label in either language', () => {
    expect(metricFromCell('Reach', known)).toEqual({ ok: true, value: 'reach' });
    expect(metricFromCell('互动率', known)).toEqual({ ok: true, value: 'engagement_rate' });
    expect(metricFromCell('engagement rate', known)).toEqual({ ok: true, value: 'engagement_rate' });
  });
  it('keeps a plain metric of the team’s own as a key, refuses anything else', () => {
    expect(metricFromCell('Video views', known)).toEqual({ ok: true, value: 'video_views' });
    expect(metricFromCell('', known)).toEqual({ ok: false });
    expect(metricFromCell('12345', known)).toEqual({ ok: false });
    expect(metricFromCell('某某量', known)).toEqual({ ok: false });
  });
});

describe('a platform’s own KPI export', () => {
  const known = kpiMetricNames([
    { id: 'reach', names: ['reach', 'Reach', '触达人次'] },
    { id: 'followers', names: ['followers', 'Followers', '粉丝数'] },
    { id: 'engagement_rate', names: ['engagement_rate', 'Engagement rate', '互动率'] },
  ]);
  it('reads the Chinese names platforms give their metrics', () => {
    const read = (raw: string) => metricFromCell(raw, known);
    expect(read('播放量')).toEqual({ ok: true, value: 'views' });
    expect(read('点赞量')).toEqual({ ok: true, value: 'likes' });
    expect(read('评论量')).toEqual({ ok: true, value: 'comments' });
    expect(read('转发量')).toEqual({ ok: true, value: 'shares' });
    expect(read('分享量')).toEqual({ ok: true, value: 'shares' });
    expect(read('粉丝数')).toEqual({ ok: true, value: 'followers' });
    expect(read('新增粉丝')).toEqual({ ok: true, value: 'followers' });
    expect(read('曝光量')).toEqual({ ok: true, value: 'impressions' });
    expect(read('互动率')).toEqual({ ok: true, value: 'engagement_rate' });
    expect(read('互动率(%)')).toEqual({ ok: true, value: 'engagement_rate' });
    expect(read('播放量（次）')).toEqual({ ok: true, value: 'views' });
  });
  it('turns one column per metric into one value per line', () => {
    const wide = parseCsv('日期,作品,播放量,点赞量,互动率(%)\n2026-03-01,春日短片,1200,80,5.2%\n2026-03-02,春日短片,1500,,4.8\n');
    const long = unpivotKpiExport(wide, known);
    expect(long.records.map((r) => [r.line, ...r.cells])).toEqual([
      [1, '日期', '作品', 'metric', 'value'],
      [2, '2026-03-01', '春日短片', 'views', '1200'],
      [2, '2026-03-01', '春日短片', 'likes', '80'],
      [2, '2026-03-01', '春日短片', 'engagement_rate', '5.2%'],
      [3, '2026-03-02', '春日短片', 'views', '1500'],
      [3, '2026-03-02', '春日短片', 'engagement_rate', '4.8'],
    ]);
  });
  it('leaves a file with a metric and a value column as it is', () => {
    const tall = parseCsv('日期,平台,指标,数值\n2026-03-01,抖音,播放量,1200\n');
    expect(unpivotKpiExport(tall, known)).toBe(tall);
    const plain = parseCsv('date,note\n2026-03-01,hello\n');
    expect(unpivotKpiExport(plain, known)).toBe(plain);
  });
});
