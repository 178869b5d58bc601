/**
 * The content calendar: a month of days or a week (days side by side, or day by day on a time axis),
 * with the undated items in a tray beside it. Drag and drop (pointer or keyboard) lives in
 * useCalendarDrag.ts; the grids are MonthGrid.tsx, WeekColumns.tsx and WeekHours.tsx.
 */
import { DndContext, DragOverlay, MeasuringStrategy, pointerWithin } from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today as planToday } from '../../../shared/logic/today.ts';
import { addMonths, clampDate, monthGrid, monthKey, monthOf, spansByDay, toMinutes, weekOf } from '../../../shared/logic/calendar.ts';
import { addDays } from '../../../shared/logic/dates.ts';
import { occurrencesByDay } from '../../../shared/logic/meetings.ts';
import type { ContentItem } from '../../../shared/model/registry.ts';
import { useRows } from '../../app/store/selectors.ts';
import { useApply } from '../../ui/useEdit.ts';
import type { CalGrid } from './calendar-drop.ts';
import { axisStartOf, dayInfos, itemsByDay, overlayText, weekLanes } from './calendar-model.ts';
import type { CalView } from './CalendarChips.tsx';
import { CardBody } from './Card.tsx';
import { dropUnderPointer, EDGE_AUTO_SCROLL } from './dnd.ts';
import type { Lookups } from './lookups.ts';
import { MonthGrid } from './MonthGrid.tsx';
import type { ContentRoute } from './route.ts';
import { ScheduleOffer } from './ScheduleOffer.tsx';
import { Tray } from './Tray.tsx';
import { useCalendarDrag } from './useCalendarDrag.ts';
import { WeekColumns } from './WeekColumns.tsx';
import { NOTIME_W, WeekHours } from './WeekHours.tsx';

/**
 * The month finds its target by hit test (dropUnderPointer), so it needs no rects of its days while a
 * drag runs: dnd-kit measures them between drags, not at each pick-up (43 rects and their scroll
 * containers). The week's lanes keep dnd-kit's rects: the hours layout reads the time off them.
 */
const MONTH_MEASURING = { droppable: { strategy: MeasuringStrategy.BeforeDragging } };

export type WeekLayout = 'days' | 'hours';
const LAYOUT_KEY = 'campaign-planner.content-week-layout';

