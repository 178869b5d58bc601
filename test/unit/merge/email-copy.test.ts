import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { merge, previewMerge } from '../../../electron/store/merge.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { PlannerError } from '../../../shared/errors.ts';
import type { MergePreview } from '../../../shared/api.ts';
import { allRows, copies, FakeTime, person, track } from './helpers.ts';

const logCount = (f: PlanFile) => (f.handle.prepare('SELECT count(*) AS c FROM _change_log').get() as { c: number }).c;
/** Fields with more than one log entry: what an e-mail copy prunes. */
const repeated = (f: PlanFile) => (f.handle.prepare('SELECT count(*) AS c FROM (SELECT 1 FROM _change_log GROUP BY entity, row_id, field HAVING count(*) > 1)').get() as { c: number }).c;

/** What the review shows of a preview (how many entries come in differs: the e-mail copy has fewer). */
const shown = ({ views, applied, conflicts, created, deleted, issues, duplicates }: MergePreview) => ({ views, applied, conflicts, created, deleted, issues, duplicates });

type Step =
  | { kind: 'edit'; side: 0 | 1; task: number; field: 'name' | 'notes' | 'progress' | 'deleted'; n: number }
  | { kind: 'merge'; side: 0 | 1; emailed: boolean }
  | { kind: 'wait'; ms: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('edit' as const), side: fc.constantFrom(0 as const, 1 as const), task: fc.nat(2), field: fc.constantFrom('name' as const, 'notes' as const, 'progress' as const, 'deleted' as const), n: fc.nat(100) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('merge' as const), side: fc.constantFrom(0 as const, 1 as const), emailed: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.constantFrom(0, 1, 1000, 60_000) }) },
);

describe('the copy for e-mail', () => {
  it('keeps one log entry per field, and the plan opens and edits as before', () => {
    const time = new FakeTime();
    const { dir, files: [ana] } = copies(['Ana'], time);
    for (let i = 0; i < 5; i++) ana!.apply([{ entity: 'task', id: 'task-3', field: 'progress', value: i * 10 }]);
    expect(repeated(ana!)).toBeGreaterThan(0);
    const target = path.join(dir, 'mail.cplan');
    ana!.exportCopy(target);
    const mail = track(PlanFile.open(target, person('Bo', time)));
    expect(repeated(mail)).toBe(0);
    expect(logCount(mail)).toBeLessThan(logCount(ana!));
    expect(allRows(mail)).toBe(allRows(ana!));
    // the working file keeps its history; the copy opened for editing has its log indexes back
    expect(repeated(ana!)).toBeGreaterThan(0);
    expect(mail.handle.prepare("SELECT count(*) AS c FROM sqlite_master WHERE type = 'index' AND name LIKE '\\_change\\_log\\_%' ESCAPE '\\'").get()).toEqual({ c: 2 });
    mail.apply([{ entity: 'task', id: 'task-3', field: 'progress', value: 99 }]);
    expect(mail.row('task', 'task-3')!.progress).toBe(99);
  });

  it('merges as the full copy would: same review, same rows (random edits and merges on two copies)', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 20 }), (steps) => {
        const time = new FakeTime();
        const { dir, files, paths } = copies(['Ana', 'Bo'], time);
        const mailOf = (i: 0 | 1) => {
          const p = path.join(dir, `mail-${i}-${time.advance(0)}-${Math.random().toString(36).slice(2)}.cplan`);
          files[i]!.exportCopy(p);
          return p;
        };
        for (const s of steps) {
          if (s.kind === 'wait') time.advance(s.ms);
          else if (s.kind === 'edit') {
            const value = s.field === 'progress' ? s.n : s.field === 'deleted' ? s.n % 2 === 0 : `v${s.n}`;
            try {
              files[s.side]!.apply([{ entity: 'task', id: `task-${s.task + 1}`, field: s.field, value }]);
            } catch (e) {
              if (!(e instanceof PlannerError)) throw e;
            }
          } else {
            const other = (1 - s.side) as 0 | 1;
            merge(files[s.side]!, s.emailed ? mailOf(other) : paths[other]!);
          }
        }
        // each side takes the other's working file or its e-mail copy, into two copies of itself
        for (const side of [0, 1] as const) {
          const other = (1 - side) as 0 | 1;
          const mine = [0, 1].map((k) => {
            const p = path.join(dir, `mine-${side}-${k}.cplan`);
            files[side]!.writeCopy(p);
            return track(PlanFile.open(p, person(side ? 'Bo' : 'Ana', time)));
          });
          const mail = mailOf(other);
          expect(shown(previewMerge(mine[1]!, mail))).toEqual(shown(previewMerge(mine[0]!, paths[other]!)));
          merge(mine[0]!, paths[other]!);
          merge(mine[1]!, mail);
          expect(allRows(mine[1]!)).toBe(allRows(mine[0]!));
        }
      }),
      { numRuns: 15 },
    );
  }, 180_000); // each run writes and probes a dozen files: slow on a shared machine
});
