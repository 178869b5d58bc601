import { describe, expect, it } from 'vitest';
import type { HistoryEntry, MergePreview } from '../../../shared/api.ts';
import type { LoggedChange } from '../../../shared/model/change.ts';
import { ENTITIES, ENTITY_NAMES, type EntityName } from '../../../shared/model/registry.ts';
import { initI18n } from '../../../renderer/app/i18n/index.ts';
import {
  canRevert,
  describeValue,
  entryKind,
  entryTitle,
  entryViews,
  formatBytes,
  formatDuration,
  historyLines,
  siblingPath,
  splitPath,
  withPlanExtension,
  type DescribeContext,
  type Translate,
} from '../../../renderer/features/sharing/describe.ts';
import { defaultDecisions, mergedCount, toDecisions } from '../../../renderer/features/sharing/MergeReview.tsx';
import { en, zhCN } from '../../../renderer/features/sharing/i18n.ts';

const NAMES: Partial<Record<EntityName, Record<string, string>>> = {
  task: { 't-1': 'Launch', 't-2': 'Teaser' },
  person: { 'p-1': 'Ana', 'p-2': 'Bo' },
};

function ctx(lang: 'en' | 'zh-CN'): DescribeContext {
  const i18n = initI18n(lang);
  return {
    t: i18n.t.bind(i18n) as unknown as Translate,
    lang,
    exists: (k) => i18n.exists(k),
    label: (entity, id) => NAMES[entity]?.[id] ?? null,
  };
}

const change = (c: Partial<LoggedChange> & Pick<LoggedChange, 'entity' | 'id' | 'field'>): LoggedChange => ({
  value: null,
  old: null,
  clock: '001795738608358-00000-aaaa',
  site: 'aaaa',
  author: 'Ana',
  ...c,
});

const entry = (changes: LoggedChange[], label = ''): HistoryEntry => ({ txn: 7, clock: '001795738608358-00000-aaaa', author: 'Ana', site: 'aaaa', label, changes });

describe('sizes, durations and paths', () => {
  it('formats sizes as bytes, KB and MB in both languages', () => {
    expect(formatBytes(900, 'en', 'bytes')).toBe('900 bytes');
    expect(formatBytes(5 * 1024 + 300, 'en', 'bytes')).toBe('5.3 KB');
    expect(formatBytes(300 * 1024, 'en', 'bytes')).toBe('300 KB');
    expect(formatBytes(1695744, 'en', 'bytes')).toBe('1.6 MB');
    expect(formatBytes(1695744, 'zh-CN', '字节')).toBe('1.6 MB');
    expect(formatBytes(12, 'zh-CN', '字节')).toBe('12 字节');
  });

  it('says how far a clock runs ahead in its largest unit', () => {
    expect(formatDuration(4 * 60_000, 'en')).toBe('4 minutes');
    expect(formatDuration(3 * 3600_000, 'en')).toBe('3 hours');
    expect(formatDuration(400 * 86400_000, 'en')).toBe('400 days');
    expect(formatDuration(2 * 86400_000, 'zh-CN')).toBe('2天');
  });

  it('makes sibling paths on POSIX and Windows', () => {
    expect(siblingPath('/home/ana/plans/spring.cplan', 'copy')).toBe('/home/ana/plans/spring (copy).cplan');
    expect(siblingPath('/home/ana/plans/spring.cplan', 'copy', 3)).toBe('/home/ana/plans/spring (copy 3).cplan');
    expect(siblingPath('C:\\Users\\ana\\spring.cplan', '副本')).toBe('C:\\Users\\ana\\spring (副本).cplan');
    expect(splitPath('spring.cplan')).toEqual({ dir: '', base: 'spring.cplan', sep: '/' });
    expect(withPlanExtension('/tmp/x')).toBe('/tmp/x.cplan');
    expect(withPlanExtension('/tmp/x.CPLAN')).toBe('/tmp/x.CPLAN');
  });
});

