import type { INCIDENTS, REGULATIONS, RISK_CATEGORIES, RISK_STATUSES, RISK_STRATEGIES, COMPLIANCE_STATUSES } from '../../model/enums.ts';
import { rec, type Pick2, type Rec } from '../records.ts';
import { PLATFORMS as PL } from './audience.ts';
import { PEOPLE as P } from './team.ts';

type Txt = [zh: string, en: string];

interface RiskSeed {
  id: string;
  category: (typeof RISK_CATEGORIES)[number];
  title: Txt;
  cause: Txt;
  event: Txt;
  effect: Txt;
  /** inherent likelihood, impact, then residual likelihood, impact */
  rating: [number, number, number, number];
  owner: string;
  trigger: Txt;
  triggerSeen?: boolean;
  strategy: (typeof RISK_STRATEGIES)[number];
  mitigation: Txt;
  contingency: Txt;
  status: (typeof RISK_STATUSES)[number];
  identified: string;
  review: string | null;
  tasks?: string[];
  platforms?: string[];
  playbook?: string;
}

/** Reviews dated before late November 2026 are meant to show up as due in the sample. */
const RISKS: RiskSeed[] = [
  {
    id: 'risk-01', category: 'market',
    title: ['大促期间竞品加码投放', 'Competitors outspend us at shopping festivals'],
    cause: ['同类品牌集中在 618 与双 11 抢量', 'Similar brands all push hardest at 618 and Double 11'],
    event: ['流量单价上涨，曝光被挤占', 'Traffic prices rise and our reach is crowded out'],
    effect: ['获客成本升高，订单目标承压', 'Higher acquisition cost; the order target comes under pressure'],
    rating: [4, 3, 3, 2], owner: P.sun,
    trigger: ['千次曝光成本环比上涨超过 20%', 'Cost per thousand impressions up more than 20% week on week'],
    strategy: 'reduce',
    mitigation: ['提前锁定达人档期，预热期分散投放', 'Book KOL slots early and spread spend over the warm-up weeks'],
    contingency: ['转向私域社群与直播间复购', 'Lean on the private community and live-stream repeat buyers'],
    status: 'monitoring', identified: '2026-01-15', review: '2026-11-20',
    tasks: ['task-exec-07', 'task-exec-14'], platforms: [PL.douyin, PL.kuaishou],
  },
  {
    id: 'risk-02', category: 'market',
    title: ['用户内容偏好转移', 'Audience tastes move to other formats'],
    cause: ['用户对纯短视频的兴趣下降，直播与沉浸式内容上升', 'Interest shifts from plain short video to live and immersive formats'],
    event: ['既有内容形式的完播率与互动持续下滑', 'Completion and engagement of our usual formats keep falling'],
    effect: ['互动率目标落空', 'The engagement-rate target is missed'],
    rating: [3, 3, 2, 2], owner: P.zhou,
    trigger: ['完播率连续三周下降', 'Completion rate down three weeks running'],
    strategy: 'reduce',
    mitigation: ['每季度做内容形式 A/B 测试', 'Run format A/B tests every quarter'],
    contingency: ['把制作预算转向直播与互动形式', 'Move production budget to live and interactive formats'],
    status: 'monitoring', identified: '2026-01-15', review: '2026-12-15',
    tasks: ['task-opt-02'],
  },
  {
    id: 'risk-03', category: 'market',
    title: ['消费信心走弱', 'Weaker consumer confidence'],
    cause: ['消费者信心指数由 110 降至 105，价格敏感度上升', 'Consumer confidence index fell from 110 to 105; shoppers watch prices closely'],
    event: ['客单价与转化率低于预期', 'Order value and conversion come in below plan'],
    effect: ['成交额缺口', 'A revenue shortfall'],
    rating: [3, 4, 3, 3], owner: P.lin,
    trigger: ['连续两个月客单价低于 200 元', 'Average order value below CNY 200 for two months'],
    strategy: 'accept',
    mitigation: ['突出面料与耐穿的性价比卖点，以情感内容维系好感', 'Stress fabric and durability as value; keep goodwill with emotional storytelling'],
    contingency: ['推出家庭组合装与会员专享价', 'Launch family bundles and member prices'],
    status: 'open', identified: '2026-01-20', review: '2026-11-10',
  },
  {
    id: 'risk-04', category: 'market',
    title: ['合作达人负面事件', 'Scandal around a partner KOL'],
    cause: ['达人个人言行或过往内容引发争议', 'A creator’s conduct or old posts cause controversy'],
    event: ['品牌被卷入舆论', 'The brand is dragged into the story'],
    effect: ['口碑受损，合作内容需下架', 'Reputation damage; joint content has to come down'],
    rating: [2, 4, 1, 3], owner: P.sun,
    trigger: ['达人相关负面话题进入热搜', 'A negative topic about the creator starts trending'],
    strategy: 'transfer',
    mitigation: ['签约前做背景核查，合同写明道德条款', 'Background checks before signing; a morals clause in every contract'],
    contingency: ['暂停合作并启动公关危机预案', 'Suspend the partnership and run the PR-crisis playbook'],
    status: 'monitoring', identified: '2026-02-10', review: '2026-12-01',
    tasks: ['task-exec-09', 'task-exec-10'], playbook: 'pb-pr',
  },
  {
    id: 'risk-05', category: 'legal',
    title: ['个人信息保护法合规（PIPL）', 'China PIPL compliance'],
    cause: ['抽奖、社群入群时收集手机号和地址', 'Phone numbers and addresses collected for lotteries and group sign-ups'],
    event: ['未取得单独同意或超范围使用个人信息', 'Personal data used without separate consent or beyond its purpose'],
    effect: ['监管处罚与平台处置', 'Regulatory fines and platform sanctions'],
    rating: [3, 5, 1, 4], owner: P.chen,
    trigger: ['用户投诉个人信息被用于营销', 'A user complains their data was used for marketing'],
    strategy: 'avoid',
    mitigation: ['所有收集表单附告知与单独同意，最小必要收集，活动结束后删除', 'Notice and separate consent on every form, collect only what is needed, delete after the campaign'],
    contingency: ['停止收集、评估影响并按要求报告', 'Stop collecting, assess the impact and report as required'],
    status: 'mitigating', identified: '2026-01-19', review: '2026-11-15',
    tasks: ['task-prep-09', 'task-exec-03'], platforms: [PL.wechat], playbook: 'pb-data-leak',
  },
  {
    id: 'risk-06', category: 'legal',
    title: ['GDPR 合规', 'GDPR compliance'],
    cause: ['海外旗舰店会员数据中包含欧盟居民', 'The overseas store’s member list includes EU residents'],
    event: ['未经合法依据向欧盟用户推送营销信息', 'Marketing sent to EU users without a lawful basis'],
    effect: ['高额罚款与跨境业务受阻', 'Heavy fines and a blocked cross-border business'],
    rating: [2, 4, 1, 3], owner: P.chen,
    trigger: ['收到欧盟用户的数据访问或删除请求', 'An EU user asks to access or erase their data'],
    strategy: 'reduce',
    mitigation: ['区分欧盟用户，营销前取得明示同意并保留记录', 'Flag EU users; get and record explicit consent before marketing'],
    contingency: ['在法定期限内答复请求，必要时暂停推送', 'Answer requests within the legal deadline; pause sends if needed'],
    status: 'open', identified: '2026-01-19', review: '2026-12-10',
  },
  {
    id: 'risk-07', category: 'legal',
    title: ['欧盟数字服务法（DSA）广告透明度', 'EU Digital Services Act ad transparency'],
    cause: ['跨境店铺在欧盟投放社媒广告', 'The cross-border store runs social ads seen in the EU'],
    event: ['广告未清晰标识或定向依据不透明', 'Ads not clearly labelled or their targeting not explained'],
    effect: ['平台下架广告，品牌信誉受损', 'Platforms pull the ads; trust in the brand suffers'],
    rating: [2, 3, 1, 2], owner: P.chen,
    trigger: ['平台发出广告透明度审核通知', 'A platform sends an ad-transparency review notice'],
    strategy: 'reduce',
    mitigation: ['所有欧盟广告标注“广告”及投放主体，不针对未成年人做画像定向', 'Label every EU ad and its sponsor; no profiling-based targeting of minors'],
    contingency: ['暂停欧盟投放并补齐披露', 'Pause EU ads and complete the disclosures'],
    status: 'open', identified: '2026-02-02', review: '2026-12-20',
  },
  {
    id: 'risk-08', category: 'legal',
    title: ['广告用语夸大（广告法）', 'Exaggerated claims (advertising law)'],
    cause: ['文案或达人口播使用“最”“第一”等绝对化用语', 'Copy or KOL scripts use absolute terms such as “best” or “No. 1”'],
    event: ['被认定为虚假或夸大宣传', 'Content is judged false or exaggerated advertising'],
    effect: ['罚款、内容下架与负面报道', 'Fines, removed content and bad press'],
    rating: [4, 4, 2, 3], owner: P.chen,
    trigger: ['内容审核发现绝对化用语或无法证明的功效描述', 'Review finds absolute terms or claims that cannot be proven'],
    strategy: 'avoid',
    mitigation: ['建立禁用词清单，所有内容与达人脚本上线前经法务审核', 'A banned-words list; legal checks every post and KOL script before it goes out'],
    contingency: ['立即下架更正，并启动公关危机预案', 'Take it down, correct it and run the PR-crisis playbook'],
    status: 'mitigating', identified: '2026-01-19', review: '2026-11-25',
    tasks: ['task-prep-09'], platforms: [PL.douyin, PL.xiaohongshu], playbook: 'pb-pr',
  },
  {
    id: 'risk-09', category: 'technical',
    title: ['直播期间平台故障', 'Platform outage during a live stream'],
    cause: ['大促高峰平台负载过高', 'Platforms are overloaded at festival peaks'],
    event: ['直播中断或商品链接失效', 'The stream drops or product links stop working'],
    effect: ['错失成交高峰，用户体验受损', 'Peak sales are lost and viewers are annoyed'],
    rating: [3, 4, 2, 3], owner: P.sun,
    trigger: ['平台状态页出现异常或推流失败', 'The platform status page shows trouble or the stream fails to push'],
    triggerSeen: true,
    strategy: 'reduce',
    mitigation: ['准备备用账号与备用推流设备，关键场次双平台同步开播', 'Keep a backup account and encoder; run key streams on two platforms at once'],
    contingency: ['切换到备用平台，社群与短信通知用户并延长优惠', 'Switch to the backup platform, tell users through the community and SMS, extend the offer'],
    status: 'occurred', identified: '2026-02-05', review: '2026-12-05',
    tasks: ['task-exec-05', 'task-exec-07'], platforms: [PL.kuaishou, PL.douyin],
  },
  {
    id: 'risk-10', category: 'technical',
    title: ['品牌账号遭网络攻击', 'Cyber attack on brand accounts'],
    cause: ['弱密码、共享登录或钓鱼邮件', 'Weak passwords, shared logins or phishing'],
    event: ['官方账号被盗并发布不当内容', 'An official account is taken over and posts harmful content'],
    effect: ['品牌形象受损，粉丝流失', 'Brand damage and lost followers'],
    rating: [2, 5, 1, 4], owner: P.wang,
    trigger: ['异地登录提醒或密码被修改', 'A login from an unknown place or a changed password'],
    strategy: 'reduce',
    mitigation: ['全部账号开启双重验证，权限按人分配并定期轮换', 'Two-factor authentication everywhere; per-person access, rotated regularly'],
    contingency: ['执行网络攻击应急预案', 'Run the cyber-attack playbook'],
    status: 'monitoring', identified: '2026-01-22', review: '2026-11-18',
    playbook: 'pb-cyber',
  },
  {
    id: 'risk-11', category: 'technical',
    title: ['用户数据泄露', 'Customer data leak'],
    cause: ['第三方工具或代理商管理不善', 'Poor handling by a third-party tool or agency'],
    event: ['会员或抽奖用户信息外泄', 'Member or lottery-entrant data gets out'],
    effect: ['法律责任与信任危机', 'Legal liability and a loss of trust'],
    rating: [2, 5, 1, 4], owner: P.wang,
    trigger: ['在外部渠道发现疑似本品牌用户数据', 'Data that looks like ours turns up outside'],
    strategy: 'reduce',
    mitigation: ['供应商签署数据处理协议，数据加密存储并限制导出', 'Data-processing agreements with suppliers, encrypted storage, limited exports'],
    contingency: ['执行数据泄露应急预案', 'Run the data-leak playbook'],
    status: 'open', identified: '2026-01-22', review: '2026-12-01',
    tasks: ['task-prep-08'], playbook: 'pb-data-leak',
  },
  {
    id: 'risk-12', category: 'force_majeure',
    title: ['重点区域发生自然灾害', 'Natural disaster in a key region'],
    cause: ['台风、洪涝等极端天气', 'Typhoons, floods or other extreme weather'],
    event: ['当地网络与物流中断，舆论氛围不宜营销', 'Local networks and delivery stop; the mood is wrong for promotion'],
    effect: ['活动延期，发货延迟', 'Campaigns postponed and deliveries late'],
    rating: [2, 4, 2, 3], owner: P.lin,
    trigger: ['气象部门发布红色预警', 'A red weather warning is issued'],
    strategy: 'accept',
    mitigation: ['大促前确认物流备选方案，内容日历预留调整空间', 'Confirm backup logistics before festivals; leave slack in the content calendar'],
    contingency: ['暂停受影响地区推广，改发关怀与公益内容', 'Pause promotion in the region; post support and relief content instead'],
    status: 'open', identified: '2026-02-05', review: '2026-12-15',
  },
  {
    id: 'risk-13', category: 'force_majeure',
    title: ['公共卫生事件', 'Public-health emergency'],
    cause: ['区域性疫情', 'A regional outbreak'],
    event: ['线下活动取消，用户作息与消费习惯改变', 'Offline events are cancelled; routines and spending change'],
    effect: ['线下活动预算浪费，线上流量结构变化', 'Offline budget is wasted; online traffic patterns shift'],
    rating: [2, 3, 2, 2], owner: P.lin,
    trigger: ['活动所在地发布防控措施', 'Health measures are announced where an event is planned'],
    strategy: 'accept',
    mitigation: ['线下活动合同约定不可抗力条款，预设线上替代方案', 'Force-majeure clauses in event contracts; an online fallback for each event'],
    contingency: ['改为线上直播形式举办', 'Hold the event as a live stream'],
    status: 'open', identified: '2026-02-05', review: '2026-12-20',
    tasks: ['task-exec-16'],
  },
  {
    id: 'risk-14', category: 'market',
    title: ['环保议题引发舆论批评', 'Public criticism over sustainability'],
    cause: ['面料来源或包装被质疑不环保', 'Fabric sourcing or packaging is called wasteful'],
    event: ['负面内容在社交平台扩散', 'Negative posts spread across platforms'],
    effect: ['同类事件曾导致品牌粉丝流失约 30%', 'A similar case elsewhere cost a brand about 30% of its followers'],
    rating: [2, 5, 1, 4], owner: P.zhao,
    trigger: ['舆情监测负面声量占比超过 15%', 'Negative share of mentions above 15% in social listening'],
    strategy: 'reduce',
    mitigation: ['公开面料溯源信息，包装改用可回收材料', 'Publish fabric traceability; move packaging to recyclable material'],
    contingency: ['执行公关危机预案，发布事实说明与改进承诺', 'Run the PR-crisis playbook; publish the facts and what will change'],
    status: 'monitoring', identified: '2026-03-01', review: '2026-11-05',
    platforms: [PL.weibo, PL.xiaohongshu], playbook: 'pb-pr',
  },
  {
    id: 'risk-15', category: 'other',
    title: ['大促期间核心人员流失', 'Key people leave at peak season'],
    cause: ['工作强度高，竞品挖角', 'Heavy workload and competitors hiring'],
    event: ['关键岗位空缺', 'A key role falls empty'],
    effect: ['内容产出与投放节奏受影响', 'Content output and ad pacing slip'],
    rating: [2, 3, 1, 2], owner: P.lin,
    trigger: ['连续加班超过两周', 'More than two weeks of sustained overtime'],
    strategy: 'reduce',
    mitigation: ['关键岗位设 AB 角，大促后安排调休', 'A named backup for every key role; time off after each festival'],
    contingency: ['启用外包人员补位', 'Bring in contractors'],
    status: 'closed', identified: '2026-02-05', review: null,
  },
];

