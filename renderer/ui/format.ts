/**
 * Dates, numbers and money in the user's language, the one set every view formats with. Plan dates are
 * calendar days (no time zone shift).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fromMinor, isWholeUnits } from '../../shared/logic/budget-money.ts';

export interface Formatters {
  date(iso: string | null | undefined): string;
  /** two days as one short range ("Jan 1 – Mar 31, 2026") */
  dateRange(start: string, end: string): string;
  number(value: number, maxDigits?: number): string;
  percent(value: number): string;
  /** an amount in units of the currency (a KPI figure, a rate) */
  money(amount: number, currency: string): string;
  /** money as the plan stores it, in minor units (cents, fen); `cents` forces or drops the two decimals */
  minor(amount: number, currency: string, cents?: boolean): string;
  /** minor units as plain text for an input box, in units ("12,500.5" → typed back as is) */
  minorNumber(amount: number): string;
}

export function formatters(lang: string, none = '—'): Formatters {
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  const numbers = new Map<number, Intl.NumberFormat>();
  const num = (digits: number) => {
    let f = numbers.get(digits);
    if (!f) numbers.set(digits, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: digits })));
    return f;
  };
  const currencies = new Map<string, Intl.NumberFormat | null>();
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
      // whole units unless the amount has cents, and then always two places (¥12.50, not ¥12.5 or ¥13)
      return currencyFormat(amount, currency, Number.isInteger(Math.round(amount * 100) / 100) ? 0 : 2);
    },
    minor(amount, currency, cents) {
      return currencyFormat(fromMinor(Math.round(amount)), currency, (cents ?? !isWholeUnits(amount)) ? 2 : 0);
    },
    minorNumber: (amount) => num(2).format(fromMinor(Math.round(amount))),
  };

  function currencyFormat(amount: number, currency: string, digits: number): string {
    const key = `${currency}:${digits}`;
    let f = currencies.get(key);
    if (f === undefined) {
      try {
        f = new Intl.NumberFormat(lang, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
      } catch {
        f = null;
      }
      currencies.set(key, f);
    }
    return f ? f.format(amount) : `${num(digits).format(amount)} ${currency}`;
  }
}

export function useFormat(): Formatters {
  const { t, i18n } = useTranslation();
  const none = t('table.none');
  return useMemo(() => formatters(i18n.language, none), [i18n.language, none]);
}
