/**
 * The week day by day, each day a band of platform lanes on a time axis: a card sits at its publishing
 * time, and a sideways drag changes the time. (WeekColumns.tsx puts the days side by side instead.)
 */
import { useDroppable } from '@dnd-kit/core';
import { memo, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { fromMinutes, MINUTES_PER_DAY, packRows, toMinutes } from '../../../shared/logic/calendar.ts';
import type { ContentItem } from '../../../shared/model/registry.ts';
import type { CalTarget } from './calendar-drop.ts';
import { byLane, peakBands } from './calendar-model.ts';
import { KeyDateChip, MeetingChip, platformSwatch, type CalDay, type CalView } from './CalendarChips.tsx';
import { DraggableCard } from './Card.tsx';

/** The lane label column, the "no time" slot, and one row of cards. */
const LABEL_W = 128;
export const NOTIME_W = 60;
const LANE_ROW = 25;

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
  peaks: [number, number][];
}

export function WeekHours({ days, lanes, view, targetOf, axisStart }: {
  days: CalDay[];
  lanes: (string | null)[];
  view: CalView;
  targetOf: (date: string) => CalTarget | null;
  axisStart: number;
}) {
  const { t } = useTranslation();
  const { lk } = view;
  const [ref, width] = useWidth<HTMLDivElement>();
  const axisW = Math.max(420, (width || 900) - 2 - LABEL_W - NOTIME_W);
  // one object while the size and the axis stay, so the days (memo) do not redraw on every move of a drag
  const geo = useMemo<WeekGeometry>(() => {
    const ppm = axisW / (MINUTES_PER_DAY - axisStart);
    return {
      ppm,
      axisW,
      axisStart,
      cardW: Math.round(Math.max(120, Math.min(190, axisW * 0.22))),
      x: (minutes) => NOTIME_W + (minutes - axisStart) * ppm,
      peaks: peakBands(lk.peakStart, lk.peakEnd, axisStart),
    };
  }, [axisW, axisStart, lk.peakStart, lk.peakEnd]);
  const everyHour = geo.ppm * 60 >= 44;
  const hours: number[] = [];
  for (let h = Math.ceil(axisStart / 60); h < 24; h += everyHour ? 1 : h % 2 === 0 ? 2 : 1) hours.push(h);
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
          {geo.peaks.map(([a, b]) => (
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
        <WeekDay key={d.date} day={d} lanes={lanes} view={view} geo={geo} target={targetOf(d.date)} />
      ))}
    </div>
  );
}

const Peaks = ({ geo }: { geo: WeekGeometry }) =>
  geo.peaks.map(([a, b]) => <span key={a} className="peak-band" style={{ left: geo.x(a), width: (b - a) * geo.ppm }} aria-hidden="true" />);

const WeekDay = memo(function WeekDay({ day, lanes, view, geo, target }: { day: CalDay; lanes: (string | null)[]; view: CalView; geo: WeekGeometry; target: CalTarget | null }) {
  const { t } = useTranslation();
  const { lk } = view;
  const { date, today, meetings } = day;
  const headingId = useId();
  const outside = lk.outsidePlan(date);
  const lanesOf = byLane(day.items, lk.platform);
  return (
    <section className={['week-day', outside ? 'is-outside' : '', today ? 'is-today' : ''].filter(Boolean).join(' ')} aria-labelledby={headingId} data-date={date}>
      <header className="week-day-head">
        <h3 id={headingId}>{lk.longDay(date)}</h3>
        {today ? <span className="today-mark">{t('views.content.calendar.todayMark')}</span> : null}
        {outside ? <span className="warn-badge">{t('views.content.calendar.outsidePlan')}</span> : null}
        {day.keyDates?.map((kd) => <KeyDateChip key={kd.id} kd={kd} lk={lk} showName />)}
      </header>
      {meetings?.length ? (
        <div className="week-lane week-meetings">
          <div className="week-lane-label">{t('views.content.calendar.meetings')}</div>
          <div className="week-track">
            <Peaks geo={geo} />
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
          items={lanesOf.get(p ?? '') ?? []}
          view={view}
          geo={geo}
          outside={outside}
          target={target && target.kind === 'lane' && target.platformId === p ? target : null}
        />
      ))}
    </section>
  );
});

function Lane({ date, platformId, items, view, geo, outside, target }: {
  date: string;
  platformId: string | null;
  items: ContentItem[];
  view: CalView;
  geo: WeekGeometry;
  outside: boolean;
  target: (CalTarget & { kind: 'lane' }) | null;
}) {
  const { t } = useTranslation();
  const { lk, onOpen, readOnly } = view;
  const { setNodeRef } = useDroppable({ id: `lane:${date}:${platformId ?? ''}`, data: { type: 'lane', date, platformId } });
  const platform = platformId ? lk.platform.get(platformId) : undefined;
  const name = platform?.name ?? t('views.content.noPlatform');
  const timed = items.filter((c) => c.publish_time !== null);
  const untimed = items.filter((c) => c.publish_time === null);
  // a card starts at its time; one that would run past midnight is pulled back to fit
  const lefts = timed.map((c) => Math.min(geo.x(toMinutes(c.publish_time!)), NOTIME_W + geo.axisW - geo.cardW - 2));
  const packed = packRows(lefts.map((x) => ({ start: x, end: x + geo.cardW + 2 })));
  const rows = Math.max(1, packed.count, untimed.length);
  return (
    <div className={['week-lane', target ? (outside ? 'is-target is-refused' : 'is-target') : ''].filter(Boolean).join(' ')} role="group" aria-label={`${lk.longDay(date)}, ${name}`}>
      <div className="week-lane-label" aria-hidden="true">
        <span className="swatch platform-swatch" style={platformSwatch(platform?.color)} />
        <span className="week-lane-name">{name}</span>
      </div>
      <div className="week-track" ref={setNodeRef} style={{ height: rows * LANE_ROW + 5 }} data-cal-target={target ? 'true' : undefined}>
        <span className="week-notime" aria-hidden="true" />
        <Peaks geo={geo} />
        {untimed.map((c, i) => (
          <DraggableCard key={c.id} item={c} lk={lk} variant="week" onOpen={onOpen} disabled={readOnly} style={{ left: 3, top: 3 + i * LANE_ROW, width: NOTIME_W - 6 }} />
        ))}
        {timed.map((c, i) => (
          <DraggableCard key={c.id} item={c} lk={lk} variant="week" onOpen={onOpen} disabled={readOnly} style={{ left: lefts[i], top: 3 + packed.rows[i]! * LANE_ROW, width: geo.cardW }} />
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
