import { describe, expect, it } from 'vitest';
import { between, hasRoom, orderAt, renumber, SORT_STEP } from '../../../shared/logic/rank.ts';

describe('between', () => {
  it('is the midpoint of two neighbours, in either order', () => {
    expect(between(1024, 2048)).toBe(1536);
    expect(between(2048, 1024)).toBe(1536);
    expect(between(-3, 4)).toBe(0.5);
  });

  it('steps past an open end', () => {
    expect(between(null, 1024)).toBe(1024 - SORT_STEP);
    expect(between(2048, null)).toBe(2048 + SORT_STEP);
    expect(between(null, null)).toBe(SORT_STEP);
  });

  it('keeps finding room for dozens of drops into the same gap, then says when it is out', () => {
    let hi = 2048;
    let drops = 0;
    while (hasRoom(1024, hi)) {
      const mid = between(1024, hi);
      expect(mid).toBeGreaterThan(1024);
      expect(mid).toBeLessThan(hi);
      hi = mid;
      drops++;
    }
    expect(drops).toBeGreaterThan(40);
  });
});

describe('orderAt and renumber', () => {
  const others = [1024, 2048, 3072];

  it('places a dropped row between its new neighbours', () => {
    expect(orderAt(others, 0)).toBe(0);
    expect(orderAt(others, 1)).toBe(1536);
    expect(orderAt(others, 3)).toBe(4096);
    expect(orderAt([], 0)).toBe(SORT_STEP);
    expect(orderAt(others, 99)).toBe(4096);
  });

  it('respaces a list evenly', () => {
    expect(renumber(3)).toEqual([1024, 2048, 3072]);
  });
});
