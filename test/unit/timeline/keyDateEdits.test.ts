import { describe, expect, it } from 'vitest';
import { deleteKeyDate, importedKeyDates, newKeyDate, setKeyDateDay } from '../../../renderer/features/timeline/keyDateEdits.ts';
import type { KeyDate } from '../../../shared/model/registry.ts';

const kd = (id: string, start: string, end: string, sort_order = 1024): KeyDate => ({ id, name: id, start, end, kind: 'holiday', note: '', sort_order, deleted: false, clock: '' });

describe('key date edits', () => {
  it('a new key date is one day, after the others in the list', () => {
    const changes = newKeyDate([kd('a', '2026-01-01', '2026-01-03', 2048)], 'kd-new', { name: 'Launch', start: '2026-05-04', kind: 'industry' });
    expect(changes).toEqual(
      expect.arrayContaining([
        { entity: 'key_date', id: 'kd-new', field: 'start', value: '2026-05-04' },
        { entity: 'key_date', id: 'kd-new', field: 'end', value: '2026-05-04' },
        { entity: 'key_date', id: 'kd-new', field: 'kind', value: 'industry' },
      ]),
    );
    expect(changes.find((c) => c.field === 'sort_order')!.value as number).toBeGreaterThan(2048);
  });

  it('moving one end past the other moves both, so a key date never ends before it starts', () => {
    const d = kd('a', '2026-02-15', '2026-02-23');
    expect(setKeyDateDay(d, 'start', '2026-02-16')).toEqual([{ entity: 'key_date', id: 'a', field: 'start', value: '2026-02-16' }]);
    expect(setKeyDateDay(d, 'start', '2026-03-01')).toEqual([
      { entity: 'key_date', id: 'a', field: 'start', value: '2026-03-01' },
      { entity: 'key_date', id: 'a', field: 'end', value: '2026-03-01' },
    ]);
    expect(setKeyDateDay(d, 'end', '2026-02-01')).toEqual([
      { entity: 'key_date', id: 'a', field: 'end', value: '2026-02-01' },
      { entity: 'key_date', id: 'a', field: 'start', value: '2026-02-01' },
    ]);
    expect(setKeyDateDay(d, 'end', '2026-02-23')).toEqual([]);
  });

  it('deleting marks the row deleted (undo brings it back)', () => {
    expect(deleteKeyDate('a')).toEqual([{ entity: 'key_date', id: 'a', field: 'deleted', value: true }]);
  });

  it('imported key dates come after the plan’s own, each with all its fields, in the order read', () => {
    let n = 0;
    const changes = importedKeyDates(
      [kd('a', '2026-01-01', '2026-01-03', 2048)],
      [
        { name: '618', start: '2026-06-01', end: '2026-06-18', kind: 'shopping', note: 'Pre-sales' },
        { name: 'Expo', start: '2026-09-08', end: '2026-09-10', kind: 'industry', note: '' },
      ],
      () => `kd-${++n}`,
    );
    expect(changes.filter((c) => c.id === 'kd-1').map((c) => [c.field, c.value])).toEqual([
      ['name', '618'],
      ['start', '2026-06-01'],
      ['end', '2026-06-18'],
      ['kind', 'shopping'],
      ['note', 'Pre-sales'],
      ['sort_order', expect.any(Number)],
    ]);
    const order = (id: string) => changes.find((c) => c.id === id && c.field === 'sort_order')!.value as number;
    expect(order('kd-1')).toBeGreaterThan(2048);
    expect(order('kd-2')).toBeGreaterThan(order('kd-1'));
  });
});
