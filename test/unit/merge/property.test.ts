import { describe, expect, it } from 'vitest';
import { merge, previewMerge } from '../../../electron/store/merge.ts';
import type { PlanFile } from '../../../electron/store/plan-file.ts';
import { PlannerError } from '../../../shared/errors.ts';
import type { Change } from '../../../shared/model/change.ts';
import { rng } from '../../bench/large-plan.ts';
import { allRows, copies, FakeTime, logKeys, newTask } from './helpers.ts';

const DAY = 86_400_000;
/** Refusals a random edit may meet (end before start, an owner deleted here, nothing to undo): the edit is skipped. */
const EXPECTED = new Set(['INVALID_ROW', 'DANGLING_REF', 'NOTHING_TO_UNDO', 'NOTHING_TO_REDO']);

const ids = (f: PlanFile, table: string, live = false): string[] =>
  (f.handle.prepare(`SELECT id FROM ${table}${live ? ' WHERE deleted = 0' : ''} ORDER BY id`).pluck().all() as string[]);

/** Every field of every row holds the value of the newest log entry of that field: what makes copies converge. */
function expectRowsFollowTheLog(f: PlanFile): void {
  const newest = f.handle.prepare(`SELECT entity, row_id, field, value FROM _change_log c
    WHERE clock = (SELECT max(clock) FROM _change_log d WHERE d.entity = c.entity AND d.row_id = c.row_id AND d.field = c.field)`).all() as
    { entity: string; row_id: string; field: string; value: string | null }[];
  for (const e of newest) {
    const row = f.row(e.entity as never, e.row_id)!;
    expect(row?.[e.field], `${e.entity} ${e.row_id} ${e.field}`).toEqual(e.value === null ? undefined : JSON.parse(e.value));
  }
}

/**
 * Random edits on N copies with random merges between them (in random directions and orders, with random
 * decisions on conflicts), then every copy merges every other one: all copies must hold the same rows
 * (clocks included) and the same log, and merging again must find nothing.
 */
function simulate(seed: number, names: string[], steps: number): { merges: number; edits: number; conflicts: number } {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const time = new FakeTime();
  // one colleague's clock runs two days ahead, another's minutes behind
  const offsets = Object.fromEntries(names.map((n, i) => [n, i === 1 ? 2 * DAY : i === 2 ? -7 * 60_000 : 0]));
  const { files, paths } = copies(names, time, offsets);
  let made = 0;
  let merges = 0;
  let edits = 0;
  let conflicts = 0;
  const word = () => pick(['launch', 'teaser', 'review', 'KOL', 'live', 'recap', 'draft', 'final']) + Math.floor(r() * 100);
  const day = () => `2026-03-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`;

  for (let step = 0; step < steps; step++) {
    time.advance(pick([0, 0, 1, 250, 1000, 60_000]));
    const i = Math.floor(r() * files.length);
    const f = files[i]!;
    const x = r();
    try {
      if (x < 0.4) {
        const id = pick(ids(f, 'task'));
        const field = pick(['name', 'notes', 'progress', 'hours', 'end', 'sort_order']);
        const value = field === 'progress' ? Math.floor(r() * 101) : field === 'hours' ? Math.floor(r() * 40) : field === 'end' ? day() : field === 'sort_order' ? r() * 10 : word();
        f.apply([{ entity: 'task', id, field, value }]);
      } else if (x < 0.48) {
        const owner = r() < 0.5 ? null : pick([null, ...ids(f, 'person', true)]);
        f.apply(newTask(`t-${names[i]}-${made++}`, word(), { owner_id: owner, start: '2026-03-01' }));
      } else if (x < 0.55) {
        f.apply([{ entity: 'task', id: pick(ids(f, 'task')), field: 'deleted', value: r() < 0.7 }]);
      } else if (x < 0.6) {
        if (r() < 0.6) f.apply([{ entity: 'person', id: `p-${names[i]}-${made++}`, field: 'name', value: word() }]);
        else f.apply([{ entity: 'person', id: pick(ids(f, 'person')), field: 'deleted', value: r() < 0.8 }]);
      } else if (x < 0.65) {
        const a = pick(ids(f, 'task'));
        const b = pick(ids(f, 'task'));
        const batch: Change[] = [
          { entity: 'task', id: a, field: 'name', value: word() },
          { entity: 'task', id: b, field: 'notes', value: word() },
          { entity: 'settings', id: 'plan', field: 'client', value: word() },
        ];
        f.apply(batch);
      } else if (x < 0.7) {
        f.undo();
      } else if (x < 0.75) {
        f.redo();
      } else {
        const j = pick(files.map((_, k) => k).filter((k) => k !== i));
        const p = previewMerge(f, paths[j]!);
        const cs = p.views.flatMap((v) => v.conflicts);
        conflicts += cs.length;
        const decisions = cs.filter(() => r() < 0.4).map((c) => ({ entity: c.entity, id: c.id, field: c.field, keep: r() < 0.5 ? 'mine' as const : 'theirs' as const }));
        const before = f.revision;
        const m = merge(f, paths[j]!, decisions);
        expect(m.incoming).toBe(p.incoming);
        if (!p.incoming) expect(f.revision).toBe(before);
        merges++;
        continue;
      }
      edits++;
    } catch (e) {
      if (!(e instanceof PlannerError) || !EXPECTED.has(e.code)) throw e;
    }
  }

  // everyone merges everyone, in a random order: one round brings every copy every entry
  const order = files.map((_, k) => k).sort(() => r() - 0.5);
  for (const i of order) for (const j of order) if (i !== j) merge(files[i]!, paths[j]!);
  for (const i of order) for (const j of order) if (i !== j) expect(previewMerge(files[i]!, paths[j]!).incoming, `${i}←${j}`).toBe(0);
  const first = allRows(files[0]!);
  const keys = logKeys(files[0]!);
  for (const f of files) {
    expect(allRows(f)).toBe(first);
    expect(logKeys(f)).toEqual(keys);
    expectRowsFollowTheLog(f);
  }
  return { merges, edits, conflicts };
}

describe('copies edited and merged at random', () => {
  it.each([1, 2, 3, 4, 5])('two copies converge (seed %i)', (seed) => {
    const s = simulate(seed, ['Ana', 'Bo'], 120);
    expect(s.merges).toBeGreaterThan(5);
  });

  it.each([11, 12, 13, 14])('three copies merged in different orders converge (seed %i)', (seed) => {
    const s = simulate(seed, ['Ana', 'Bo', 'Cy'], 160);
    expect(s.merges).toBeGreaterThan(10);
  });

  it('meets conflicts along the way (the simulation is not trivially conflict-free)', () => {
    let conflicts = 0;
    for (const seed of [21, 22]) conflicts += simulate(seed, ['Ana', 'Bo', 'Cy'], 160).conflicts;
    expect(conflicts).toBeGreaterThan(0);
  });
});
