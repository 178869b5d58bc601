/** The budget view's words, in both languages (merged into the app's resources under views.budget). */
export const en = {
  title: 'Budget',
  total: 'Total budget: {{amount}}',
  categories: 'Budget categories',
  category: 'Category',
  share: 'Share',
  amount: 'Amount',
  locked: 'Locked',
  byPlatform: 'Split by platform',
  platform: 'Platform',
  spend: 'Spend ledger',
  date: 'Date',
  supplier: 'Supplier',
  note: 'Note',
};

export const zhCN: typeof en = {
  title: '预算',
  total: '总预算：{{amount}}',
  categories: '预算类别',
  category: '类别',
  share: '占比',
  amount: '金额',
  locked: '已锁定',
  byPlatform: '按平台分配',
  platform: '平台',
  spend: '支出台账',
  date: '日期',
  supplier: '供应商',
  note: '备注',
};
