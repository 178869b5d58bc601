import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { between } from '../../../shared/logic/rank.ts';
import type { ContentItem } from '../../../shared/model/registry.ts';
import { usePlan } from '../../app/store/context.tsx';
import { useRows } from '../../app/store/selectors.ts';
import { newId } from '../../ui/ids.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';
import { rowChanges, useApply, useReadOnly } from '../../ui/useEdit.ts';
import { Board } from './Board.tsx';
import { Calendar } from './Calendar.tsx';
import { Editor } from './Editor.tsx';
import { filterItems, isFiltering, NO_FILTER, UNSET, type ContentFilter } from './filter.ts';
import { Filters } from './Filters.tsx';
import { List } from './List.tsx';
import { useLookups } from './lookups.ts';
import { contentHash, parseContentRoute, type ContentMode, type ContentRoute } from './route.ts';
import './content.css';

const MODE_KEY = 'campaign-planner.content-mode';
const MODES: ContentMode[] = ['board', 'list', 'month', 'week'];

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function rememberedMode(): ContentMode {
  try {
    const m = sessionStorage.getItem(MODE_KEY);
    return MODES.includes(m as ContentMode) ? (m as ContentMode) : 'board';
  } catch {
    return 'board';
  }
}

function useContentRoute(): ContentRoute {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  return useMemo(() => parseContentRoute(hash) ?? { mode: rememberedMode(), at: null }, [hash]);
}

function navigate(route: ContentRoute): void {
  try {
    sessionStorage.setItem(MODE_KEY, route.mode);
  } catch {
    // remembered for this page only
  }
  location.hash = contentHash(route);
}

/** The content pipeline: a board by status and a calendar by day and platform, both drag-and-drop. */
export function ContentView() {
  const { t } = useTranslation();
  const lk = useLookups();
  const items = useRows('content_item');
  const readOnly = useReadOnly();
  const apply = useApply();
  const pushUndoable = usePlan((s) => s.pushUndoable);
  const route = useContentRoute();
  const [filter, setFilter] = useState<ContentFilter>(NO_FILTER);
  const [editing, setEditing] = useState<string | null>(null);
  const filtered = useMemo(() => filterItems(items, filter), [items, filter]);
  const filtering = isFiltering(filter);

  const create = useCallback(
    (statusId?: string) => {
      const status = statusId ?? lk.statuses[0]?.id;
      if (!status) return;
      const id = newId('content');
      let max: number | null = null;
      for (const c of items) if (c.status_id === status && (max === null || c.sort_order > max)) max = c.sort_order;
      const ref = (v: string | null) => (v === null || v === UNSET ? null : v);
      void apply(
        rowChanges('content_item', id, {
          title: t('views.content.newTitle'),
          status_id: status,
          format: filter.format ?? 'short_video',
          platform_id: ref(filter.platform),
          segment_id: ref(filter.segment),
          owner_id: ref(filter.owner),
          tactics: filter.tactic ? [filter.tactic] : [],
          sort_order: between(max, null),
        }),
        t('views.content.history.create'),
      );
      setEditing(id);
    },
    [apply, filter, items, lk.statuses, t],
  );

  const duplicate = useCallback(
    (item: ContentItem) => {
      const id = newId('content');
      const column = items.filter((c) => c.status_id === item.status_id);
      const next = column[column.findIndex((c) => c.id === item.id) + 1];
      const { id: _id, clock: _clock, deleted: _deleted, sort_order: _order, ...fields } = item;
      void apply(
        rowChanges('content_item', id, { ...fields, title: t('views.content.copyOf', { title: item.title }).slice(0, 500), sort_order: between(item.sort_order, next?.sort_order ?? null) }),
        t('views.content.history.duplicate'),
      );
      setEditing(id);
    },
    [apply, items, t],
  );

  const remove = useCallback(
    (item: ContentItem) => {
      setEditing(null);
      void apply([{ entity: 'content_item', id: item.id, field: 'deleted', value: true }], t('views.content.history.delete')).then((ok) => {
        if (ok) pushUndoable('views.content.deleted', { title: item.title });
      });
    },
    [apply, pushUndoable, t],
  );

  const open = useCallback((id: string) => setEditing(id), []);

  return (
    <div className={editing ? 'content-view has-panel' : 'content-view'}>
      <ViewHeader title={t('views.content.title')}>{t('views.content.lede', { count: items.length, zone: lk.zoneName, offset: lk.offset })}</ViewHeader>
      <div className="content-bar">
        <div className="mode-switch" role="group" aria-label={t('views.content.modes.label')}>
          {MODES.map((m) => (
            <button key={m} type="button" aria-pressed={route.mode === m} onClick={() => navigate({ mode: m, at: null })}>
              {t(`views.content.modes.${m}`)}
            </button>
          ))}
        </div>
        <span className="content-bar-spacer" />
        {readOnly ? null : (
          <button type="button" className="btn btn-primary" onClick={() => create()}>
            + {t('views.content.newItem')}
          </button>
        )}
      </div>
      <Filters filter={filter} onChange={setFilter} lk={lk} shown={filtered.length} total={items.length} />
      {route.mode === 'board' ? (
        <Board items={items} filter={filter} filtering={filtering} lk={lk} onOpen={open} onAdd={create} readOnly={readOnly} />
      ) : route.mode === 'list' ? (
        <List items={filtered} lk={lk} onOpen={open} readOnly={readOnly} />
      ) : (
        <Calendar route={route as ContentRoute & { mode: 'month' | 'week' }} items={filtered} lk={lk} onOpen={open} onNavigate={navigate} readOnly={readOnly} />
      )}
      {editing ? <Editor key={editing} id={editing} lk={lk} onClose={() => setEditing(null)} onDuplicate={duplicate} onDelete={remove} /> : null}
    </div>
  );
}
