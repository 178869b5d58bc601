import { z } from 'zod';
import { defineEntity } from './entity.ts';
import { f } from './field.ts';
import { LANGUAGES, SCORE_CRITERIA } from './enums.ts';

const weights = z.object(Object.fromEntries(SCORE_CRITERIA.map((c) => [c, z.number().min(0).max(100)])) as Record<(typeof SCORE_CRITERIA)[number], z.ZodNumber>);
const band = z.object({ key: z.string().min(1), min_score: z.number().int().min(1).max(25), color: z.string().min(1) });

export const PLAN_ID = 'plan';

export const settings = defineEntity('settings', 'settings', 'The plan itself: one row, id "plan".', {
  name: f.name('Plan name.', 'Untitled plan'),
  client: f.text('Client or brand the campaign is for.'),
  start_date: f.date('First day of the campaign (YYYY-MM-DD).', '2026-01-01'),
  end_date: f.date('Last day of the campaign (YYYY-MM-DD).', '2026-12-31'),
  time_zone: f.text('IANA time zone in which every date and publishing time of the plan is meant.', 'Asia/Shanghai', 64),
  currency: f.text('ISO 4217 currency code of every amount in the plan.', 'CNY', 3),
  language: f.oneOf(LANGUAGES, 'Language the plan was written in.', 'zh-CN'),
  total_budget: f.money('Total campaign budget, in minor units of the plan currency (cents, fen).', 0),
  peak_start: f.time('Start of the daily peak hours for publishing (HH:mm, plan time zone).', '20:00'),
  peak_end: f.time('End of the daily peak hours (HH:mm).', '22:00'),
  score_weights: f.json(weights, { user_scale: 25, activity: 20, content_ecosystem: 20, commercial_maturity: 15, audience_fit: 20 }, 'Weight of each platform scoring criterion, in percent.'),
  risk_bands: f.json(z.array(band).min(1).max(6), [
    { key: 'low', min_score: 1, color: '#3f9d5a' },
    { key: 'medium', min_score: 5, color: '#e0b12c' },
    { key: 'high', min_score: 10, color: '#e07a2c' },
    { key: 'extreme', min_score: 17, color: '#c43d3d' },
  ], 'Risk bands: a band applies from its min_score (likelihood × impact) up to the next band.'),
}, { singletonId: PLAN_ID });
