import { lazy, Suspense, type ComponentType } from 'react';
import { OverviewView } from '../features/overview/OverviewView.tsx';
import type { ViewName } from './router.ts';

/**
 * A view whose code is fetched the first time it is shown: the app starts on the Overview, and parsing
 * every view's code (the Timeline's gantt, the Content board's drag and drop…) before the plan could even be
 * asked for was a large part of the start on a big plan.
 */
function lazyView(load: () => Promise<ComponentType>): ComponentType {
  const View = lazy(async () => ({ default: await load() }));
  return function LazyView() {
    return (
      <Suspense fallback={null}>
        <View />
      </Suspense>
    );
  };
}

/** The component that draws each view. */
export const VIEW_COMPONENTS: Record<ViewName, ComponentType> = {
  overview: OverviewView,
  timeline: lazyView(async () => (await import('../features/timeline/TimelineView.tsx')).TimelineView),
  content: lazyView(async () => (await import('../features/content/ContentView.tsx')).ContentView),
  budget: lazyView(async () => (await import('../features/budget/BudgetView.tsx')).BudgetView),
  risks: lazyView(async () => (await import('../features/risks/RisksView.tsx')).RisksView),
  goals: lazyView(async () => (await import('../features/goals/GoalsView.tsx')).GoalsView),
  audience: lazyView(async () => (await import('../features/audience/AudienceView.tsx')).AudienceView),
  team: lazyView(async () => (await import('../features/team/TeamView.tsx')).TeamView),
  brief: lazyView(async () => (await import('../features/brief/BriefView.tsx')).BriefView),
};
