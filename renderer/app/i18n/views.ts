// Each view keeps its own words in features/<view>/i18n.ts; this gathers them under `views.<view>`. It reads
// the i18n files, not the features' index.ts, so the words load without the views' components (the
// i18n unit tests stay quick); test/unit/renderer/features.test.ts checks both give the same words.
import type { ViewId } from '../../../shared/views.ts';
import * as overview from '../../features/overview/i18n.ts';
import * as timeline from '../../features/timeline/i18n.ts';
import * as content from '../../features/content/i18n.ts';
import * as budget from '../../features/budget/i18n.ts';
import * as risks from '../../features/risks/i18n.ts';
import * as goals from '../../features/goals/i18n.ts';
import * as audience from '../../features/audience/i18n.ts';
import * as team from '../../features/team/i18n.ts';
import * as brief from '../../features/brief/i18n.ts';

export const enViews = { overview: overview.en, timeline: timeline.en, content: content.en, budget: budget.en, risks: risks.en, goals: goals.en, audience: audience.en, team: team.en, brief: brief.en } satisfies Record<ViewId, object>;
export const zhCNViews: typeof enViews = { overview: overview.zhCN, timeline: timeline.zhCN, content: content.zhCN, budget: budget.zhCN, risks: risks.zhCN, goals: goals.zhCN, audience: audience.zhCN, team: team.zhCN, brief: brief.zhCN };
