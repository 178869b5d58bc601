import type { Language } from '../model/enums.ts';
import type { KEY_DATE_KINDS } from '../model/enums.ts';
import { picker, rec, type Rec } from './records.ts';

export interface KeyDateSeed {
  id: string;
  start: string;
  end: string;
  kind: (typeof KEY_DATE_KINDS)[number];
  zh: string;
  en: string;
  noteZh?: string;
  noteEn?: string;
}

/**
 * China's 2026 public holidays and make-up workdays follow the State Council General Office notice
 * on the 2026 holiday arrangements (国务院办公厅关于2026年部分节假日安排的通知, published
 * 4 Nov 2025). Make-up workdays matter to planners: a weekend that is a workday is not a weekend
 * for audiences either. Shopping festivals and the FIFA World Cup follow. Events of one brand
 * (launches, its own conference) belong to that plan, not to this shared calendar.
 */
export const KEY_DATES_2026: readonly KeyDateSeed[] = [
  { id: 'kd-2026-new-year', start: '2026-01-01', end: '2026-01-03', kind: 'holiday', zh: '元旦假期', en: 'New Year holiday' },
  { id: 'kd-2026-workday-0104', start: '2026-01-04', end: '2026-01-04', kind: 'workday', zh: '元旦调休上班', en: 'Make-up workday (New Year)', noteZh: '周日上班', noteEn: 'Sunday worked' },
  { id: 'kd-2026-workday-0214', start: '2026-02-14', end: '2026-02-14', kind: 'workday', zh: '春节调休上班', en: 'Make-up workday (Spring Festival)', noteZh: '周六上班，也是情人节', noteEn: 'Saturday worked; also Valentine’s Day' },
  { id: 'kd-2026-spring-festival', start: '2026-02-15', end: '2026-02-23', kind: 'holiday', zh: '春节假期', en: 'Spring Festival holiday', noteZh: '腊月二十八至正月初七，共 9 天', noteEn: 'Nine days, from the 28th of the 12th lunar month to the 7th of the 1st' },
  { id: 'kd-2026-workday-0228', start: '2026-02-28', end: '2026-02-28', kind: 'workday', zh: '春节调休上班', en: 'Make-up workday (Spring Festival)', noteZh: '周六上班', noteEn: 'Saturday worked' },
  { id: 'kd-2026-qingming', start: '2026-04-04', end: '2026-04-06', kind: 'holiday', zh: '清明节假期', en: 'Qingming holiday' },
  { id: 'kd-2026-labour-day', start: '2026-05-01', end: '2026-05-05', kind: 'holiday', zh: '劳动节假期', en: 'Labour Day holiday' },
  { id: 'kd-2026-workday-0509', start: '2026-05-09', end: '2026-05-09', kind: 'workday', zh: '劳动节调休上班', en: 'Make-up workday (Labour Day)', noteZh: '周六上班', noteEn: 'Saturday worked' },
  { id: 'kd-2026-dragon-boat', start: '2026-06-19', end: '2026-06-21', kind: 'holiday', zh: '端午节假期', en: 'Dragon Boat Festival holiday' },
  { id: 'kd-2026-workday-0920', start: '2026-09-20', end: '2026-09-20', kind: 'workday', zh: '国庆节调休上班', en: 'Make-up workday (National Day)', noteZh: '周日上班', noteEn: 'Sunday worked' },
  { id: 'kd-2026-mid-autumn', start: '2026-09-25', end: '2026-09-27', kind: 'holiday', zh: '中秋节假期', en: 'Mid-Autumn Festival holiday' },
  { id: 'kd-2026-national-day', start: '2026-10-01', end: '2026-10-07', kind: 'holiday', zh: '国庆节假期', en: 'National Day holiday' },
  { id: 'kd-2026-workday-1010', start: '2026-10-10', end: '2026-10-10', kind: 'workday', zh: '国庆节调休上班', en: 'Make-up workday (National Day)', noteZh: '周六上班', noteEn: 'Saturday worked' },
  { id: 'kd-2026-520', start: '2026-05-20', end: '2026-05-20', kind: 'shopping', zh: '520 表白日', en: '520 (“I love you” day)', noteZh: '情侣礼赠与表白话题高峰', noteEn: 'Peak for gifting and romance topics' },
  { id: 'kd-2026-618', start: '2026-06-01', end: '2026-06-18', kind: 'shopping', zh: '618 年中大促', en: '618 mid-year shopping festival', noteZh: '6 月 18 日为成交高峰日', noteEn: 'Sales peak on 18 June' },
  { id: 'kd-2026-double-11', start: '2026-11-11', end: '2026-11-11', kind: 'shopping', zh: '双 11 购物节', en: 'Double 11 (Singles’ Day)' },
  { id: 'kd-2026-double-12', start: '2026-12-12', end: '2026-12-12', kind: 'shopping', zh: '双 12 购物节', en: 'Double 12' },
  { id: 'kd-2026-world-cup', start: '2026-06-11', end: '2026-07-19', kind: 'sports', zh: '2026 年国际足联世界杯', en: 'FIFA World Cup 2026', noteZh: '美国、加拿大、墨西哥联合举办；北京时间多为深夜或清晨开赛', noteEn: 'Hosted by the USA, Canada and Mexico; most kick-offs fall late at night or early morning in China' },
];

/** Key dates as plan rows, named in the plan's language (the 2026 calendar unless given others). */
export function keyDateRecords(lang: Language, dates: readonly KeyDateSeed[] = KEY_DATES_2026): Rec[] {
  const t = picker(lang);
  return dates.map((d) =>
    rec('key_date', d.id, { name: t(d.zh, d.en), start: d.start, end: d.end, kind: d.kind, note: t(d.noteZh ?? '', d.noteEn ?? '') }),
  );
}
