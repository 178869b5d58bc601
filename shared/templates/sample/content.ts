import type { CONTENT_FORMATS, TACTICS } from '../../model/enums.ts';
import { STATUS_IDS as S } from '../defaults.ts';
import { rec, type Pick2, type Rec } from '../records.ts';
import { PLATFORMS as PL, SEGMENTS as SG } from './audience.ts';
import { PEOPLE as P } from './team.ts';
import { toMinor } from '../../logic/budget-money.ts';

type Format = (typeof CONTENT_FORMATS)[number];
type Tactic = (typeof TACTICS)[number];

const THEMES: Record<string, [string, string]> = {
  ss: ['春夏上新', 'Spring/summer drop'],
  always: ['日常内容', 'Always-on'],
  '520': ['520', '520'],
  '618': ['618 年中大促', '618 mid-year sale'],
  wc: ['世界杯', 'World Cup'],
  ugc: ['夏季 UGC 挑战赛', 'Summer UGC challenge'],
  aw: ['秋冬上新', 'Autumn/winter drop'],
  holiday: ['中秋国庆', 'Mid-Autumn and National Day'],
  d11: ['双 11', 'Double 11'],
  d12: ['双 12', 'Double 12'],
  conf: ['年度品牌大会', 'Annual brand conference'],
  yearend: ['年末', 'Year-end'],
};

const KOLS: Record<string, [string, string, number]> = {
  xiaolu: ['穿搭博主·小鹿', 'Style blogger Xiaolu', 60_000],
  ashan: ['户外达人·阿山', 'Outdoor creator A-Shan', 45_000],
  mili: ['亲子博主·米粒妈妈', 'Parenting blogger Mili’s Mum', 38_000],
  amiao: ['UP 主·阿喵', 'Bilibili creator Amiao', 30_000],
  qingqing: ['生活方式博主·晴晴', 'Lifestyle blogger Qingqing', 52_000],
};

/** zh, en, format, platform, segment, owner, status, date, time, tactics, theme, KOL */
type Item = [string, string, Format, string, string, string, string, string | null, string | null, Tactic[], string, string?];

/**
 * The content board as of late November 2026: what went out is published, December is scheduled or
 * approved, later ideas have no date yet. Most slots sit in the 20:00-22:00 peak; a few do not, on
 * purpose, so the peak-hour hint has something to point at.
 */
