import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/model/change.ts';
import { PLATFORM_PRESETS } from '../../../shared/model/enums.ts';
import { entityDef, type EntityName } from '../../../shared/model/registry.ts';
import {
  addPlatformChanges,
  deletePlatformChanges,
  nextOrder,
  parseScore,
  PRESET_COLORS,
  presetChoices,
  presetHolder,
  sameWeights,
  toggleReach,
  weightTotal,
} from '../../../renderer/features/audience/model.ts';

/** Every change must pass the field's own schema, as the store will check it. */
function expectValid(changes: Change[]) {
  for (const c of changes) {
    if (c.field === 'sort_order' || c.field === 'deleted') continue;
    const spec = entityDef(c.entity as EntityName).fields[c.field];
    expect(spec, `${c.entity}.${c.field}`).toBeDefined();
    expect(spec!.schema.safeParse(c.value).success, `${c.entity}.${c.field} = ${JSON.stringify(c.value)}`).toBe(true);
  }
}

describe('platform presets', () => {
  it('offer the presets the plan lacks first, custom always', () => {
    const { unused, used } = presetChoices([{ preset: 'douyin' }, { preset: 'wechat' }, { preset: 'custom' }]);
    expect(unused[0]).toBe('kuaishou');
    expect(unused).not.toContain('douyin');
    expect(unused.at(-1)).toBe('custom');
    expect(used).toEqual(['douyin', 'wechat']);
  });

  it('find the platform that already stands for a preset, never for custom, never the one being edited', () => {
    const rows = [{ id: 'a', preset: 'weibo' as const }, { id: 'b', preset: 'custom' as const }];
    expect(presetHolder(rows, 'weibo')?.id).toBe('a');
    expect(presetHolder(rows, 'weibo', 'a')).toBeNull();
    expect(presetHolder(rows, 'douyin')).toBeNull();
    expect(presetHolder(rows, 'custom')).toBeNull();
  });

  it('give every preset a colour the model accepts', () => {
    for (const p of PLATFORM_PRESETS) expect(PRESET_COLORS[p]).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('make a complete new platform row in one change list', () => {
    const changes = addPlatformChanges('plat-x', 'linkedin', 'LinkedIn', 7168);
    expectValid(changes);
    const fields = new Set(changes.map((c) => c.field));
    for (const [name, spec] of Object.entries(entityDef('platform').fields)) {
      if (spec.default === undefined) expect(fields.has(name), name).toBe(true);
    }
    expect(changes.every((c) => c.entity === 'platform' && c.id === 'plat-x')).toBe(true);
    expect(changes.find((c) => c.field === 'sort_order')!.value).toBe(7168);
    expect(changes.find((c) => c.field === 'color')!.value).toBe('#0a66c2');
  });
});

describe('deleting a platform', () => {
  it('takes it off the segments that list it, and only those', () => {
    const changes = deletePlatformChanges('p2', [
      { id: 's1', platform_ids: ['p1', 'p2', 'p3'] },
      { id: 's2', platform_ids: ['p1'] },
    ]);
    expect(changes).toEqual([
      { entity: 'platform', id: 'p2', field: 'deleted', value: true },
      { entity: 'segment', id: 's1', field: 'platform_ids', value: ['p1', 'p3'] },
    ]);
  });
});

describe('reach', () => {
  it('keeps the platforms in the table order and leaves unknown ids alone', () => {
    expect(toggleReach(['c', 'a'], 'b', true, ['a', 'b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(toggleReach(['a', 'b', 'gone'], 'a', false, ['a', 'b'])).toEqual(['b', 'gone']);
    expect(toggleReach(['a'], 'a', true, ['a'])).toEqual(['a']);
  });
});

describe('weights and scores', () => {
  const w = { user_scale: 25, activity: 20, content_ecosystem: 20, commercial_maturity: 15, audience_fit: 20 };
  it('compare and add up', () => {
    expect(sameWeights(w, { ...w })).toBe(true);
    expect(sameWeights(w, { ...w, activity: 21 })).toBe(false);
    expect(weightTotal(w)).toBe(100);
  });
  it('parse only whole scores from 0 to 10', () => {
    expect(parseScore(' 7 ')).toBe(7);
    expect(parseScore('10')).toBe(10);
    expect(parseScore('0')).toBe(0);
    for (const bad of ['', '11', '-1', '7.5', 'x', '1e1']) expect(parseScore(bad), bad).toBeNull();
  });
  it('put a new row after the last', () => {
    expect(nextOrder([])).toBe(1024);
    expect(nextOrder([{ sort_order: 3000 }, { sort_order: 1000 }])).toBe(4024);
  });
});