describe('history entries as sentences', () => {
  it('reads a field change with the row name, the field and both values', () => {
    const lines = historyLines(entry([change({ entity: 'task', id: 't-1', field: 'end', old: '2026-03-02', value: '2026-03-09' })]), ctx('en'));
    expect(lines).toEqual(['Ana changed Task ‘Launch’ end: Mar 2, 2026 → Mar 9, 2026']);
    const zh = historyLines(entry([change({ entity: 'task', id: 't-1', field: 'end', old: '2026-03-02', value: '2026-03-09' })]), ctx('zh-CN'));
    expect(zh[0]).toBe('Ana 将任务“Launch”的结束日期从 2026年3月2日 改为 2026年3月9日');
  });

  it('speaks of the plan’s own settings without repeating its name', () => {
    const c = change({ entity: 'settings', id: 'plan', field: 'name', old: 'Spring', value: 'Autumn' });
    expect(historyLines(entry([c]), ctx('en'))).toEqual(['Ana changed the plan’s name: “Spring” → “Autumn”']);
    expect(historyLines(entry([c]), ctx('zh-CN'))).toEqual(['Ana 将计划的名称从 “Spring” 改为 “Autumn”']);
  });

  it('names references, translates choices and quotes text', () => {
    const c = ctx('en');
    expect(describeValue('task', 'owner_id', 'p-2', c)).toBe('Bo');
    expect(describeValue('meeting', 'attendee_ids', ['p-1', 'p-2', 'gone'], c)).toBe('Ana, Bo, gone');
    expect(describeValue('risk', 'status', 'mitigating', c)).toBe('Mitigating');
    expect(describeValue('task', 'milestone', true, c)).toBe('Yes');
    expect(describeValue('task', 'owner_id', null, c)).toBe('—');
    expect(describeValue('brief_section', 'body', '<p>Hello <b>world</b></p>', c)).toBe('“Hello world”');
    expect(describeValue('task', 'name', 'x'.repeat(100), c)).toMatch(/^“x{59}…”$/);
  });

  it('says added, deleted, restored and moved once per row, with the author of each change', () => {
    const lines = historyLines(
      entry(
        [
          change({ entity: 'task', id: 't-9', field: 'deleted', value: false, old: undefined, author: 'Bo' }),
          change({ entity: 'task', id: 't-9', field: 'name', value: 'Brand new', old: undefined, author: 'Bo' }),
          change({ entity: 'task', id: 't-2', field: 'deleted', value: true, old: false }),
          change({ entity: 'person', id: 'p-1', field: 'deleted', value: false, old: true }),
          change({ entity: 'task', id: 't-1', field: 'sort_order', value: 3, old: 1 }),
        ],
        'merge Spring',
      ),
      ctx('en'),
    );
    expect(lines).toEqual(['Bo added Task ‘Brand new’', 'Ana deleted Task ‘Teaser’', 'Ana restored Person ‘Ana’', 'Ana moved Task ‘Launch’']);
  });

  it('titles entries by kind and finds the views they touch', () => {
    const t = ctx('en').t;
    expect(entryKind('merge Spring plan')).toEqual({ kind: 'merge', name: 'Spring plan' });
    expect(entryTitle({ label: 'merge Spring plan' }, t)).toBe('Merged “Spring plan”');
    expect(entryTitle({ label: '' }, t)).toBe('Edit');
    expect(entryTitle({ label: 'revert 12' }, t)).toBe('Reverted a change');
    expect(entryTitle({ label: 'Rename plan' }, t)).toBe('Rename plan');
    expect(canRevert(entry([change({ entity: 'task', id: 't-1', field: 'name' })], 'template'))).toBe(false);
    expect(canRevert(entry([change({ entity: 'task', id: 't-1', field: 'name' })]))).toBe(true);
    expect([...entryViews(entry([change({ entity: 'task', id: 't-1', field: 'name' }), change({ entity: 'risk', id: 'r', field: 'impact' })]))].sort()).toEqual(['risks', 'timeline']);
  });
});

describe('merge decisions', () => {
  const side = (value: unknown, author: string) => ({ value, clock: '001795738608358-00000-aaaa', site: 'aaaa', author });
  const preview: MergePreview = {
    path: '/tmp/b.cplan', name: 'B', incoming: 3, applied: 2, conflicts: 2, created: 0, deleted: 0, sources: [], suspicious: false, issues: [], duplicates: [],
    views: [
      { view: 'overview', rows: [], conflicts: [{ entity: 'settings', id: 'plan', label: 'P', field: 'name', mine: side('A', 'Ana'), theirs: side('B', 'Bo'), winner: 'theirs' }] },
      { view: 'risks', rows: [], conflicts: [{ entity: 'risk', id: 'r-1', label: 'R', field: 'impact', mine: side(4, 'Ana'), theirs: side(2, 'Bo'), winner: 'mine' }] },
    ],
  };
  it('start at the clock winner and send every conflict with the user’s choice', () => {
    const start = defaultDecisions(preview);
    expect(toDecisions(preview, start)).toEqual([
      { entity: 'settings', id: 'plan', field: 'name', keep: 'theirs' },
      { entity: 'risk', id: 'r-1', field: 'impact', keep: 'mine' },
    ]);
    const chosen = { ...start, ['settings\u0000plan\u0000name']: 'mine' as const };
    expect(toDecisions(preview, chosen)[0]?.keep).toBe('mine');
    // counted as the user sees them: conflicts settled their way (rows would add one each)
    expect(mergedCount(preview, start)).toBe(1);
    expect(mergedCount(preview, chosen)).toBe(0);
  });
});

describe('sharing words', () => {
  it('name every kind of data and every field of the model, in both languages', () => {
    for (const name of ENTITY_NAMES) {
      expect(en.entity[name], name).toBeTruthy();
      expect(zhCN.entity[name], name).toBeTruthy();
      for (const field of Object.keys(ENTITIES[name].fields)) {
        expect(en.field[field as keyof typeof en.field], `${name}.${field}`).toBeTruthy();
        expect(zhCN.field[field as keyof typeof zhCN.field], `${name}.${field}`).toBeTruthy();
      }
    }
  });
});
