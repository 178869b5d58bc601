/** The goals view's words, in both languages (merged into the app's resources under views.goals). */
export const en = {
  title: 'Goals',
  objectives: 'Objectives',
  name: 'Objective',
  kind: 'Kind',
  metric: 'Metric',
  baseline: 'Baseline',
  target: 'Target',
  unit: 'Unit',
  period: 'Period',
  platform: 'Platform',
  dates: 'Dates',
  feasibility: 'Feasibility',
  allPlatforms: 'All platforms',
};

export const zhCN: typeof en = {
  title: '目标',
  objectives: '营销目标',
  name: '目标',
  kind: '类型',
  metric: '指标',
  baseline: '基线',
  target: '目标值',
  unit: '单位',
  period: '周期',
  platform: '平台',
  dates: '日期',
  feasibility: '可行性',
  allPlatforms: '全部平台',
};
