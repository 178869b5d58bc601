import type { LinkType, TASK_KINDS } from '../../model/enums.ts';
import { PHASE_IDS } from '../defaults.ts';
import { rec, type Pick2, type Rec } from '../records.ts';
import { PEOPLE as P } from './team.ts';

const PREP = PHASE_IDS.preparation;
const EXEC = PHASE_IDS.execution;
const EVAL = PHASE_IDS.evaluation;
const OPT = PHASE_IDS.optimisation;

type Kind = (typeof TASK_KINDS)[number];
/** id, phase, zh name, en name, start, end, progress, owner, hours, kind; start === end and 0 hours marks a milestone */
type TaskRow = [string, string, string, string, string, string, number, string, number, Kind?];

/**
 * The year as the Gantt board shows it. The sample is read as if today were late November 2026:
 * work that ended before then is done, running work is part done, December is still ahead.
 */
const TASKS: TaskRow[] = [
  ['task-prep-01', PREP, '市场与竞品调研', 'Market and competitor research', '2026-01-05', '2026-01-23', 100, P.wang, 80],
  ['task-prep-02', PREP, '用户分层与画像', 'Audience segments and personas', '2026-01-12', '2026-01-30', 100, P.wang, 64],
  ['task-prep-03', PREP, '目标与 KPI 体系', 'Objectives and KPI tree', '2026-01-26', '2026-02-06', 100, P.lin, 40],
  ['task-prep-04', PREP, '平台评分与选择', 'Platform scoring and selection', '2026-02-02', '2026-02-06', 100, P.sun, 24],
  ['task-prep-05', PREP, '预算分配方案', 'Budget allocation', '2026-02-09', '2026-02-13', 100, P.lin, 24],
  ['task-prep-06', PREP, '内容策略与选题日历', 'Content strategy and editorial calendar', '2026-02-02', '2026-02-13', 100, P.zhou, 60],
  ['task-prep-07', PREP, '达人筛选与签约', 'KOL shortlist and contracts', '2026-02-09', '2026-02-27', 100, P.sun, 50, 'kol'],
  ['task-prep-08', PREP, '数据与排期工具部署', 'Analytics and scheduling tools set-up', '2026-01-19', '2026-02-13', 100, P.wang, 40],
  ['task-prep-09', PREP, '合规审查（个保法、GDPR、广告法）', 'Compliance review (PIPL, GDPR, advertising law)', '2026-01-19', '2026-02-13', 100, P.chen, 32],
  ['task-prep-10', PREP, '应急预案编制与演练', 'Emergency playbooks and first drill', '2026-02-24', '2026-03-06', 100, P.lin, 30],
  ['ms-signoff', PREP, '方案评审通过', 'Plan signed off', '2026-02-24', '2026-02-24', 100, P.lin, 0],

  ['task-exec-01', EXEC, '上线内容集中制作', 'Launch content production', '2026-02-25', '2026-03-13', 100, P.zhou, 120],
  ['ms-launch', EXEC, '春夏战役上线', 'Spring/summer campaign goes live', '2026-03-16', '2026-03-16', 100, P.sun, 0],
  ['task-exec-02', EXEC, '抖音日常短视频', 'Douyin always-on short videos', '2026-03-16', '2026-12-31', 85, P.li, 640],
  ['task-exec-03', EXEC, '微信社群运营', 'WeChat community operations', '2026-03-16', '2026-12-31', 85, P.zhao, 520, 'community'],
  ['task-exec-04', EXEC, '小红书种草与测评', 'Xiaohongshu seeding and reviews', '2026-03-23', '2026-09-30', 100, P.zhou, 200],
  ['task-exec-05', EXEC, '快手直播带货系列', 'Kuaishou live-commerce series', '2026-04-01', '2026-11-30', 95, P.sun, 320, 'event'],
  ['task-exec-06', EXEC, '520 主题活动', '520 campaign', '2026-05-06', '2026-05-20', 100, P.zhou, 60, 'event'],
  ['task-exec-07', EXEC, '618 年中大促', '618 mid-year sale', '2026-05-25', '2026-06-18', 100, P.sun, 140, 'event'],
  ['ms-618', EXEC, '618 成交高峰日', '618 peak sales day', '2026-06-18', '2026-06-18', 100, P.sun, 0],
  ['task-exec-08', EXEC, '世界杯话题营销', 'World Cup topic campaign', '2026-06-08', '2026-07-19', 100, P.liu, 110, 'event'],
  ['task-exec-09', EXEC, '第一波达人合作', 'KOL wave 1', '2026-03-16', '2026-04-30', 100, P.sun, 80, 'kol'],
  ['task-exec-10', EXEC, '第二波达人合作（618）', 'KOL wave 2 (618)', '2026-05-18', '2026-06-18', 100, P.sun, 80, 'kol'],
  ['task-exec-11', EXEC, '夏季 UGC 挑战赛', 'Summer UGC challenge', '2026-07-06', '2026-08-14', 100, P.zhao, 90, 'community'],
  ['task-exec-12', EXEC, 'B站创作者合作测试', 'Bilibili creator collaboration test', '2026-07-20', '2026-08-31', 100, P.liu, 60, 'kol'],
  ['task-exec-13', EXEC, '中秋国庆双节活动', 'Mid-Autumn and National Day campaign', '2026-09-07', '2026-10-07', 100, P.zhou, 120, 'event'],
  ['task-exec-14', EXEC, '双 11 大促', 'Double 11 campaign', '2026-10-12', '2026-11-11', 100, P.sun, 180, 'event'],
  ['ms-d11', EXEC, '双 11 成交日', 'Double 11 peak day', '2026-11-11', '2026-11-11', 100, P.sun, 0],
  ['task-exec-15', EXEC, '双 12 与年末内容', 'Double 12 and year-end content', '2026-11-16', '2026-12-12', 40, P.zhou, 100, 'event'],
  ['task-exec-16', EXEC, '年度品牌大会直播筹备', 'Annual brand conference livestream', '2026-11-23', '2026-12-09', 20, P.lin, 70, 'event'],
  ['task-exec-17', EXEC, '跨年倒计时内容', 'New Year countdown content', '2026-12-14', '2026-12-31', 0, P.li, 50],

  ['task-eval-01', EVAL, '第一季度复盘', 'Q1 review', '2026-04-01', '2026-04-10', 100, P.wang, 32],
  ['task-eval-02', EVAL, '年中复盘', 'Mid-year review', '2026-06-22', '2026-07-09', 100, P.wang, 48],
  ['task-eval-03', EVAL, '品牌认知度调研', 'Brand-lift survey', '2026-06-22', '2026-07-03', 100, P.wang, 40],
  ['ms-midyear', EVAL, '年中评审会', 'Mid-year review meeting', '2026-07-10', '2026-07-10', 100, P.lin, 0],
  ['task-eval-04', EVAL, '第三季度复盘', 'Q3 review', '2026-10-08', '2026-10-16', 100, P.wang, 32],
  ['task-eval-05', EVAL, '双 11 复盘', 'Double 11 post-mortem', '2026-11-12', '2026-11-20', 100, P.wang, 24],
  ['task-eval-06', EVAL, '月度数据看板', 'Monthly KPI dashboard', '2026-03-16', '2026-12-31', 85, P.wang, 160],
  ['task-eval-07', EVAL, '年度效果报告', 'Annual results report', '2026-12-14', '2026-12-29', 0, P.wang, 60],
  ['ms-final', EVAL, '年度总结汇报', 'Year-end results presentation', '2026-12-30', '2026-12-30', 0, P.lin, 0],

  ['task-opt-01', OPT, '预算向高 ROI 平台倾斜', 'Shift budget toward the best-ROI platform', '2026-07-13', '2026-07-24', 100, P.lin, 24],
  ['task-opt-02', OPT, '内容形式 A/B 测试', 'Content format A/B tests', '2026-07-13', '2026-08-28', 100, P.zhou, 60],
  ['task-opt-03', OPT, '发布时段优化', 'Posting-time tuning', '2026-07-20', '2026-08-07', 100, P.wang, 30],
  ['task-opt-04', OPT, '用户分层模型更新', 'Audience model refresh', '2026-08-03', '2026-08-21', 100, P.wang, 40],
  ['task-opt-05', OPT, '会员积分与社群激励', 'Membership points and community rewards', '2026-08-10', '2026-09-11', 100, P.zhao, 60, 'community'],
  ['task-opt-06', OPT, '危机公关演练', 'PR-crisis drill', '2026-09-14', '2026-09-18', 100, P.chen, 16],
  ['task-opt-07', OPT, '第四季度计划调整', 'Q4 plan adjustment', '2026-10-19', '2026-10-30', 100, P.lin, 24],
  ['task-opt-08', OPT, '2027 年策略草案', '2027 strategy draft', '2026-11-23', '2026-12-18', 15, P.lin, 60],
];

