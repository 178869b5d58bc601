import { DndContext, DragOverlay, pointerWithin, useDroppable, type Announcements, type DragMoveEvent, type DragStartEvent } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { today as planToday } from '../../../shared/logic/today.ts';
import { addMonths, fromMinutes, MINUTES_PER_DAY, monthGrid, monthKey, monthOf, packRows, spansByDay, toMinutes, weekOf, clampDate } from '../../../shared/logic/calendar.ts';
import { addDays } from '../../../shared/logic/dates.ts';
import { occurrencesByDay, type Occurrence } from '../../../shared/logic/meetings.ts';
import type { ContentItem, KeyDate, Row } from '../../../shared/model/registry.ts';
import { usePlan } from '../../app/store/context.tsx';
import { useRows } from '../../app/store/selectors.ts';
import { useApply } from '../../ui/useEdit.ts';
import { calendarDrop, dropLane, moveTarget, startTarget, weekDropMinutes, type CalGrid, type CalTarget } from './calendar-drop.ts';
import { CardBody, DraggableCard, type DragData } from './Card.tsx';
import { AUTO_SCROLL, dragState, isKeyboardDrag, useContentSensors, type MoveKey } from './dnd.ts';
import type { Lookups } from './lookups.ts';
import type { ContentRoute } from './route.ts';
import { ScheduleOffer } from './ScheduleOffer.tsx';
import { scheduledOffer } from './schedule-offer.ts';

type Meeting = Row<'meeting'>;

/** Cards a month day shows before "+n more". */
const MONTH_MAX = 3;
/** Week view: the lane label column, the "no time" slot, and one row of cards. */
const LABEL_W = 128;
const NOTIME_W = 60;
const LANE_ROW = 25;
/** The week's time axis starts at 06:00 unless something on screen is earlier. */
const DAY_START = 6 * 60;

const targetKey = (t: CalTarget | null) => (t === null ? '' : t.kind === 'tray' ? 'tray' : t.kind === 'day' ? `d:${t.date}` : `l:${t.date}:${t.platformId ?? ''}:${t.minutes ?? ''}`);

interface DragState {
  id: string;
  keyboard: boolean;
  item: ContentItem;
  origin: DragData['origin'];
}

