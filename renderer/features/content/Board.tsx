import { DndContext, DragOverlay, pointerWithin, useDroppable, type CollisionDetection, type DragMoveEvent, type DragStartEvent } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { between } from '../../../shared/logic/rank.ts';
import type { ContentItem, ContentStatus } from '../../../shared/model/registry.ts';
import { newId } from '../../ui/ids.ts';
import { useApply } from '../../ui/useEdit.ts';
import { boardDrop, moveSlot, slotCount, slotOf, type BoardSlot } from './board-drop.ts';
import { BOARD_CARD_GAP, BOARD_CARD_HEIGHT, CardBody, DraggableCard, type DragData } from './Card.tsx';
import { boxOf, dragState, EDGE_AUTO_SCROLL, isKeyboardDrag, useContentSensors, type MoveKey } from './dnd.ts';
import { useDragAnnouncements } from './drag-announce.ts';
import { boardColumns, type BoardColumn, type ContentFilter } from './filter.ts';
import type { Lookups } from './lookups.ts';

const ROW = BOARD_CARD_HEIGHT + BOARD_CARD_GAP;
const estimateSize = () => ROW;

/** Only the columns take part in collisions; where in a column comes from the pointer's height (fixed rows). */
const overColumn: CollisionDetection = (args) =>
  pointerWithin({ ...args, droppableContainers: args.droppableContainers.filter((c) => c.data.current?.type === 'column') });

interface DragState {
  id: string;
  keyboard: boolean;
  item: ContentItem;
}

