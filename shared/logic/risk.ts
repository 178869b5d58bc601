/**
 * Risk ratings: score = likelihood × impact (1-25), coloured by the plan's bands, and the risks that
 * need attention now (review day reached or early-warning sign seen).
 */
import type { Risk, Settings } from '../model/registry.ts';

export type RiskBand = Settings['risk_bands'][number];

/** What the attention checks need of a risk (a Risk row fits). */
export type RiskLike = Pick<Risk, 'status' | 'review_on' | 'trigger_seen'> & { deleted?: boolean };

export type RiskFlag = 'review_due' | 'trigger_seen';

export function score(likelihood: number, impact: number): number {
  return likelihood * impact;
}

export function inherentScore(risk: Pick<Risk, 'likelihood' | 'impact'>): number {
  return score(risk.likelihood, risk.impact);
}

export function residualScore(risk: Pick<Risk, 'residual_likelihood' | 'residual_impact'>): number {
  return score(risk.residual_likelihood, risk.residual_impact);
}

type Rated = Pick<Risk, 'likelihood' | 'impact' | 'residual_likelihood' | 'residual_impact'>;

/** How far the residual score is above the inherent one (0 or less when it is not). */
export function residualExcess(risk: Rated): number {
  return residualScore(risk) - inherentScore(risk);
}

/**
 * Whether an edit puts the residual rating above the inherent one, or further above it: the rating
 * left after the response cannot be worse than the risk without one. An edit that narrows a gap an
 * older file or a merge left is let through, so it can be put right step by step.
 */
export function residualRaised(before: Rated, after: Rated): boolean {
  const gap = residualExcess(after);
  return gap > 0 && gap > residualExcess(before);
}

/**
 * The band a score falls in: the one with the highest min_score not above it (bands need not be
 * listed in order). Null when the score is below every band.
 */
export function bandOf(value: number, bands: readonly RiskBand[]): RiskBand | null {
  let best: RiskBand | null = null;
  for (const b of bands) if (b.min_score <= value && (!best || b.min_score > best.min_score)) best = b;
  return best;
}

/** True from the review day on (today included), unless the risk is closed. Dates are 'YYYY-MM-DD'. */
export function isReviewDue(risk: Pick<Risk, 'status' | 'review_on'>, today: string): boolean {
  return risk.status !== 'closed' && risk.review_on !== null && risk.review_on <= today;
}

/** Why a risk needs attention today (empty when it does not). */
export function flagsOf(risk: RiskLike, today: string): RiskFlag[] {
  if (risk.status === 'closed' || risk.deleted) return [];
  const flags: RiskFlag[] = [];
  if (isReviewDue(risk, today)) flags.push('review_due');
  if (risk.trigger_seen) flags.push('trigger_seen');
  return flags;
}

/** Risks that are not closed and whose review day has come or whose trigger has been seen, in input order. */
export function flaggedRisks<T extends RiskLike>(risks: readonly T[], today: string): T[] {
  return risks.filter((r) => flagsOf(r, today).length > 0);
}
