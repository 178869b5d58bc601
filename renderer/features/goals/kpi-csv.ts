/**
 * Reading a KPI export: the metric column (a known metric by key or label, the names Chinese platform
 * back-ends give them, or a plain name of the team's own), and wide exports with one column per metric.
 */
import { matchName, type Named } from '../../../shared/logic/budget-csv.ts';
import { normaliseHeader, unpivotWide, type ParsedCsv } from '../../../shared/logic/csv.ts';

/** Headers that name the metric and the value columns of a long file (one value per line). */
export const METRIC_COLUMN = ['metric', '指标', 'kpi'] as const;
export const VALUE_COLUMN = ['value', '数值', '值', '数量'] as const;

/**
 * What Douyin, Kuaishou, WeChat, Weibo, Xiaohongshu and Bilibili back-ends (and English exports) call
 * the metrics, by the plan's metric key. 新增粉丝 (new followers) counts as followers, as planners
 * read it.
 */
export const METRIC_ALIASES: Readonly<Record<string, readonly string[]>> = {
  views: ['views', 'video views', 'plays', '播放量', '播放次数', '播放数', '观看量', '观看次数', '浏览量', '阅读量', '阅读数'],
  likes: ['likes', '点赞量', '点赞数', '点赞', '获赞数'],
  comments: ['comments', '评论量', '评论数', '评论'],
  shares: ['shares', 'reposts', '转发量', '转发数', '转发', '分享量', '分享数', '分享'],
  saves: ['saves', '收藏量', '收藏数', '收藏'],
  followers: ['followers', 'fans', '粉丝数', '粉丝量', '粉丝', '新增粉丝', '新增粉丝数', '净增粉丝', '涨粉'],
  impressions: ['impressions', '曝光量', '曝光', '曝光次数', '展现量', '展示量'],
  reach: ['reach', '覆盖人数', '触达人数', '触达人次'],
  engagements: ['engagements', 'interactions', '互动量', '互动数'],
  engagement_rate: ['engagement rate', '互动率'],
  clicks: ['clicks', '点击量', '点击数', '点击次数'],
  leads: ['leads', '线索量', '线索数', '留资量'],
  orders: ['orders', '订单量', '订单数', '成交订单数'],
  conversion_rate: ['conversion rate', '转化率'],
  revenue: ['revenue', 'sales', '销售额', '收入'],
  gmv: ['gmv', '成交额', '成交金额'],
  spend: ['spend', 'cost', '花费', '消耗', '广告消耗'],
  roi: ['roi', '投资回报率'],
};

/** The known metrics (key and labels) with the platforms' names for them added. */
export function kpiMetricNames(labels: readonly Named[]): Named[] {
  const byId = new Map(labels.map((n) => [n.id, [...n.names]]));
  for (const [id, names] of Object.entries(METRIC_ALIASES)) byId.set(id, [id, ...(byId.get(id) ?? []), ...names]);
  return [...byId.entries()].map(([id, names]) => ({ id, names }));
}

/** '互动率(%)', '播放量（次）': the unit in brackets is not part of the name. */
const withoutUnit = (text: string) => text.replace(/\s*[(（[【][^)）\]】]*[)）\]】]\s*$/, '').trim();

/** The known metric a header or cell names, or null. */
function knownMetric(raw: string, known: readonly Named[]): string | null {
  const hit = matchName(withoutUnit(raw), known);
  return hit.ok ? hit.value : null;
}

/**
 * A known metric (by key or by its label in either language, case and spaces ignored), else a name of
 * the team's own written in Latin letters, digits, spaces, _ or - ("Saves", "video views"), kept as a
 * key in lower case with underscores ("saves", "video_views"). Anything else is refused.
 */
export function metricFromCell(raw: string, known: readonly Named[]): { ok: true; value: string } | { ok: false } {
  const text = raw.trim();
  if (text === '') return { ok: false };
  const hit = knownMetric(text, known);
  if (hit !== null) return { ok: true, value: hit };
  if (/^[A-Za-z][A-Za-z0-9 _-]{0,62}$/.test(text)) return { ok: true, value: text.toLowerCase().replace(/[\s-]+/g, '_') };
  return { ok: false };
}

/**
 * A wide export (日期,播放量,点赞量: one column per metric) read as one value per line, under 'metric'
 * and 'value' headers. A file that already has a metric or a value column is left as it is.
 */
export function unpivotKpiExport(parsed: ParsedCsv, known: readonly Named[]): ParsedCsv {
  const longHeaders = new Set([...METRIC_COLUMN, ...VALUE_COLUMN].map(normaliseHeader));
  if (parsed.records[0]?.cells.some((h) => longHeaders.has(normaliseHeader(h)))) return parsed;
  return unpivotWide(parsed, (h) => knownMetric(h, known), { metric: 'metric', value: 'value' });
}