export function Calendar({ route, items, lk, onOpen, onNavigate, readOnly }: {
  route: ContentRoute & { mode: 'month' | 'week' };
  items: ContentItem[];
  lk: Lookups;
  onOpen: (id: string) => void;
  onNavigate: (route: ContentRoute) => void;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation();
  const apply = useApply();
  const pushToast = usePlan((s) => s.pushToast);
  const keyDates = useRows('key_date');
  const meetings = useRows('meeting');
  const today = planToday({ time_zone: lk.zone });
  const lang = i18n.language;

  // the days on screen
  const anchor = route.at ?? (route.mode === 'month' ? monthKey(monthOf(today)) : today);
  const ym = route.mode === 'month' ? { year: Number(anchor.slice(0, 4)), month: Number(anchor.slice(5, 7)) } : monthOf(anchor);
  const ymKey = monthKey(ym);
  const weeks = useMemo(() => (route.mode === 'month' ? monthGrid(monthOf(`${ymKey}-01`)) : [weekOf(anchor)]), [route.mode, ymKey, anchor]);
  const days = useMemo(() => weeks.flat(), [weeks]);
  const first = days[0]!;
  const last = days[days.length - 1]!;

  const byDay = useMemo(() => {
    const m = new Map<string, ContentItem[]>();
    for (const c of items) {
      if (!c.publish_date || c.publish_date < first || c.publish_date > last) continue;
      const list = m.get(c.publish_date);
      if (list) list.push(c);
      else m.set(c.publish_date, [c]);
    }
    for (const list of m.values()) list.sort((a, b) => (a.publish_time ?? '').localeCompare(b.publish_time ?? '') || a.sort_order - b.sort_order);
    return m;
  }, [items, first, last]);
  const undated = useMemo(() => items.filter((c) => !c.publish_date), [items]);
  const keyByDay = useMemo(() => spansByDay(keyDates, first, last), [keyDates, first, last]);
  const meetByDay = useMemo(() => occurrencesByDay(meetings, first, last, lk.planStart, lk.planEnd), [meetings, first, last, lk.planStart, lk.planEnd]);
  const lanes = useMemo(() => {
    const ids: (string | null)[] = lk.platforms.map((p) => p.id);
    if (route.mode === 'week' && [...byDay.values()].some((list) => list.some((c) => c.platform_id === null || !lk.platform.has(c.platform_id)))) ids.push(null);
    return ids;
  }, [lk.platforms, lk.platform, byDay, route.mode]);

  const grid = useMemo<CalGrid>(() => {
    if (route.mode === 'week') return { mode: 'week', days, lanes, entryMinutes: toMinutes(lk.peakStart) };
    const inMonth = days.filter((d) => d.startsWith(ymKey));
    const entry = inMonth.includes(today) ? today : clampDate(inMonth[0]!, lk.planStart, lk.planEnd);
    return { mode: 'month', days, entry: days.includes(entry) ? entry : inMonth[0]! };
  }, [route.mode, days, lanes, lk.peakStart, lk.planStart, lk.planEnd, today, ymKey]);
  const gridRef = useRef(grid);
  gridRef.current = grid;

  // ----- dragging
  const [drag, setDrag] = useState<DragState | null>(null);
  const dragRef = useRef<DragState | null>(null);
  const [target, setTargetState] = useState<CalTarget | null>(null);
  const targetRef = useRef<CalTarget | null>(null);
  const [live, setLive] = useState('');
  const [offer, setOffer] = useState<{ id: string; title: string; status: string } | null>(null);
  const announced = useRef('');
  // Alt held during a pointer drag: "put it on the platform under the pointer"
  const altRef = useRef(false);
  useEffect(() => {
    const note = (e: PointerEvent | KeyboardEvent) => (altRef.current = e.altKey);
    window.addEventListener('pointermove', note, true);
    window.addEventListener('keydown', note, true);
    window.addEventListener('keyup', note, true);
    return () => {
      window.removeEventListener('pointermove', note, true);
      window.removeEventListener('keydown', note, true);
      window.removeEventListener('keyup', note, true);
    };
  }, []);
  const result = useRef('');
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

  const onKey = useCallback(
    (_id: string, key: MoveKey, shift: boolean) => {
      const d = dragRef.current;
      if (!d) return;
      const next = moveTarget(d.item, targetRef.current ?? { kind: 'tray' }, key, gridRef.current, shift);
      setTarget(next);
      setLive(describe(next));
    },
    [describe, setTarget],
  );
  const sensors = useContentSensors(onKey);

  const onDragStart = (e: DragStartEvent) => {
    const data = e.active.data.current as DragData | undefined;
    if (!data) return;
    const state: DragState = { id: String(e.active.id), keyboard: isKeyboardDrag(e.activatorEvent), item: data.item, origin: data.origin };
    dragRef.current = state;
    dragState.active = true;
    setDrag(state);
    setTarget(data.origin === 'tray' ? { kind: 'tray' } : startTarget(data.item, gridRef.current));
    announced.current = '';
    setLive('');
  };

  const onDragMove = (e: DragMoveEvent) => {
    const d = dragRef.current;
    if (!d || d.keyboard) return;
    const data = e.over?.data.current as { type?: string; date?: string; platformId?: string | null } | undefined;
    if (!e.over || !data?.type) {
      setTarget(null);
      return;
    }
    if (data.type === 'tray') setTarget({ kind: 'tray' });
    else if (data.type === 'day') setTarget({ kind: 'day', date: data.date! });
    else if (data.type === 'lane') {
      const rect = e.active.rect.current.translated;
      const axisX = e.over.rect.left + NOTIME_W;
      const pxPerMinute = (e.over.rect.width - NOTIME_W) / (MINUTES_PER_DAY - axisStartRef.current);
      const minutes = weekDropMinutes({
        axisStart: axisStartRef.current,
        oldTime: d.item.publish_time,
        fromAxis: d.origin === 'week' && d.item.publish_time !== null,
        deltaX: e.delta.x,
        leftX: rect?.left ?? axisX,
        axisX,
        pxPerMinute,
      });
      const platformId = dropLane(d.item.platform_id, data.platformId ?? null, gridRef.current.mode === 'week' ? gridRef.current.lanes : [], altRef.current);
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

  const announcements = useMemo<Announcements>(() => {
    const title = (active: { data: { current?: unknown } }) => (active.data.current as DragData | undefined)?.item.title ?? '';
    const moved = () => {
      const d = dragRef.current;
      if (!d || d.keyboard) return undefined;
      const text = describe(targetRef.current);
      if (!text || text === announced.current) return undefined;
      announced.current = text;
      return text;
    };
    return {
      onDragStart: ({ active }) => t('views.content.dnd.pickedUpAt', { title: title(active), where: describe(targetRef.current) }),
      onDragMove: moved,
      onDragOver: moved,
      onDragEnd: () => result.current,
      onDragCancel: ({ active }) => t('views.content.dnd.cancelled', { title: title(active) }),
    };
  }, [t, describe]);

  useEffect(() => {
    if (drag?.keyboard && target) document.querySelector('[data-cal-target="true"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [drag, target]);

  // the week's axis: from 06:00, or from the hour of the earliest item, meeting or keyboard target on screen
  const baseStart = useMemo(() => {
    let earliest = DAY_START;
    for (const list of byDay.values()) for (const c of list) if (c.publish_time) earliest = Math.min(earliest, toMinutes(c.publish_time));
    for (const list of meetByDay.values()) for (const o of list) earliest = Math.min(earliest, toMinutes(o.start));
    return Math.floor(earliest / 60) * 60;
  }, [byDay, meetByDay]);
  const targetMinutes = target?.kind === 'lane' && target.minutes !== null ? target.minutes : MINUTES_PER_DAY;
  const axisStart = Math.min(baseStart, Math.floor(targetMinutes / 60) * 60);
  const axisStartRef = useRef(axisStart);
  axisStartRef.current = axisStart;

  // ----- header
  const monthTitle = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.parse(`${monthKey(ym)}-01T00:00:00Z`));
  const rangeTitle = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).formatRange(Date.parse(`${first}T00:00:00Z`), Date.parse(`${last}T00:00:00Z`));
  const step = (n: number) =>
    route.mode === 'month' ? onNavigate({ mode: 'month', at: monthKey(addMonths(ym, n)) }) : onNavigate({ mode: 'week', at: addDays(weekOf(anchor)[0]!, 7 * n) });
  const isWeek = route.mode === 'week';
  const onMore = useCallback((date: string) => onNavigate({ mode: 'week', at: date }), [onNavigate]);
  const instructions = t(isWeek ? 'views.content.dnd.weekInstructions' : 'views.content.dnd.monthInstructions');
  // where the drop would put the item, on the dragged card itself: day and time (and a new platform)
  const overlayTarget = (() => {
    if (!drag || !target) return '';
    if (target.kind === 'tray') return t('views.content.dnd.trayTarget');
    const time = target.kind === 'lane' ? (target.minutes === null ? t('views.content.noTime') : fromMinutes(target.minutes)) : (drag.item.publish_time ?? t('views.content.noTime'));
    const day = lk.weekDay(target.date);
    const platform = target.kind === 'lane' && target.platformId !== drag.item.platform_id ? (target.platformId ? lk.platform.get(target.platformId)?.name : t('views.content.noPlatform')) : null;
    return platform ? `→ ${day} ${time} · ${platform}` : `→ ${day} ${time}`;
  })();
  const targetOf = (date: string) => (target && target.kind !== 'tray' && target.date === date ? target : null);

  return (
    <DndContext
      sensors={sensors}
      autoScroll={AUTO_SCROLL}
      collisionDetection={pointerWithin}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
      accessibility={{ announcements, screenReaderInstructions: { draggable: instructions } }}
    >
      <div className="cal-head">
        <div className="btn-row">
          <button type="button" className="btn" onClick={() => step(-1)} aria-label={t(isWeek ? 'views.content.calendar.previousWeek' : 'views.content.calendar.previousMonth')}>
            ‹
          </button>
          <button type="button" className="btn" onClick={() => onNavigate({ mode: route.mode, at: isWeek ? today : monthKey(monthOf(today)) })}>
            {t('views.content.calendar.today')}
          </button>
          <button type="button" className="btn" onClick={() => step(1)} aria-label={t(isWeek ? 'views.content.calendar.nextWeek' : 'views.content.calendar.nextMonth')}>
            ›
          </button>
        </div>
        <h2 className="cal-title">{isWeek ? rangeTitle : monthTitle}</h2>
        {isWeek && !readOnly ? <span className="cal-zone">{t('views.content.calendar.altHint')}</span> : null}
        <span className="cal-zone">{t('views.content.calendar.timesIn', { zone: lk.zoneName, offset: lk.offset })}</span>
        <span className="cal-peak-legend">
          <span className="peak-swatch" aria-hidden="true" />
          {t('views.content.calendar.peak', { start: lk.peakStart, end: lk.peakEnd })}
        </span>
      </div>
      <div className="cal-layout">
        <div className="cal-main" aria-label={t('views.content.calendar.label')} role="region">
          {isWeek ? (
            <WeekGrid
              days={days}
              lanes={lanes}
              byDay={byDay}
              keyByDay={keyByDay}
              meetByDay={meetByDay}
              lk={lk}
              today={today}
              onOpen={onOpen}
              readOnly={readOnly}
              targetOf={targetOf}
              axisStart={axisStart}
            />
          ) : (
            <MonthGrid
              weeks={weeks}
              month={monthKey(ym)}
              caption={monthTitle}
              byDay={byDay}
              keyByDay={keyByDay}
              meetByDay={meetByDay}
              lk={lk}
              today={today}
              onOpen={onOpen}
              onMore={onMore}
              readOnly={readOnly}
              target={target?.kind === 'day' ? target.date : null}
            />
          )}
        </div>
        <Tray items={undated} lk={lk} onOpen={onOpen} readOnly={readOnly} isTarget={target?.kind === 'tray' && drag !== null} />
      </div>
      <div className="sr-only" aria-live="assertive" aria-atomic="true">
        {live}
      </div>
      {offer && !readOnly ? (
        <ScheduleOffer
          title={offer.title}
          onDismiss={() => setOffer(null)}
          onAccept={() => {
            void apply([{ entity: 'content_item', id: offer.id, field: 'status_id', value: offer.status }], t('views.content.history.toScheduled'));
            setOffer(null);
          }}
        />
      ) : null}
      <DragOverlay dropAnimation={null}>
        {drag && !drag.keyboard ? (
          <div className={`ccard ccard-${drag.origin === 'board' ? 'tray' : drag.origin} is-overlay`}>
            <CardBody item={drag.item} lk={lk} variant={drag.origin === 'board' ? 'tray' : drag.origin} />
            {overlayTarget ? <span className="drag-target">{overlayTarget}</span> : null}
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}

// ---------------------------------------------------------------- month

function KeyDateChip({ kd, lk, showName }: { kd: KeyDate; lk: Lookups; showName: boolean }) {
  const { t } = useTranslation();
  const label = t('views.content.calendar.keyDate', { name: kd.name });
  const span = kd.start === kd.end ? lk.day(kd.start) : `${lk.day(kd.start)} – ${lk.day(kd.end)}`;
  return (
    <span className={`kd-chip kd-${kd.kind}${showName ? '' : ' kd-cont'}`} title={`${kd.name} · ${span}${kd.note ? ` · ${kd.note}` : ''}`}>
      {showName ? (
        <>
          <span className="sr-only">{label}</span>
          <span aria-hidden="true">{kd.name}</span>
        </>
      ) : (
        <span className="sr-only">{label}</span>
      )}
    </span>
  );
}

function MeetingChip({ o, compact }: { o: Occurrence<Meeting>; compact?: boolean }) {
  const { t } = useTranslation();
  const label = t('views.content.calendar.meeting', { name: o.meeting.name, start: o.start, end: o.end });
  return (
    <span className="meet-chip" title={label} aria-label={label} role="note">
      <span aria-hidden="true">
        {o.start} {compact ? '' : o.meeting.name}
      </span>
    </span>
  );
}

const MonthGrid = memo(function MonthGrid({ weeks, month, caption, byDay, keyByDay, meetByDay, lk, today, onOpen, onMore, readOnly, target }: {
  weeks: string[][];
  month: string;
  caption: string;
  byDay: Map<string, ContentItem[]>;
  keyByDay: Map<string, KeyDate[]>;
  meetByDay: Map<string, Occurrence<Meeting>[]>;
  lk: Lookups;
  today: string;
  onOpen: (id: string) => void;
  onMore: (date: string) => void;
  readOnly: boolean;
  target: string | null;
}) {
  const { i18n } = useTranslation();
  const weekday = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' });
  return (
    <table className="month-grid">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {weeks[0]!.map((d) => (
            <th key={d} scope="col">
              {weekday.format(Date.parse(`${d}T00:00:00Z`))}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((d, i) => (
              <MonthDay
                key={d}
                date={d}
                inMonth={d.startsWith(month)}
                weekStart={i === 0}
                items={byDay.get(d)}
                keyDates={keyByDay.get(d)}
                meetings={meetByDay.get(d)}
                lk={lk}
                today={d === today}
                onOpen={onOpen}
                onMore={onMore}
                readOnly={readOnly}
                isTarget={target === d}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
});

const MonthDay = memo(function MonthDay({ date, inMonth, weekStart, items, keyDates, meetings, lk, today, onOpen, onMore, readOnly, isTarget }: {
  date: string;
  inMonth: boolean;
  weekStart: boolean;
  items: ContentItem[] | undefined;
  keyDates: KeyDate[] | undefined;
  meetings: Occurrence<Meeting>[] | undefined;
  lk: Lookups;
  today: boolean;
  onOpen: (id: string) => void;
  onMore: (date: string) => void;
  readOnly: boolean;
  isTarget: boolean;
}) {
  const { t } = useTranslation();
  const outside = lk.outsidePlan(date);
  const { setNodeRef } = useDroppable({ id: `day:${date}`, data: { type: 'day', date } });
  const list = items ?? [];
  const shown = list.slice(0, MONTH_MAX);
  const more = list.length - shown.length;
  const classes = ['month-day', inMonth ? '' : 'is-other-month', outside ? 'is-outside' : '', today ? 'is-today' : '', isTarget ? (outside ? 'is-target is-refused' : 'is-target') : '']
    .filter(Boolean)
    .join(' ');
  return (
    <td ref={setNodeRef} className={classes} data-date={date} data-cal-target={isTarget ? 'true' : undefined}>
      <div className="month-day-head">
        <span className="month-day-num" aria-label={t('views.content.calendar.dayItems', { date: lk.longDay(date), count: list.length })}>
          {Number(date.slice(8, 10))}
        </span>
        {today ? <span className="today-mark">{t('views.content.calendar.todayMark')}</span> : null}
        {outside ? <span className="sr-only">{t('views.content.calendar.outsidePlan')}</span> : null}
      </div>
      {keyDates?.map((kd) => <KeyDateChip key={kd.id} kd={kd} lk={lk} showName={kd.start === date || weekStart} />)}
      {meetings?.map((o) => <MeetingChip key={o.meeting.id} o={o} />)}
      {shown.length ? (
        <ul className="month-items">
          {shown.map((c) => (
            <li key={c.id}>
              <DraggableCard item={c} lk={lk} variant="month" onOpen={onOpen} disabled={readOnly} />
            </li>
          ))}
        </ul>
      ) : null}
      {more > 0 ? (
        <button type="button" className="month-more" onClick={() => onMore(date)} aria-label={t('views.content.calendar.moreLabel', { count: more, date: lk.longDay(date) })}>
          {t('views.content.calendar.more', { count: more })}
        </button>
      ) : null}
    </td>
  );
});

// ---------------------------------------------------------------- week

function useWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

interface WeekGeometry {
  /** px of one minute on the time axis */
  ppm: number;
  axisW: number;
  /** minutes at the axis's left end */
  axisStart: number;
  cardW: number;
  /** x of a time of day inside a lane's track (the "no time" slot comes first) */
  x: (minutes: number) => number;
}

function WeekGrid({ days, lanes, byDay, keyByDay, meetByDay, lk, today, onOpen, readOnly, targetOf, axisStart }: {
  days: string[];
  lanes: (string | null)[];
  byDay: Map<string, ContentItem[]>;
  keyByDay: Map<string, KeyDate[]>;
  meetByDay: Map<string, Occurrence<Meeting>[]>;
  lk: Lookups;
  today: string;
  onOpen: (id: string) => void;
  readOnly: boolean;
  targetOf: (date: string) => CalTarget | null;
  axisStart: number;
}) {
  const { t } = useTranslation();
  const [ref, width] = useWidth<HTMLDivElement>();
  const axisW = Math.max(420, (width || 900) - 2 - LABEL_W - NOTIME_W);
  // one object while the size and the axis stay, so the days (memo) do not redraw on every move of a drag
  const geo = useMemo<WeekGeometry>(() => {
    const ppm = axisW / (MINUTES_PER_DAY - axisStart);
    return { ppm, axisW, axisStart, cardW: Math.round(Math.max(120, Math.min(190, axisW * 0.22))), x: (minutes) => NOTIME_W + (minutes - axisStart) * ppm };
  }, [axisW, axisStart]);
  const everyHour = geo.ppm * 60 >= 44;
  const hours: number[] = [];
  for (let h = Math.ceil(axisStart / 60); h < 24; h += everyHour ? 1 : h % 2 === 0 ? 2 : 1) hours.push(h);
  const peaks = useMemo(() => peakBands(lk.peakStart, lk.peakEnd, axisStart), [lk.peakStart, lk.peakEnd, axisStart]);
  const style = {
    '--label-w': `${LABEL_W}px`,
    '--notime-w': `${NOTIME_W}px`,
    '--hour-w': `${geo.ppm * 60}px`,
    '--hour-offset': `${-((axisStart % 60) * geo.ppm)}px`,
  } as CSSProperties;
  return (
    <div className="week" ref={ref} style={style}>
      <div className="week-ruler" aria-hidden="true">
        <div className="week-ruler-label">{t('views.content.calendar.lanes')}</div>
        <div className="week-ruler-notime">{t('views.content.noTime')}</div>
        <div className="week-ruler-axis">
          {peaks.map(([a, b]) => (
            <span key={a} className="peak-band" style={{ left: geo.x(a) - NOTIME_W, width: (b - a) * geo.ppm }} />
          ))}
          {hours.map((h) => (
            <span key={h} className="week-hour" style={{ left: geo.x(h * 60) - NOTIME_W }}>
              {String(h).padStart(2, '0')}:00
            </span>
          ))}
        </div>
      </div>
      {days.map((d) => (
        <WeekDay
          key={d}
          date={d}
          lanes={lanes}
          items={byDay.get(d)}
          keyDates={keyByDay.get(d)}
          meetings={meetByDay.get(d)}
          lk={lk}
          today={d === today}
          onOpen={onOpen}
          readOnly={readOnly}
          geo={geo}
          peaks={peaks}
          target={targetOf(d)}
        />
      ))}
    </div>
  );
}

/** The peak window as one or two [from, to) minute ranges (two when it runs past midnight), cut to the axis. */
function peakBands(start: string, end: string, axisStart: number): [number, number][] {
  const a = toMinutes(start);
  const b = toMinutes(end);
  if (a === b) return [];
  const bands: [number, number][] = a < b ? [[a, b]] : [[a, MINUTES_PER_DAY], [0, b]];
  return bands.map(([x, y]): [number, number] => [Math.max(x, axisStart), y]).filter(([x, y]) => y > x);
}

const WeekDay = memo(function WeekDay({ date, lanes, items, keyDates, meetings, lk, today, onOpen, readOnly, geo, peaks, target }: {
  date: string;
  lanes: (string | null)[];
  items: ContentItem[] | undefined;
  keyDates: KeyDate[] | undefined;
  meetings: Occurrence<Meeting>[] | undefined;
  lk: Lookups;
  today: boolean;
  onOpen: (id: string) => void;
  readOnly: boolean;
  geo: WeekGeometry;
  peaks: [number, number][];
  target: CalTarget | null;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const outside = lk.outsidePlan(date);
  const byLane = new Map<string, ContentItem[]>();
  for (const c of items ?? []) {
    const lane = c.platform_id && lk.platform.has(c.platform_id) ? c.platform_id : '';
    const list = byLane.get(lane);
    if (list) list.push(c);
    else byLane.set(lane, [c]);
  }
  return (
    <section className={['week-day', outside ? 'is-outside' : '', today ? 'is-today' : ''].filter(Boolean).join(' ')} aria-labelledby={headingId} data-date={date}>
      <header className="week-day-head">
        <h3 id={headingId}>{lk.longDay(date)}</h3>
        {today ? <span className="today-mark">{t('views.content.calendar.todayMark')}</span> : null}
        {outside ? <span className="warn-badge">{t('views.content.calendar.outsidePlan')}</span> : null}
        {keyDates?.map((kd) => <KeyDateChip key={kd.id} kd={kd} lk={lk} showName />)}
      </header>
      {meetings?.length ? (
        <div className="week-lane week-meetings">
          <div className="week-lane-label">{t('views.content.calendar.meetings')}</div>
          <div className="week-track">
            {peaks.map(([a, b]) => (
              <span key={a} className="peak-band" style={{ left: geo.x(a), width: (b - a) * geo.ppm }} aria-hidden="true" />
            ))}
            {meetings.map((o) => {
              const start = toMinutes(o.start);
              const width = Math.max((toMinutes(o.end) - start) * geo.ppm, geo.cardW + 40);
              return (
                <span key={o.meeting.id} className="week-meeting" style={{ left: Math.min(geo.x(start), NOTIME_W + geo.axisW - width), width }}>
                  <MeetingChip o={o} />
                </span>
              );
            })}
          </div>
        </div>
      ) : null}
      {lanes.map((p) => (
        <Lane
          key={p ?? ''}
          date={date}
          platformId={p}
          items={byLane.get(p ?? '') ?? []}
          lk={lk}
          onOpen={onOpen}
          readOnly={readOnly}
          geo={geo}
          peaks={peaks}
          outside={outside}
          target={target && target.kind === 'lane' && target.platformId === p ? target : null}
        />
      ))}
    </section>
  );
});

function Lane({ date, platformId, items, lk, onOpen, readOnly, geo, peaks, outside, target }: {
  date: string;
  platformId: string | null;
  items: ContentItem[];
  lk: Lookups;
  onOpen: (id: string) => void;
  readOnly: boolean;
  geo: WeekGeometry;
  peaks: [number, number][];
  outside: boolean;
  target: (CalTarget & { kind: 'lane' }) | null;
}) {
  const { t } = useTranslation();
  const { setNodeRef } = useDroppable({ id: `lane:${date}:${platformId ?? ''}`, data: { type: 'lane', date, platformId } });
  const platform = platformId ? lk.platform.get(platformId) : undefined;
  const name = platform?.name ?? t('views.content.noPlatform');
  const timed = items.filter((c) => c.publish_time !== null);
  const untimed = items.filter((c) => c.publish_time === null);
  // a card starts at its time; one that would run past midnight is pulled back to fit
  const lefts = timed.map((c) => Math.min(geo.x(toMinutes(c.publish_time!)), NOTIME_W + geo.axisW - geo.cardW - 2));
  const packed = packRows(lefts.map((x) => ({ start: x, end: x + geo.cardW + 2 })));
  const rows = Math.max(1, packed.count, untimed.length);
  const label = `${lk.longDay(date)}, ${name}`;
  return (
    <div className={['week-lane', target ? (outside ? 'is-target is-refused' : 'is-target') : ''].filter(Boolean).join(' ')} role="group" aria-label={label}>
      <div className="week-lane-label" aria-hidden="true">
        <span className="swatch platform-swatch" style={{ '--platform': platform?.color ?? 'transparent' } as CSSProperties} />
        <span className="week-lane-name">{name}</span>
      </div>
      <div className="week-track" ref={setNodeRef} style={{ height: rows * LANE_ROW + 5 }} data-cal-target={target ? 'true' : undefined}>
        <span className="week-notime" aria-hidden="true" />
        {peaks.map(([a, b]) => (
          <span key={a} className="peak-band" style={{ left: geo.x(a), width: (b - a) * geo.ppm }} aria-hidden="true" />
        ))}
        {untimed.map((c, i) => (
          <DraggableCard key={c.id} item={c} lk={lk} variant="week" onOpen={onOpen} disabled={readOnly} style={{ left: 3, top: 3 + i * LANE_ROW, width: NOTIME_W - 6 }} />
        ))}
        {timed.map((c, i) => (
          <DraggableCard
            key={c.id}
            item={c}
            lk={lk}
            variant="week"
            onOpen={onOpen}
            disabled={readOnly}
            style={{ left: lefts[i], top: 3 + packed.rows[i]! * LANE_ROW, width: geo.cardW }}
          />
        ))}
        {target ? (
          target.minutes === null ? (
            <span className="week-marker week-marker-notime" aria-hidden="true" />
          ) : (
            <span className="week-marker" style={{ left: geo.x(target.minutes) }} aria-hidden="true">
              <span className="week-marker-time">{fromMinutes(target.minutes)}</span>
            </span>
          )
        ) : null}
      </div>
    </div>
  );
}

// ---------------------------------------------------------------- tray

const TRAY_ROW = 62;
const trayRow = () => TRAY_ROW;

const Tray = memo(function Tray({ items, lk, onOpen, readOnly, isTarget }: { items: ContentItem[]; lk: Lookups; onOpen: (id: string) => void; readOnly: boolean; isTarget: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { setNodeRef } = useDroppable({ id: 'tray', data: { type: 'tray' } });
  const scroller = useRef<HTMLDivElement>(null);
  const getItemKey = useCallback((i: number) => items[i]!.id, [items]);
  const getScrollElement = useCallback(() => scroller.current, []);
  const virt = useVirtualizer({ count: items.length, getScrollElement, estimateSize: trayRow, overscan: 6, getItemKey });
  return (
    <aside ref={setNodeRef} className={isTarget ? 'tray is-target' : 'tray'} aria-labelledby={headingId} data-cal-target={isTarget ? 'true' : undefined}>
      <h2 id={headingId} className="tray-title">
        {t('views.content.tray.title')} <span className="board-count">{items.length}</span>
      </h2>
      <p className="tray-hint">{t('views.content.tray.hint')}</p>
      <div className="tray-list" ref={scroller}>
        <div role="list" aria-labelledby={headingId} style={{ height: virt.getTotalSize(), position: 'relative' }}>
          {virt.getVirtualItems().map((v) => (
            <div key={v.key} role="listitem" aria-setsize={items.length} aria-posinset={v.index + 1} className="tray-slot" style={{ transform: `translateY(${v.start}px)` }}>
              <DraggableCard item={items[v.index]!} lk={lk} variant="tray" onOpen={onOpen} disabled={readOnly} />
            </div>
          ))}
        </div>
        {items.length === 0 ? <p className="tray-empty">{t('views.content.tray.empty')}</p> : null}
      </div>
    </aside>
  );
});