export function risks(t: Pick2): Rec[] {
  const tx = (v: Txt) => t(v[0], v[1]);
  return RISKS.map((r, i) =>
    rec('risk', r.id, {
      code: `R-${String(i + 1).padStart(2, '0')}`,
      title: tx(r.title), category: r.category, cause: tx(r.cause), event: tx(r.event), effect: tx(r.effect),
      likelihood: r.rating[0], impact: r.rating[1], residual_likelihood: r.rating[2], residual_impact: r.rating[3],
      owner_id: r.owner, trigger: tx(r.trigger), trigger_seen: r.triggerSeen ?? false, strategy: r.strategy,
      mitigation: tx(r.mitigation), contingency: tx(r.contingency), status: r.status,
      identified_on: r.identified, review_on: r.review, task_ids: r.tasks ?? [], platform_ids: r.platforms ?? [],
    }),
  );
}

/** Set once the playbooks exist: risk and playbook point at each other. */
export function riskPlaybookLinks(): Rec[] {
  return RISKS.filter((r) => r.playbook).map((r) => rec('risk', r.id, { playbook_id: r.playbook ?? null }));
}

interface PlaybookSeed {
  id: string;
  incident: (typeof INCIDENTS)[number];
  name: Txt;
  owner: string;
  deputy: string;
  levels: [Txt, Txt, Txt];
  resources: Txt;
  steps: [Txt, Txt][];
}

