import type { PEST, SWOT } from '../../model/enums.ts';
import { rec, type Pick2, type Rec } from '../records.ts';

const SWOT_ITEMS: [(typeof SWOT)[number], string, string][] = [
  ['strength', '面料舒适度口碑好，复购率高', 'Known for comfortable fabrics; customers come back'],
  ['strength', '自有设计团队，上新节奏快', 'In-house designers and a fast release rhythm'],
  ['strength', '微信会员基础约 8 万人', 'About 80,000 members already on WeChat'],
  ['strength', '一家人都能穿的产品线，覆盖多个年龄段', 'A range for the whole family, across age groups'],
  ['weakness', '品牌知名度集中在华东，其他地区较弱', 'Awareness is concentrated in East China'],
  ['weakness', '短视频与直播团队经验尚浅', 'Short-video and live-stream team is still young'],
  ['weakness', '各平台数据分散，缺少统一看板', 'Platform data is scattered with no single dashboard'],
  ['weakness', '达人合作资源有限', 'Few established KOL relationships'],
  ['opportunity', '直播电商与短视频仍在高速增长', 'Live commerce and short video keep growing fast'],
  ['opportunity', '消费者更愿意尝试新品牌', 'Shoppers are more willing to try new brands'],
  ['opportunity', '世界杯带来大量话题流量', 'The World Cup brings a flood of conversation'],
  ['opportunity', '小红书、B 站等社区平台快速扩张', 'Community platforms such as Xiaohongshu and Bilibili are expanding'],
  ['threat', '大促期间竞品投放集中，流量成本上涨', 'Competitors crowd festival periods and push traffic costs up'],
  ['threat', '数据隐私与广告监管趋严', 'Stricter rules on data privacy and advertising'],
  ['threat', '消费信心回落，价格敏感度上升', 'Lower consumer confidence and more price sensitivity'],
  ['threat', '社会热点可能迅速放大负面舆情', 'Public debate can amplify bad news quickly'],
];

const PEST_ITEMS: [(typeof PEST)[number], string, string][] = [
  ['political', '个人信息保护法与 GDPR 对用户数据提出严格要求', 'PIPL and GDPR set strict rules for personal data'],
  ['political', '欧盟《数字服务法》要求广告透明，国内广告法禁止夸大宣传', 'The EU DSA requires ad transparency; China’s advertising law bans exaggerated claims'],
  ['economic', '全球增速放缓至约 3%，国内仍约 6%', 'World growth slows to about 3%; China still near 6%'],
  ['economic', '消费者信心指数由 110 降至 105', 'Consumer confidence index down from 110 to 105'],
  ['social', '用户更看重内容质量与个性化', 'People value quality and personal relevance in content'],
  ['social', '专业测评比广告更受信任', 'Expert reviews are trusted more than ads'],
  ['technological', 'AI 推荐让内容更精准地找到用户', 'AI recommendation puts content in front of the right people'],
  ['technological', '跨平台数据整合工具提升分析效率', 'Cross-platform data tools make analysis faster'],
];

/** Figures quoted in the source plan; dated to when the plan was written. */
const FIGURES: [string, string, number, string, string, string, string, string][] = [
  ['全球社交媒体用户', 'Social media users worldwide', 5, '十亿', 'bn', '方案引用的行业统计', 'Industry statistics quoted in the source plan', '2025-12-31'],
  ['短视频占社交媒体市场份额', 'Short video’s share of the social media market', 35, '%', '%', '方案引用的行业统计', 'Industry statistics quoted in the source plan', '2025-12-31'],
  ['直播电商占社交媒体市场份额', 'Live commerce’s share of the social media market', 28, '%', '%', '方案引用的行业统计', 'Industry statistics quoted in the source plan', '2025-12-31'],
  ['国内短视频平台用户渗透率', 'Short-video penetration among China’s internet users', 70, '%', '%', '方案引用的行业统计', 'Industry statistics quoted in the source plan', '2025-12-31'],
  ['中国消费者信心指数', 'China consumer confidence index', 105, '点', 'points', '消费者信心指数（2024 年为 110）', 'Consumer confidence index (110 in 2024)', '2025-12-31'],
  ['偏好专业测评短视频的用户比例', 'Users who prefer expert-review videos to ads', 85, '%', '%', '某美妆品牌用户调研', 'User survey by a cosmetics brand', '2025-06-30'],
];

export function swotItems(t: Pick2): Rec[] {
  return SWOT_ITEMS.map(([quadrant, zh, en], i) => rec('swot_item', `swot-${String(i + 1).padStart(2, '0')}`, { quadrant, text: t(zh, en) }));
}

export function pestItems(t: Pick2): Rec[] {
  return PEST_ITEMS.map(([factor, zh, en], i) => rec('pest_item', `pest-${String(i + 1).padStart(2, '0')}`, { factor, text: t(zh, en) }));
}

export function marketFigures(t: Pick2): Rec[] {
  return FIGURES.map(([zh, en, value, unitZh, unitEn, srcZh, srcEn, asOf], i) =>
    rec('market_figure', `figure-${String(i + 1).padStart(2, '0')}`, { label: t(zh, en), value, unit: t(unitZh, unitEn), source: t(srcZh, srcEn), as_of: asOf }),
  );
}
