import type { Phase, Task } from '../../../shared/model/registry.ts';

/** Rows as the store holds them, with every field. */
export const base = { sort_order: 0, deleted: false, clock: '' };
export const phase = (id: string, name = id, color = '#4f7cac'): Phase => ({ ...base, id, name, kind: 'other', color });
export const task = (id: string, start: string, end: string, extra: Partial<Task> = {}): Task => ({
  ...base,
  id,
  name: id,
  phase_id: null,
  start,
  end,
  progress: 0,
  milestone: false,
  kind: 'task',
  owner_id: null,
  hours: 0,
  notes: '',
  ignore_calendar: false,
  ...extra,
});