const PLAYBOOKS: PlaybookSeed[] = [
  {
    id: 'pb-cyber', incident: 'cyber_attack', name: ['网络攻击应急预案', 'Cyber-attack playbook'], owner: P.wang, deputy: P.sun,
    levels: [
      ['官方账号被盗并已发布内容', 'An official account is taken over and has posted'],
      ['账号异常登录或后台被篡改，尚未对外发布', 'Suspicious logins or changed settings, nothing published yet'],
      ['钓鱼邮件或撞库尝试，未造成影响', 'Phishing or credential-stuffing attempts with no effect'],
    ],
    resources: ['各平台官方客服与安全通道联系方式、账号资产清单、备用管理员账号', 'Platform security contacts, the account inventory, backup admin accounts'],
    steps: [
      [['冻结受影响账号并修改全部密码', 'Lock the affected accounts and change every password'], ['数据组', 'Data team']],
      [['通过官方安全通道申诉找回账号', 'Reclaim the accounts through the platforms’ security channels'], ['跨平台运营组', 'Cross-platform team']],
      [['删除不当内容并截图留证', 'Delete harmful posts and keep screenshots as evidence'], ['内容组', 'Content team']],
      [['排查登录设备与权限，撤销可疑授权', 'Check devices and permissions; revoke suspicious grants'], ['数据组', 'Data team']],
      [['在其他官方渠道发布说明', 'Post a notice on the other official channels'], ['项目办', 'Project office']],
      [['复盘并更新权限管理制度', 'Review what happened and tighten access rules'], ['项目办', 'Project office']],
    ],
  },
  {
    id: 'pb-data-leak', incident: 'data_leak', name: ['数据泄露应急预案', 'Data-leak playbook'], owner: P.chen, deputy: P.wang,
    levels: [
      ['大量含联系方式的用户数据外泄', 'Large amounts of user data with contact details are out'],
      ['少量用户数据外泄或泄露范围不明', 'A small leak, or the scope is still unknown'],
      ['内部误发或越权访问，已及时收回', 'Internal misdelivery or over-broad access, caught in time'],
    ],
    resources: ['数据清单与处理记录、供应商联系人、律师与监管报告模板', 'Data inventory and processing records, supplier contacts, counsel and regulator report templates'],
    steps: [
      [['切断泄露源，暂停相关工具与供应商访问', 'Stop the leak: suspend the tools and supplier access involved'], ['数据组', 'Data team']],
      [['评估泄露数据类型、数量和涉及地区', 'Assess the kind, amount and regions of the data'], ['数据组', 'Data team']],
      [['法务判断是否需向监管部门报告（PIPL / GDPR 72 小时）', 'Legal decides on reporting to regulators (PIPL; GDPR within 72 hours)'], ['法务', 'Legal']],
      [['通知受影响用户并给出防范建议', 'Tell affected users and how to protect themselves'], ['用户互动组', 'Community team']],
      [['统一对外口径，监测舆情', 'Agree one public line and watch sentiment'], ['项目办', 'Project office']],
      [['整改并复盘，更新供应商数据处理协议', 'Fix the cause, review, and update supplier data agreements'], ['法务', 'Legal']],
    ],
  },
  {
    id: 'pb-pr', incident: 'pr_crisis', name: ['公关危机应急预案', 'PR-crisis playbook'], owner: P.lin, deputy: P.zhao,
    levels: [
      ['负面话题登上热搜或被主流媒体报道', 'A negative topic trends or reaches mainstream media'],
      ['负面内容在单一平台快速扩散', 'Negative content spreads fast on one platform'],
      ['零星用户投诉或差评', 'Scattered complaints or bad reviews'],
    ],
    resources: ['舆情监测服务、声明模板、发言人名单、达人合作合同', 'Social listening, statement templates, spokesperson list, KOL contracts'],
    steps: [
      [['确认事实，判定危机等级', 'Establish the facts and set the severity'], ['项目办', 'Project office']],
      [['暂停所有排期中的营销内容与投放', 'Pause every scheduled post and ad'], ['跨平台运营组', 'Cross-platform team']],
      [['法务审核回应声明', 'Legal reviews the response statement'], ['法务', 'Legal']],
      [['在主要平台统一发布回应', 'Publish the response on the main platforms at once'], ['内容组', 'Content team']],
      [['社群与评论区一对一沟通', 'Answer people one by one in groups and comments'], ['用户互动组', 'Community team']],
      [['每 2 小时汇报舆情走势', 'Report the sentiment trend every two hours'], ['数据组', 'Data team']],
      [['事件平息后复盘，决定何时恢复投放', 'Review afterwards and decide when to resume ads'], ['项目办', 'Project office']],
    ],
  },
];

