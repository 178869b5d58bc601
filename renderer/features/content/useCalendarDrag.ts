/**
 * Dragging on the calendar, by pointer or keyboard: the target under the pointer (a month day, a week
 * lane or cell, the tray) or the one the arrow keys reach, what a screen reader hears, and the drop,
 * which is one applyChanges call (one undo step). Only the target's day redraws while the pointer moves.
 */
import type { DragMoveEvent, DragStartEvent } from '@dnd-kit/core';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { fromMinutes, MINUTES_PER_DAY, toMinutes } from '../../../shared/logic/calendar.ts';
import type { ContentItem } from '../../../shared/model/registry.ts';
import { usePlan } from '../../app/store/context.tsx';
import { useApply } from '../../ui/useEdit.ts';
import { calendarDrop, dropLane, moveTarget, startTarget, weekDropMinutes, type CalGrid, type CalTarget } from './calendar-drop.ts';
import { targetKey } from './calendar-model.ts';
import type { DragData } from './Card.tsx';
import { dragState, isKeyboardDrag, useContentSensors, type MoveKey } from './dnd.ts';
import { useDragAnnouncements } from './drag-announce.ts';
import type { Lookups } from './lookups.ts';
import { scheduledOffer } from './schedule-offer.ts';

export interface CalDragState {
  id: string;
  keyboard: boolean;
  item: ContentItem;
  origin: DragData['origin'];
}

/** What a droppable on the calendar says it is. */
type DropData = { type?: 'tray' | 'day' | 'lane' | 'cell'; date?: string; platformId?: string | null };

/** Alt held during a pointer drag means "put it on the platform under the pointer". */
function useAltKey(): RefObject<boolean> {
  const alt = useRef(false);
  useEffect(() => {
    const note = (e: PointerEvent | KeyboardEvent) => (alt.current = e.altKey);
    window.addEventListener('pointermove', note, true);
    window.addEventListener('keydown', note, true);
    window.addEventListener('keyup', note, true);
    return () => {
      window.removeEventListener('pointermove', note, true);
      window.removeEventListener('keydown', note, true);
      window.removeEventListener('keyup', note, true);
    };
  }, []);
  return alt;
}

