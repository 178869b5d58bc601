import { describe, expect, it } from 'vitest';
import { settings } from '../../../shared/model/plan.ts';
import { ranking, weightedScore, type ScoredPlatform, type ScoreWeights } from '../../../shared/logic/platformScore.ts';

const defaults = settings.fields.score_weights.default as ScoreWeights;
const platform = (id: string, name: string, scores: [number, number, number, number, number]): ScoredPlatform => ({
  id,
  name,
  score_user_scale: scores[0],
  score_activity: scores[1],
  score_content_ecosystem: scores[2],
  score_commercial_maturity: scores[3],
  score_audience_fit: scores[4],
});

describe('weightedScore', () => {
  it('weighs each criterion by its share of the weights', () => {
    // 25/20/20/15/20 of (10, 5, 5, 0, 10) = 2.5 + 1 + 1 + 0 + 2 = 6.5
    expect(weightedScore(platform('p', 'P', [10, 5, 5, 0, 10]), defaults)).toBeCloseTo(6.5, 12);
  });

  it('normalises weights that do not add up to 100', () => {
    const half = { user_scale: 1, activity: 1, content_ecosystem: 0, commercial_maturity: 0, audience_fit: 0 };
    expect(weightedScore(platform('p', 'P', [8, 4, 0, 0, 0]), half)).toBeCloseTo(6, 12);
  });

  it('counts criteria equally when every weight is zero', () => {
    const zero = { user_scale: 0, activity: 0, content_ecosystem: 0, commercial_maturity: 0, audience_fit: 0 };
    expect(weightedScore(platform('p', 'P', [10, 0, 5, 5, 0]), zero)).toBeCloseTo(4, 12);
  });
});

describe('ranking', () => {
  const platforms = [
    platform('wb', 'Weibo', [8, 6, 6, 6, 5]),
    platform('dy', 'Douyin', [10, 9, 8, 8, 7]),
    platform('xhs', 'Xiaohongshu', [7, 8, 9, 7, 10]),
    platform('bili', 'Bilibili', [8, 6, 6, 6, 5]),
  ];

  it('orders best first and breaks ties by name', () => {
    expect(ranking(platforms, defaults).map((p) => [p.id, p.rank])).toEqual([
      ['dy', 1],
      ['xhs', 2],
      ['bili', 3],
      ['wb', 4],
    ]);
  });

  it('changes when a weight changes', () => {
    const fitFirst = { ...defaults, audience_fit: 80 };
    expect(ranking(platforms, fitFirst)[0]!.id).toBe('xhs');
  });

  it('leaves deleted platforms out', () => {
    expect(ranking([{ ...platforms[1]!, deleted: true }, platforms[0]!], defaults).map((p) => p.id)).toEqual(['wb']);
  });
});