const ITEMS: Item[] = [
  ['春夏新品首发大片', 'Spring/summer drop: hero film', 'short_video', PL.douyin, SG.young, P.li, S.published, '2026-03-16', '20:00', ['message_fit'], 'ss'],
  ['新品上市直播首秀', 'Launch-day live stream', 'livestream', PL.douyin, SG.young, P.sun, S.published, '2026-03-16', '20:30', ['incentive'], 'ss'],
  ['春夏通勤穿搭指南', 'Spring commuter outfit guide', 'article', PL.wechat, SG.business, P.zhou, S.published, '2026-03-18', '21:00', ['message_fit'], 'ss'],
  ['一件衬衫的三种身材穿法', 'One shirt on three body types', 'image_post', PL.xiaohongshu, SG.young, P.zhou, S.published, '2026-03-20', '20:00', ['social_proof'], 'ss'],
  ['达人试穿：春日街拍', 'KOL try-on: spring street style', 'kol_collab', PL.xiaohongshu, SG.young, P.sun, S.published, '2026-03-25', '20:30', ['social_proof'], 'ss', 'xiaolu'],
  ['新品话题 #穿出春天#', 'Hashtag launch #WearTheSpring', 'image_post', PL.weibo, SG.young, P.liu, S.published, '2026-03-27', '12:00', ['resource_leverage'], 'ss'],
  ['会员群开群福利', 'Member group welcome perks', 'community_event', PL.wechat, SG.family, P.zhao, S.published, '2026-04-02', '20:00', ['incentive'], 'always'],
  ['快手直播：家庭装专场', 'Kuaishou live: family bundles', 'livestream', PL.kuaishou, SG.family, P.sun, S.published, '2026-04-07', '20:00', ['incentive'], 'always'],
  ['户外达人：周末徒步穿搭', 'Outdoor creator: weekend hiking outfits', 'kol_collab', PL.douyin, SG.business, P.sun, S.published, '2026-04-18', '21:00', ['social_proof'], 'always', 'ashan'],
  ['面料实验室：透气测试', 'Fabric lab: breathability test', 'short_video', PL.douyin, SG.business, P.li, S.published, '2026-04-24', '20:30', ['message_fit'], 'always'],
  ['520 情侣装挑战', '520 couples’ outfit challenge', 'short_video', PL.douyin, SG.young, P.li, S.published, '2026-05-15', '20:00', ['incentive', 'social_proof'], '520'],
  ['520 限定礼盒开箱', '520 gift box unboxing', 'image_post', PL.xiaohongshu, SG.young, P.zhou, S.published, '2026-05-18', '20:30', ['social_proof'], '520'],
  ['520 表白墙', '520 message wall', 'story', PL.wechat, SG.young, P.zhao, S.published, '2026-05-20', '21:00', ['incentive'], '520'],
  ['618 预售开启', '618 pre-sale opens', 'short_video', PL.douyin, SG.young, P.li, S.published, '2026-06-01', '20:00', ['incentive'], '618'],
  ['618 亲子穿搭直播', '618 family outfits live', 'livestream', PL.kuaishou, SG.family, P.sun, S.published, '2026-06-12', '20:00', ['incentive', 'social_proof'], '618', 'mili'],
  ['618 会员专享价提醒', '618 member price reminder', 'article', PL.wechat, SG.business, P.zhao, S.published, '2026-06-15', '20:00', ['incentive'], '618'],
  ['618 真实买家秀合集', '618 real buyers’ photos', 'image_post', PL.xiaohongshu, SG.family, P.zhou, S.published, '2026-06-16', '21:30', ['social_proof'], '618'],
  ['618 零点冲刺直播', '618 midnight sprint live', 'livestream', PL.douyin, SG.young, P.sun, S.published, '2026-06-17', '22:00', ['incentive'], '618'],
  ['世界杯观赛穿搭', 'World Cup watch-party outfits', 'short_video', PL.weibo, SG.young, P.liu, S.published, '2026-06-12', '21:00', ['resource_leverage'], 'wc'],
  ['世界杯竞猜赢球衣', 'World Cup predictions: win a jersey', 'community_event', PL.weibo, SG.young, P.liu, S.published, '2026-06-20', '08:30', ['incentive', 'resource_leverage'], 'wc'],
  ['UP 主：球迷宿舍改造', 'Creator video: a football fan’s dorm makeover', 'kol_collab', PL.bilibili, SG.young, P.liu, S.published, '2026-07-02', '19:00', ['social_proof'], 'wc', 'amiao'],
  ['夏季 UGC 挑战赛开幕', 'Summer UGC challenge kick-off', 'short_video', PL.douyin, SG.young, P.zhao, S.published, '2026-07-06', '20:00', ['incentive', 'social_proof'], 'ugc'],
  ['防晒面料科普', 'Sun-protective fabric explained', 'article', PL.wechat, SG.family, P.zhou, S.published, '2026-07-15', '21:00', ['message_fit'], 'always'],
  ['挑战赛优秀作品周榜', 'Challenge: best entries of the week', 'image_post', PL.douyin, SG.young, P.zhao, S.published, '2026-07-20', '20:30', ['social_proof'], 'ugc'],
  ['设计师幕后纪录片', 'Behind the scenes with our designers', 'short_video', PL.bilibili, SG.young, P.li, S.published, '2026-07-28', '19:30', ['message_fit'], 'always'],
  ['积分商城上线', 'Points store opens', 'community_event', PL.wechat, SG.business, P.zhao, S.published, '2026-08-12', '20:00', ['incentive'], 'always'],
  ['夏末清仓直播', 'Late-summer clearance live', 'livestream', PL.kuaishou, SG.family, P.sun, S.published, '2026-08-20', '20:00', ['incentive'], 'always'],
  ['秋冬新品发布会直播', 'Autumn/winter show, live', 'livestream', PL.douyin, SG.business, P.sun, S.published, '2026-09-10', '20:00', ['message_fit', 'resource_leverage'], 'aw'],
  ['中秋家庭团圆穿搭', 'Mid-Autumn family reunion outfits', 'short_video', PL.kuaishou, SG.family, P.li, S.published, '2026-09-22', '20:30', ['message_fit'], 'holiday'],
  ['国庆出游穿搭清单', 'Golden Week travel outfit list', 'image_post', PL.xiaohongshu, SG.business, P.zhou, S.published, '2026-09-28', '21:00', ['social_proof'], 'holiday'],
  ['国庆限时快闪', 'Golden Week flash sale', 'story', PL.wechat, SG.family, P.zhao, S.published, '2026-10-02', '10:00', ['incentive'], 'holiday'],
  ['双 11 预售攻略', 'Double 11 pre-sale guide', 'article', PL.wechat, SG.business, P.zhou, S.published, '2026-10-20', '20:00', ['incentive'], 'd11'],
  ['双 11 达人好物合集', 'Double 11 KOL picks', 'kol_collab', PL.douyin, SG.young, P.sun, S.published, '2026-10-28', '21:00', ['social_proof'], 'd11', 'xiaolu'],
  ['双 11 家庭囤货直播', 'Double 11 family stock-up live', 'livestream', PL.kuaishou, SG.family, P.sun, S.published, '2026-11-08', '20:00', ['incentive'], 'd11', 'mili'],
  ['双 11 当晚冲刺直播', 'Double 11 eve sprint live', 'livestream', PL.douyin, SG.young, P.sun, S.published, '2026-11-10', '22:30', ['incentive'], 'd11'],
  ['双 11 战报海报', 'Double 11 results poster', 'image_post', PL.weibo, SG.business, P.liu, S.published, '2026-11-12', '12:00', ['social_proof'], 'd11'],
  ['冬季保暖面料测评', 'Winter warmth fabric test', 'short_video', PL.douyin, SG.family, P.li, S.published, '2026-11-20', '20:30', ['message_fit'], 'd12'],
  ['会员答谢周', 'Member thank-you week', 'community_event', PL.wechat, SG.business, P.zhao, S.published, '2026-11-24', '20:00', ['incentive'], 'd12'],

  ['冬季通勤大衣指南', 'Winter commuter coat guide', 'article', PL.wechat, SG.business, P.zhou, S.scheduled, '2026-12-03', '21:00', ['message_fit'], 'd12'],
  ['双 12 预热短片', 'Double 12 teaser', 'short_video', PL.douyin, SG.young, P.li, S.scheduled, '2026-12-05', '20:00', ['incentive'], 'd12'],
  ['双 12 穿搭清单', 'Double 12 outfit checklist', 'image_post', PL.xiaohongshu, SG.young, P.zhou, S.scheduled, '2026-12-08', '21:00', ['social_proof'], 'd12'],
  ['年度品牌大会直播', 'Annual brand conference, live', 'livestream', PL.wechat, SG.business, P.sun, S.scheduled, '2026-12-09', '14:00', ['resource_leverage', 'message_fit'], 'conf'],
  ['品牌大会话题互动', 'Brand conference hashtag', 'image_post', PL.weibo, SG.business, P.liu, S.scheduled, '2026-12-09', '20:00', ['resource_leverage'], 'conf'],
  ['双 12 会员专场直播', 'Double 12 members-only live', 'livestream', PL.kuaishou, SG.family, P.sun, S.scheduled, '2026-12-11', '20:00', ['incentive'], 'd12'],
  ['双 12 零点提醒', 'Double 12 midnight reminder', 'story', PL.wechat, SG.family, P.zhao, S.scheduled, '2026-12-11', '21:30', ['incentive'], 'd12'],
  ['年度爆款回顾', 'Bestsellers of the year', 'short_video', PL.douyin, SG.young, P.li, S.scheduled, '2026-12-18', '20:30', ['social_proof'], 'yearend'],

  ['达人年终好物推荐', 'KOL year-end favourites', 'kol_collab', PL.xiaohongshu, SG.young, P.sun, S.approved, '2026-12-15', '20:30', ['social_proof'], 'yearend', 'qingqing'],
  ['圣诞亲子装', 'Christmas family outfits', 'short_video', PL.kuaishou, SG.family, P.li, S.approved, '2026-12-20', '20:00', ['message_fit'], 'yearend'],
  ['年度用户故事', 'Customer stories of the year', 'article', PL.wechat, SG.business, P.zhou, S.approved, '2026-12-22', '21:00', ['social_proof'], 'yearend'],
  ['B站年终弹幕晚会', 'Bilibili year-end comment party', 'community_event', PL.bilibili, SG.young, P.liu, S.approved, '2026-12-26', '20:00', ['resource_leverage'], 'yearend'],
  ['跨年倒计时直播', 'New Year’s Eve countdown live', 'livestream', PL.douyin, SG.young, P.sun, S.approved, '2026-12-31', '22:00', ['incentive'], 'yearend'],

  ['冬季户外实拍', 'Winter outdoor shoot', 'short_video', PL.douyin, SG.business, P.li, S.review, '2026-12-23', '18:00', ['message_fit'], 'yearend'],
  ['新年穿搭趋势预测', 'New Year style forecast', 'article', PL.xiaohongshu, SG.young, P.zhou, S.review, '2026-12-28', '20:00', ['message_fit'], 'yearend'],
  ['跨年社群红包雨', 'New Year red-packet shower', 'community_event', PL.wechat, SG.family, P.zhao, S.review, '2026-12-31', '20:00', ['incentive'], 'yearend'],

  ['微博年度热词盘点', 'The year in words, on Weibo', 'image_post', PL.weibo, SG.young, P.liu, S.draft, '2026-12-30', '12:00', ['resource_leverage'], 'yearend'],
  ['2027 春节预热概念片', '2027 Spring Festival teaser', 'short_video', PL.douyin, SG.family, P.li, S.draft, null, null, ['message_fit'], 'yearend'],
  ['会员年度账单', 'Member year-in-review card', 'story', PL.wechat, SG.business, P.zhao, S.draft, null, null, ['incentive'], 'yearend'],

  ['旧衣回收计划', 'Clothes take-back scheme', 'community_event', PL.wechat, SG.family, P.zhao, S.idea, null, null, ['resource_leverage', 'message_fit'], 'always'],
  ['设计师直播答疑', 'Designer Q&A live', 'livestream', PL.bilibili, SG.young, P.sun, S.idea, null, null, ['message_fit'], 'always'],
  ['亲子运动会', 'Family sports day', 'community_event', PL.kuaishou, SG.family, P.zhao, S.idea, null, null, ['incentive'], 'always'],
  ['通勤胶囊衣橱系列', 'Capsule commuter wardrobe series', 'article', PL.xiaohongshu, SG.business, P.zhou, S.idea, null, null, ['message_fit'], 'always'],
  ['虚拟试衣特效', 'Virtual try-on effect', 'short_video', PL.douyin, SG.young, P.li, S.idea, null, null, ['incentive'], 'always'],
  ['城市夜跑打卡', 'City night-run check-in', 'community_event', PL.weibo, SG.business, P.liu, S.idea, null, null, ['incentive', 'social_proof'], 'always'],
];

