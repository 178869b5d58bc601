/** Enumerations shared by several entities and by the views that label them. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PHASE_KINDS = ['preparation', 'execution', 'evaluation', 'optimisation', 'other'] as const;
export const OBJECTIVE_KINDS = ['awareness', 'engagement', 'conversion', 'community', 'retention'] as const;
export const PERIOD_TYPES = ['year', 'quarter', 'month', 'week'] as const;
export const ROLLUPS = ['sum', 'average', 'none'] as const;
export const FEASIBILITY = ['unknown', 'feasible', 'at_risk', 'not_feasible'] as const;
export const PLATFORM_PRESETS = [
  'douyin', 'kuaishou', 'wechat', 'weibo', 'xiaohongshu', 'bilibili',
  'tiktok', 'instagram', 'youtube', 'x', 'linkedin', 'facebook', 'custom',
] as const;
export const PLATFORM_ROLES = ['primary', 'secondary', 'test'] as const;
export const SCORE_CRITERIA = ['user_scale', 'activity', 'content_ecosystem', 'commercial_maturity', 'audience_fit'] as const;
export const SPENDING_POWER = ['low', 'medium', 'high', 'premium'] as const;
export const GENDERS = ['any', 'female', 'male'] as const;
export const CONTENT_FORMATS = ['short_video', 'livestream', 'article', 'image_post', 'story', 'kol_collab', 'community_event', 'other'] as const;
export const STATUS_KEYS = ['idea', 'draft', 'review', 'approved', 'scheduled', 'published', 'custom'] as const;
export const TACTICS = ['incentive', 'social_proof', 'resource_leverage', 'message_fit'] as const;
export const TASK_KINDS = ['task', 'event', 'kol', 'community'] as const;
export const LINK_TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
export type LinkType = (typeof LINK_TYPES)[number];
export const KEY_DATE_KINDS = ['holiday', 'workday', 'shopping', 'sports', 'industry', 'other'] as const;
// 'reserve': money held back, not allocated to any work; the Budget view shows it as the unallocated reserve
export const BUDGET_KEYS = ['ads', 'content', 'technology', 'people', 'other', 'reserve'] as const;
export const TEAM_KINDS = ['content', 'data', 'community', 'cross_platform', 'project_management', 'other'] as const;
export const RACI_ROLES = ['R', 'A', 'C', 'I'] as const;
export const RECURRENCE = ['weekly', 'biweekly', 'monthly'] as const;
export const TOOL_PURPOSES = ['analytics', 'editing', 'scheduling', 'other'] as const;
export const RISK_CATEGORIES = ['market', 'legal', 'technical', 'force_majeure', 'other'] as const;
export const RISK_STRATEGIES = ['avoid', 'reduce', 'transfer', 'accept'] as const;
export const RISK_STATUSES = ['open', 'monitoring', 'mitigating', 'closed', 'occurred'] as const;
export const INCIDENTS = ['cyber_attack', 'data_leak', 'pr_crisis', 'platform_outage', 'natural_disaster', 'epidemic', 'custom'] as const;
export const SEVERITIES = ['critical', 'major', 'minor'] as const;
export const REGULATIONS = ['gdpr', 'pipl', 'dsa', 'ad_law', 'other'] as const;
export const COMPLIANCE_STATUSES = ['todo', 'in_progress', 'done', 'not_applicable'] as const;
export const SWOT = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export const PEST = ['political', 'economic', 'social', 'technological'] as const;
