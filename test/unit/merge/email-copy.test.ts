import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { merge, previewMerge } from '../../../electron/store/merge.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { PlannerError } from '../../../shared/errors.ts';
import type { MergePreview } from '../../../shared/api.ts';
import { allRows, copies, FakeTime, logKeys, newTask, person, track } from './helpers.ts';

/** Every log entry with every column, in log order: what an e-mail copy must give back whole. */
const fullLog = (f: PlanFile) => JSON.stringify(f.handle.prepare('SELECT * FROM _change_log ORDER BY seq').raw().all());

/** What the review shows of a preview. */
const shown = ({ views, applied, conflicts, created, deleted, issues, duplicates, incoming }: MergePreview) => ({ views, applied, conflicts, created, deleted, issues, duplicates, incoming });

type Step =
  | { kind: 'edit'; side: 0 | 1; task: number; field: 'name' | 'notes' | 'progress' | 'deleted'; n: number }
  | { kind: 'create'; side: 0 | 1; n: number }
  | { kind: 'merge'; side: 0 | 1; emailed: boolean }
  | { kind: 'wait'; ms: number };

const side = fc.constantFrom(0 as const, 1 as const);
const step: fc.Arbitrary<Step> = fc.oneof(
  // deleted with an odd n restores the row: deletes and recreates of the same task
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), side, task: fc.nat(3), field: fc.constantFrom('name' as const, 'notes' as const, 'progress' as const, 'deleted' as const), n: fc.nat(100) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('create' as const), side, n: fc.nat(3) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('merge' as const), side, emailed: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.constantFrom(0, 1, 1000, 60_000) }) },
);

/** The scenario that broke a copy keeping only each field's newest entry: they delete a task, I delete it, I merge theirs, they rename it. */
const DELETE_BOTH_THEN_RENAME: Step[] = [
  { kind: 'edit', side: 1, task: 0, field: 'deleted', n: 0 },
  { kind: 'edit', side: 0, task: 0, field: 'deleted', n: 0 },
  { kind: 'merge', side: 0, emailed: true },
  { kind: 'edit', side: 1, task: 0, field: 'name', n: 7 },
];

function play(steps: Step[]): void {
  const time = new FakeTime();
  const { dir, files, paths } = copies(['Ana', 'Bo'], time);
  let n = 0;
  const mailOf = (i: 0 | 1) => {
    const p = path.join(dir, `mail-${i}-${n++}.cplan`);
    files[i]!.exportCopy(p);
    return p;
  };
  const tryApply = (i: 0 | 1, changes: Parameters<PlanFile['apply']>[0]) => {
    try {
      files[i]!.apply(changes);
    } catch (e) {
      if (!(e instanceof PlannerError)) throw e;
    }
  };
  for (const s of steps) {
    if (s.kind === 'wait') time.advance(s.ms);
    else if (s.kind === 'edit') {
      const value = s.field === 'progress' ? s.n : s.field === 'deleted' ? s.n % 2 === 0 : `v${s.n}`;
      tryApply(s.side, [{ entity: 'task', id: `task-${s.task + 1}`, field: s.field, value }]);
    } else if (s.kind === 'create') {
      // both sides may make a row with the same id: the copies meet on it
      tryApply(s.side, newTask(`made-${s.n}`, `Made ${s.n} by ${s.side}`));
    } else {
      const other = (1 - s.side) as 0 | 1;
      merge(files[s.side]!, s.emailed ? mailOf(other) : paths[other]!);
    }
  }
  // each side takes the other's working file or its e-mail copy, into two copies of itself
  for (const me of [0, 1] as const) {
    const other = (1 - me) as 0 | 1;
    const mine = [0, 1].map((k) => {
      const p = path.join(dir, `mine-${me}-${k}-${n++}.cplan`);
      files[me]!.writeCopy(p);
      return track(PlanFile.open(p, person(me ? 'Bo' : 'Ana', time)));
    });
    const mail = mailOf(other);
    expect(shown(previewMerge(mine[1]!, mail))).toEqual(shown(previewMerge(mine[0]!, paths[other]!)));
    merge(mine[0]!, paths[other]!);
    merge(mine[1]!, mail);
    expect(allRows(mine[1]!)).toBe(allRows(mine[0]!));
    expect(logKeys(mine[1]!)).toEqual(logKeys(mine[0]!));
  }
}

describe('the copy for e-mail', () => {
  it('holds the whole log, compactly: opened for editing it has every entry back, column for column', () => {
    const time = new FakeTime();
    const { dir, files: [ana] } = copies(['Ana'], time);
    for (let i = 0; i < 5; i++) ana!.apply([{ entity: 'task', id: 'task-3', field: 'progress', value: i * 10 }]);
    // a clock not in the usual form is kept as it is
    ana!.handle.prepare("UPDATE _change_log SET clock = 'odd-clock' WHERE seq = (SELECT min(seq) FROM _change_log)").run();
    const full = path.join(dir, 'full.cplan');
    const mail = path.join(dir, 'mail.cplan');
    ana!.writeCopy(full);
    const mailBytes = ana!.exportCopy(mail);
    expect(mailBytes).toBe(fs.statSync(mail).size);
    const inspected = PlanFile.inspect(mail, person('Bo', time));
    expect(inspected.handle.prepare('SELECT count(*) AS c FROM _change_log').get()).toEqual({ c: 0 });
    expect(allRows(inspected)).toBe(allRows(ana!));
    inspected.close();
    const opened = track(PlanFile.open(mail, person('Bo', time)));
    expect(fullLog(opened)).toBe(fullLog(ana!));
    expect(opened.handle.prepare("SELECT count(*) AS c FROM sqlite_master WHERE name LIKE '\\_mail\\_%' ESCAPE '\\'").get()).toEqual({ c: 0 });
    // history and undo work on the copy as on the working file
    expect(opened.history(1)[0]!.changes[0]).toMatchObject({ field: 'progress', value: 40, old: 30 });
    opened.apply([{ entity: 'task', id: 'task-3', field: 'progress', value: 99 }]);
    opened.undo();
    expect(opened.row('task', 'task-3')!.progress).toBe(40);
  });

  it('is smaller than the full copy of the same plan', () => {
    const time = new FakeTime();
    const { dir, files: [ana] } = copies(['Ana'], time);
    ana!.apply(Array.from({ length: 200 }, (_, i) => newTask(`bulk-${i}`, `Bulk ${i}`)).flat());
    const full = ana!.writeCopy(path.join(dir, 'full.cplan'));
    const mail = ana!.exportCopy(path.join(dir, 'mail.cplan'));
    expect(mail).toBeLessThan(full * 0.6);
  });

  it('lists the delete-vs-edit conflict the full copy lists (they delete a task, I delete it, I merge theirs, they rename it)', () => {
    play(DELETE_BOTH_THEN_RENAME);
  }, 60_000);

  it('merges as the full copy would: same review, same rows, same log (random edits, deletes, restores, new rows and merges on two copies)', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 24 }), play),
      // the seed the earlier pruned copy failed on, and the scenario it found, among the generated ones
      { numRuns: 25, seed: 715408081, examples: [[DELETE_BOTH_THEN_RENAME]] },
    );
  }, 300_000); // each run writes and probes a dozen files: slow on a shared machine
});
