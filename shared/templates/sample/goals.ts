import { rec, type Pick2, type Rec, type Values } from '../records.ts';
import { PLATFORMS, SEGMENTS } from './audience.ts';

const QUARTERS: [string, string, string, string][] = [
  ['q1', '2026-01-01', '2026-03-31', 'Q1'],
  ['q2', '2026-04-01', '2026-06-30', 'Q2'],
  ['q3', '2026-07-01', '2026-09-30', 'Q3'],
  ['q4', '2026-10-01', '2026-12-31', 'Q4'],
];

/** A year objective and its four quarterly targets; every breakdown here adds up to its parent. */
function yearWithQuarters(
  t: Pick2,
  id: string,
  year: Values<'objective'>,
  quarterTargets: [number, number, number, number],
  nameZh: string,
  nameEn: string,
): Rec[] {
  return [
    rec('objective', id, year),
    ...QUARTERS.map(([q, start, end, label], i) =>
      rec('objective', `${id}-${q}`, {
        parent_id: id,
        name: t(`${nameZh}（${label}）`, `${nameEn} (${label})`),
        kind: year.kind,
        metric: year.metric,
        unit: year.unit,
        baseline: year.baseline,
        target: quarterTargets[i],
        period_type: 'quarter',
        period_start: start,
        period_end: end,
        platform_id: null,
        segment_id: null,
        rollup: 'none',
      }),
    ),
  ];
}

export function objectives(t: Pick2): Rec[] {
  const year = { period_type: 'year', period_start: '2026-01-01', period_end: '2026-12-31', platform_id: null, segment_id: null } as const;
  return [
    ...yearWithQuarters(t, 'obj-awareness', {
      ...year,
      name: t('全年品牌触达人次', 'Brand reach for the year'),
      kind: 'awareness', metric: 'reach', unit: t('人次', 'people'), baseline: 0, target: 120_000_000, rollup: 'sum',
      feasibility: 'feasible',
      feasibility_budget: t('广告预算的 35% 投向抖音，足以支撑曝光目标。', 'A third of the ads budget goes to Douyin, enough to carry the reach target.'),
      feasibility_people: t('短视频制作需一名专职制片，已到位。', 'Needs one full-time short-video producer, who is in place.'),
      feasibility_technology: t('各平台后台数据可导出，分析平台已采购。', 'Every platform exports its figures; the analytics platform is bought.'),
      feasibility_competition: t('大促期间竞品投放集中，流量成本上升约两成。', 'Competitors bunch their spend around shopping festivals; traffic costs rise by about a fifth.'),
    }, [24_000_000, 30_000_000, 30_000_000, 36_000_000], '品牌触达人次', 'Brand reach'),
    ...yearWithQuarters(t, 'obj-engagement', {
      ...year,
      name: t('平均互动率', 'Average engagement rate'),
      kind: 'engagement', metric: 'engagement_rate', unit: '%', baseline: 3.2, target: 5, rollup: 'average',
      feasibility: 'feasible',
      feasibility_people: t('社群运营与内容组协同回复，晚间高峰有人值守。', 'Community and content teams share replies; someone is on duty in the evening peak.'),
      feasibility_competition: t('小红书与 B 站互动率天然较高，可拉高整体均值。', 'Xiaohongshu and Bilibili engage more by nature and lift the average.'),
    }, [4.2, 4.8, 5.4, 5.6], '互动率', 'Engagement rate'),
    ...yearWithQuarters(t, 'obj-conversion', {
      ...year,
      name: t('社媒渠道订单量', 'Orders from social channels'),
      kind: 'conversion', metric: 'orders', unit: t('单', 'orders'), baseline: 0, target: 160_000, rollup: 'sum',
      feasibility: 'at_risk',
      feasibility_budget: t('转化依赖快手直播与大促投放，预算弹性有限。', 'Conversion leans on Kuaishou live commerce and festival ads; little budget slack.'),
      feasibility_competition: t('双 11 期间同类品牌价格战激烈，转化率可能低于预期。', 'Price wars among similar brands around Double 11 may push conversion below plan.'),
    }, [30_000, 40_000, 35_000, 55_000], '订单量', 'Orders'),
    rec('objective', 'obj-community', {
      ...year,
      name: t('微信社群会员数', 'WeChat community members'),
      kind: 'community', metric: 'followers', unit: t('人', 'members'), baseline: 80_000, target: 200_000, rollup: 'none',
      platform_id: PLATFORMS.wechat, feasibility: 'feasible',
      feasibility_people: t('每 500 人社群配一名兼职群管。', 'One part-time moderator per 500-member group.'),
    }),
    rec('objective', 'obj-kuaishou-gmv', {
      ...year,
      name: t('快手家庭客群成交额', 'Kuaishou GMV from families'),
      kind: 'conversion', metric: 'gmv', unit: 'CNY', baseline: 0, target: 12_000_000, rollup: 'none',
      platform_id: PLATFORMS.kuaishou, segment_id: SEGMENTS.family, feasibility: 'unknown',
    }),
  ];
}

const MONTH_ENDS = ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31', '2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31'];
/** Slow before the March launch, peaks around 618 and Golden Week / Double 11 warm-up. */
const SEASON = [0.6, 0.7, 1.0, 1.0, 1.1, 1.35, 1.05, 1.0, 1.05, 1.25];

/** Monthly base per platform: reach, engagement rate, click rate, order rate of clicks, average order value (CNY), spend (CNY). */
const BASE: [string, string, number, number, number, number, number, number][] = [
  ['douyin', PLATFORMS.douyin, 3_600_000, 0.046, 0.011, 0.07, 239, 95_000],
  ['kuaishou', PLATFORMS.kuaishou, 1_600_000, 0.041, 0.016, 0.11, 199, 42_000],
  ['wechat', PLATFORMS.wechat, 1_300_000, 0.062, 0.022, 0.08, 289, 58_000],
  ['weibo', PLATFORMS.weibo, 1_100_000, 0.028, 0.007, 0.04, 259, 28_000],
  ['xiaohongshu', PLATFORMS.xiaohongshu, 900_000, 0.074, 0.014, 0.06, 329, 45_000],
  ['bilibili', PLATFORMS.bilibili, 500_000, 0.081, 0.009, 0.03, 219, 24_000],
];

/**
 * What the platforms' exports would say for January to October, one value per platform, metric and
 * month-end: enough to compute engagement rate, conversion rate and return per unit spent.
 */
export function kpiActuals(): Rec[] {
  const out: Rec[] = [];
  MONTH_ENDS.forEach((date, m) => {
    const season = SEASON[m] ?? 1;
    for (const [short, platform, reach0, er, ctr, cvr, aov, spend0] of BASE) {
      const reach = Math.round(reach0 * season);
      const clicks = Math.round(reach * ctr);
      const orders = Math.round(clicks * cvr);
      const values: [string, number, string | null][] = [
        ['reach', reach, 'obj-awareness'],
        ['engagements', Math.round(reach * er), null],
        ['clicks', clicks, null],
        ['orders', orders, 'obj-conversion'],
        ['revenue', orders * aov, null],
        ['spend', Math.round(spend0 * season), null],
      ];
      for (const [metric, value, objective] of values) {
        out.push(rec('kpi_actual', `kpi-${short}-${metric}-${date.slice(0, 7)}`, { date, platform_id: platform, metric, value, objective_id: objective }));
      }
    }
  });
  return out;
}