export function Board({ items, filter, filtering, lk, onOpen, onAdd, readOnly }: {
  items: ContentItem[];
  filter: ContentFilter;
  filtering: boolean;
  lk: Lookups;
  onOpen: (id: string) => void;
  onAdd: (statusId: string) => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const apply = useApply();
  const columns = useMemo(() => boardColumns(lk.statuses, items, filter), [lk.statuses, items, filter]);
  const columnsRef = useRef(columns);
  columnsRef.current = columns;
  const [drag, setDrag] = useState<DragState | null>(null);
  const dragRef = useRef<DragState | null>(null);
  const [slot, setSlotState] = useState<BoardSlot | null>(null);
  const slotRef = useRef<BoardSlot | null>(null);
  const lists = useRef(new Map<string, HTMLElement>());
  const [renaming, setRenaming] = useState<string | null>(null);

  // the columns themselves: rename, add one at the end, remove an empty one (each one undo step)
  const renameColumn = useCallback(
    (status: ContentStatus, name: string) => {
      setRenaming(null);
      const value = name.trim() === lk.statusName({ ...status, name: '' }) ? '' : name.trim();
      if (value !== status.name) void apply([{ entity: 'content_status', id: status.id, field: 'name', value }], t('views.content.history.renameColumn'));
    },
    [apply, lk, t],
  );
  const addColumn = () => {
    const id = newId('status');
    const last = lk.statuses[lk.statuses.length - 1];
    void apply(
      [
        { entity: 'content_status', id, field: 'key', value: 'custom' },
        { entity: 'content_status', id, field: 'name', value: t('views.content.board.newColumn') },
        { entity: 'content_status', id, field: 'color', value: '#94a3b8' },
        { entity: 'content_status', id, field: 'sort_order', value: between(last?.sort_order ?? null, null) },
      ],
      t('views.content.history.addColumn'),
    );
    setRenaming(id);
  };
  const removeColumn = useCallback(
    (status: ContentStatus) => void apply([{ entity: 'content_status', id: status.id, field: 'deleted', value: true }], t('views.content.history.removeColumn')),
    [apply, t],
  );

  const setSlot = useCallback((next: BoardSlot | null) => {
    const cur = slotRef.current;
    if (cur === next || (cur && next && cur.statusId === next.statusId && cur.index === next.index)) return;
    slotRef.current = next;
    setSlotState(next);
  }, []);

  const where = useCallback(
    (s: BoardSlot | null, id: string) => {
      if (!s) return '';
      const col = columnsRef.current.find((c) => c.status.id === s.statusId);
      return t('views.content.dnd.slot', { column: lk.statusName(col?.status), position: s.index + 1, count: slotCount(columnsRef.current, s.statusId, id) + 1 });
    },
    [t, lk],
  );
  const { accessibility, live, say, result, started } = useDragAnnouncements(
    { where: (id) => where(slotRef.current, id), pointerDrag: () => dragRef.current !== null && !dragRef.current.keyboard },
    t('views.content.dnd.boardInstructions'),
  );

  const onKey = useCallback(
    (id: string, key: MoveKey) => {
      const cur = slotRef.current;
      if (!cur) return;
      const k = key === 'pageUp' ? 'home' : key === 'pageDown' ? 'end' : key;
      const next = moveSlot(columnsRef.current, id, cur, k);
      setSlot(next);
      say(where(next, id));
    },
    [setSlot, where, say],
  );
  const sensors = useContentSensors(onKey);

  const onDragStart = (e: DragStartEvent) => {
    const item = (e.active.data.current as DragData | undefined)?.item;
    if (!item) return;
    const state = { id: String(e.active.id), keyboard: isKeyboardDrag(e.activatorEvent), item };
    dragRef.current = state;
    dragState.active = true;
    setDrag(state);
    setSlot(slotOf(columnsRef.current, state.id));
    started();
  };

  const onDragMove = (e: DragMoveEvent) => {
    const d = dragRef.current;
    if (!d || d.keyboard) return;
    const statusId = e.over?.data.current?.statusId as string | undefined;
    const rect = e.active.rect.current.translated;
    if (!statusId || !rect) return;
    const list = lists.current.get(statusId);
    if (!list) return;
    const top = boxOf(list).top;
    const center = rect.top + rect.height / 2;
    const raw = Math.round((center - top - BOARD_CARD_HEIGHT / 2) / ROW);
    const count = slotCount(columnsRef.current, statusId, d.id);
    setSlot({ statusId, index: Math.max(0, Math.min(count, raw)) });
  };

  const finish = () => {
    dragRef.current = null;
    dragState.active = false;
    setDrag(null);
    setSlot(null);
  };

  const onDragEnd = () => {
    const d = dragRef.current;
    const s = slotRef.current;
    if (d && s) {
      const changes = boardDrop(columnsRef.current, d.id, s);
      result.current = changes.length
        ? t('views.content.dnd.dropped', { title: d.item.title, where: where(s, d.id) })
        : t('views.content.dnd.droppedNoChange', { title: d.item.title });
      if (changes.length) void apply(changes, t('views.content.history.move'));
    } else if (d) {
      result.current = t('views.content.dnd.droppedNoChange', { title: d.item.title });
    }
    finish();
  };

  // a keyboard move can go past what is on screen: bring the drop line into view
  useEffect(() => {
    if (drag?.keyboard && slot) document.querySelector('.drop-line')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [drag, slot]);

  const register = useCallback((statusId: string, el: HTMLElement | null) => {
    if (el) lists.current.set(statusId, el);
    else lists.current.delete(statusId);
  }, []);

  return (
    <DndContext
      sensors={sensors}
      autoScroll={EDGE_AUTO_SCROLL}
      collisionDetection={overColumn}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
      accessibility={accessibility}
    >
      <div className="board" aria-label={t('views.content.board.label')} role="group">
        {columns.map((col) => (
          <Column
            key={col.status.id}
            col={col}
            lk={lk}
            onOpen={onOpen}
            onAdd={onAdd}
            readOnly={readOnly}
            renaming={renaming === col.status.id}
            onRename={setRenaming}
            onRenamed={renameColumn}
            onRemove={removeColumn}
            filtering={filtering}
            register={register}
            // only the column with the drop line hears about the drag, so a move redraws one column
            dragId={slot && slot.statusId === col.status.id ? (drag?.id ?? null) : null}
            slotIndex={slot && slot.statusId === col.status.id ? slot.index : null}
            keyboard={slot && slot.statusId === col.status.id ? (drag?.keyboard ?? false) : false}
          />
        ))}
        {readOnly ? null : (
          <button type="button" className="board-add-column" onClick={addColumn}>
            + {t('views.content.board.addColumn')}
          </button>
        )}
      </div>
      <div className="sr-only" aria-live="assertive" aria-atomic="true">
        {live}
      </div>
      <DragOverlay dropAnimation={null}>
        {drag && !drag.keyboard ? (
          <div className="ccard ccard-board is-overlay">
            <CardBody item={drag.item} lk={lk} variant="board" />
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

const Column = memo(function Column({ col, lk, onOpen, onAdd, readOnly, renaming, onRename, onRenamed, onRemove, filtering, register, dragId, slotIndex, keyboard }: {
  col: BoardColumn;
  lk: Lookups;
  onOpen: (id: string) => void;
  onAdd: (statusId: string) => void;
  readOnly: boolean;
  renaming: boolean;
  onRename: (statusId: string | null) => void;
  onRenamed: (status: ContentStatus, name: string) => void;
  onRemove: (status: ContentStatus) => void;
  filtering: boolean;
  register: (statusId: string, el: HTMLElement | null) => void;
  dragId: string | null;
  slotIndex: number | null;
  keyboard: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const statusId = col.status.id;
  const scroller = useRef<HTMLDivElement>(null);
  const listRef = useCallback((el: HTMLElement | null) => register(statusId, el), [register, statusId]);
  const getScrollElement = useCallback(() => scroller.current, []);
  const { setNodeRef, isOver } = useDroppableColumn(statusId);
  const count = col.visible.length;
  const getItemKey = useCallback((i: number) => col.visible[i]!.id, [col.visible]);
  const virt = useVirtualizer({ count, getScrollElement, estimateSize, overscan: 6, getItemKey });

  // where the drop line goes: the slot counts cards without the dragged one, the list still shows it
  let lineTop: number | null = null;
  if (slotIndex !== null) {
    const own = dragId && slotIndex !== null ? col.visible.findIndex((c) => c.id === dragId) : -1;
    const visual = own >= 0 && slotIndex >= own ? slotIndex + 1 : slotIndex;
    lineTop = visual * ROW - BOARD_CARD_GAP / 2;
  }

  return (
    <section
      ref={setNodeRef}
      className={['board-col', isOver || slotIndex !== null ? 'is-target' : ''].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      data-status-id={statusId}
    >
      <ColumnHeader col={col} lk={lk} headingId={headingId} count={count} filtering={filtering} readOnly={readOnly} renaming={renaming} onRename={onRename} onRenamed={onRenamed} onRemove={onRemove} onAdd={onAdd} />
      <div className="board-list" ref={scroller}>
        <div
          className="board-list-inner"
          role="list"
          aria-labelledby={headingId}
          ref={listRef}
          style={{ height: Math.max(virt.getTotalSize(), count === 0 ? 56 : 0) }}
        >
          {virt.getVirtualItems().map((v) => {
            const item = col.visible[v.index]!;
            return (
              <div key={v.key} role="listitem" aria-setsize={count} aria-posinset={v.index + 1} className="board-slot" style={{ transform: `translateY(${v.start}px)` }}>
                <DraggableCard item={item} lk={lk} variant="board" onOpen={onOpen} disabled={readOnly} />
              </div>
            );
          })}
          {count === 0 ? <p className="board-empty">{filtering && col.all.length ? t('views.content.board.emptyFiltered') : t('views.content.board.empty')}</p> : null}
          {lineTop !== null ? <div className={keyboard ? 'drop-line is-keyboard' : 'drop-line'} style={{ top: Math.max(0, lineTop) }} aria-hidden="true" /> : null}
        </div>
      </div>
    </section>
  );
});

/** The column's head: its own memo, so the drag redrawing the column under the pointer does not look its strings up again. */
const ColumnHeader = memo(function ColumnHeader({ col, lk, headingId, count, filtering, readOnly, renaming, onRename, onRenamed, onRemove, onAdd }: {
  col: BoardColumn;
  lk: Lookups;
  headingId: string;
  count: number;
  filtering: boolean;
  readOnly: boolean;
  renaming: boolean;
  onRename: (statusId: string | null) => void;
  onRenamed: (status: ContentStatus, name: string) => void;
  onRemove: (status: ContentStatus) => void;
  onAdd: (statusId: string) => void;
}) {
  const { t } = useTranslation();
  const statusId = col.status.id;
  const name = lk.statusName(col.status);
  const countText = filtering
    ? t('views.content.board.countFiltered', { count, total: col.all.length })
    : t('views.content.board.count', { count });
  return (
    <header className="board-col-header">
      {renaming ? (
        <input
          className="board-col-rename"
          aria-label={t('views.content.board.columnName')}
          defaultValue={name}
          autoFocus
          maxLength={100}
          onFocus={(e) => e.currentTarget.select()}
          onBlur={(e) => onRenamed(col.status, e.currentTarget.value || name)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
            if (e.key === 'Escape') {
              e.stopPropagation();
              onRename(null);
            }
          }}
        />
      ) : (
        <h2 id={headingId} className="board-col-title">
          <span className="swatch" style={{ background: col.status.color }} aria-hidden="true" />
          <span className="board-col-name">{name}</span>
          <span className="board-count" aria-label={countText}>
            {filtering ? `${count}/${col.all.length}` : count}
          </span>
        </h2>
      )}
      {readOnly || renaming ? null : (
        <span className="board-col-actions">
          <button type="button" className="btn btn-quiet board-icon" onClick={() => onRename(statusId)} aria-label={t('views.content.board.rename', { column: name })} title={t('views.content.board.rename', { column: name })}>
            ✎
          </button>
          {col.all.length === 0 && lk.statuses.length > 1 ? (
            <button type="button" className="btn btn-quiet board-icon" onClick={() => onRemove(col.status)} aria-label={t('views.content.board.remove', { column: name })} title={t('views.content.board.remove', { column: name })}>
              🗑
            </button>
          ) : null}
          <button type="button" className="btn btn-quiet board-icon board-add" onClick={() => onAdd(statusId)} aria-label={t('views.content.board.addTo', { column: name })} title={t('views.content.board.addTo', { column: name })}>
            +
          </button>
        </span>
      )}
    </header>
  );
});

function useDroppableColumn(statusId: string) {
  return useDroppable({ id: `col:${statusId}`, data: { type: 'column', statusId } });
}
