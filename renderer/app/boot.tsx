import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { PlannerApi, Result } from '../../shared/api.ts';
import { initI18n } from './i18n/index.ts';
import { App } from './shell/App.tsx';
import { NoBackend } from './shell/NoBackend.tsx';
import { createPlanStore } from './store/index.ts';
import { PlanStoreProvider } from './store/context.tsx';

type Snapshot = ReturnType<PlannerApi['snapshot']>;

/** The API with its first snapshot already asked for: the store's first load takes that answer. */
function primed(api: PlannerApi, first: Snapshot): PlannerApi {
  let pending: Snapshot | null = first;
  return {
    ...api,
    snapshot: () => {
      const answer = pending ?? api.snapshot();
      pending = null;
      return answer;
    },
  };
}

/** Draws the app: React, the shell and the store, loaded after the plan was asked for (see main.tsx). */
export function boot(api: PlannerApi | null, first: Promise<Result<unknown>> | null): void {
  const i18n = initI18n();
  const root = createRoot(document.getElementById('root')!);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {api && first ? (
          <PlanStoreProvider store={createPlanStore(primed(api, first as Snapshot))}>
            <App />
          </PlanStoreProvider>
        ) : (
          <NoBackend />
        )}
      </I18nextProvider>
    </StrictMode>,
  );
}
