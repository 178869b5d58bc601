import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/index.ts';
import { useView } from '../router.ts';
import { usePlan, usePlanStoreApi } from '../store/context.tsx';
import { selectPlanName } from '../store/selectors.ts';
import { useHistoryShortcuts } from '../shortcuts.ts';
import { useTheme } from '../theme.ts';
import { FEATURES } from '../views.ts';
import { SharingLayer } from '../../features/sharing/SharingLayer.tsx';
import { Header } from './Header.tsx';
import { useFlushOnLeave } from './useFlushOnLeave.ts';
import { Nav } from './Nav.tsx';
import { ReadOnlyBanner } from './ReadOnlyBanner.tsx';
import { stepToast } from './step-title.ts';
import { Toasts } from './Toasts.tsx';

export function App() {
  const { t, i18n } = useTranslation();
  const store = usePlanStoreApi();
  const status = usePlan((s) => s.status);
  const loadError = usePlan((s) => s.loadError);
  const planName = usePlan(selectPlanName);
  const view = useView();
  const [theme, setTheme] = useTheme();
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  useEffect(() => {
    document.title = [t(`nav.${view}`), planName, t('app.title')].filter(Boolean).join(' · ');
  }, [t, view, planName]);

  useFlushOnLeave(store);

  // one step at a time: a Redo pressed while an Undo is still reloading the plan waits for it, rather
  // than being judged on the state from before the Undo (and dropped)
  const steps = useRef<Promise<void>>(Promise.resolve());
  const step = useCallback(
    (which: 'undo' | 'redo') => {
      steps.current = steps.current.then(async () => {
        // what was typed is the newest step: undo takes it back, redo would otherwise overwrite it
        await store.getState().flushDrafts();
        const s = store.getState();
        const can = which === 'undo' ? s.info?.canUndo : s.info?.canRedo;
        if (!can || s.info?.readOnly) return;
        if (!(await s[which]())) return;
        // what the messages said was about the plan before the step: they go, and one says what the step was
        const after = store.getState();
        after.clearMessages();
        after.pushToast(stepToast(which, after.lastStep, (key, params) => i18n.t(key, params ?? {})));
      }).catch(() => undefined);
      return steps.current;
    },
    [store, i18n],
  );
  const undo = useCallback(() => void step('undo'), [step]);
  const redo = useCallback(() => void step('redo'), [step]);
  useHistoryShortcuts(undo, redo);

  if (status === 'loading') {
    return (
      <p className="app-message" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (status === 'failed') {
    return (
      <div className="app-message" role="alert">
        <p>{t('app.loadFailed')}</p>
        {loadError ? <p>{errorText(i18n, loadError)}</p> : null}
        <button type="button" className="tool-button" onClick={() => void store.getState().load()}>
          {t('app.retry')}
        </button>
      </div>
    );
  }

  const View = FEATURES[view].component;
  return (
    <div className="app">
      <button type="button" className="skip-link" onClick={() => main.current?.focus()}>
        {t('app.skipToContent')}
      </button>
      <Header theme={theme} onTheme={setTheme} onUndo={undo} onRedo={redo} />
      <ReadOnlyBanner />
      <div className="sharing-layer">
        <SharingLayer onUndo={undo} onRedo={redo} />
      </div>
      <div className="app-body">
        <Nav current={view} />
        <main id="main" ref={main} tabIndex={-1} className="app-main" data-view={view}>
          <View />
        </main>
      </div>
      <Toasts onUndo={undo} />
    </div>
  );
}