export function playbooks(t: Pick2): Rec[] {
  const tx = (v: Txt) => t(v[0], v[1]);
  return PLAYBOOKS.map((p) =>
    rec('playbook', p.id, {
      incident: p.incident, name: tx(p.name), owner_id: p.owner, deputy_id: p.deputy,
      levels: [
        { severity: 'critical', response_hours: 1, description: tx(p.levels[0]) },
        { severity: 'major', response_hours: 4, description: tx(p.levels[1]) },
        { severity: 'minor', response_hours: 24, description: tx(p.levels[2]) },
      ],
      resources: tx(p.resources),
      risk_ids: RISKS.filter((r) => r.playbook === p.id).map((r) => r.id),
    }),
  );
}

export function playbookSteps(t: Pick2): Rec[] {
  return PLAYBOOKS.flatMap((p) =>
    p.steps.map(([text, who], i) =>
      rec('playbook_step', `${p.id}-step-${i + 1}`, { playbook_id: p.id, text: t(text[0], text[1]), who: t(who[0], who[1]) }),
    ),
  );
}

const COMPLIANCE: [string, (typeof REGULATIONS)[number], Txt, string, (typeof COMPLIANCE_STATUSES)[number], Txt, string | null, string[]][] = [
  ['comp-gdpr-1', 'gdpr', ['为欧盟用户建立营销同意记录', 'Keep consent records for EU users before marketing'], P.chen, 'done', ['同意记录已接入会员系统', 'Consent log added to the member system'], '2026-03-31', ['risk-06']],
  ['comp-gdpr-2', 'gdpr', ['制定数据主体请求 30 天内答复流程', 'Answer data-subject requests within a month'], P.wang, 'in_progress', ['', ''], '2026-12-15', ['risk-06']],
  ['comp-pipl-1', 'pipl', ['抽奖与入群表单增加告知与单独同意', 'Notice and separate consent on lottery and group sign-up forms'], P.chen, 'done', ['表单模板已更新', 'Form templates updated'], '2026-02-13', ['risk-05']],
  ['comp-pipl-2', 'pipl', ['活动结束 30 天内删除抽奖用户信息', 'Delete lottery entrants’ data within 30 days of the draw'], P.zhao, 'in_progress', ['', ''], '2026-11-30', ['risk-05']],
  ['comp-dsa-1', 'dsa', ['欧盟投放广告标注“广告”及投放主体', 'Label EU ads as ads and name who paid for them'], P.liu, 'done', ['', ''], '2026-04-30', ['risk-07']],
  ['comp-dsa-2', 'dsa', ['不对欧盟未成年用户做画像定向', 'No profiling-based ads to minors in the EU'], P.liu, 'todo', ['', ''], '2026-12-31', ['risk-07']],
  ['comp-adlaw-1', 'ad_law', ['建立绝对化用语禁用词清单', 'Keep a banned list of absolute claims (“best”, “No. 1”)'], P.chen, 'done', ['清单已共享给内容组与达人', 'Shared with the content team and KOLs'], '2026-02-13', ['risk-08']],
  ['comp-adlaw-2', 'ad_law', ['达人脚本与商品功效描述上线前经法务审核', 'Legal signs off KOL scripts and product claims before they go out'], P.chen, 'in_progress', ['', ''], '2026-12-31', ['risk-08']],
];

export function complianceItems(t: Pick2): Rec[] {
  return COMPLIANCE.map(([id, regulation, req, owner, status, evidence, due, riskIds]) =>
    rec('compliance_item', id, {
      regulation, requirement: t(req[0], req[1]), owner_id: owner, status, evidence: t(evidence[0], evidence[1]), due, risk_ids: riskIds,
    }),
  );
}
