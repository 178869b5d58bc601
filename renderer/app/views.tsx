import type { ComponentType } from 'react';
import { AudienceView } from '../features/audience/AudienceView.tsx';
import { BriefView } from '../features/brief/BriefView.tsx';
import { BudgetView } from '../features/budget/BudgetView.tsx';
import { ContentView } from '../features/content/ContentView.tsx';
import { GoalsView } from '../features/goals/GoalsView.tsx';
import { OverviewView } from '../features/overview/OverviewView.tsx';
import { RisksView } from '../features/risks/RisksView.tsx';
import { TeamView } from '../features/team/TeamView.tsx';
import { TimelineView } from '../features/timeline/TimelineView.tsx';
import type { ViewName } from './router.ts';

/** The component that draws each view. */
export const VIEW_COMPONENTS: Record<ViewName, ComponentType> = {
  overview: OverviewView,
  timeline: TimelineView,
  content: ContentView,
  budget: BudgetView,
  risks: RisksView,
  goals: GoalsView,
  audience: AudienceView,
  team: TeamView,
  brief: BriefView,
};
