/** Dates, numbers and money in the user's language. Plan dates are calendar days (no time zone shift). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formatters {
  date(iso: string | null | undefined): string;
  /** two days as one short range ("Jan 1 – Mar 31, 2026") */
  dateRange(start: string, end: string): string;
  number(value: number, maxDigits?: number): string;
  percent(value: number): string;
  money(amount: number, currency: string): string;
}

export function formatters(lang: string, none = '—'): Formatters {
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  const numbers = new Map<number, Intl.NumberFormat>();
  const num = (digits: number) => {
    let f = numbers.get(digits);
    if (!f) numbers.set(digits, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: digits })));
    return f;
  };
  const date = (iso: string | null | undefined) => {
    if (!iso) return none;
    const ms = Date.parse(`${iso}T00:00:00Z`);
    return Number.isNaN(ms) ? iso : day.format(ms);
  };
  return {
    date,
    dateRange(start, end) {
      const a = Date.parse(`${start}T00:00:00Z`);
      const b = Date.parse(`${end}T00:00:00Z`);
      if (Number.isNaN(a) || Number.isNaN(b) || b < a) return `${date(start)} – ${date(end)}`;
      return day.formatRange(a, b);
    },
    number: (value, maxDigits = 2) => num(maxDigits).format(value),
    percent: (value) => `${num(1).format(value)}%`,
    money(amount, currency) {
      try {
        return new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
      } catch {
        return `${num(0).format(amount)} ${currency}`;
      }
    },
  };
}

export function useFormat(): Formatters {
  const { t, i18n } = useTranslation();
  const none = t('table.none');
  return useMemo(() => formatters(i18n.language, none), [i18n.language, none]);
}
