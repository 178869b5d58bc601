import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../electron/store/constants.ts';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import { ENTITY_NAMES } from '../../../shared/model/registry.ts';
import type { Change } from '../../../shared/model/change.ts';
import { oneEditOfEach, oneOfEach } from '../../fixtures/rows.ts';
import { bytes, tempDir, writer } from './helpers.ts';

function fresh(): PlanFile {
  return PlanFile.create(path.join(tempDir(), 'p.cplan'), writer());
}

describe('applyChanges', () => {
  it('round-trips one row of every kind through the snapshot, and edits of each', () => {
    const f = fresh();
    const { changes, ids } = oneOfEach();
    f.apply(changes);
    let rows = f.rows();
    for (const n of ENTITY_NAMES) {
      const row = rows[n].find((r) => r.id === ids[n]) as Record<string, unknown> | undefined;
      expect(row, n).toBeDefined();
      const last = new Map(changes.filter((c) => c.entity === n && c.id === ids[n]).map((c) => [c.field, c.value]));
      for (const [field, value] of last) expect(row![field], `${n}.${field}`).toEqual(value);
    }
    const edits = oneEditOfEach(ids);
    f.apply(edits);
    f.close();
    const again = PlanFile.open(f.path, writer());
    rows = again.rows();
    for (const e of edits) {
      const row = rows[e.entity].find((r) => r.id === e.id) as Record<string, unknown>;
      expect(row[e.field], `${e.entity}.${e.field}`).toEqual(e.value);
    }
    again.close();
  });

  it.each<[string, Change[], string]>([
    ['unknown entity', [{ entity: 'nope' as never, id: 'a', field: 'name', value: 'x' }], 'UNKNOWN_ENTITY'],
    ['unknown field', [{ entity: 'task', id: 'a', field: 'colour', value: 'x' }], 'UNKNOWN_FIELD'],
    ['wrong type', [{ entity: 'settings', id: 'plan', field: 'total_budget', value: 'lots' }], 'INVALID_VALUE'],
    ['negative money', [{ entity: 'settings', id: 'plan', field: 'total_budget', value: -5 }], 'INVALID_VALUE'],
    ['not a date', [{ entity: 'settings', id: 'plan', field: 'start_date', value: '2026-02-30' }], 'INVALID_VALUE'],
    ['missing required field', [{ entity: 'task', id: 't1', field: 'name', value: 'Launch' }], 'MISSING_FIELD'],
    ['dangling reference', [
      { entity: 'task', id: 't1', field: 'name', value: 'Launch' },
      { entity: 'task', id: 't1', field: 'start', value: '2026-03-01' },
      { entity: 'task', id: 't1', field: 'end', value: '2026-03-02' },
      { entity: 'task', id: 't1', field: 'owner_id', value: 'ghost' },
    ], 'DANGLING_REF'],
    ['end before start', [
      { entity: 'task', id: 't1', field: 'name', value: 'Launch' },
      { entity: 'task', id: 't1', field: 'start', value: '2026-03-05' },
      { entity: 'task', id: 't1', field: 'end', value: '2026-03-02' },
    ], 'INVALID_ROW'],
    ['second settings row', [{ entity: 'settings', id: 'other', field: 'name', value: 'x' }], 'INVALID_ROW'],
  ])('refuses %s with a clear code and leaves the file byte-identical', (_what, changes, code) => {
    const f = fresh();
    f.apply([{ entity: 'settings', id: 'plan', field: 'name', value: 'Before' }]);
    const before = bytes(f.path);
    const rev = f.revision;
    expect(() => f.apply(changes)).toThrow(expect.objectContaining({ code }));
    expect(f.revision).toBe(rev);
    expect(bytes(f.path).equals(before)).toBe(true);
    f.close();
  });

  it('writes a refused batch not even in part: a valid change before a bad one is not kept', () => {
    const f = fresh();
    f.apply([{ entity: 'settings', id: 'plan', field: 'name', value: 'Before' }]);
    expect(() => f.apply([
      { entity: 'settings', id: 'plan', field: 'name', value: 'After' },
      { entity: 'settings', id: 'plan', field: 'currency', value: 42 },
    ])).toThrow();
    expect(f.rows().settings[0]!.name).toBe('Before');
    f.close();
  });

  it('logs each change with its author, site, clock and previous value', () => {
    const f = fresh();
    f.apply([{ entity: 'settings', id: 'plan', field: 'name', value: 'One' }]);
    f.apply([{ entity: 'settings', id: 'plan', field: 'name', value: 'Two' }], { label: 'rename' });
    const [latest] = f.history(1);
    expect(latest!.author).toBe('Tester');
    expect(latest!.label).toBe('rename');
    expect(latest!.changes[0]).toMatchObject({ field: 'name', value: 'Two', old: 'One', site: 'site-tester' });
    const older = f.history(2)[1]!;
    expect(latest!.clock > older.clock).toBe(true);
    f.close();
  });

  it('keeps a soft-deleted row out of the snapshot but in the file', () => {
    const f = fresh();
    const { changes } = oneOfEach();
    f.apply(changes);
    f.apply([{ entity: 'risk', id: 'risk-1', field: 'deleted', value: true }]);
    expect(f.rows().risk).toHaveLength(0);
    expect(f.handle.prepare('SELECT deleted FROM risk WHERE id = ?').get('risk-1')).toEqual({ deleted: 1 });
    f.close();
  });

  it('is in rollback-journal mode at rest and carries our application id and schema version', () => {
    const f = fresh();
    f.apply(oneOfEach().changes);
    f.close();
    const head = fs.readFileSync(f.path).subarray(0, 100);
    expect(head.readInt32BE(68)).toBe(0x43504c4e);
    expect(head.readUInt32BE(60)).toBe(SCHEMA_VERSION);
    // bytes 18/19 are 1 for rollback journal, 2 for WAL
    expect(head[18]).toBe(1);
    expect(fs.existsSync(`${f.path}-wal`)).toBe(false);
    expect(fs.existsSync(`${f.path}-journal`)).toBe(false);
  });
});

describe('a new row without a sort_order', () => {
  it('goes to the end of its list, after rows made before it', () => {
    const f = fresh();
    const make = (id: string, sort?: number) => [
      { entity: 'swot_item' as const, id, field: 'quadrant', value: 'strength' },
      { entity: 'swot_item' as const, id, field: 'text', value: id },
      ...(sort === undefined ? [] : [{ entity: 'swot_item' as const, id, field: 'sort_order', value: sort }]),
    ];
    f.apply(make('a', 5000));
    f.apply([...make('b'), ...make('c')]);
    expect(f.rows().swot_item.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    f.close();
  });
});
