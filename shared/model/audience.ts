import { defineEntity } from './entity.ts';
import { f } from './field.ts';
import { GENDERS, PLATFORM_PRESETS, PLATFORM_ROLES, SPENDING_POWER } from './enums.ts';

const score = (what: string) => f.int(`Score for ${what}, 0-10.`, 5, 0, 10);

export const platform = defineEntity('platform', 'platform', 'Social platforms in the plan, their role, focus and selection scores.', {
  preset: f.oneOf(PLATFORM_PRESETS, 'Preset the platform came from.', 'custom'),
  name: f.name('Display name.'),
  role: f.oneOf(PLATFORM_ROLES, 'Role in the campaign.', 'secondary'),
  focus: f.text('What the platform is used for (awareness, conversion, community, ...).'),
  color: f.text('Colour used for the platform in charts and lanes.', '#6b7280', 16),
  score_user_scale: score('user scale'),
  score_activity: score('user activity'),
  score_content_ecosystem: score('content ecosystem'),
  score_commercial_maturity: score('commercial maturity'),
  score_audience_fit: score('fit with the target audience'),
});

export const segment = defineEntity('segment', 'segment', 'Audience segments.', {
  name: f.name('Segment name.'),
  age_min: f.int('Youngest age.', 18, 0, 120),
  age_max: f.int('Oldest age.', 35, 0, 120),
  gender: f.oneOf(GENDERS, 'Gender.', 'any'),
  region: f.text('Regions (cities, tiers, countries).'),
  spending_power: f.oneOf(SPENDING_POWER, 'Spending power.', 'medium'),
  interests: f.text('Interests, comma separated.'),
  cares_about: f.text('What the segment cares about.'),
  platform_ids: f.refs('platform', 'Platforms that reach the segment.'),
});
