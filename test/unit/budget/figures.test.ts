/**
 * The same figure in every view: the Overview's budget tile, the Budget view's planned against actual
 * and the Team's tools summary all come from the budget's one rule for planned amounts.
 */
import { describe, expect, it } from 'vitest';
import { plannedVsActual, toolBudget, type SpendLike } from '../../../shared/logic/budget-actual.ts';
import { budgetUse } from '../../../shared/logic/overview.ts';

const cat = (id: string, key: 'ads' | 'content' | 'technology' | 'people' | 'other', share: number) => ({ id, key, name: '', share, locked: false });
const spend = (category_id: string, amount: number): SpendLike => ({ date: '2026-03-01', amount, category_id, platform_id: null });

describe('planned amounts when the shares do not add up to 100', () => {
  // a merge left ads at 40 and content at 50: 10 % of the budget is not planned for anything
  const categories = [cat('ads', 'ads', 40), cat('content', 'content', 50)];
  const ledger = [spend('ads', 20_000)];
  it('the Overview plans what the Budget view plans: 40 % of 100,000 is 40,000', () => {
    const budget = plannedVsActual({ total: 100_000, categories, splits: [], spend: ledger });
    const tile = budgetUse({ total_budget: 100_000 }, categories, ledger);
    expect(budget.categories.map((c) => c.planned)).toEqual([40_000, 50_000]);
    expect(tile.categories.map((c) => c.planned)).toEqual([40_000, 50_000]);
    expect(tile.categories[0]!.percent).toBeCloseTo(budget.categories[0]!.used! * 100, 10);
  });
});

describe('the technology line', () => {
  const categories = [cat('ads', 'ads', 40), cat('content', 'content', 30), cat('tech', 'technology', 15), cat('people', 'people', 15)];
  // two tools are paid (booked in the ledger), a third is chosen but not paid yet
  const tools = [{ cost: 180_000 }, { cost: 192_000 }, { cost: 498_000 }];
  const ledger = [spend('tech', 180_000), spend('tech', 192_000), spend('ads', 1_000_000)];
  const total = 5_000_000;
  it('is used as far as the ledger says, in the Team view as in the Budget view and the Overview', () => {
    const budget = plannedVsActual({ total, categories, splits: [], spend: ledger }).categories.find((c) => c.categoryId === 'tech')!;
    const tile = budgetUse({ total_budget: total }, categories, ledger).categories.find((c) => c.id === 'tech')!;
    const team = toolBudget({ tools, categories, spend: ledger, total });
    expect(budget.used).toBeCloseTo(0.496, 10);
    expect(tile.percent).toBeCloseTo(49.6, 10);
    expect(team.line?.used).toBe(budget.used);
    expect(team.line?.planned).toBe(750_000);
  });
  it('says how far the tools’ cost for the campaign goes past the line, as a cost, not as use', () => {
    const team = toolBudget({ tools, categories, spend: ledger, total });
    expect(team.cost).toBe(870_000);
    expect(team.overBy).toBe(120_000);
    expect(toolBudget({ tools: tools.slice(0, 2), categories, spend: ledger, total }).overBy).toBe(0);
  });
  it('is missing when the plan has no technology category', () => {
    expect(toolBudget({ tools, categories: categories.filter((c) => c.key !== 'technology'), spend: ledger, total }).line).toBeNull();
  });
});
