/**
 * Platform selection matrix: each platform is scored 0-10 on five criteria; the plan's weights (in
 * percent, normalised by their sum so they need not add up to 100) make one weighted score per platform.
 */
import type { Platform, Settings } from '../model/registry.ts';
import { SCORE_CRITERIA } from '../model/enums.ts';

export type ScoreWeights = Settings['score_weights'];
export type ScoredPlatform = Pick<
  Platform,
  'id' | 'name' | 'score_user_scale' | 'score_activity' | 'score_content_ecosystem' | 'score_commercial_maturity' | 'score_audience_fit'
> & { deleted?: boolean };

export interface RankedPlatform {
  id: string;
  name: string;
  /** weighted score, 0-10 */
  score: number;
  /** 1 for the best; ties share no rank, they are ordered by name */
  rank: number;
}

/** The weighted score (0-10). With every weight at 0 the criteria count equally rather than giving nothing. */
export function weightedScore(platform: ScoredPlatform, weights: ScoreWeights): number {
  const total = SCORE_CRITERIA.reduce((acc, c) => acc + Math.max(0, weights[c]), 0);
  let sum = 0;
  for (const c of SCORE_CRITERIA) {
    const w = total > 0 ? Math.max(0, weights[c]) / total : 1 / SCORE_CRITERIA.length;
    sum += w * platform[`score_${c}`];
  }
  return sum;
}

/** Platforms best first; equal scores (to 1e-9) are ordered by name, then id, so the order never flickers. */
export function ranking(platforms: readonly ScoredPlatform[], weights: ScoreWeights): RankedPlatform[] {
  return platforms
    .filter((p) => !p.deleted)
    .map((p) => ({ id: p.id, name: p.name, score: weightedScore(p, weights), rank: 0 }))
    .sort((a, b) => (Math.abs(a.score - b.score) > 1e-9 ? b.score - a.score : compare(a.name, b.name) || compare(a.id, b.id)))
    .map((p, i) => ({ ...p, rank: i + 1 }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