function rememberedLayout(): WeekLayout {
  try {
    return localStorage.getItem(LAYOUT_KEY) === 'hours' ? 'hours' : 'days';
  } catch {
    return 'days';
  }
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
  const keyDates = useRows('key_date');
  const meetings = useRows('meeting');
  const today = planToday({ time_zone: lk.zone });
  const lang = i18n.language;
  const isWeek = route.mode === 'week';
  const [layout, setLayoutState] = useState<WeekLayout>(rememberedLayout);
  const setLayout = (next: WeekLayout) => {
    setLayoutState(next);
    try {
      localStorage.setItem(LAYOUT_KEY, next);
    } catch {
      // remembered for this page only
    }
  };

  // the days on screen
  const anchor = route.at ?? (route.mode === 'month' ? monthKey(monthOf(today)) : today);
  const ym = route.mode === 'month' ? { year: Number(anchor.slice(0, 4)), month: Number(anchor.slice(5, 7)) } : monthOf(anchor);
  const ymKey = monthKey(ym);
  const weeks = useMemo(() => (route.mode === 'month' ? monthGrid(monthOf(`${ymKey}-01`)) : [weekOf(anchor)]), [route.mode, ymKey, anchor]);
  const days = useMemo(() => weeks.flat(), [weeks]);
  const first = days[0]!;
  const last = days[days.length - 1]!;

  const byDay = useMemo(() => itemsByDay(items, first, last), [items, first, last]);
  const undated = useMemo(() => items.filter((c) => !c.publish_date), [items]);
  const keyByDay = useMemo(() => spansByDay(keyDates, first, last), [keyDates, first, last]);
  const meetByDay = useMemo(() => occurrencesByDay(meetings, first, last, lk.planStart, lk.planEnd), [meetings, first, last, lk.planStart, lk.planEnd]);
  const dayList = useMemo(() => dayInfos(days, byDay, keyByDay, meetByDay, today), [days, byDay, keyByDay, meetByDay, today]);
  const lanes = useMemo(() => (isWeek ? weekLanes(lk.platforms.map((p) => p.id), lk.platform, byDay) : lk.platforms.map((p) => p.id)), [lk.platforms, lk.platform, byDay, isWeek]);

  const grid = useMemo<CalGrid>(() => {
    if (isWeek) return layout === 'days' ? { mode: 'days', days, lanes } : { mode: 'week', days, lanes, entryMinutes: toMinutes(lk.peakStart) };
    const inMonth = days.filter((d) => d.startsWith(ymKey));
    const entry = inMonth.includes(today) ? today : clampDate(inMonth[0]!, lk.planStart, lk.planEnd);
    return { mode: 'month', days, entry: days.includes(entry) ? entry : inMonth[0]! };
  }, [isWeek, layout, days, lanes, lk.peakStart, lk.planStart, lk.planEnd, today, ymKey]);

  const axisStartRef = useRef(0);
  const instructions = t(!isWeek ? 'views.content.dnd.monthInstructions' : layout === 'days' ? 'views.content.dnd.daysInstructions' : 'views.content.dnd.weekInstructions');
  const { drag, target, live, offer, setOffer, context } = useCalendarDrag({ grid, lk, instructions, axisStart: axisStartRef, notimeWidth: NOTIME_W });

  // the hours layout's axis: from 06:00, or from the hour of the earliest item, meeting or keyboard target on screen
  const baseStart = useMemo(() => {
    const times: string[] = [];
    for (const list of byDay.values()) for (const c of list) if (c.publish_time) times.push(c.publish_time);
    for (const list of meetByDay.values()) for (const o of list) times.push(o.start);
    return axisStartOf(times);
  }, [byDay, meetByDay]);
  const axisStart = Math.min(baseStart, axisStartOf([], target?.kind === 'lane' ? target.minutes : null));
  axisStartRef.current = axisStart;

  // ----- header
  // made once per page, not on each move of a drag (a formatter costs more than the rest of the header)
  const monthTitle = useMemo(() => new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.parse(`${ymKey}-01T00:00:00Z`)), [lang, ymKey]);
  const rangeTitle = useMemo(
    () => new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).formatRange(Date.parse(`${first}T00:00:00Z`), Date.parse(`${last}T00:00:00Z`)),
    [lang, first, last],
  );
  const step = (n: number) =>
    route.mode === 'month' ? onNavigate({ mode: 'month', at: monthKey(addMonths(ym, n)) }) : onNavigate({ mode: 'week', at: addDays(weekOf(anchor)[0]!, 7 * n) });
  const onMore = useCallback((date: string) => onNavigate({ mode: 'week', at: date }), [onNavigate]);
  const view = useMemo<CalView>(() => ({ lk, onOpen, onMore, readOnly }), [lk, onOpen, onMore, readOnly]);
  const monthWeeks = useMemo(() => (isWeek ? [] : weeks.map((_, i) => dayList.slice(i * 7, i * 7 + 7))), [isWeek, weeks, dayList]);
  const targetOf = (date: string) => (target && target.kind !== 'tray' && target.date === date ? target : null);
  const overlay =
    drag && target
      ? overlayText(drag.item, target, {
          tray: t('views.content.dnd.trayTarget'),
          noTime: t('views.content.noTime'),
          weekDay: lk.weekDay,
          platformName: (id) => (id ? (lk.platform.get(id)?.name ?? '') : t('views.content.noPlatform')),
        })
      : '';

  return (
    <DndContext
      autoScroll={EDGE_AUTO_SCROLL}
      collisionDetection={isWeek ? pointerWithin : dropUnderPointer}
      measuring={isWeek ? undefined : MONTH_MEASURING}
      {...context}
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
        {isWeek ? (
          <div className="mode-switch week-layout" role="group" aria-label={t('views.content.calendar.layout')}>
            {(['days', 'hours'] as const).map((l) => (
              <button key={l} type="button" aria-pressed={layout === l} onClick={() => setLayout(l)}>
                {t(`views.content.calendar.layout_${l}`)}
              </button>
            ))}
          </div>
        ) : null}
        {isWeek && !readOnly ? <span className="cal-zone">{t('views.content.calendar.altHint')}</span> : null}
        <span className="cal-zone">{t('views.content.calendar.timesIn', { zone: lk.zoneName, offset: lk.offset })}</span>
        <span className="cal-peak-legend">
          <span className="peak-swatch" aria-hidden="true" />
          {t('views.content.calendar.peak', { start: lk.peakStart, end: lk.peakEnd })}
        </span>
      </div>
      <div className="cal-layout">
        <div className="cal-main" aria-label={t('views.content.calendar.label')} role="region">
          {!isWeek ? (
            <MonthGrid weeks={monthWeeks} month={ymKey} caption={monthTitle} view={view} target={target?.kind === 'day' ? target.date : null} />
          ) : layout === 'days' ? (
            <WeekColumns days={dayList} lanes={lanes} view={view} caption={rangeTitle} target={target} />
          ) : (
            <WeekHours days={dayList} lanes={lanes} view={view} targetOf={targetOf} axisStart={axisStart} />
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
            {overlay ? <span className="drag-target">{overlay}</span> : null}
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
