/**
 * Tasks from a CSV file (as Excel or WPS save a task list): the columns the import reads, the header
 * names that find them in English and Chinese, the reading of one row, and rows → an ImportedProject
 * (phases and owners by name). The renderer's CSV dialog and `cplan import --from csv` share these.
 */
import { normaliseHeader, parseCsv, parseDateCell, parseNumberCell, restoreFormula, type CellResult, type DateOrder } from '../logic/csv.ts';
import { emptyProject, type ImportedProject } from './project.ts';

export const TASK_COLUMNS = ['name', 'start', 'end', 'milestone', 'progress', 'phase', 'owner', 'hours', 'notes'] as const;
export type TaskColumn = (typeof TASK_COLUMNS)[number];

export const TASK_COLUMN_ALIASES: Record<TaskColumn, readonly string[]> = {
  name: ['task', 'task name', 'title', '任务', '任务名称', '名称', '标题'],
  start: ['start date', 'begin', 'from', '开始', '开始日期', '开始时间'],
  end: ['end date', 'finish', 'due', 'to', '结束', '结束日期', '完成', '完成时间', '截止日期'],
  milestone: ['里程碑', 'is milestone'],
  progress: ['% complete', 'percent complete', 'complete', '进度', '完成百分比', '完成度'],
  phase: ['stage', 'summary', '阶段', '分组'],
  owner: ['resource', 'resource names', 'assignee', 'responsible', '负责人', '资源名称', '执行人'],
  hours: ['work', 'effort', '工时', '工作量'],
  notes: ['note', 'comments', 'description', '备注', '说明'],
};

export interface TaskCsvValues {
  name: string;
  start: string;
  end: string | null;
  milestone: boolean;
  progress: number;
  phase: string;
  owner: string;
  hours: number;
  notes: string;
}

const YES = new Set(['1', 'yes', 'y', 'true', 'x', '是', '✓', '√']);

export const readTaskCell = {
  name: (raw: string): CellResult<string> => (raw.trim() ? { ok: true, value: raw.trim() } : { ok: false, code: 'empty' }),
  start: (raw: string, order?: DateOrder): CellResult<string> => parseDateCell(raw, order),
  end: (raw: string, order?: DateOrder): CellResult<string | null> => (raw.trim() === '' ? { ok: true, value: null } : parseDateCell(raw, order)),
  milestone: (raw: string): CellResult<boolean> => ({ ok: true, value: YES.has(raw.trim().toLowerCase()) }),
  progress: (raw: string): CellResult<number> => {
    if (raw.trim() === '') return { ok: true, value: 0 };
    const r = parseNumberCell(raw);
    if (!r.ok) return r;
    // Excel writes 40% as 0.4 when the cell is a fraction
    const pct = r.value > 0 && r.value < 1 && !raw.includes('%') ? r.value * 100 : r.value;
    return pct > 100 ? { ok: false, code: 'not_a_number', params: { value: raw.trim() } } : { ok: true, value: Math.round(pct) };
  },
  hours: (raw: string): CellResult<number> => (raw.trim() === '' ? { ok: true, value: 0 } : parseNumberCell(raw)),
  text: (raw: string): CellResult<string> => ({ ok: true, value: raw.trim() }),
};

/** The end a row means: a milestone ends on its start, an empty end is a one-day task; null when end is before start. */
export function rowEnd(v: Pick<TaskCsvValues, 'start' | 'end' | 'milestone'>): string | null {
  if (v.milestone) return v.start;
  const end = v.end ?? v.start;
  return end < v.start ? null : end;
}

/** Good rows → the project to import: phases and owners are matched by name (planImport reuses the plan's own). */
export function projectFromTaskRows(rows: readonly TaskCsvValues[], name = ''): ImportedProject {
  const out = emptyProject('csv', name);
  const phaseKeys = new Map<string, string>();
  const personKeys = new Map<string, string>();
  const keyOf = (map: Map<string, string>, list: { key: string; name: string }[], label: string, extra: object) => {
    const k = normaliseHeader(label);
    if (!k) return null;
    if (!map.has(k)) {
      map.set(k, `csv:${list.length}:${k}`);
      list.push({ key: map.get(k)!, name: label.trim(), ...extra } as never);
    }
    return map.get(k)!;
  };
  rows.forEach((r, i) => {
    const end = rowEnd(r) ?? r.start;
    out.tasks.push({
      key: `csv:task:${i}`,
      name: r.name,
      phaseKey: keyOf(phaseKeys, out.phases, r.phase, { color: null }),
      start: r.start,
      end,
      milestone: r.milestone,
      progress: r.progress,
      notes: r.notes,
      ownerKey: keyOf(personKeys, out.people, r.owner, { email: '', role: '' }),
      hours: r.hours,
    });
  });
  return out;
}

export interface CsvRowError {
  line: number;
  reasons: string[];
}

/** A whole CSV text read with the header guesses (for the CLI, which has no mapping step): good rows and the lines refused. */
export function readTasksCsv(text: string): { rows: TaskCsvValues[]; errors: CsvRowError[] } {
  const parsed = parseCsv(text);
  const [header, ...records] = parsed.records;
  const headers = (header?.cells ?? []).map((h) => normaliseHeader(h));
  const column = Object.fromEntries(
    TASK_COLUMNS.map((c) => [c, headers.findIndex((h) => [c, ...TASK_COLUMN_ALIASES[c]].some((a) => normaliseHeader(a) === h))]),
  ) as Record<TaskColumn, number>;
  const rows: TaskCsvValues[] = [];
  const errors: CsvRowError[] = [];
  if (column.name < 0 || column.start < 0) {
    errors.push({ line: header?.line ?? 1, reasons: ['the header must name a “name” and a “start” column'] });
    return { rows, errors };
  }
  for (const rec of records) {
    if (rec.cells.every((c) => c.trim() === '')) continue;
    const cell = (c: TaskColumn) => (column[c] >= 0 ? restoreFormula((rec.cells[column[c]] ?? '').trim()) : '');
    const reasons: string[] = [];
    const take = <T>(c: TaskColumn, r: CellResult<T>, fallback: T): T => {
      if (r.ok) return r.value;
      reasons.push(`${c}: ${r.code}${r.params?.value !== undefined ? ` (${r.params.value})` : ''}`);
      return fallback;
    };
    const v: TaskCsvValues = {
      name: take('name', readTaskCell.name(cell('name')), ''),
      start: take('start', readTaskCell.start(cell('start')), ''),
      end: take('end', readTaskCell.end(cell('end')), null),
      milestone: take('milestone', readTaskCell.milestone(cell('milestone')), false),
      progress: take('progress', readTaskCell.progress(cell('progress')), 0),
      phase: cell('phase'),
      owner: cell('owner'),
      hours: take('hours', readTaskCell.hours(cell('hours')), 0),
      notes: cell('notes'),
    };
    if (!reasons.length && rowEnd(v) === null) reasons.push('end: before start');
    if (reasons.length) errors.push({ line: rec.line, reasons });
    else rows.push(v);
  }
  return { rows, errors };
}
