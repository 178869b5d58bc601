import { describe, expect, it } from 'vitest';
import { settings } from '../../../shared/model/plan.ts';
import { bandOf, flaggedRisks, flagsOf, inherentScore, isReviewDue, residualRaised, residualScore, score, type RiskBand, type RiskLike } from '../../../shared/logic/risk.ts';

const bands = settings.fields.risk_bands.default as RiskBand[];
const risk = (over: Partial<RiskLike> & { id: string }): RiskLike & { id: string } => ({
  status: 'open',
  review_on: null,
  trigger_seen: false,
  ...over,
});

describe('score and bands', () => {
  it('multiplies likelihood by impact', () => {
    expect(score(4, 5)).toBe(20);
    expect(inherentScore({ likelihood: 3, impact: 2 })).toBe(6);
    expect(residualScore({ residual_likelihood: 1, residual_impact: 2 })).toBe(2);
  });

  it('puts a score in the band that starts at or below it, up to the next band', () => {
    const key = (n: number) => bandOf(n, bands)?.key;
    expect([1, 4, 5, 9, 10, 16, 17, 25].map(key)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high', 'extreme', 'extreme']);
  });

  it('does not need the bands in order and has no band below the lowest', () => {
    const shuffled = [bands[2]!, bands[0]!, bands[3]!, bands[1]!];
    expect(bandOf(12, shuffled)?.key).toBe('high');
    expect(bandOf(2, [{ key: 'only', min_score: 3, color: '#000' }])).toBeNull();
  });
});

describe('review and flags', () => {
  const today = '2026-05-10';

  it('is due for review from the review day on', () => {
    expect(isReviewDue(risk({ id: 'r', review_on: '2026-05-09' }), today)).toBe(true);
    expect(isReviewDue(risk({ id: 'r', review_on: '2026-05-10' }), today)).toBe(true);
    expect(isReviewDue(risk({ id: 'r', review_on: '2026-05-11' }), today)).toBe(false);
    expect(isReviewDue(risk({ id: 'r', review_on: null }), today)).toBe(false);
    expect(isReviewDue(risk({ id: 'r', review_on: '2026-01-01', status: 'closed' }), today)).toBe(false);
  });

  it('flags open risks whose review is due or whose trigger was seen, never closed ones', () => {
    const risks = [
      risk({ id: 'due', review_on: '2026-04-30' }),
      risk({ id: 'later', review_on: '2026-06-01' }),
      risk({ id: 'seen', trigger_seen: true, status: 'monitoring' }),
      risk({ id: 'closed', trigger_seen: true, review_on: '2026-01-01', status: 'closed' }),
      risk({ id: 'occurred', review_on: '2026-05-01', trigger_seen: true, status: 'occurred' }),
      risk({ id: 'deleted', trigger_seen: true, deleted: true }),
    ];
    expect(flaggedRisks(risks, today).map((r) => r.id)).toEqual(['due', 'seen', 'occurred']);
    expect(flagsOf(risks[4]!, today)).toEqual(['review_due', 'trigger_seen']);
  });
});

describe('a residual rating above the inherent one', () => {
  const risk = { likelihood: 4, impact: 3, residual_likelihood: 2, residual_impact: 2 };
  it('is refused when an edit would make it so', () => {
    expect(residualRaised(risk, { ...risk, residual_likelihood: 5, residual_impact: 3 })).toBe(true);
    // lowering the inherent rating under the residual one says the same thing
    expect(residualRaised(risk, { ...risk, likelihood: 1 })).toBe(true);
  });
  it('is let through up to the inherent rating, and when an edit only narrows a gap a merge left', () => {
    expect(residualRaised(risk, { ...risk, residual_likelihood: 4, residual_impact: 3 })).toBe(false);
    const merged = { likelihood: 2, impact: 2, residual_likelihood: 5, residual_impact: 5 };
    expect(residualRaised(merged, { ...merged, residual_impact: 3 })).toBe(false);
    expect(residualRaised(merged, { ...merged, likelihood: 1 })).toBe(true);
  });
});
