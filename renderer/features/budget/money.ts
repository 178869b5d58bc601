import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Money {
  /** an amount with the currency ("¥2,000,000", "CN¥12.50") */
  format(amount: number): string;
  /** a plain number with grouping and up to two decimals ("2,000,000", "12.5") */
  number(value: number): string;
  /** a whole-number percentage from a ratio (0.25 → "25%") */
  ratio(value: number): string;
}

/** Money in the user's language: whole units unless the amount has cents. */
export function money(lang: string, currency: string): Money {
  const plain = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  let cur: Intl.NumberFormat | null = null;
  try {
    cur = new Intl.NumberFormat(lang, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 2 });
  } catch {
    cur = null;
  }
  return {
    format: (amount) => (cur ? cur.format(amount) : `${plain.format(amount)} ${currency}`),
    number: (value) => plain.format(value),
    ratio: (value) => pct.format(value),
  };
}

export function useMoney(currency: string): Money {
  const { i18n } = useTranslation();
  return useMemo(() => money(i18n.language, currency), [i18n.language, currency]);
}