/** Keyed by the English title. */
const NOTES: Record<string, [string, string]> = {
  'Launch-day live stream': ['与新品首发大片同日，直播间引导至首发款。', 'Same day as the hero film; the stream points viewers to the launch pieces.'],
  'Hashtag launch #WearTheSpring': ['午间发布，配合话题榜。', 'Posted at lunchtime to catch the trending list.'],
  'World Cup predictions: win a jersey': ['比赛次日早间发布。', 'Goes out the morning after the match.'],
  'Annual brand conference, live': ['大会下午举行，非晚间高峰。', 'The conference is in the afternoon, outside the evening peak.'],
};

export function contentItems(t: Pick2): Rec[] {
  return ITEMS.map(([zh, en, format, platform, segment, owner, status, date, time, tactics, theme, kol], i) => {
    const th = THEMES[theme] ?? ['', ''];
    const partner = kol ? KOLS[kol] : undefined;
    const note = NOTES[en];
    return rec('content_item', `content-${String(i + 1).padStart(2, '0')}`, {
      title: t(zh, en),
      format,
      theme: t(th[0], th[1]),
      platform_id: platform,
      segment_id: segment,
      owner_id: owner,
      status_id: status,
      publish_date: date,
      publish_time: time,
      tactics,
      kol_partner: partner ? t(partner[0], partner[1]) : '',
      kol_cost: partner ? toMinor(partner[2]) : 0,
      notes: note ? t(note[0], note[1]) : '',
    });
  });
}
