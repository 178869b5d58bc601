/** The audience view's words, in both languages (merged into the app's resources under views.audience). */
export const en = {
  title: 'Audience & platforms',
  platforms: 'Platforms',
  name: 'Name',
  role: 'Role',
  focus: 'Focus',
  score: 'Weighted score',
  segments: 'Audience segments',
  age: 'Age',
  ageRange: '{{min}}–{{max}}',
  gender: 'Gender',
  region: 'Region',
  spending: 'Spending power',
  interests: 'Interests',
  reachedOn: 'Reached on',
};

export const zhCN: typeof en = {
  title: '受众与平台',
  platforms: '平台',
  name: '名称',
  role: '定位',
  focus: '侧重',
  score: '加权评分',
  segments: '受众群体',
  age: '年龄',
  ageRange: '{{min}}–{{max}} 岁',
  gender: '性别',
  region: '地区',
  spending: '消费能力',
  interests: '兴趣',
  reachedOn: '触达平台',
};
