import { rec, type Pick2, type Rec } from '../records.ts';
import { toMinor } from '../../logic/budget-money.ts';

export const PEOPLE = {
  lin: 'person-lin',
  zhou: 'person-zhou',
  li: 'person-li',
  wang: 'person-wang',
  zhao: 'person-zhao',
  sun: 'person-sun',
  liu: 'person-liu',
  chen: 'person-chen',
} as const;

export function teams(t: Pick2): Rec[] {
  return [
    rec('team', 'team-content', { name: t('内容创作组', 'Content creation'), kind: 'content' }),
    rec('team', 'team-data', { name: t('数据分析组', 'Data analysis'), kind: 'data' }),
    rec('team', 'team-community', { name: t('用户互动组', 'Community and engagement'), kind: 'community' }),
    rec('team', 'team-cross', { name: t('跨平台运营组', 'Cross-platform operations'), kind: 'cross_platform' }),
    rec('team', 'team-pm', { name: t('项目管理办公室', 'Project office'), kind: 'project_management' }),
  ];
}

export function people(t: Pick2): Rec[] {
  const p = (id: string, zh: string, en: string, roleZh: string, roleEn: string, team: string, capacity: number, cost: number, mail: string) =>
    rec('person', id, { name: t(zh, en), role: t(roleZh, roleEn), team_id: team, capacity_hours: capacity, hourly_cost: toMinor(cost), email: `${mail}@qimu.example` });
  return [
    p(PEOPLE.lin, '林晓雨', 'Lin Xiaoyu', '项目经理', 'Project manager', 'team-pm', 40, 380, 'lin.xiaoyu'),
    p(PEOPLE.zhou, '周明轩', 'Zhou Mingxuan', '内容负责人', 'Head of content', 'team-content', 40, 320, 'zhou.mingxuan'),
    p(PEOPLE.li, '李婧', 'Li Jing', '短视频制片', 'Short-video producer', 'team-content', 40, 260, 'li.jing'),
    p(PEOPLE.wang, '王浩', 'Wang Hao', '数据分析主管', 'Lead data analyst', 'team-data', 40, 340, 'wang.hao'),
    p(PEOPLE.zhao, '赵思琪', 'Zhao Siqi', '社群运营经理', 'Community manager', 'team-community', 40, 240, 'zhao.siqi'),
    p(PEOPLE.sun, '孙悦', 'Sun Yue', '跨平台运营主管', 'Cross-platform operations lead', 'team-cross', 40, 300, 'sun.yue'),
    p(PEOPLE.liu, '刘洋', 'Liu Yang', '广告投放专员', 'Paid media specialist', 'team-cross', 40, 260, 'liu.yang'),
    p(PEOPLE.chen, '陈蕾', 'Chen Lei', '法务合规顾问（兼职）', 'Legal and compliance adviser (part-time)', 'team-pm', 16, 450, 'chen.lei'),
  ];
}

export function meetings(t: Pick2): Rec[] {
  const leads = [PEOPLE.lin, PEOPLE.zhou, PEOPLE.wang, PEOPLE.zhao, PEOPLE.sun];
  return [
    rec('meeting', 'meeting-weekly-sync', {
      name: t('跨部门周会', 'Weekly cross-department sync'),
      recurrence: 'weekly',
      weekday: 1,
      time: '10:00',
      duration_minutes: 60,
      start_date: '2026-01-05',
      end_date: null,
      attendee_ids: leads,
      notes: t(
        '内容组：本周发布排期与素材缺口；数据组：上周各平台核心指标；互动组：社群舆情与用户反馈；跨平台组：投放消耗与达人合作进度；项目办：里程碑、风险与待决事项。',
        'Content: this week’s publishing slots and missing assets. Data: last week’s key figures per platform. Community: sentiment and user feedback. Cross-platform: ad spend and KOL progress. Project office: milestones, risks and open decisions.',
      ),
    }),
    rec('meeting', 'meeting-content-review', {
      name: t('内容双周评审', 'Fortnightly content review'),
      recurrence: 'biweekly',
      weekday: 4,
      time: '15:00',
      duration_minutes: 45,
      start_date: '2026-03-05',
      end_date: null,
      attendee_ids: [PEOPLE.zhou, PEOPLE.li, PEOPLE.chen, PEOPLE.sun],
      notes: t('审阅待发布内容，法务核查广告用语与授权素材。', 'Go through content awaiting approval; legal checks claims wording and licensed material.'),
    }),
  ];
}

export function tools(t: Pick2): Rec[] {
  return [
    rec('tool', 'tool-analytics', {
      name: t('数据分析平台（年度授权）', 'Analytics platform (annual licence)'),
      purpose: 'analytics', cost: toMinor(180_000), owner_id: PEOPLE.wang,
      notes: t('汇总各平台后台导出数据，生成月度看板。', 'Brings together the platforms’ exports and builds the monthly dashboard.'),
    }),
    rec('tool', 'tool-listening', {
      name: t('舆情监测服务', 'Social listening service'),
      purpose: 'analytics', cost: toMinor(96_000), owner_id: PEOPLE.zhao,
      notes: t('负面声量预警，服务于公关危机预案。', 'Alerts on negative mentions; feeds the PR-crisis playbook.'),
    }),
    rec('tool', 'tool-editing', {
      name: t('视频剪辑与设计套件', 'Video editing and design suite'),
      purpose: 'editing', cost: toMinor(42_000), owner_id: PEOPLE.li,
      notes: t('含商用字体与音乐授权。', 'Includes commercial font and music licences.'),
    }),
    rec('tool', 'tool-scheduler', {
      name: t('多平台排期发布工具', 'Multi-platform scheduling tool'),
      purpose: 'scheduling', cost: toMinor(54_000), owner_id: PEOPLE.sun,
      notes: t('按晚间高峰时段批量排期。', 'Queues posts in bulk for the evening peak.'),
    }),
  ];
}
