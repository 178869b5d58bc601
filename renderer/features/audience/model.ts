/**
 * The audience view's edits as change lists (pure: no React, no DOM), so each user action is one
 * `apply` and one undo step, and the unit tests can check the lists against the model.
 */
import type { Change } from '../../../shared/model/change.ts';
import { PLATFORM_PRESETS, SCORE_CRITERIA } from '../../../shared/model/enums.ts';
import type { Platform, Segment, Settings } from '../../../shared/model/registry.ts';
import { between } from '../../../shared/logic/rank.ts';

export type Preset = (typeof PLATFORM_PRESETS)[number];
export type Criterion = (typeof SCORE_CRITERIA)[number];
export type Weights = Settings['score_weights'];

/** Brand-like colours of the presets (lanes and charts); a custom platform starts grey. */
export const PRESET_COLORS: Record<Preset, string> = {
  douyin: '#161823',
  kuaishou: '#ff7a00',
  wechat: '#07c160',
  weibo: '#e6162d',
  xiaohongshu: '#ff2442',
  bilibili: '#00a1d6',
  tiktok: '#fe2c55',
  instagram: '#c13584',
  youtube: '#ff0000',
  x: '#0f1419',
  linkedin: '#0a66c2',
  facebook: '#1877f2',
  custom: '#6b7280',
};

/** The presets the plan does not use yet come first, so the picker offers what is missing. */
export function presetChoices(platforms: readonly Pick<Platform, 'preset'>[]): { unused: Preset[]; used: Preset[] } {
  const taken = new Set(platforms.map((p) => p.preset));
  const named = PLATFORM_PRESETS.filter((p) => p !== 'custom');
  return { unused: [...named.filter((p) => !taken.has(p)), 'custom'], used: named.filter((p) => taken.has(p)) };
}

/** The platform other than `except` that already stands for `preset`; a custom platform never clashes. */
export function presetHolder<P extends Pick<Platform, 'id' | 'preset'>>(platforms: readonly P[], preset: Preset, except?: string): P | null {
  if (preset === 'custom') return null;
  return platforms.find((p) => p.preset === preset && p.id !== except) ?? null;
}

/** The last sort_order of a list plus one step: where a new row goes. */
export function nextOrder(rows: readonly { sort_order: number }[]): number {
  const last = rows.reduce<number | null>((m, r) => (m === null || r.sort_order > m ? r.sort_order : m), null);
  return between(last, null);
}

/** A new platform from a preset: the preset's name (in the plan's language) and colour, neutral scores. */
export function addPlatformChanges(id: string, preset: Preset, name: string, sortOrder: number): Change[] {
  const values: Record<string, unknown> = {
    preset,
    name,
    role: preset === 'custom' ? 'test' : 'secondary',
    focus: '',
    color: PRESET_COLORS[preset],
    sort_order: sortOrder,
  };
  for (const c of SCORE_CRITERIA) values[`score_${c}`] = 5;
  return Object.entries(values).map(([field, value]) => ({ entity: 'platform', id, field, value }));
}

/** Deletes a platform and takes it out of the segments that listed it (one undo step). */
export function deletePlatformChanges(id: string, segments: readonly Pick<Segment, 'id' | 'platform_ids'>[]): Change[] {
  const changes: Change[] = [{ entity: 'platform', id, field: 'deleted', value: true }];
  for (const s of segments) {
    if (s.platform_ids.includes(id)) changes.push({ entity: 'segment', id: s.id, field: 'platform_ids', value: s.platform_ids.filter((p) => p !== id) });
  }
  return changes;
}

/** A segment's platform list with one platform switched on or off, kept in the platforms' order. */
export function toggleReach(current: readonly string[], platformId: string, on: boolean, order: readonly string[]): string[] {
  const set = new Set(current);
  if (on) set.add(platformId);
  else set.delete(platformId);
  const known = order.filter((id) => set.has(id));
  const unknown = current.filter((id) => set.has(id) && !order.includes(id));
  return [...known, ...unknown];
}

export function sameWeights(a: Weights, b: Weights): boolean {
  return SCORE_CRITERIA.every((c) => a[c] === b[c]);
}

export function weightTotal(w: Weights): number {
  return SCORE_CRITERIA.reduce((sum, c) => sum + w[c], 0);
}

/** Parses a score typed by the user: a whole number 0-10, else null. */
export function parseScore(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= 0 && n <= 10 ? n : null;
}
