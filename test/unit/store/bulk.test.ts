import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanFile } from '../../../electron/store/plan-file.ts';
import type { Change } from '../../../shared/model/change.ts';
import { tempDir, writer } from './helpers.ts';

const risk = (id: string, title: string): Change[] => [
  { entity: 'risk', id, field: 'title', value: title },
  { entity: 'risk', id, field: 'sort_order', value: Number(id.slice(2)) },
];

describe('one large call', () => {
  // more rows than one read of stored rows takes, mixed kinds, rows old and new, a row named twice
  it('logs every old value and is undone whole, past the size of one read', () => {
    const f = PlanFile.create(path.join(tempDir(), 'p.cplan'), writer());
    f.apply(Array.from({ length: 1200 }, (_, i) => risk(`r-${i}`, `Risk ${i}`)).flat());
    const before = JSON.stringify(f.rows().risk);
    const batch: Change[] = [
      ...Array.from({ length: 1200 }, (_, i): Change => ({ entity: 'risk', id: `r-${1199 - i}`, field: 'title', value: `Renamed ${1199 - i}` })),
      { entity: 'risk', id: 'r-7', field: 'likelihood', value: 5 },
      { entity: 'risk', id: 'r-new', field: 'title', value: 'Brand new' },
      { entity: 'settings', id: 'plan', field: 'name', value: 'Big batch' },
    ];
    const { changes } = f.apply(batch);
    const renamed = changes.filter((c) => c.field === 'title' && c.id !== 'r-new');
    expect(renamed).toHaveLength(1200);
    expect(renamed.every((c) => c.old === `Risk ${c.id.slice(2)}`)).toBe(true);
    expect(f.row('risk', 'r-1100')!.title).toBe('Renamed 1100');
    expect(f.row('risk', 'r-7')!.likelihood).toBe(5);
    expect(f.row('risk', 'r-new')!.title).toBe('Brand new');
    f.undo();
    expect(JSON.stringify(f.rows().risk.map(({ clock: _c, ...r }) => r))).toBe(JSON.stringify(JSON.parse(before).map(({ clock: _c, ...r }: { clock: string }) => r)));
    expect(f.row('risk', 'r-new')!.deleted).toBe(true);
    f.close();
  });
});