const NOTES: Record<string, [string, string]> = {
  'task-prep-07': ['跨春节假期，签约集中在节前完成。', 'Runs across the Spring Festival break; contracts are signed before it.'],
  'task-exec-05': ['每周二、周五晚 20:00 开播。', 'Live every Tuesday and Friday at 20:00.'],
  'task-exec-08': ['比赛多在北京时间深夜，话题内容次日早间发布。', 'Most matches are late at night in China; recap content goes out the next morning.'],
  'task-opt-01': ['依据年中复盘的平台 ROI 排名执行。', 'Follows the platform ROI ranking from the mid-year review.'],
  'task-eval-01': ['清明假期顺延。', 'Allow for the Qingming break.'],
};

/** predecessor, successor, type, lag days */
const LINKS: [string, string, LinkType, number][] = [
  ['task-prep-01', 'task-prep-02', 'SS', 5],
  ['task-prep-01', 'task-prep-03', 'FS', 0],
  ['task-prep-02', 'task-prep-04', 'FS', 0],
  ['task-prep-02', 'task-prep-06', 'FS', 0],
  ['task-prep-03', 'task-prep-05', 'FS', 0],
  ['task-prep-04', 'task-prep-05', 'FS', 0],
  ['task-prep-04', 'task-prep-07', 'FS', 0],
  ['task-prep-05', 'ms-signoff', 'FS', 0],
  ['task-prep-06', 'ms-signoff', 'FS', 0],
  ['task-prep-09', 'task-prep-10', 'FS', 0],
  ['ms-signoff', 'task-exec-01', 'FS', 0],
  ['task-exec-01', 'ms-launch', 'FS', 0],
  ['task-prep-07', 'ms-launch', 'FS', 0],
  ['task-prep-10', 'ms-launch', 'FS', 0],
  ['ms-launch', 'task-exec-02', 'SS', 0],
  ['ms-launch', 'task-exec-03', 'SS', 0],
  ['ms-launch', 'task-exec-04', 'SS', 5],
  ['ms-launch', 'task-exec-09', 'SS', 0],
  ['task-prep-08', 'task-eval-06', 'FS', 0],
  ['task-exec-01', 'task-exec-05', 'FS', 0],
  ['ms-launch', 'task-eval-01', 'FS', 10],
  ['task-exec-09', 'task-exec-10', 'FS', 0],
  ['task-exec-06', 'task-exec-07', 'FS', 0],
  ['task-exec-07', 'ms-618', 'FF', 0],
  ['task-exec-07', 'task-exec-10', 'FF', 0],
  ['task-exec-07', 'task-exec-08', 'SS', 14],
  ['task-exec-07', 'task-exec-11', 'FS', 0],
  ['task-exec-08', 'task-exec-12', 'FS', 0],
  ['task-exec-07', 'task-eval-02', 'FS', 0],
  ['task-eval-02', 'task-eval-03', 'SS', 0],
  ['task-eval-02', 'ms-midyear', 'FS', 0],
  ['ms-midyear', 'task-opt-01', 'FS', 0],
  ['ms-midyear', 'task-opt-02', 'FS', 0],
  ['task-opt-02', 'task-opt-03', 'SS', 5],
  ['task-eval-03', 'task-opt-04', 'FS', 0],
  ['task-opt-01', 'task-opt-05', 'FS', 0],
  ['task-exec-13', 'task-exec-14', 'FS', 0],
  ['task-exec-13', 'task-eval-04', 'FS', 0],
  ['task-eval-04', 'task-opt-07', 'FS', 0],
  ['task-exec-14', 'ms-d11', 'FF', 0],
  ['ms-d11', 'task-exec-15', 'FS', 0],
  ['ms-d11', 'task-eval-05', 'FS', 0],
  ['task-exec-15', 'task-exec-17', 'FS', 0],
  ['task-eval-05', 'task-opt-08', 'FS', 0],
  ['task-eval-05', 'task-eval-07', 'FS', 0],
  ['task-eval-07', 'ms-final', 'FS', 0],
];

