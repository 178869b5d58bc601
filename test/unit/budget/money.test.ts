import { describe, expect, it } from 'vitest';
import { allocateMinor, fromMinor, isWholeUnits, parseMoneyInput, toMinor, upgradeMoneyValue } from '../../../shared/logic/budget-money.ts';

describe('money in minor units', () => {
  it('converts units to cents, half away from zero, as the figure reads', () => {
    expect(toMinor(1.005)).toBe(101);
    expect(toMinor(2000.005)).toBe(200001);
    expect(toMinor(99.994)).toBe(9999);
    expect(toMinor(0.1 + 0.2)).toBe(30);
    expect(toMinor(-1.005)).toBe(-101);
    expect(toMinor(5_000_000)).toBe(500_000_000);
    expect(toMinor(1e21)).toBe(1e23);
    expect(fromMinor(12_345)).toBe(123.45);
    expect(isWholeUnits(500_000)).toBe(true);
    expect(isWholeUnits(500_050)).toBe(false);
  });

  it('reads what people type: grouping, currency marks, 万 and 亿, k and M', () => {
    const ok = (text: string) => {
      const r = parseMoneyInput(text);
      return r.ok ? r.value : r.code;
    };
    expect(ok('1,500')).toBe(150_000);
    expect(ok('1500.5')).toBe(150_050);
    expect(ok('¥2,000')).toBe(200_000);
    expect(ok('1.5万')).toBe(1_500_000);
    expect(ok('15万')).toBe(15_000_000);
    expect(ok('15 万元')).toBe(15_000_000);
    expect(ok('1.15万')).toBe(1_150_000);
    expect(ok('2亿')).toBe(20_000_000_000);
    expect(ok('15k')).toBe(1_500_000);
    expect(ok('1.2M')).toBe(120_000_000);
    expect(ok('0.125')).toBe(13);
    expect(ok('12,5')).toBe(1250);
    expect(ok('')).toBe('empty');
    expect(ok('abc')).toBe('not_a_number');
    expect(ok('万')).toBe('not_a_number');
    expect(ok('-5')).toBe('negative');
    expect(ok('99999999999999万')).toBe('too_large');
  });

  it('allocates whole cents that add up exactly, equal weights one cent apart at most', () => {
    expect(allocateMinor(10_000, [1, 1, 1])).toEqual([3334, 3333, 3333]);
    expect(allocateMinor(10_001, [1, 1, 1])).toEqual([3334, 3334, 3333]);
    expect(allocateMinor(100, [0, 0])).toEqual([50, 50]);
    expect(allocateMinor(7, [])).toEqual([]);
    for (let n = 0; n < 500; n++) {
      const weights = Array.from({ length: 1 + (n % 7) }, (_, i) => ((n * 31 + i * 17) % 13) + (n % 3 === 0 ? 0.333 : 0));
      const total = (n * 7919) % 1_000_003;
      const parts = allocateMinor(total, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(parts.every((p) => Number.isInteger(p) && p >= 0)).toBe(true);
    }
  });

  it('upgrades only money fields of an older file', () => {
    expect(upgradeMoneyValue('spend_entry', 'amount', 12.5)).toBe(1250);
    expect(upgradeMoneyValue('settings', 'total_budget', 5_000_000)).toBe(500_000_000);
    expect(upgradeMoneyValue('budget_category', 'share', 12.5)).toBe(12.5);
    expect(upgradeMoneyValue('spend_entry', 'note', 'x')).toBe('x');
    expect(upgradeMoneyValue('tool', 'cost', null)).toBe(null);
  });
});
