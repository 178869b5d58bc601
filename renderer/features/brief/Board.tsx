import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRows } from '../../app/store/selectors.ts';
import { useTextDraft } from '../../ui/useAutosave.ts';
import { newId } from '../../ui/ids.ts';
import { useApply, useReadOnly } from '../../ui/useEdit.ts';
import { appendOrder, groupItems, moveChanges, type BoardEntity, type BoardItem } from './board.ts';

type Columns = Record<string, string[]>;
const GROUP_PREFIX = 'group:';
const isGroup = (id: UniqueIdentifier) => String(id).startsWith(GROUP_PREFIX);

/**
 * A four-quadrant board (SWOT, PEST): items are dragged between quadrants and reordered, with the
 * mouse (by the handle) or the keyboard (Space on the handle, arrows, Space to drop, Escape to cancel).
 * The move is saved on drop as one change list: its quadrant and one sort_order.
 */
export function Board({ entity, field, groups, enumKey, title, hint }: {
  entity: BoardEntity;
  field: 'quadrant' | 'factor';
  groups: readonly string[];
  enumKey: 'swot' | 'pest';
  title: string;
  hint: string;
}) {
  const { t } = useTranslation();
  const apply = useApply();
  const readOnly = useReadOnly();
  const rows = useRows(entity) as { id: string; text: string; sort_order: number; quadrant?: string; factor?: string }[];
  const items: BoardItem[] = useMemo(() => rows.map((r) => ({ id: r.id, group: String(r[field]), sort_order: r.sort_order })), [rows, field]);
  const texts = useMemo(() => new Map(rows.map((r) => [r.id, r.text])), [rows]);
  const stored = useMemo(() => groupItems(items, groups), [items, groups]);
  const [drag, setDrag] = useState<Columns | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const columns = drag ?? stored;
  const live = useRef(columns);
  live.current = columns;
  const origin = useRef<string | null>(null);
  const headingId = useId();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const groupLabel = (g: string | null | undefined) => (g ? t(`views.brief.groups.${enumKey}.${g}`) : '');
  const groupOf = (id: UniqueIdentifier, cols: Columns = live.current): string | null =>
    isGroup(id) ? String(id).slice(GROUP_PREFIX.length) : (groups.find((g) => cols[g]?.includes(String(id))) ?? null);
  const textOf = (id: UniqueIdentifier) => texts.get(String(id)) ?? '';
  /** Where the moving item would land: the group and place of what it is over (or its own place). */
  const positionOf = (activeId: UniqueIdentifier, overId: UniqueIdentifier | null = activeId) => {
    const cols = live.current;
    const target = overId ?? activeId;
    const g = groupOf(target, cols);
    if (!g) return { group: '', position: 0, count: 0 };
    const list = cols[g] ?? [];
    const inList = list.includes(String(activeId));
    const count = inList ? list.length : list.length + 1;
    const i = isGroup(target) ? list.length : list.indexOf(String(target));
    return { group: groupLabel(g), position: Math.min(count, Math.max(1, i + 1)), count };
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('views.brief.dnd.start', { item: textOf(active.id), ...positionOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('views.brief.dnd.over', { item: textOf(active.id), ...positionOf(active.id, over.id) }) : t('views.brief.dnd.outside', { item: textOf(active.id) }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('views.brief.dnd.end', { item: textOf(active.id), ...positionOf(active.id, over.id) })
        : t('views.brief.dnd.cancel', { item: textOf(active.id), group: groupLabel(origin.current) }),
    onDragCancel: ({ active }) => t('views.brief.dnd.cancel', { item: textOf(active.id), group: groupLabel(origin.current) }),
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    setActiveId(String(active.id));
    origin.current = groupOf(active.id, stored);
    setDrag(stored);
  };

  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    const from = groupOf(active.id);
    const to = groupOf(over.id);
    if (!from || !to || from === to) return;
    setDrag((cols) => {
      const base = cols ?? stored;
      const toList = (base[to] ?? []).filter((x) => x !== active.id);
      const overIndex = isGroup(over.id) ? -1 : toList.indexOf(String(over.id));
      const translated = active.rect.current.translated;
      const below = translated ? translated.top > over.rect.top + over.rect.height / 2 : false;
      const index = overIndex >= 0 ? overIndex + (below ? 1 : 0) : toList.length;
      toList.splice(index, 0, String(active.id));
      return { ...base, [from]: (base[from] ?? []).filter((x) => x !== active.id), [to]: toList };
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const cols = live.current;
    setActiveId(null);
    setDrag(null);
    if (!over) return;
    const group = groupOf(active.id, cols);
    if (!group) return;
    let list = cols[group] ?? [];
    let index = list.indexOf(String(active.id));
    if (!isGroup(over.id) && over.id !== active.id && groupOf(over.id, cols) === group) {
      const overIndex = list.indexOf(String(over.id));
      list = arrayMove(list, index, overIndex);
      index = overIndex;
    }
    const changes = moveChanges(entity, field, items, String(active.id), group, index);
    if (changes.length === 0) return;
    void apply(changes, t('views.brief.history.moveItem', { item: textOf(active.id), group: groupLabel(group) }));
  };

  const add = (group: string, text: string) => {
    const id = newId(entity === 'swot_item' ? 'swot' : 'pest');
    return apply(
      [
        { entity, id, field, value: group },
        { entity, id, field: 'text', value: text },
        { entity, id, field: 'sort_order', value: appendOrder(items, group) },
      ],
      t('views.brief.history.addItem', { item: text, group: groupLabel(group) }),
    );
  };

  return (
    <section className="panel board-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {title}
      </h2>
      <p className="panel-summary">{hint}</p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCorners}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('views.brief.dnd.instructions') } }}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={() => {
          setActiveId(null);
          setDrag(null);
        }}
      >
        <div className={`board board-${enumKey}`}>
          {groups.map((g) => (
            <Quadrant
              key={g}
              group={g}
              label={groupLabel(g)}
              ids={columns[g] ?? []}
              texts={texts}
              entity={entity}
              readOnly={readOnly}
              onAdd={(text) => add(g, text)}
            />
          ))}
        </div>
        <DragOverlay>{activeId ? <div className="board-item board-overlay">{textOf(activeId)}</div> : null}</DragOverlay>
      </DndContext>
    </section>
  );
}

