import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatters } from '../../ui/format.ts';

export interface Money {
  /** an amount the plan stores, in minor units, with the currency ("¥2,000,000", "CN¥12.50"); `cents` forces the decimals */
  format(minor: number, cents?: boolean): string;
  /** an amount in units of the currency (a KPI figure: revenue, cost per result) */
  units(amount: number): string;
  /** minor units as a plain number in units, for an input box ("2,000,000", "12.5") */
  amount(minor: number): string;
  /** a plain number with grouping and up to two decimals ("2,000,000", "12.5") */
  number(value: number): string;
  /** a percentage from a ratio (0.496 → "49.6%") */
  ratio(value: number): string;
}

/** The app's formatters (ui/format.ts) bound to the plan's currency, so the Budget view shows what the others do. */
export function money(lang: string, currency: string): Money {
  const f = formatters(lang);
  return {
    format: (minor, cents) => f.minor(minor, currency, cents),
    units: (amount) => f.money(amount, currency),
    amount: (minor) => f.minorNumber(minor),
    number: (value) => f.number(value),
    ratio: (value) => f.percent(value * 100),
  };
}

export function useMoney(currency: string): Money {
  const { i18n } = useTranslation();
  return useMemo(() => money(i18n.language, currency), [i18n.language, currency]);
}
