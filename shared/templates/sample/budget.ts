import { BUDGET_IDS } from '../defaults.ts';
import { rec, type Pick2, type Rec } from '../records.ts';
import { PLATFORMS as PL } from './audience.ts';
import { toMinor } from '../../logic/budget-money.ts';

export const TOTAL_BUDGET = 5_000_000;

/** How ads and content money is split across platforms (each category adds up to 100). */
const SPLITS: [string, [string, number][]][] = [
  [BUDGET_IDS.ads, [[PL.douyin, 35], [PL.kuaishou, 20], [PL.wechat, 15], [PL.weibo, 10], [PL.xiaohongshu, 12], [PL.bilibili, 8]]],
  [BUDGET_IDS.content, [[PL.douyin, 30], [PL.kuaishou, 15], [PL.wechat, 20], [PL.weibo, 8], [PL.xiaohongshu, 17], [PL.bilibili, 10]]],
];

export function platformShares(): Rec[] {
  return SPLITS.flatMap(([category, parts]) =>
    parts.map(([platform, share]) =>
      rec('platform_share', `share-${category.replace('budget-', '')}-${platform.replace('plat-', '')}`, {
        category_id: category, platform_id: platform, share, locked: false,
      }),
    ),
  );
}

type Spend = [string, number, string, string | null, string, string, string, string];

/** The ledger up to the end of October: about 57 % of the year's budget spent. */
const SPEND: Spend[] = [
  ['2026-01-20', 85_000, BUDGET_IDS.content, null, '栖光影像工作室', 'Qiguang Studio', '春夏主视觉拍摄', 'Spring/summer key visual shoot'],
  ['2026-01-28', 180_000, BUDGET_IDS.technology, null, '数据分析平台服务商', 'Analytics platform vendor', '年度授权', 'Annual licence'],
  ['2026-02-10', 54_000, BUDGET_IDS.technology, null, '排期工具服务商', 'Scheduling tool vendor', '年度订阅', 'Annual subscription'],
  ['2026-02-12', 42_000, BUDGET_IDS.technology, null, '设计软件经销商', 'Design software reseller', '剪辑与设计套件授权', 'Editing and design suite licences'],
  ['2026-02-26', 60_000, BUDGET_IDS.people, null, '自由职业剪辑师', 'Freelance editors', '上线前加班剪辑', 'Pre-launch editing overtime'],
  ['2026-03-20', 120_000, BUDGET_IDS.content, PL.xiaohongshu, '达人经纪公司', 'KOL agency', '第一波种草笔记', 'KOL wave 1 seeding notes'],
  ['2026-03-31', 180_000, BUDGET_IDS.ads, PL.douyin, '抖音广告平台', 'Douyin ads platform', '上线期信息流投放', 'Launch in-feed ads'],
  ['2026-03-31', 60_000, BUDGET_IDS.ads, PL.wechat, '微信广告平台', 'WeChat ads platform', '朋友圈广告', 'Moments ads'],
  ['2026-04-15', 90_000, BUDGET_IDS.ads, PL.kuaishou, '快手广告平台', 'Kuaishou ads platform', '直播间引流', 'Traffic to live streams'],
  ['2026-04-28', 140_000, BUDGET_IDS.content, PL.douyin, '达人经纪公司', 'KOL agency', '第一波达人视频', 'KOL wave 1 videos'],
  ['2026-05-18', 70_000, BUDGET_IDS.ads, PL.weibo, '微博广告平台', 'Weibo ads platform', '520 话题推广', '520 topic promotion'],
  ['2026-05-31', 260_000, BUDGET_IDS.ads, PL.douyin, '抖音广告平台', 'Douyin ads platform', '618 预热投放', '618 warm-up ads'],
  ['2026-06-10', 110_000, BUDGET_IDS.content, PL.kuaishou, '直播服务商', 'Live-stream agency', '618 主播与场控', '618 hosts and stream crew'],
  ['2026-06-18', 150_000, BUDGET_IDS.ads, PL.kuaishou, '快手广告平台', 'Kuaishou ads platform', '618 当日投放', '618 day ads'],
  ['2026-06-25', 40_000, BUDGET_IDS.ads, PL.bilibili, 'B站广告平台', 'Bilibili ads platform', '世界杯话题测试', 'World Cup topic test'],
  ['2026-06-30', 150_000, BUDGET_IDS.people, null, '自由职业者', 'Freelancers', '上半年外包人力', 'First-half contractors'],
  ['2026-07-15', 96_000, BUDGET_IDS.technology, null, '舆情监测服务商', 'Social listening vendor', '下半年舆情监测', 'Second-half social listening'],
  ['2026-07-31', 80_000, BUDGET_IDS.content, PL.bilibili, 'UP 主合作', 'Bilibili creators', '创作者合作测试', 'Creator collaboration test'],
  ['2026-08-14', 90_000, BUDGET_IDS.content, PL.douyin, '奖品供应商', 'Prize supplier', 'UGC 挑战赛奖品', 'UGC challenge prizes'],
  ['2026-08-31', 85_000, BUDGET_IDS.ads, PL.xiaohongshu, '小红书广告平台', 'Xiaohongshu ads platform', '笔记加热', 'Boosted notes'],
  ['2026-09-15', 60_000, BUDGET_IDS.content, PL.wechat, '礼品供应商', 'Gift supplier', '社群积分兑换礼品', 'Community points rewards'],
  ['2026-09-30', 200_000, BUDGET_IDS.ads, PL.douyin, '抖音广告平台', 'Douyin ads platform', '国庆黄金周投放', 'Golden Week ads'],
  ['2026-10-10', 75_000, BUDGET_IDS.ads, PL.wechat, '微信广告平台', 'WeChat ads platform', '双 11 会员召回', 'Double 11 member win-back'],
  ['2026-10-25', 160_000, BUDGET_IDS.ads, PL.kuaishou, '快手广告平台', 'Kuaishou ads platform', '双 11 预售投放', 'Double 11 pre-sale ads'],
  ['2026-10-31', 95_000, BUDGET_IDS.content, PL.xiaohongshu, '达人经纪公司', 'KOL agency', '双 11 种草笔记', 'Double 11 seeding notes'],
  ['2026-10-31', 120_000, BUDGET_IDS.people, null, '自由职业者', 'Freelancers', '第三季度外包人力', 'Third-quarter contractors'],
];

export function spendEntries(t: Pick2): Rec[] {
  return SPEND.map(([date, amount, category, platform, supZh, supEn, noteZh, noteEn], i) =>
    rec('spend_entry', `spend-${String(i + 1).padStart(2, '0')}`, {
      date, amount: toMinor(amount), category_id: category, platform_id: platform, supplier: t(supZh, supEn), note: t(noteZh, noteEn),
    }),
  );
}
