import { describe, expect, it } from 'vitest';
import { quarterName } from '../../../shared/logic/calendar-quarter.ts';

describe('quarter names', () => {
  it('reads 一季度…四季度 in Chinese and Q1–Q4 in English, with the year when asked', () => {
    expect([1, 2, 3, 4].map((n) => quarterName(n, 'zh-CN'))).toEqual(['一季度', '二季度', '三季度', '四季度']);
    expect(quarterName(3, 'zh-CN', 2026)).toBe('2026年三季度');
    expect([1, 4].map((n) => quarterName(n, 'en'))).toEqual(['Q1', 'Q4']);
    expect(quarterName(2, 'en', 2026)).toBe('Q2 2026');
  });
});
