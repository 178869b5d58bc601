import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry, MergeView } from '../../../shared/api.ts';
import { usePlan, usePlanStoreApi } from '../../app/store/context.tsx';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { canRevert, clockMs, entryTitle, entryViews, formatClock, historyLines, MERGE_VIEWS } from './describe.ts';
import { useDescribe } from './hooks.ts';
import { sharingStore } from './state.ts';

const PAGE = 100;
/** Lines shown per entry before "Show all". */
const LINES = 6;
/** At most this many lines are ever drawn for one entry (creating a plan touches thousands of rows). */
const MAX_LINES = 300;

function Entry({ entry, readOnly, onRevert, busy }: { entry: HistoryEntry; readOnly: boolean; onRevert: (e: HistoryEntry) => void; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const ctx = useDescribe();
  const [all, setAll] = useState(false);
  const title = entryTitle(entry, ctx.t);
  const lines = useMemo(() => (entry.label === 'template' ? [] : historyLines(entry, ctx)), [entry, ctx]);
  const shown = all ? lines.slice(0, MAX_LINES) : lines.slice(0, LINES);
  const ms = clockMs(entry.clock);
  return (
    <li className="history-entry" data-txn={entry.txn}>
      <div className="history-head">
        <div className="history-who">
          <strong className="history-title">{title}</strong>
          <span className="history-meta">
            {entry.author}
            {' · '}
            <time dateTime={ms === null ? undefined : new Date(ms).toISOString()}>{formatClock(entry.clock, i18n.language)}</time>
          </span>
        </div>
        {canRevert(entry) ? (
          <button
            type="button"
            className="btn history-revert"
            disabled={readOnly || busy}
            aria-label={t('sharing.history.revertLabel', { title, author: entry.author })}
            onClick={() => onRevert(entry)}
          >
            {t('sharing.history.revert')}
          </button>
        ) : null}
      </div>
      {entry.label === 'template' ? (
        <p className="history-meta">{t('sharing.history.items', { count: entry.changes.length })}</p>
      ) : (
        <ul className="history-lines">
          {shown.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {!all && lines.length > LINES ? (
        <button type="button" className="btn btn-quiet history-more" onClick={() => setAll(true)}>
          {t('sharing.history.showAll', { count: lines.length })}
        </button>
      ) : null}
      {all && lines.length > MAX_LINES ? <p className="history-meta">{t('sharing.history.more', { count: lines.length - MAX_LINES })}</p> : null}
    </li>
  );
}

/** Recent changes by author and time, filterable by view; each can be reverted (as a new, undoable change). */
export function HistoryPanel() {
  const { t } = useTranslation();
  const store = usePlanStoreApi();
  const revision = usePlan((s) => s.info?.revision ?? 0);
  const path = usePlan((s) => s.info?.path ?? '');
  const readOnly = usePlan((s) => s.info?.readOnly !== null && s.info?.readOnly !== undefined);
  const [view, setView] = useState<MergeView | ''>('');
  const [limit, setLimit] = useState(PAGE);
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [busy, setBusy] = useState(false);
  const filterId = useId();

  const refresh = useCallback(async () => {
    const r = await store.getState().history(limit);
    if (r.ok) setEntries(r.value);
    else store.getState().pushToast({ kind: 'error', error: r.error });
  }, [limit, store]);

  useEffect(() => {
    void refresh();
  }, [refresh, revision, path]);

  const revert = async (entry: HistoryEntry) => {
    setBusy(true);
    const r = await store.getState().revert(entry.txn);
    if (r.ok) {
      store.getState().pushToast({ kind: 'info', key: 'sharing.history.reverted' });
    } else {
      store.getState().pushToast({ kind: 'error', error: r.error });
    }
    setBusy(false);
    await refresh();
  };

  const visible = useMemo(() => (entries ?? []).filter((e) => !view || entryViews(e).has(view)), [entries, view]);

  return (
    <SidePanel title={t('sharing.history.title')} onClose={() => sharingStore.getState().setHistoryOpen(false)}>
      <div className="field">
        <label htmlFor={filterId}>{t('sharing.history.filter')}</label>
        <select id={filterId} value={view} onChange={(e) => setView(e.currentTarget.value as MergeView | '')}>
          <option value="">{t('sharing.history.allViews')}</option>
          {MERGE_VIEWS.map((v) => (
            <option key={v} value={v}>
              {t(`nav.${v}`)}
            </option>
          ))}
        </select>
      </div>
      {entries === null ? (
        <p role="status">{t('sharing.history.loading')}</p>
      ) : visible.length === 0 ? (
        <p className="empty">{t('sharing.history.empty')}</p>
      ) : (
        <ol className="history-list" aria-label={t('sharing.history.title')}>
          {visible.map((e) => (
            <Entry key={e.txn} entry={e} readOnly={readOnly} busy={busy} onRevert={(x) => void revert(x)} />
          ))}
        </ol>
      )}
      {entries !== null && entries.length >= limit ? (
        <button type="button" className="btn" onClick={() => setLimit((l) => l + PAGE)}>
          {t('sharing.history.older')}
        </button>
      ) : null}
    </SidePanel>
  );
}
