/**
 * An imported project as ONE change list against the open plan, and the preview that tells the user
 * what it will create and what it leaves out. Nothing here writes: the caller applies `changes` with
 * applyChanges, so the import is one undo step.
 */
import { PlannerError } from '../errors.ts';
import type { Change } from '../model/change.ts';
import type { KeyDate, Person, Phase } from '../model/registry.ts';
import { DROP_REASONS, type DropReason, type Dropped, type ImportFormat, type ImportedProject } from './project.ts';

export interface ImportPreview {
  format: ImportFormat;
  /** the project's name in the file ('' when it has none) */
  name: string;
  counts: {
    /** new phases */
    phases: number;
    /** summaries whose name is already a phase of the plan: their tasks join it */
    phasesMatched: number;
    /** tasks, milestones included */
    tasks: number;
    milestones: number;
    links: number;
    /** new people */
    people: number;
    /** resources that are already people of the plan (same name): tasks get them as owners */
    peopleMatched: number;
    keyDates: number;
  };
  /** what is left out or changed on the way in, per reason, with a few names */
  dropped: { reason: DropReason; count: number; examples: string[] }[];
  /** the plan's dates after the import when the tasks lie outside them, else null */
  planDates: { start: string; end: string } | null;
  /** the one change list that performs the import */
  changes: Change[];
}

export interface PlanContext {
  settings: { start_date: string; end_date: string; language: string };
  people: readonly Pick<Person, 'id' | 'name'>[];
  phases: readonly Pick<Phase, 'id' | 'name'>[];
  keyDates: readonly Pick<KeyDate, 'start' | 'end' | 'kind'>[];
}

const NAME_MAX = 500;
const NOTES_MAX = 20_000;
const EXAMPLES = 5;
const MAX_YEARS = 10;

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

function randomId(prefix: string): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(6));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const FALLBACK_NAMES = {
  holiday: { en: 'Holiday', 'zh-CN': '假日' },
  workday: { en: 'Working day', 'zh-CN': '调休上班' },
} as const;

