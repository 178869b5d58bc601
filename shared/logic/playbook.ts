/**
 * Emergency playbooks: the state of a run (clock, response-time target, ticked steps) and the changes
 * that keep the risk ↔ playbook links symmetric (risk.playbook_id and playbook.risk_ids).
 * Times are ISO timestamps; "now" is passed in, so everything here is pure and testable.
 */
import type { Change } from '../model/change.ts';
import type { Row } from '../model/registry.ts';

export type Playbook = Row<'playbook'>;
export type PlaybookStep = Row<'playbook_step'>;
export type PlaybookRun = Row<'playbook_run'>;
export type RunTick = PlaybookRun['ticks'][number];
export type Severity = PlaybookRun['severity'];
export type Level = Playbook['levels'][number];

const HOUR_MS = 3_600_000;

/** The playbook's level for a severity (the first one listed when a severity appears twice). */
export function levelOf(levels: readonly Level[], severity: Severity): Level | null {
  return levels.find((l) => l.severity === severity) ?? null;
}

export type RunPhase =
  /** running, target not yet reached */
  | 'on_track'
  /** the deadline passed before every step was done (running or ended) */
  | 'missed'
  /** every step done by the deadline (or no target set and every step done) */
  | 'met'
  /** ended before the deadline with steps left undone */
  | 'ended_incomplete';

export interface RunState {
  startedMs: number;
  /** started + response hours of the declared severity; null when the playbook has no level for it */
  deadlineMs: number | null;
  targetHours: number | null;
  /** when the run was ended; null while it runs */
  endedMs: number | null;
  /** the clock: from the start to the end, or to now while running (never negative) */
  elapsedMs: number;
  /** deadline minus now (or minus the end); negative once past */
  remainingMs: number | null;
  done: number;
  total: number;
  /** every current step ticked */
  complete: boolean;
  /** when the last step was ticked, once complete */
  completedMs: number | null;
  phase: RunPhase;
  /** steps ticked after the deadline */
  lateStepIds: string[];
}

function ms(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const v = Date.parse(iso);
  return Number.isNaN(v) ? null : v;
}

/**
 * Where a run stands at `nowIso`. Only ticks of steps that still exist count (a step deleted since
 * the run keeps its tick in the record but no longer counts towards completion).
 */
export function runState(run: Pick<PlaybookRun, 'severity' | 'started_at' | 'ended_at' | 'ticks'>, steps: readonly Pick<PlaybookStep, 'id'>[], levels: readonly Level[], nowIso: string): RunState {
  const startedMs = ms(run.started_at) ?? ms(nowIso) ?? 0;
  const nowMs = ms(nowIso) ?? startedMs;
  const endedMs = ms(run.ended_at);
  const level = levelOf(levels, run.severity);
  const targetHours = level ? level.response_hours : null;
  const deadlineMs = targetHours === null ? null : startedMs + targetHours * HOUR_MS;
  const stepIds = new Set(steps.map((s) => s.id));
  const ticks = run.ticks.filter((t) => stepIds.has(t.step_id));
  const tickedIds = new Set(ticks.map((t) => t.step_id));
  const done = tickedIds.size;
  const total = stepIds.size;
  const complete = total > 0 && done === total;
  const tickTimes = ticks.map((t) => ms(t.done_at)).filter((v): v is number => v !== null);
  const completedMs = complete && tickTimes.length ? Math.max(...tickTimes) : null;
  const until = endedMs ?? nowMs;
  const elapsedMs = Math.max(0, until - startedMs);
  const remainingMs = deadlineMs === null ? null : deadlineMs - until;
  const lateStepIds = deadlineMs === null ? [] : ticks.filter((t) => (ms(t.done_at) ?? 0) > deadlineMs).map((t) => t.step_id);

  let phase: RunPhase;
  if (complete) phase = deadlineMs !== null && completedMs !== null && completedMs > deadlineMs ? 'missed' : 'met';
  else if (deadlineMs !== null && until > deadlineMs) phase = 'missed';
  else phase = endedMs !== null ? 'ended_incomplete' : 'on_track';

  return { startedMs, deadlineMs, targetHours, endedMs, elapsedMs, remainingMs, done, total, complete, completedMs, phase, lateStepIds };
}

/** The ticks with a step ticked (at `nowIso`) or, when it was ticked already, unticked. Kept in time order. */
export function toggleTick(ticks: readonly RunTick[], stepId: string, nowIso: string): RunTick[] {
  if (ticks.some((t) => t.step_id === stepId)) return ticks.filter((t) => t.step_id !== stepId);
  return [...ticks, { step_id: stepId, done_at: nowIso }].sort((a, b) => (ms(a.done_at) ?? 0) - (ms(b.done_at) ?? 0));
}

