/**
 * The week with its seven days side by side and a row per platform: each cell lists that day's items on
 * that platform in time order. A drag to another day keeps the time of day and the platform (Alt puts it
 * on the platform of the row under the pointer); the hours layout (WeekHours.tsx) is where times change.
 */
import { useDroppable } from '@dnd-kit/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentItem } from '../../../shared/model/registry.ts';
import type { CalTarget } from './calendar-drop.ts';
import { byLane } from './calendar-model.ts';
import { KeyDateChip, MeetingChip, platformSwatch, type CalDay, type CalView } from './CalendarChips.tsx';
import { DraggableCard } from './Card.tsx';

export function WeekColumns({ days, lanes, view, caption, target }: {
  days: CalDay[];
  lanes: (string | null)[];
  view: CalView;
  caption: string;
  target: CalTarget | null;
}) {
  const { t, i18n } = useTranslation();
  const { lk } = view;
  const fmt = useMemo(
    () => ({
      weekday: new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' }),
      day: new Intl.DateTimeFormat(i18n.language, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
    }),
    [i18n.language],
  );
  // each day's items per platform, once per change of the plan: a drag's redraws reuse them
  const cells = useMemo(() => days.map((d) => byLane(d.items, lk.platform)), [days, lk.platform]);
  const lane = target?.kind === 'lane' ? target : null;
  return (
    <table className="week-cols">
      <caption className="sr-only">{caption}</caption>
      <colgroup>
        <col className="week-cols-label" />
        {days.map((d) => (
          <col key={d.date} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <td className="week-cols-corner">{t('views.content.calendar.lanes')}</td>
          {days.map((d) => (
            <DayHead key={d.date} day={d} view={view} weekday={fmt.weekday.format(Date.parse(`${d.date}T00:00:00Z`))} label={fmt.day.format(Date.parse(`${d.date}T00:00:00Z`))} />
          ))}
        </tr>
      </thead>
      <tbody>
        {lanes.map((p) => {
          const platform = p ? lk.platform.get(p) : undefined;
          return (
            <tr key={p ?? ''}>
              <th scope="row" className="week-cols-platform">
                <span className="week-cols-platform-in">
                  <span className="swatch platform-swatch" style={platformSwatch(platform?.color)} aria-hidden="true" />
                  <span className="week-lane-name">{platform?.name ?? t('views.content.noPlatform')}</span>
                </span>
              </th>
              {days.map((d, i) => (
                <Cell
                  key={d.date}
                  date={d.date}
                  platformId={p}
                  items={cells[i]!.get(p ?? '')}
                  view={view}
                  isTarget={lane !== null && lane.date === d.date && lane.platformId === p}
                  today={d.today}
                />
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const DayHead = memo(function DayHead({ day, view, weekday, label }: { day: CalDay; view: CalView; weekday: string; label: string }) {
  const { t } = useTranslation();
  const { lk } = view;
  const outside = lk.outsidePlan(day.date);
  return (
    <th scope="col" className={['week-cols-day', day.today ? 'is-today' : '', outside ? 'is-outside' : ''].filter(Boolean).join(' ')} data-date={day.date}>
      <span className="sr-only">{lk.longDay(day.date)}</span>
      <span className="week-cols-weekday" aria-hidden="true">
        {weekday}
      </span>
      <span className="week-cols-date" aria-hidden="true">
        {label}
        {day.today ? <span className="today-mark"> {t('views.content.calendar.todayMark')}</span> : null}
      </span>
      {outside ? <span className="sr-only">{t('views.content.calendar.outsidePlan')}</span> : null}
      {day.keyDates?.map((kd) => <KeyDateChip key={kd.id} kd={kd} lk={lk} showName />)}
      {day.meetings?.map((o) => <MeetingChip key={o.meeting.id} o={o} />)}
    </th>
  );
});

const Cell = memo(function Cell({ date, platformId, items, view, isTarget, today }: {
  date: string;
  platformId: string | null;
  items: ContentItem[] | undefined;
  view: CalView;
  isTarget: boolean;
  today: boolean;
}) {
  const { lk, onOpen, readOnly } = view;
  const outside = lk.outsidePlan(date);
  const { setNodeRef } = useDroppable({ id: `cell:${date}:${platformId ?? ''}`, data: { type: 'cell', date, platformId } });
  const classes = ['week-cell', today ? 'is-today' : '', outside ? 'is-outside' : '', isTarget ? (outside ? 'is-target is-refused' : 'is-target') : ''].filter(Boolean).join(' ');
  return (
    <td ref={setNodeRef} className={classes} data-date={date} data-platform={platformId ?? ''} data-cal-target={isTarget ? 'true' : undefined}>
      {items?.length ? (
        <ul className="month-items">
          {items.map((c) => (
            <li key={c.id}>
              <DraggableCard item={c} lk={lk} variant="month" onOpen={onOpen} disabled={readOnly} />
            </li>
          ))}
        </ul>
      ) : null}
    </td>
  );
});
