/**
 * Who does what: RACI completeness (every phase or task needs exactly one Accountable person) and
 * the weekly load of each person against their capacity.
 */
import type { Person, Task } from '../model/registry.ts';
import type { RACI_ROLES } from '../model/enums.ts';
import { fromDay, isoWeekOf, toDay } from './dates.ts';

export interface RaciLike {
  person_id: string;
  phase_id: string | null;
  task_id: string | null;
  role: (typeof RACI_ROLES)[number];
  deleted?: boolean;
}

export interface RaciProblem {
  kind: 'phase' | 'task';
  id: string;
  /** how many different people are Accountable (0, or more than one) */
  accountable: number;
}

/** The phases and tasks, in input order, that do not have exactly one Accountable person. */
export function raciCheck(
  raci: readonly RaciLike[],
  targets: { phases?: readonly { id: string; deleted?: boolean }[]; tasks?: readonly { id: string; deleted?: boolean }[] },
): RaciProblem[] {
  const accountable = new Map<string, Set<string>>();
  const add = (key: string, person: string) => {
    const set = accountable.get(key);
    if (set) set.add(person);
    else accountable.set(key, new Set([person]));
  };
  for (const r of raci) {
    if (r.deleted || r.role !== 'A') continue;
    if (r.phase_id !== null) add(`phase:${r.phase_id}`, r.person_id);
    if (r.task_id !== null) add(`task:${r.task_id}`, r.person_id);
  }
  const problems: RaciProblem[] = [];
  const check = (kind: RaciProblem['kind'], list: readonly { id: string; deleted?: boolean }[] = []) => {
    for (const t of list) {
      if (t.deleted) continue;
      const count = accountable.get(`${kind}:${t.id}`)?.size ?? 0;
      if (count !== 1) problems.push({ kind, id: t.id, accountable: count });
    }
  };
  check('phase', targets.phases);
  check('task', targets.tasks);
  return problems;
}

export type LoadTask = Pick<Task, 'start' | 'end' | 'hours' | 'owner_id'> & { deleted?: boolean };
export type LoadPerson = Pick<Person, 'id' | 'capacity_hours'> & { deleted?: boolean };

export interface LoadWeek {
  /** 'YYYY-Www' (ISO 8601) */
  key: string;
  /** Monday and Sunday of the week */
  start: string;
  end: string;
}

export interface PersonLoad {
  personId: string;
  capacity: number;
  /** hours per week, aligned with `weeks` */
  hours: number[];
  /** true where the week's hours exceed the person's weekly capacity */
  over: boolean[];
}

export interface WeeklyLoad {
  weeks: LoadWeek[];
  people: PersonLoad[];
  /** hours of tasks without an owner, per week */
  unassigned: number[];
}

/**
 * Hours per person per ISO week between from and to ('YYYY-MM-DD'), widened to whole weeks so a week's
 * total is never cut short. A task's hours are spread evenly over all its days (weekends included) and
 * count for its owner; tasks owned by someone not in `people` count as unassigned.
 */
export function weeklyLoad(tasks: readonly LoadTask[], people: readonly LoadPerson[], from: string, to: string): WeeklyLoad {
  const firstMonday = isoWeekOf(toDay(from)).monday;
  const lastMonday = isoWeekOf(toDay(to)).monday;
  const weeks: LoadWeek[] = [];
  for (let m = firstMonday; m <= lastMonday; m += 7) weeks.push({ key: isoWeekOf(m).key, start: fromDay(m), end: fromDay(m + 6) });

  const live = people.filter((p) => !p.deleted);
  const rows = new Map<string, PersonLoad>();
  for (const p of live) rows.set(p.id, { personId: p.id, capacity: p.capacity_hours, hours: weeks.map(() => 0), over: [] });
  const unassigned = weeks.map(() => 0);

  const rangeEnd = lastMonday + 6;
  for (const t of tasks) {
    if (t.deleted || t.hours <= 0) continue;
    const s = toDay(t.start);
    const e = toDay(t.end);
    if (e < s) continue;
    const perDay = t.hours / (e - s + 1);
    const target = (t.owner_id !== null && rows.get(t.owner_id)?.hours) || unassigned;
    // Walk the weeks the task overlaps rather than its days: long tasks stay cheap.
    for (let day = Math.max(s, firstMonday); day <= Math.min(e, rangeEnd); ) {
      const week = Math.floor((day - firstMonday) / 7);
      const weekEnd = firstMonday + week * 7 + 6;
      const until = Math.min(e, weekEnd);
      target[week]! += perDay * (until - day + 1);
      day = until + 1;
    }
  }
  for (const r of rows.values()) r.over = r.hours.map((h) => h > r.capacity + 1e-9);
  return { weeks, people: [...rows.values()], unassigned };
}
