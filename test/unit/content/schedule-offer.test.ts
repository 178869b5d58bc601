import { describe, expect, it } from 'vitest';
import { scheduledOffer } from '../../../renderer/features/content/schedule-offer.ts';
import type { ContentStatus } from '../../../shared/model/registry.ts';

const status = (id: string, key: ContentStatus['key']): ContentStatus => ({ id, key, name: '', color: '#999999', sort_order: 0, deleted: false, clock: '' });
const statuses = [status('s-idea', 'idea'), status('s-draft', 'draft'), status('s-sched', 'scheduled')];

describe('the offer to move a dated idea to Scheduled', () => {
  it('is made for an idea with a date, and only then', () => {
    expect(scheduledOffer({ status_id: 's-idea', publish_date: '2026-12-16' }, statuses)).toBe('s-sched');
    expect(scheduledOffer({ status_id: 's-idea', publish_date: null }, statuses)).toBeNull();
    expect(scheduledOffer({ status_id: 's-draft', publish_date: '2026-12-16' }, statuses)).toBeNull();
  });

  it('is not made when the team has no Scheduled column', () => {
    expect(scheduledOffer({ status_id: 's-idea', publish_date: '2026-12-16' }, statuses.slice(0, 2))).toBeNull();
  });
});

import { parseHashtags } from '../../../renderer/features/content/hashtags.ts';

describe('hashtags as typed', () => {
  it('splits on spaces and commas (Chinese ones too), drops # and repeats', () => {
    expect(parseHashtags('#winter, 冬季穿搭  #qa，＃新年 winter')).toEqual(['winter', '冬季穿搭', 'qa', '新年']);
    expect(parseHashtags('  ')).toEqual([]);
  });
});