/** The run that is still going for a playbook (the latest started, if several were left open). */
export function activeRun<R extends Pick<PlaybookRun, 'playbook_id' | 'started_at' | 'ended_at'>>(runs: readonly R[], playbookId: string): R | null {
  let best: R | null = null;
  for (const r of runs) {
    if (r.playbook_id !== playbookId || r.ended_at) continue;
    if (!best || (ms(r.started_at) ?? 0) > (ms(best.started_at) ?? 0)) best = r;
  }
  return best;
}

/** h:mm:ss of a duration (negative durations shown by their size). */
export function clockText(durationMs: number): string {
  const total = Math.floor(Math.abs(durationMs) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

type LinkRisk = Pick<Row<'risk'>, 'id' | 'playbook_id'>;
type LinkPlaybook = Pick<Playbook, 'id' | 'risk_ids'>;

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * The changes that make `playbookId` (or none) the playbook of one risk, on both sides: the risk's
 * playbook_id, the new playbook's risk_ids, and every other playbook that listed the risk.
 * Ids of risks that no longer exist are dropped from any risk_ids written (the store refuses them).
 */
export function linkRiskToPlaybook(riskId: string, playbookId: string | null, risks: readonly LinkRisk[], playbooks: readonly LinkPlaybook[]): Change[] {
  const live = new Set(risks.map((r) => r.id));
  const out: Change[] = [];
  const risk = risks.find((r) => r.id === riskId);
  if (risk && risk.playbook_id !== playbookId) out.push({ entity: 'risk', id: riskId, field: 'playbook_id', value: playbookId });
  for (const p of playbooks) {
    const kept = p.risk_ids.filter((id) => live.has(id) && id !== riskId);
    const next = p.id === playbookId ? [...kept, riskId] : kept;
    const wasThere = p.risk_ids.includes(riskId);
    if ((p.id === playbookId && !wasThere) || (p.id !== playbookId && wasThere)) {
      if (!sameIds(next, p.risk_ids)) out.push({ entity: 'playbook', id: p.id, field: 'risk_ids', value: next });
    }
  }
  return out;
}

/**
 * The changes that make `riskIds` the risks one playbook answers: its risk_ids, the playbook_id of every
 * risk added (taken from the playbook it had) and of every risk removed (cleared).
 */
export function setPlaybookRisks(playbookId: string, riskIds: readonly string[], risks: readonly LinkRisk[], playbooks: readonly LinkPlaybook[]): Change[] {
  const live = new Set(risks.map((r) => r.id));
  const wanted = [...new Set(riskIds.filter((id) => live.has(id)))];
  const wantedSet = new Set(wanted);
  const out: Change[] = [];
  const self = playbooks.find((p) => p.id === playbookId);
  if (self && !sameIds(self.risk_ids, wanted)) out.push({ entity: 'playbook', id: playbookId, field: 'risk_ids', value: wanted });
  for (const r of risks) {
    if (wantedSet.has(r.id) && r.playbook_id !== playbookId) out.push({ entity: 'risk', id: r.id, field: 'playbook_id', value: playbookId });
    if (!wantedSet.has(r.id) && r.playbook_id === playbookId) out.push({ entity: 'risk', id: r.id, field: 'playbook_id', value: null });
  }
  for (const p of playbooks) {
    if (p.id === playbookId) continue;
    const next = p.risk_ids.filter((id) => live.has(id) && !wantedSet.has(id));
    if (p.risk_ids.some((id) => wantedSet.has(id)) && !sameIds(next, p.risk_ids)) out.push({ entity: 'playbook', id: p.id, field: 'risk_ids', value: next });
  }
  return out;
}

/**
 * The changes that take deleted ids out of a list field of other rows (risk_ids of playbooks and
 * compliance items when risks are deleted, for instance), so later edits of those rows stay valid.
 */
export function dropRefs<E extends 'playbook' | 'compliance_item'>(entity: E, rows: readonly { id: string; risk_ids: readonly string[] }[], removed: ReadonlySet<string>, live: ReadonlySet<string>): Change[] {
  const out: Change[] = [];
  for (const row of rows) {
    if (!row.risk_ids.some((id) => removed.has(id))) continue;
    out.push({ entity, id: row.id, field: 'risk_ids', value: row.risk_ids.filter((id) => !removed.has(id) && live.has(id)) });
  }
  return out;
}
