import { rec, type Pick2, type Rec } from '../records.ts';

export const PLATFORMS = {
  douyin: 'plat-douyin',
  kuaishou: 'plat-kuaishou',
  wechat: 'plat-wechat',
  weibo: 'plat-weibo',
  xiaohongshu: 'plat-xiaohongshu',
  bilibili: 'plat-bilibili',
} as const;

export const SEGMENTS = {
  young: 'seg-young',
  business: 'seg-business',
  family: 'seg-family',
} as const;

/** Scores (0-10) per criterion: user scale, activity, content ecosystem, commercial maturity, audience fit. */
export function platforms(t: Pick2): Rec[] {
  return [
    rec('platform', PLATFORMS.douyin, {
      preset: 'douyin', name: t('抖音', 'Douyin'), role: 'primary', focus: t('品牌曝光', 'Awareness'), color: '#161823',
      score_user_scale: 10, score_activity: 9, score_content_ecosystem: 9, score_commercial_maturity: 9, score_audience_fit: 8,
    }),
    rec('platform', PLATFORMS.kuaishou, {
      preset: 'kuaishou', name: t('快手', 'Kuaishou'), role: 'secondary', focus: t('销售转化', 'Conversion'), color: '#ff7a00',
      score_user_scale: 8, score_activity: 8, score_content_ecosystem: 7, score_commercial_maturity: 8, score_audience_fit: 7,
    }),
    rec('platform', PLATFORMS.wechat, {
      preset: 'wechat', name: t('微信', 'WeChat'), role: 'primary', focus: t('用户互动与社群', 'Engagement and community'), color: '#07c160',
      score_user_scale: 10, score_activity: 7, score_content_ecosystem: 8, score_commercial_maturity: 8, score_audience_fit: 9,
    }),
    rec('platform', PLATFORMS.weibo, {
      preset: 'weibo', name: t('微博', 'Weibo'), role: 'secondary', focus: t('热点话题', 'Trending topics'), color: '#e6162d',
      score_user_scale: 8, score_activity: 6, score_content_ecosystem: 6, score_commercial_maturity: 7, score_audience_fit: 6,
    }),
    rec('platform', PLATFORMS.xiaohongshu, {
      preset: 'xiaohongshu', name: t('小红书', 'Xiaohongshu'), role: 'secondary', focus: t('种草与口碑测评', 'Seeding and reviews'), color: '#ff5c8a',
      score_user_scale: 7, score_activity: 8, score_content_ecosystem: 9, score_commercial_maturity: 7, score_audience_fit: 9,
    }),
    rec('platform', PLATFORMS.bilibili, {
      preset: 'bilibili', name: t('哔哩哔哩', 'Bilibili'), role: 'test', focus: t('年轻圈层试水', 'Testing with young communities'), color: '#00a1d6',
      score_user_scale: 7, score_activity: 8, score_content_ecosystem: 8, score_commercial_maturity: 6, score_audience_fit: 7,
    }),
  ];
}

export function segments(t: Pick2): Rec[] {
  return [
    rec('segment', SEGMENTS.young, {
      name: t('年轻潮流群体', 'Young trend-seekers'),
      age_min: 18, age_max: 25, gender: 'any', spending_power: 'medium',
      region: t('一线、新一线及二线城市', 'Tier-1, new tier-1 and tier-2 cities'),
      interests: t('潮流穿搭, 音乐, 游戏, 球鞋', 'street style, music, gaming, sneakers'),
      cares_about: t('款式够不够新、能不能拍照分享、同龄人都在穿什么。', 'Whether a look is new and photogenic, and what people their age are wearing.'),
      platform_ids: [PLATFORMS.douyin, PLATFORMS.xiaohongshu, PLATFORMS.bilibili, PLATFORMS.weibo],
    }),
    rec('segment', SEGMENTS.business, {
      name: t('商务休闲群体', 'Business-casual professionals'),
      age_min: 26, age_max: 35, gender: 'any', spending_power: 'high',
      region: t('一线及新一线城市', 'Tier-1 and new tier-1 cities'),
      interests: t('通勤穿搭, 健身, 咖啡, 短途旅行', 'commuter wear, fitness, coffee, weekend trips'),
      cares_about: t('面料品质与舒适度，能否从办公室直接穿去聚会。', 'Fabric quality and comfort; clothes that work at the office and after it.'),
      platform_ids: [PLATFORMS.wechat, PLATFORMS.xiaohongshu, PLATFORMS.douyin, PLATFORMS.weibo],
    }),
    rec('segment', SEGMENTS.family, {
      name: t('家庭亲子群体', 'Families with children'),
      age_min: 30, age_max: 45, gender: 'female', spending_power: 'medium',
      region: t('二至四线城市及县城', 'Tier-2 to tier-4 cities and county towns'),
      interests: t('育儿, 亲子户外, 家居, 团购', 'parenting, family outings, home, group buying'),
      cares_about: t('面料安全、耐穿耐洗、性价比，以及一家人都能穿的搭配。', 'Safe fabrics, durability, value for money, and outfits for the whole family.'),
      platform_ids: [PLATFORMS.wechat, PLATFORMS.kuaishou, PLATFORMS.douyin],
    }),
  ];
}
