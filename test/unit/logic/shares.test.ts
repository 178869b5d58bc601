import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainder, rebalance, type Share } from '../../../shared/logic/shares.ts';
import { shareEdit } from '../../fixtures/share-arbitraries.ts';

const s = (id: string, share: number, locked = false): Share => ({ id, share, locked });
const sum = (list: readonly { share: number }[]) => list.reduce((a, b) => a + b.share, 0);
const byId = (list: readonly Share[]) => Object.fromEntries(list.map((x) => [x.id, x.share]));
const seed = [s('ads', 40), s('content', 30), s('technology', 15), s('people', 15)];

describe('rebalance', () => {
  it('spreads the difference over the others in proportion to their size', () => {
    const out = byId(rebalance(seed, 'ads', 50));
    expect(out.ads).toBe(50);
    expect(out.content).toBeCloseTo(25, 9);
    expect(out.technology).toBeCloseTo(12.5, 9);
    expect(out.people).toBeCloseTo(12.5, 9);
  });

  it('keeps locked shares where they are', () => {
    const out = byId(rebalance([s('ads', 40), s('content', 30, true), s('technology', 15), s('people', 15)], 'ads', 20));
    expect(out.content).toBe(30);
    expect(out.ads).toBe(20);
    expect(out.technology).toBeCloseTo(25, 9);
    expect(out.people).toBeCloseTo(25, 9);
  });

  it('clamps to what the locked others leave and never goes below zero', () => {
    const list = [s('ads', 40), s('content', 30, true), s('technology', 30)];
    expect(byId(rebalance(list, 'ads', 95))).toEqual({ ads: 70, content: 30, technology: 0 });
    expect(byId(rebalance(list, 'ads', -5))).toEqual({ ads: 0, content: 30, technology: 70 });
  });

  it('splits equally among others that are all at zero', () => {
    const out = byId(rebalance([s('a', 100), s('b', 0), s('c', 0), s('d', 0)], 'a', 40));
    expect(out).toEqual({ a: 40, b: 20, c: 20, d: 20 });
  });

  it('cannot move a slider when nothing unlocked can absorb the change', () => {
    const list = [s('a', 60), s('b', 25, true), s('c', 15, true)];
    expect(byId(rebalance(list, 'a', 80))).toEqual({ a: 60, b: 25, c: 15 });
  });

  it('leaves a locked slider where it is', () => {
    const list = [s('a', 60, true), s('b', 40)];
    expect(rebalance(list, 'a', 10)).toEqual(list);
  });

  it('keeps the other fields of each row', () => {
    const rows = [{ id: 'x', share: 50, locked: false, name: 'Ads' }, { id: 'y', share: 50, locked: false, name: 'People' }];
    expect(rebalance(rows, 'x', 30)).toEqual([{ id: 'x', share: 30, locked: false, name: 'Ads' }, { id: 'y', share: 70, locked: false, name: 'People' }]);
  });

  it('holds its promises on 1,000 random cases', () => {
    fc.assert(fc.property(shareEdit(8, { min: -20, max: 120 }), ({ list, target: changed, wanted }) => {
      const out = rebalance(list, changed.id, wanted);

      expect(Math.abs(sum(out) - 100)).toBeLessThan(1e-9);
      expect(out.every((x) => x.share >= 0)).toBe(true);
      for (const [i, before] of list.entries()) {
        if (before.locked) expect(out[i]!.share).toBe(before.share);
        expect(out[i]!.id).toBe(before.id);
      }
      const room = 100 - sum(list.filter((x) => x.locked && x.id !== changed.id));
      const freeOthers = list.filter((x) => !x.locked && x.id !== changed.id).length;
      if (!changed.locked && freeOthers > 0) {
        expect(out.find((x) => x.id === changed.id)!.share).toBeCloseTo(Math.min(room, Math.max(0, wanted)), 9);
      }
    }), { numRuns: 1000 });
  });
});

describe('largestRemainder', () => {
  it('rounds thirds to whole numbers that add up to 100', () => {
    expect(largestRemainder([1, 1, 1])).toEqual([34, 33, 33]);
  });

  it('gives the leftover units to the largest remainders', () => {
    expect(largestRemainder([33.4, 33.4, 33.2])).toEqual([34, 33, 33]);
    expect(largestRemainder([10.6, 20.6, 68.8])).toEqual([11, 20, 69]);
  });

  it('rounds to the given decimals and still adds up', () => {
    const out = largestRemainder([1, 1, 1], 100, 1);
    expect(out).toEqual([33.4, 33.3, 33.3]);
    expect(Math.round(out.reduce((a, b) => a + b, 0) * 10)).toBe(1000);
  });

  it('scales proportions to any total and splits all-zero input equally', () => {
    expect(largestRemainder([2, 1, 1], 10)).toEqual([5, 3, 2]);
    expect(largestRemainder([0, 0, 0, 0], 10)).toEqual([3, 3, 2, 2]);
    expect(largestRemainder([])).toEqual([]);
  });
});
