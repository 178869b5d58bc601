/** What cards and lanes need to show an item: names of its platform, segment, owner and column, and the plan's settings. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatUtcOffset, isValidZone, zoneDisplayName, zoneOffsetMinutes } from '../../../shared/logic/calendar-zone.ts';
import { inPeak, inRange } from '../../../shared/logic/calendar.ts';
import type { ContentItem, ContentStatus, Person, Platform, Segment } from '../../../shared/model/registry.ts';
import { useRows, useSettings } from '../../app/store/selectors.ts';

export interface Lookups {
  platforms: Platform[];
  segments: Segment[];
  people: Person[];
  statuses: ContentStatus[];
  platform: Map<string, Platform>;
  segment: Map<string, Segment>;
  person: Map<string, Person>;
  status: Map<string, ContentStatus>;
  statusName(s: ContentStatus | undefined): string;
  formatName(format: ContentItem['format']): string;
  /** short day ("5 Dec"), day with year ("5 Dec 2026") and long day ("Saturday, 5 December 2026") */
  day(date: string): string;
  date(date: string): string;
  longDay(date: string): string;
  /** short weekday and day ('Thu, Dec 10', '12月10日周四') */
  weekDay(date: string): string;
  planStart: string;
  planEnd: string;
  peakStart: string;
  peakEnd: string;
  zone: string;
  /** the zone in words for people: 'China Standard Time (Asia/Shanghai)' */
  zoneName: string;
  /** 'UTC+08:00' now, for the plan's zone */
  offset: string;
  currency: string;
  /** what a screen reader calls a card ("movable content item") */
  roleDescription: string;
  outsidePeak(item: Pick<ContentItem, 'publish_time'>): boolean;
  outsidePlan(date: string): boolean;
}

export function useLookups(): Lookups {
  const { t, i18n } = useTranslation();
  const platforms = useRows('platform');
  const segments = useRows('segment');
  const people = useRows('person');
  const statuses = useRows('content_status');
  const settings = useSettings();
  const lang = i18n.language;
  return useMemo(() => {
    const shortDay = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const withYear = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    const weekDay = new Intl.DateTimeFormat(lang, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
    const longDay = new Intl.DateTimeFormat(lang, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    const at = (d: string) => Date.parse(`${d}T00:00:00Z`);
    const zone = settings?.time_zone || 'Asia/Shanghai';
    const peakStart = settings?.peak_start ?? '20:00';
    const peakEnd = settings?.peak_end ?? '22:00';
    const planStart = settings?.start_date ?? '0000-01-01';
    const planEnd = settings?.end_date ?? '9999-12-31';
    return {
      platforms,
      segments,
      people,
      statuses,
      platform: new Map(platforms.map((p) => [p.id, p])),
      segment: new Map(segments.map((s) => [s.id, s])),
      person: new Map(people.map((p) => [p.id, p])),
      status: new Map(statuses.map((s) => [s.id, s])),
      statusName: (s) => (s ? s.name || t(`enum.status_key.${s.key}`) : t('views.content.notSet')),
      formatName: (f) => t(`enum.content_format.${f}`),
      day: (d) => shortDay.format(at(d)),
      date: (d) => withYear.format(at(d)),
      longDay: (d) => longDay.format(at(d)),
      weekDay: (d) => weekDay.format(at(d)),
      planStart,
      planEnd,
      peakStart,
      peakEnd,
      zone,
      zoneName: zoneDisplayName(zone, lang, Date.now()),
      offset: isValidZone(zone) ? formatUtcOffset(zoneOffsetMinutes(zone, Date.now())) : '?',
      currency: settings?.currency ?? 'CNY',
      roleDescription: t('views.content.card.roleDescription'),
      outsidePeak: (item) => item.publish_time !== null && !inPeak(item.publish_time, peakStart, peakEnd),
      outsidePlan: (d) => !inRange(d, planStart, planEnd),
    };
  }, [platforms, segments, people, statuses, settings, lang, t]);
}
