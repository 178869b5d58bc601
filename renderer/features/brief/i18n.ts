/** The brief view's words, in both languages (merged into the app's resources under views.brief). */
export const en = {
  title: 'Brief',
  swot: 'SWOT analysis',
  pest: 'PEST analysis',
  quadrant: 'Quadrant',
  factor: 'Factor',
  item: 'Item',
  figures: 'Market figures',
  label: 'Figure',
  value: 'Value',
  source: 'Source',
  asOf: 'As of',
  noSections: 'The brief has no sections yet.',
};

export const zhCN: typeof en = {
  title: '简报',
  swot: 'SWOT 分析',
  pest: 'PEST 分析',
  quadrant: '象限',
  factor: '因素',
  item: '内容',
  figures: '市场数据',
  label: '数据项',
  value: '数值',
  source: '来源',
  asOf: '日期',
  noSections: '简报尚无章节。',
};
