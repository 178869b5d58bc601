/** The content view's words, in both languages (merged into the app's resources under views.content). */
export const en = {
  title: 'Content',
  items: 'Content items',
  itemTitle: 'Title',
  status: 'Status',
  platform: 'Platform',
  format: 'Format',
  publish: 'Publishing',
  owner: 'Owner',
  tactics: 'Tactics',
  unscheduled: 'Not scheduled',
};

export const zhCN: typeof en = {
  title: '内容',
  items: '内容条目',
  itemTitle: '标题',
  status: '状态',
  platform: '平台',
  format: '形式',
  publish: '发布时间',
  owner: '负责人',
  tactics: '策略',
  unscheduled: '未排期',
};