/** Always-on activities: they run through weekends and holidays, so they count every day. */
const ALWAYS_ON = new Set(['task-exec-02', 'task-exec-03']);

export function tasks(t: Pick2): Rec[] {
  return TASKS.map(([id, phase, zh, en, start, end, progress, owner, hours, kind]) => {
    const note = NOTES[id];
    return rec('task', id, {
      name: t(zh, en),
      phase_id: phase,
      start,
      end,
      progress,
      milestone: start === end && hours === 0,
      kind: kind ?? 'task',
      owner_id: owner,
      hours,
      notes: note ? t(note[0], note[1]) : '',
      ignore_calendar: ALWAYS_ON.has(id),
    });
  });
}

export function taskLinks(): Rec[] {
  return LINKS.map(([pred, succ, type, lag]) =>
    rec('task_link', `link-${pred}--${succ}`, { predecessor_id: pred, successor_id: succ, type, lag_days: lag }),
  );
}

/** Exactly one accountable (A) per phase and per major task; R, C and I around it. */
const RACI: [string, [string, 'R' | 'A' | 'C' | 'I'][]][] = [
  [PREP, [[P.lin, 'A'], [P.wang, 'R'], [P.zhou, 'R'], [P.sun, 'C'], [P.chen, 'C'], [P.zhao, 'I']]],
  [EXEC, [[P.sun, 'A'], [P.zhou, 'R'], [P.zhao, 'R'], [P.li, 'R'], [P.wang, 'C'], [P.lin, 'I']]],
  [EVAL, [[P.wang, 'A'], [P.sun, 'C'], [P.zhou, 'C'], [P.lin, 'I']]],
  [OPT, [[P.lin, 'A'], [P.wang, 'R'], [P.zhou, 'R'], [P.sun, 'C'], [P.zhao, 'I']]],
  ['task-prep-05', [[P.lin, 'A'], [P.liu, 'R'], [P.wang, 'C']]],
  ['task-prep-07', [[P.sun, 'A'], [P.liu, 'R'], [P.chen, 'C'], [P.zhou, 'I']]],
  ['task-prep-09', [[P.lin, 'A'], [P.chen, 'R'], [P.wang, 'C']]],
  ['task-exec-03', [[P.zhao, 'A'], [P.zhou, 'C'], [P.sun, 'I']]],
  ['task-exec-07', [[P.sun, 'A'], [P.liu, 'R'], [P.zhou, 'R'], [P.wang, 'C'], [P.lin, 'I']]],
  ['task-exec-14', [[P.sun, 'A'], [P.liu, 'R'], [P.li, 'R'], [P.wang, 'C'], [P.chen, 'I']]],
  ['task-exec-16', [[P.lin, 'A'], [P.zhou, 'R'], [P.li, 'R'], [P.chen, 'C']]],
  ['task-opt-01', [[P.lin, 'A'], [P.wang, 'R'], [P.sun, 'C'], [P.liu, 'I']]],
  ['task-eval-07', [[P.wang, 'A'], [P.lin, 'C'], [P.zhou, 'I']]],
];

const PHASES: readonly string[] = [PREP, EXEC, EVAL, OPT];

export function raci(): Rec[] {
  return RACI.flatMap(([target, roles]) =>
    roles.map(([person, role]) => {
      const onPhase = PHASES.includes(target);
      return rec('raci', `raci-${target}-${person.replace('person-', '')}`, {
        person_id: person,
        phase_id: onPhase ? target : null,
        task_id: onPhase ? null : target,
        role,
      });
    }),
  );
}
