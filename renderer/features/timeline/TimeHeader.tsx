/**
 * The board's sticky header: the key-date band and the two rows of the time scale. Drawn for the whole
 * canvas and memoised: it changes with the zoom and the key dates, never while a bar moves or the
 * board scrolls.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/logic/dates.ts';
import type { KeyDate } from '../../../shared/model/registry.ts';
import { xOf, type Canvas, type KeyDateLanes, type timeScale } from './model.ts';
import type { BoardFormat } from './board-types.ts';

export const UPPER_H = 24;
export const LOWER_H = 24;
export const LANE_H = 18;

export const TimeHeader = memo(function TimeHeader({ canvas, scale, keyDates, lanes, laneCount, bandH, today, format }: {
  canvas: Canvas;
  scale: ReturnType<typeof timeScale>;
  keyDates: KeyDate[];
  lanes: KeyDateLanes;
  laneCount: number;
  /** the key-date band's height: 0 when it is folded */
  bandH: number;
  today: number;
  format: BoardFormat;
}) {
  const { t } = useTranslation();
  const weekend = (day: number) => {
    const wd = new Date(day * 86_400_000).getUTCDay();
    return wd === 0 || wd === 6;
  };
  const todayX = xOf(canvas, today);
  const showToday = today >= canvas.origin && today < canvas.origin + canvas.days;
  return (
    <div className="tl-scale" style={{ width: canvas.width, ['--tl-band' as string]: `${bandH}px` }}>
      <div className="tl-scale-upper" aria-hidden="true">
        {scale.upper.map((c) => (
          <div key={c.start} className="tl-cell" style={{ left: xOf(canvas, c.start), width: (c.end - c.start) * canvas.ppd }} title={c.title}>
            <span>
              {c.week ? <span className="tl-wk">{c.week}</span> : null}
              {c.label}
            </span>
          </div>
        ))}
      </div>
      <div className="tl-scale-lower" aria-hidden="true">
        {scale.lower.map((c) => (
          <div
            key={c.start}
            className={scale.zoom === 'day' && weekend(c.start) ? 'tl-cell tl-weekend' : 'tl-cell'}
            style={{ left: xOf(canvas, c.start), width: (c.end - c.start) * canvas.ppd }}
            title={c.title}
          >
            {c.week ? <span className="tl-wk">{c.week}</span> : null}
            <span>{c.label}</span>
          </div>
        ))}
      </div>
      <ul className="tl-keydates" aria-label={t('views.timeline.keyDates')} hidden={!bandH} style={{ height: bandH }}>
        {keyDates.map((k) => {
          const s = toDay(k.start);
          const e = toDay(k.end);
          if (e < canvas.origin || s >= canvas.origin + canvas.days) return null;
          const lane = Math.min(laneCount - 1, lanes.lane.get(k.id) ?? 0);
          const tick = lanes.tick.has(k.id);
          const when = format.range(s, e);
          const width = Math.max(3, (e - s + 1) * canvas.ppd);
          return (
            <li
              key={k.id}
              className={`tl-kd tl-kd-${k.kind}${tick ? ' tl-kd-tick' : ''}`}
              style={{ left: xOf(canvas, s), minWidth: width, width: tick ? width : undefined, top: lane * LANE_H + 3 }}
              title={`${k.name} · ${when}${k.note ? ` · ${k.note}` : ''}`}
            >
              {tick ? <span className="sr-only">{k.name}</span> : k.name}
              <span className="sr-only">
                {' '}
                ({t(`enum.key_date_kind.${k.kind}`)}, {when})
              </span>
            </li>
          );
        })}
      </ul>
      {showToday ? (
        <div className="tl-today-mark" style={{ left: todayX }} aria-hidden="true">
          {t('views.timeline.today')}
        </div>
      ) : null}
    </div>
  );
});
