import { useDroppable } from '@dnd-kit/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { KeyDateChip, MeetingChip, type CalDay, type CalView } from './CalendarChips.tsx';
import { DraggableCard } from './Card.tsx';

/** Cards a month day shows before "+n more". */
const MONTH_MAX = 3;

export const MonthGrid = memo(function MonthGrid({ weeks, month, caption, view, target }: {
  /** the days on screen, one row per week */
  weeks: CalDay[][];
  /** 'YYYY-MM': the other months' days are greyed */
  month: string;
  caption: string;
  view: CalView;
  /** the day a drag would drop on */
  target: string | null;
}) {
  const { i18n } = useTranslation();
  const weekday = useMemo(() => new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' }), [i18n.language]);
  return (
    <table className="month-grid">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {weeks[0]!.map((d) => (
            <th key={d.date} scope="col">
              {weekday.format(Date.parse(`${d.date}T00:00:00Z`))}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]!.date}>
            {week.map((d, i) => (
              <MonthDay key={d.date} day={d} inMonth={d.date.startsWith(month)} weekStart={i === 0} view={view} isTarget={target === d.date} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
});

/**
 * A day cell: it holds the drop target, so it redraws whenever the drag context changes (every
 * pick-up, every new target); what it shows is in MonthDayBody, which redraws only when the day does.
 */
const MonthDay = memo(function MonthDay({ day, inMonth, weekStart, view, isTarget }: { day: CalDay; inMonth: boolean; weekStart: boolean; view: CalView; isTarget: boolean }) {
  const { date, today } = day;
  const outside = view.lk.outsidePlan(date);
  const id = `day:${date}`;
  const { setNodeRef } = useDroppable({ id, data: { type: 'day', date } });
  const classes = ['month-day', inMonth ? '' : 'is-other-month', outside ? 'is-outside' : '', today ? 'is-today' : '', isTarget ? (outside ? 'is-target is-refused' : 'is-target') : '']
    .filter(Boolean)
    .join(' ');
  return (
    <td ref={setNodeRef} className={classes} data-date={date} data-drop-id={id} data-cal-target={isTarget ? 'true' : undefined}>
      <MonthDayBody day={day} weekStart={weekStart} view={view} outside={outside} />
    </td>
  );
});

const MonthDayBody = memo(function MonthDayBody({ day, weekStart, view, outside }: { day: CalDay; weekStart: boolean; view: CalView; outside: boolean }) {
  const { t } = useTranslation();
  const { date, today } = day;
  const { lk, onOpen, onMore, readOnly } = view;
  const list = day.items ?? [];
  const shown = list.slice(0, MONTH_MAX);
  const more = list.length - shown.length;
  return (
    <>
      <div className="month-day-head">
        <span className="month-day-num" aria-label={t('views.content.calendar.dayItems', { date: lk.longDay(date), count: list.length })}>
          {Number(date.slice(8, 10))}
        </span>
        {today ? <span className="today-mark">{t('views.content.calendar.todayMark')}</span> : null}
        {outside ? <span className="sr-only">{t('views.content.calendar.outsidePlan')}</span> : null}
      </div>
      {day.keyDates?.map((kd) => <KeyDateChip key={kd.id} kd={kd} lk={lk} showName={kd.start === date || weekStart} />)}
      {day.meetings?.map((o) => <MeetingChip key={o.meeting.id} o={o} />)}
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
    </>
  );
});
