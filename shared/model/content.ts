import { defineEntity } from './entity.ts';
import { f } from './field.ts';
import { CONTENT_FORMATS, STATUS_KEYS, TACTICS } from './enums.ts';
import { z } from 'zod';

export const contentStatus = defineEntity('content_status', 'content_status', 'Columns of the content board, in sort_order; a team may rename or add them.', {
  key: f.oneOf(STATUS_KEYS, 'Built-in meaning of the column (custom for a team’s own).', 'custom'),
  name: f.text('Name shown on the board (empty: the built-in name in the user’s language).', '', 100),
  color: f.text('Colour of the column.', '#6b7280', 16),
});

export const contentItem = defineEntity('content_item', 'content_item', 'Content pieces: posts, videos, livestreams, KOL collaborations, community events.', {
  title: f.name('Title.'),
  format: f.oneOf(CONTENT_FORMATS, 'Format.', 'short_video'),
  theme: f.text('Theme or campaign line.'),
  platform_id: f.ref('platform', 'Platform it is published on.'),
  segment_id: f.ref('segment', 'Audience segment it is for.'),
  owner_id: f.ref('person', 'Person responsible.'),
  status_id: f.needRef('content_status', 'Board column (status).'),
  publish_date: f.optDate('Publishing day in the plan time zone (null: not scheduled yet).'),
  publish_time: f.optTime('Publishing time of day (HH:mm) in the plan time zone.'),
  tactics: f.json(z.array(z.enum(TACTICS)).max(4), [], 'Tactic tags: incentive, social_proof, resource_leverage, message_fit.'),
  kol_partner: f.text('KOL partner, if any.', '', 200),
  kol_cost: f.money('Cost of the KOL partner, in minor units of the plan currency.', 0),
  notes: f.text('Notes.'),
  post_copy: f.text('Copy published with the item (the post text).', '', 5000),
  hashtags: f.json(z.array(z.string().trim().min(1).max(60).regex(/^[^\s#]+$/, 'a hashtag is one word, without #')).max(30), [], 'Hashtags, without the # sign.'),
  approver_id: f.ref('person', 'Person who approves the item before it is published.'),
  signed_off_by: f.ref('person', 'Person who signed the item off (null: not signed off).'),
  signed_off_at: f.optInstant('When it was signed off, ISO 8601 in UTC.'),
});
