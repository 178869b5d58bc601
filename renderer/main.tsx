import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from './app/i18n/index.ts';
import { App } from './app/shell/App.tsx';
import { NoBackend } from './app/shell/NoBackend.tsx';
import { createPlanStore } from './app/store/index.ts';
import { PlanStoreProvider } from './app/store/context.tsx';
import { applyTheme, initialTheme } from './app/theme.ts';
import { connect } from './app/transport.ts';
import './app/theme.css';
import './app/shell/shell.css';
import './app/shell/print.css';

applyTheme(initialTheme());
const i18n = initI18n();
const api = connect();
const root = createRoot(document.getElementById('root')!);

root.render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      {api ? (
        <PlanStoreProvider store={createPlanStore(api)}>
          <App />
        </PlanStoreProvider>
      ) : (
        <NoBackend />
      )}
    </I18nextProvider>
  </StrictMode>,
);
