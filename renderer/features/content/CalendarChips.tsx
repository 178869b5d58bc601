import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Occurrence } from '../../../shared/logic/meetings.ts';
import type { KeyDate, Row } from '../../../shared/model/registry.ts';
import type { DayInfo } from './calendar-model.ts';
import type { Lookups } from './lookups.ts';

export type Meeting = Row<'meeting'>;
export type CalDay = DayInfo<KeyDate, Occurrence<Meeting>>;

/** What every day of the calendar needs besides its own rows; one object, so it does not break the days' memo. */
export interface CalView {
  lk: Lookups;
  onOpen: (id: string) => void;
  /** month: "+n more" opens that day's week */
  onMore: (date: string) => void;
  readOnly: boolean;
}


export const platformSwatch = (color: string | undefined) => ({ '--platform': color ?? 'transparent' }) as CSSProperties;

export function KeyDateChip({ kd, lk, showName }: { kd: KeyDate; lk: Lookups; showName: boolean }) {
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

export function MeetingChip({ o, compact }: { o: Occurrence<Meeting>; compact?: boolean }) {
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