export function planImport(project: ImportedProject, plan: PlanContext, newId: (prefix: string) => string = randomId): ImportPreview {
  if (project.tasks.length === 0 && project.phases.length === 0) throw new PlannerError('IMPORT_EMPTY');
  const dropped: Dropped[] = [...project.dropped];
  const changes: Change[] = [];
  const set = (entity: Change['entity'], id: string, values: Record<string, unknown>) => {
    for (const [field, value] of Object.entries(values)) changes.push({ entity, id, field, value });
  };

  // the plan's dates grow to hold every task (the Timeline draws the plan's span)
  let start = plan.settings.start_date;
  let end = plan.settings.end_date;
  for (const t of project.tasks) {
    if (t.start < start) start = t.start;
    if (t.end > end) end = t.end;
  }
  const widened = start !== plan.settings.start_date || end !== plan.settings.end_date;
  if (widened) set('settings', 'plan', { start_date: start, end_date: end });

  const personIds = new Map<string, string>();
  let people = 0;
  let matched = 0;
  for (const p of project.people) {
    const existing = plan.people.find((x) => sameName(x.name, p.name));
    if (existing) {
      personIds.set(p.key, existing.id);
      matched++;
      continue;
    }
    const id = newId('person');
    personIds.set(p.key, id);
    people++;
    set('person', id, { name: clip(p.name, NAME_MAX), email: clip(p.email, 200), role: clip(p.role, 200) });
  }

  const phaseIds = new Map<string, string>();
  let phases = 0;
  for (const ph of project.phases) {
    const existing = plan.phases.find((x) => sameName(x.name, ph.name));
    if (existing) {
      phaseIds.set(ph.key, existing.id);
      continue;
    }
    phases++;
    const id = newId('phase');
    phaseIds.set(ph.key, id);
    set('phase', id, { name: clip(ph.name, NAME_MAX), ...(ph.color ? { color: ph.color } : {}) });
  }

  const taskIds = new Map<string, string>();
  for (const t of project.tasks) {
    const id = newId('task');
    taskIds.set(t.key, id);
    set('task', id, {
      name: clip(t.name, NAME_MAX),
      phase_id: t.phaseKey ? (phaseIds.get(t.phaseKey) ?? null) : null,
      start: t.start,
      end: t.milestone ? t.start : t.end,
      milestone: t.milestone,
      progress: t.progress,
      owner_id: t.ownerKey ? (personIds.get(t.ownerKey) ?? null) : null,
      hours: Math.min(100_000, Math.max(0, t.hours)),
      notes: clip(t.notes, NOTES_MAX),
    });
  }

  // links: each pair once, and none that closes a loop (the store would refuse the whole import)
  const next = new Map<string, string[]>();
  const reaches = (from: string, to: string) => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const n = stack.pop()!;
      if (n === to) return true;
      if (seen.has(n)) continue;
      seen.add(n);
      stack.push(...(next.get(n) ?? []));
    }
    return false;
  };
  const pairs = new Set<string>();
  const taskName = new Map(project.tasks.map((t) => [t.key, t.name]));
  let links = 0;
  for (const l of project.links) {
    const from = taskIds.get(l.from);
    const to = taskIds.get(l.to);
    const name = `${taskName.get(l.from) ?? l.from} → ${taskName.get(l.to) ?? l.to}`;
    if (!from || !to || from === to) {
      dropped.push({ reason: 'linkMissing', name });
      continue;
    }
    if (pairs.has(`${from} ${to}`)) {
      dropped.push({ reason: 'linkDuplicate', name });
      continue;
    }
    if (reaches(to, from)) {
      dropped.push({ reason: 'linkCycle', name });
      continue;
    }
    pairs.add(`${from} ${to}`);
    next.set(from, [...(next.get(from) ?? []), to]);
    links++;
    set('task_link', newId('link'), { predecessor_id: from, successor_id: to, type: l.type, lag_days: Math.max(-3650, Math.min(3650, l.lagDays)) });
  }

  // key dates: yearly ones ("*-MM-DD") once in each year of the plan; none the plan already has
  const lang = plan.settings.language === 'en' ? 'en' : 'zh-CN';
  const firstYear = Number(start.slice(0, 4));
  const lastYear = Math.min(Number(end.slice(0, 4)), firstYear + MAX_YEARS - 1);
  const have = new Set(plan.keyDates.map((k) => `${k.start} ${k.end} ${k.kind}`));
  let keyDates = 0;
  for (const k of project.keyDates) {
    const years = k.start.startsWith('*-') ? Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i) : [null];
    for (const y of years) {
      const s = y === null ? k.start : `${y}${k.start.slice(1)}`;
      const e = y === null ? k.end : `${y}${k.end.slice(1)}`;
      const name = k.name ?? FALLBACK_NAMES[k.kind][lang];
      if (Number.isNaN(Date.parse(`${s}T00:00:00Z`)) || e < s) continue; // 29 February in a year without one
      if (e < start || s > end) {
        if (y === null) dropped.push({ reason: 'keyDateOutside', name: `${name} (${s})` });
        continue;
      }
      const key = `${s} ${e} ${k.kind}`;
      if (have.has(key)) {
        dropped.push({ reason: 'keyDateExists', name: `${name} (${s})` });
        continue;
      }
      have.add(key);
      keyDates++;
      set('key_date', newId('kd'), { name: clip(name, NAME_MAX), start: s, end: e, kind: k.kind });
    }
  }

  return {
    format: project.format,
    name: project.name,
    counts: {
      phases,
      phasesMatched: project.phases.length - phases,
      tasks: project.tasks.length,
      milestones: project.tasks.filter((t) => t.milestone).length,
      links,
      people,
      peopleMatched: matched,
      keyDates,
    },
    dropped: DROP_REASONS.flatMap((reason) => {
      const hits = dropped.filter((d) => d.reason === reason);
      return hits.length ? [{ reason, count: hits.length, examples: hits.slice(0, EXAMPLES).map((d) => d.name) }] : [];
    }),
    planDates: widened ? { start, end } : null,
    changes,
  };
}