export function useCalendarDrag({ grid, lk, instructions, axisStart, notimeWidth }: {
  grid: CalGrid;
  lk: Lookups;
  instructions: string;
  /** the hours layout's axis: where 00:00… starts and how wide the "no time" slot is */
  axisStart: RefObject<number>;
  notimeWidth: number;
}) {
  const { t } = useTranslation();
  const apply = useApply();
  const pushToast = usePlan((s) => s.pushToast);
  const gridRef = useRef(grid);
  gridRef.current = grid;
  const [drag, setDrag] = useState<CalDragState | null>(null);
  const dragRef = useRef<CalDragState | null>(null);
  const [target, setTargetState] = useState<CalTarget | null>(null);
  const targetRef = useRef<CalTarget | null>(null);
  const [offer, setOffer] = useState<{ id: string; title: string; status: string } | null>(null);
  const alt = useAltKey();

  const setTarget = useCallback((next: CalTarget | null) => {
    if (targetKey(next) === targetKey(targetRef.current)) return;
    targetRef.current = next;
    setTargetState(next);
  }, []);

  const describe = useCallback(
    (tg: CalTarget | null): string => {
      if (!tg) return '';
      if (tg.kind === 'tray') return t('views.content.dnd.trayTarget');
      const date = lk.longDay(tg.date);
      if (lk.outsidePlan(tg.date)) return t('views.content.dnd.outsideTarget', { date });
      if (tg.kind === 'day') return t('views.content.dnd.dayTarget', { date });
      const platform = tg.platformId ? (lk.platform.get(tg.platformId)?.name ?? '') : t('views.content.noPlatform');
      return t('views.content.dnd.laneTarget', { date, platform, time: tg.minutes === null ? t('views.content.noTime') : fromMinutes(tg.minutes) });
    },
    [t, lk],
  );
  const { accessibility, live, say, result, started } = useDragAnnouncements(
    { where: () => describe(targetRef.current), pointerDrag: () => dragRef.current !== null && !dragRef.current.keyboard },
    instructions,
  );

  const onKey = useCallback(
    (_id: string, key: MoveKey, shift: boolean) => {
      const d = dragRef.current;
      if (!d) return;
      const next = moveTarget(d.item, targetRef.current ?? { kind: 'tray' }, key, gridRef.current, shift);
      setTarget(next);
      say(describe(next));
    },
    [describe, setTarget, say],
  );
  const sensors = useContentSensors(onKey);

  const onDragStart = (e: DragStartEvent) => {
    const data = e.active.data.current as DragData | undefined;
    if (!data) return;
    const state: CalDragState = { id: String(e.active.id), keyboard: isKeyboardDrag(e.activatorEvent), item: data.item, origin: data.origin };
    dragRef.current = state;
    dragState.active = true;
    setDrag(state);
    setTarget(data.origin === 'tray' ? { kind: 'tray' } : startTarget(data.item, gridRef.current));
    started();
  };

  const onDragMove = (e: DragMoveEvent) => {
    const d = dragRef.current;
    if (!d || d.keyboard) return;
    const data = e.over?.data.current as DropData | undefined;
    if (!e.over || !data?.type) return setTarget(null);
    const g = gridRef.current;
    const lanes = g.mode === 'month' ? [] : g.lanes;
    if (data.type === 'tray') setTarget({ kind: 'tray' });
    else if (data.type === 'day') setTarget({ kind: 'day', date: data.date! });
    else if (data.type === 'cell') {
      // days side by side have no time axis: the item keeps its time of day
      const platformId = dropLane(d.item.platform_id, data.platformId ?? null, lanes, alt.current);
      setTarget({ kind: 'lane', date: data.date!, platformId, minutes: d.item.publish_time === null ? null : toMinutes(d.item.publish_time) });
    } else {
      const rect = e.active.rect.current.translated;
      const axisX = e.over.rect.left + notimeWidth;
      const pxPerMinute = (e.over.rect.width - notimeWidth) / (MINUTES_PER_DAY - axisStart.current);
      const minutes = weekDropMinutes({
        axisStart: axisStart.current,
        oldTime: d.item.publish_time,
        fromAxis: d.origin === 'week' && d.item.publish_time !== null,
        deltaX: e.delta.x,
        leftX: rect?.left ?? axisX,
        axisX,
        pxPerMinute,
      });
      const platformId = dropLane(d.item.platform_id, data.platformId ?? null, lanes, alt.current);
      setTarget({ kind: 'lane', date: data.date!, platformId, minutes });
    }
  };

  const finish = () => {
    dragRef.current = null;
    dragState.active = false;
    setDrag(null);
    setTarget(null);
  };

  const onDragEnd = () => {
    const d = dragRef.current;
    const tg = targetRef.current;
    result.current = '';
    if (d && tg) {
      const drop = calendarDrop(d.item, tg, { start_date: lk.planStart, end_date: lk.planEnd });
      if (!drop.ok) {
        result.current = t('views.content.dnd.refused', { title: d.item.title, date: lk.longDay(drop.date) });
        pushToast({ kind: 'info', key: 'views.content.refusedOutside', params: { date: lk.longDay(drop.date), start: lk.date(lk.planStart), end: lk.date(lk.planEnd) } });
      } else if (drop.changes.length) {
        result.current = t('views.content.dnd.dropped', { title: d.item.title, where: describe(tg) });
        void apply(drop.changes, t(tg.kind === 'tray' ? 'views.content.history.move' : 'views.content.history.schedule'));
        const status = tg.kind === 'tray' ? null : scheduledOffer({ ...d.item, publish_date: tg.date }, lk.statuses);
        setOffer(status ? { id: d.item.id, title: d.item.title, status } : null);
      } else {
        result.current = t('views.content.dnd.droppedNoChange', { title: d.item.title });
      }
    } else if (d) {
      result.current = t('views.content.dnd.noTarget', { title: d.item.title });
    }
    finish();
  };

  // a keyboard move can go past what is on screen: bring the target into view
  useEffect(() => {
    if (drag?.keyboard && target) document.querySelector('[data-cal-target="true"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [drag, target]);

  return {
    drag,
    target,
    live,
    offer,
    setOffer,
    context: { sensors, accessibility, onDragStart, onDragMove, onDragEnd, onDragCancel: finish },
  };
}