function Quadrant({ group, label, ids, texts, entity, readOnly, onAdd }: {
  group: string;
  label: string;
  ids: string[];
  texts: ReadonlyMap<string, string>;
  entity: BoardEntity;
  readOnly: boolean;
  onAdd: (text: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const inputId = useId();
  const [draft, setDraft] = useState('');
  // the quadrant itself is a drop target only while empty; otherwise its items are (a clearer target for keys and pointer)
  const { setNodeRef, isOver } = useDroppable({ id: `${GROUP_PREFIX}${group}`, disabled: readOnly || ids.length > 0 });
  const submit = async () => {
    const text = draft.trim();
    if (!text) return;
    if (await onAdd(text)) setDraft('');
  };
  return (
    <div className={`quadrant quadrant-${group}${isOver ? ' quadrant-over' : ''}`} role="group" aria-labelledby={headingId} data-group={group}>
      <h3 id={headingId} className="quadrant-title">
        {label}
        <span className="quadrant-count">{t('views.brief.count', { count: ids.length })}</span>
      </h3>
      <SortableContext id={group} items={ids} strategy={verticalListSortingStrategy} disabled={readOnly}>
        <ul ref={setNodeRef} className="quadrant-list" aria-labelledby={headingId}>
          {ids.map((id) => (
            <SortableItem key={id} id={id} text={texts.get(id) ?? ''} entity={entity} readOnly={readOnly} />
          ))}
          {ids.length === 0 ? <li className="quadrant-empty">{t('views.brief.emptyQuadrant')}</li> : null}
        </ul>
      </SortableContext>
      {readOnly ? null : (
        <div className="quadrant-add">
          <label htmlFor={inputId} className="sr-only">
            {t('views.brief.addItemTo', { group: label })}
          </label>
          <input
            id={inputId}
            value={draft}
            placeholder={t('views.brief.addItemPlaceholder', { group: label })}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void submit();
              }
            }}
          />
          <button type="button" className="btn btn-small" disabled={!draft.trim()} onClick={() => void submit()} aria-label={t('views.brief.addItemTo', { group: label })}>
            {t('ui.add')}
          </button>
        </div>
      )}
    </div>
  );
}

function SortableItem({ id, text, entity, readOnly }: { id: string; text: string; entity: BoardEntity; readOnly: boolean }) {
  const { t } = useTranslation();
  const apply = useApply();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    disabled: readOnly,
    attributes: { roleDescription: t('views.brief.dnd.roleDescription') },
  });
  return (
    <li ref={setNodeRef} className={isDragging ? 'board-item board-item-dragging' : 'board-item'} style={{ transform: CSS.Translate.toString(transform), transition }} data-id={id}>
      {readOnly ? null : (
        <button ref={setActivatorNodeRef} type="button" className="drag-handle" {...attributes} {...listeners} aria-label={t('views.brief.moveItem', { item: text })}>
          <span aria-hidden="true">⠿</span>
        </button>
      )}
      <ItemText
        text={text}
        readOnly={readOnly}
        onCommit={(value) => void apply([{ entity, id, field: 'text', value }], t('views.brief.history.editItem', { item: value }))}
      />
      {readOnly ? null : (
        <button
          type="button"
          className="item-delete"
          aria-label={t('views.brief.deleteItem', { item: text })}
          title={t('ui.delete')}
          onClick={() => void apply([{ entity, id, field: 'deleted', value: true }], t('views.brief.history.deleteItem', { item: text }))}
        >
          ×
        </button>
      )}
    </li>
  );
}

/** The item's text: click (or Enter) to edit in place; it is saved as it is typed (useAutosave), Escape cancels. */
function ItemText({ text, readOnly, onCommit }: { text: string; readOnly: boolean; onCommit: (v: string) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const draft = useTextDraft(text, (v) => {
    const value = v.trim();
    if (value && value !== text) onCommit(value);
  });
  if (readOnly) return <span className="item-text">{text}</span>;
  if (!editing) {
    return (
      <button type="button" className="item-text" title={t('views.brief.editItemHint')} onClick={() => setEditing(true)}>
        {text}
      </button>
    );
  }
  const finish = (save: boolean) => {
    if (!save) draft.revert();
    draft.blur();
    setEditing(false);
  };
  return (
    <textarea
      className="item-edit"
      aria-label={t('views.brief.editItem')}
      value={draft.draft}
      rows={2}
      autoFocus
      onFocus={(e) => {
        draft.focus();
        e.currentTarget.select();
      }}
      onChange={(e) => draft.change(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          finish(true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          finish(false);
        }
      }}
    />
  );
}
