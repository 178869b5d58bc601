import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A view whose code is fetched the first time it is shown: the app starts on the Overview, and parsing
 * every view's code (the Timeline's gantt, the Content board's drag and drop…) before the plan could even
 * be asked for was a large part of the start on a big plan.
 */
export function lazyView(load: () => Promise<ComponentType>): ComponentType {
  const View = lazy(async () => ({ default: await load() }));
  return function LazyView() {
    return (
      <Suspense fallback={null}>
        <View />
      </Suspense>
    );
  };
}
