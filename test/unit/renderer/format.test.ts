import { describe, expect, it } from 'vitest';
import { formatters } from '../../../renderer/ui/format.ts';
import { money } from '../../../renderer/features/budget/money.ts';

describe('one money formatter', () => {
  const en = formatters('en');
  it('shows whole units, and cents only where the amount has them', () => {
    expect(en.money(2_000_000, 'CNY')).toBe('CN¥2,000,000');
    expect(en.money(12.5, 'CNY')).toBe('CN¥12.50');
    expect(formatters('zh-CN').money(1234.56, 'CNY')).toBe('¥1,234.56');
  });
  it('names a currency Intl does not know after the number', () => {
    expect(en.money(12.5, 'not a code')).toBe('12.5 not a code');
  });
  it('is the one the Budget view uses', () => {
    // the plan stores minor units: the Budget view formats them as the others format units
    for (const amount of [0, 12.5, 99.99, 2_000_000, 1234.5]) {
      expect(money('en', 'CNY').format(Math.round(amount * 100))).toBe(en.money(amount, 'CNY'));
      expect(money('zh-CN', 'USD').format(Math.round(amount * 100))).toBe(formatters('zh-CN').money(amount, 'USD'));
      expect(en.minor(Math.round(amount * 100), 'CNY')).toBe(en.money(amount, 'CNY'));
    }
    expect(en.minor(3333, 'CNY', true)).toBe('CN¥33.33');
    expect(en.minor(3300, 'CNY', true)).toBe('CN¥33.00');
    expect(formatters('zh-CN').minorNumber(150_000_050)).toBe('1,500,000.5');
    expect(money('en', 'CNY').ratio(0.496)).toBe(en.percent(49.6));
  });
});
