import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../shared/api.ts';
import type { LoggedChange } from '../../../shared/model/change.ts';
import type { EntityName } from '../../../shared/model/registry.ts';
import { wordDiff } from '../../../shared/logic/word-diff.ts';
import { initI18n } from '../../../renderer/app/i18n/index.ts';
import { describeValue, historyLines, plainText, valueParts, type DescribeContext, type Translate } from '../../../renderer/features/sharing/describe.ts';

const NAMES: Partial<Record<EntityName, Record<string, string>>> = {
  playbook_step: { 's-1': 'Call the lawyer' },
};

function ctx(lang: 'en' | 'zh-CN'): DescribeContext {
  const i18n = initI18n(lang);
  return { t: i18n.t.bind(i18n) as unknown as Translate, lang, exists: (k) => i18n.exists(k), label: (e, id) => NAMES[e]?.[id] ?? null };
}

const change = (c: Partial<LoggedChange> & Pick<LoggedChange, 'entity' | 'id' | 'field'>): LoggedChange => ({
  value: null, old: null, clock: '001795738608358-00000-aaaa', site: 'aaaa', author: 'Ana', ...c,
});
const entry = (changes: LoggedChange[], labels?: Record<string, string>): HistoryEntry => ({ txn: 7, clock: '001795738608358-00000-aaaa', author: 'Ana', site: 'aaaa', label: '', changes, ...(labels ? { labels } : {}) });

describe('structured values read as labelled fields, never JSON', () => {
  const weights = { user_scale: 25, activity: 20, content_ecosystem: 20, commercial_maturity: 15, audience_fit: 20 };
  it('platform weights', () => {
    const en = describeValue('settings', 'score_weights', weights, ctx('en'));
    expect(en).not.toMatch(/[{}"]|user_scale/);
    expect(en).toContain('User scale 25%');
    expect(describeValue('settings', 'score_weights', weights, ctx('zh-CN'))).toContain('用户规模 25%');
  });

  it('severity levels, risk bands, ticked steps and tactics', () => {
    const levels = [{ severity: 'major', response_hours: 4, description: 'Call legal' }];
    expect(valueParts('playbook', 'levels', levels, ctx('en'))).toEqual([{ label: 'Major', value: 'within 4 h · Call legal' }]);
    expect(describeValue('playbook', 'levels', levels, ctx('zh-CN'))).not.toMatch(/[{}]|severity/);
    const bands = [{ key: 'low', min_score: 1, color: '#3f9d5a' }, { key: 'high', min_score: 10, color: '#e07a2c' }];
    expect(valueParts('settings', 'risk_bands', bands, ctx('en'))).toEqual([{ label: 'Low', value: 'from 1' }, { label: 'High', value: 'from 10' }]);
    const ticks = [{ step_id: 's-1', done_at: '2026-03-02T09:30:00Z' }];
    const t = describeValue('playbook_run', 'ticks', ticks, ctx('en'));
    expect(t).toContain('Call the lawyer');
    expect(t).not.toMatch(/step_id|s-1|[{}]/);
    expect(describeValue('content_item', 'tactics', ['incentive', 'social_proof'], ctx('en'))).toBe('Incentive, Social proof');
  });
});

describe('rich text', () => {
  it('reads as its whole text, block by block, with entities decoded', () => {
    expect(plainText('<h2>Goal</h2><p>Sell &amp; grow <strong>fast</strong></p><ul><li>one</li><li>two</li></ul>')).toBe('Goal\nSell & grow fast\none\ntwo');
  });

  it('a word diff marks only the words that differ', () => {
    expect(wordDiff('we sell tea in spring', 'we sell coffee in spring')).toEqual([
      { op: 'same', text: 'we sell ' },
      { op: 'del', text: 'tea' },
      { op: 'ins', text: 'coffee' },
      { op: 'same', text: ' in spring' },
    ]);
  });

  it('a word diff of Chinese marks words, not whole sentences', () => {
    const parts = wordDiff('短视频与直播电商增长最快。', '短视频与搜索增长最快。');
    expect(parts.filter((p) => p.op === 'same').map((p) => p.text).join('')).toContain('增长最快');
    expect(parts.find((p) => p.op === 'ins')?.text).toBe('搜索');
  });
});

describe('history wording', () => {
  it('names a deleted row by its label, not its id', () => {
    const lines = historyLines(entry([change({ entity: 'swot_item', id: 'swot-16', field: 'deleted', value: true, old: false })], { 'swot_item\u0000swot-16': 'Strong brand' }), ctx('en'));
    expect(lines).toEqual(['Ana deleted SWOT item ‘Strong brand’']);
  });

  it('leaves out changes that read the same before and after', () => {
    const lines = historyLines(entry([
      change({ entity: 'brief_section', id: 'b-1', field: 'body', old: '<p>Same words</p>', value: '<p>Same  words</p>' }),
      change({ entity: 'brief_section', id: 'b-1', field: 'title', old: 'Goal', value: 'Goals' }),
    ], { 'brief_section\u0000b-1': 'Goals' }), ctx('en'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('“Goal” → “Goals”');
  });

  it('counts with the plural forms of each language', () => {
    const en = ctx('en').t;
    expect(en('sharing.merge.viewCount', { count: 1 })).toBe('1 item');
    expect(en('sharing.merge.viewCount', { count: 3 })).toBe('3 items');
    expect(en('sharing.history.items', { count: 1 })).toBe('1 change');
    expect(en('sharing.merge.merged', { count: 1 })).toMatch(/^1 change merged\./);
    expect(en('sharing.merge.merged', { count: 2 })).toMatch(/^2 changes merged\./);
    expect(en('sharing.merge.source', { count: 1, author: 'Bo', when: 'now' })).toBe('Bo: 1 change, the latest now');
    expect(ctx('zh-CN').t('sharing.merge.merged', { count: 2 })).toMatch(/^已合并 2 项修改/);
  });
});
