/**
 * Words for what sharing shows: file sizes, clock times and drift, file paths, and history entries as
 * sentences ("Ana changed Task ‘Launch’ end: Mar 2, 2026 → Mar 9, 2026"). Pure functions: the words
 * come in through `t`, the rows' names through `label`, so unit tests drive them without a page.
 */
import type { HistoryEntry, MergeView } from '../../../shared/api.ts';
import type { LoggedChange } from '../../../shared/model/change.ts';
import { MERGE_VIEWS, VIEW_OF } from '../../../shared/logic/merge.ts';
import { parseHlc } from '../../../shared/logic/hlc.ts';
import { entityDef, isEntityName, type EntityName } from '../../../shared/model/registry.ts';
import { fromMinor, isMoneyField } from '../../../shared/logic/budget-money.ts';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface DescribeContext {
  t: Translate;
  lang: string;
  /** the current name of a row (null when the plan no longer has it) */
  label(entity: EntityName, id: string): string | null;
  /** whether a translation exists (enum values) */
  exists(key: string): boolean;
}

// ---- sizes, times, drift ----

/** A file size as people read it: bytes under 1 KB, then KB, then MB (1 KB = 1024 bytes). */
export function formatBytes(bytes: number, lang: string, bytesWord: string): string {
  const num = (v: number, digits: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(v);
  if (bytes < 1024) return `${num(bytes, 0)} ${bytesWord}`;
  if (bytes < 1024 * 1024) return `${num(bytes / 1024, bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${num(bytes / (1024 * 1024), 1)} MB`;
}

/** The wall time (ms) of a hybrid logical clock, or null when it is not one. */
export function clockMs(clock: string): number | null {
  try {
    return parseHlc(clock).wall;
  } catch {
    return null;
  }
}

/** A clock as a local date and time ("Nov 27, 2026, 9:05 AM"). */
export function formatClock(clock: string, lang: string): string {
  const ms = clockMs(clock);
  if (ms === null) return clock;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** A length of time in its largest sensible unit ("3 minutes", "2 hours", "5 days"). */
export function formatDuration(ms: number, lang: string): string {
  const unit = (value: number, u: 'second' | 'minute' | 'hour' | 'day') =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'long', maximumFractionDigits: 0 }).format(value);
  const s = ms / 1000;
  if (s < 90) return unit(Math.max(1, Math.round(s)), 'second');
  if (s < 90 * 60) return unit(Math.round(s / 60), 'minute');
  if (s < 36 * 3600) return unit(Math.round(s / 3600), 'hour');
  return unit(Math.round(s / 86400), 'day');
}

/** Clock drift worth telling the user about (a few seconds is normal between two computers). */
export const NOTABLE_DRIFT_MS = 2 * 60 * 1000;

// ---- paths (the renderer has no node:path; plans live on Windows, macOS and Linux) ----

export function splitPath(p: string): { dir: string; base: string; sep: string } {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  const sep = p.includes('\\') && !p.includes('/') ? '\\' : '/';
  return i < 0 ? { dir: '', base: p, sep } : { dir: p.slice(0, i), base: p.slice(i + 1), sep: p[i] === '\\' ? '\\' : '/' };
}

export function fileNameOf(p: string): string {
  return splitPath(p).base;
}

/** Adds `.cplan` when a typed name has no extension of ours. */
export function withPlanExtension(p: string): string {
  return /\.cplan$/i.test(p) ? p : `${p}.cplan`;
}

/** `<dir>/<name> (<suffix>).cplan` beside a plan: `(copy)`, then `(copy 2)`, `(copy 3)` … */
export function siblingPath(planPath: string, suffix: string, n = 1): string {
  const { dir, base, sep } = splitPath(planPath);
  const stem = base.replace(/\.cplan$/i, '');
  const name = `${stem} (${n > 1 ? `${suffix} ${n}` : suffix}).cplan`;
  return dir ? `${dir}${sep}${name}` : name;
}

// ---- values ----

/** Fields whose values are the keys of an `enum.<group>` translation. */
const ENUM_GROUP: Record<string, string> = {
  'settings.language': 'language',
  'phase.kind': 'phase_kind',
  'task.kind': 'task_kind',
  'team.kind': 'team_kind',
  'objective.kind': 'objective_kind',
  'objective.period_type': 'period_type',
  'objective.rollup': 'rollup',
  'objective.feasibility': 'feasibility',
  'objective.metric': 'metric',
  'kpi_actual.metric': 'metric',
  'key_date.kind': 'key_date_kind',
  'task_link.type': 'link_type',
  'meeting.recurrence': 'recurrence',
  'platform.preset': 'platform_preset',
  'platform.role': 'platform_role',
  'segment.gender': 'gender',
  'segment.spending_power': 'spending_power',
  'content_item.format': 'content_format',
  'content_status.key': 'status_key',
  'budget_category.key': 'budget_key',
  'raci.role': 'raci_role',
  'tool.purpose': 'tool_purpose',
  'risk.category': 'risk_category',
  'risk.strategy': 'risk_strategy',
  'risk.status': 'risk_status',
  'playbook.incident': 'incident',
  'playbook_run.severity': 'severity',
  'compliance_item.regulation': 'regulation',
  'compliance_item.status': 'compliance_status',
  'swot_item.quadrant': 'swot',
  'pest_item.factor': 'pest',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 60;

function clip(s: string, max = MAX_TEXT): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const ENTITIES_HTML: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The whole text of a value that may hold markup (brief sections are sanitised HTML): one line per block, entities decoded. */
export function plainText(s: string): string {
  if (!s.includes('<') && !s.includes('&')) return s;
  return s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|h[1-6]|li|ul|ol|div|blockquote)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[\da-f]+|\w+);/gi, (m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES_HTML[e.toLowerCase()] ?? m))
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const plain = plainText;

/** A long text or one with markup: the review shows it whole (with a word diff in a conflict), not clipped. */
export function isLongText(value: unknown): value is string {
  return typeof value === 'string' && (value.length > MAX_TEXT || value.includes('<') || value.includes('\n'));
}

export interface ValuePart {
  label: string;
  value: string;
}

const percent = (n: unknown, lang: string) => (typeof n === 'number' ? new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(n / 100) : String(n));

/** A JSON-valued field as labelled parts (weights per criterion, severity levels, bands, ticked steps), or null when it is not one. */
export function valueParts(entity: EntityName, field: string, value: unknown, ctx: DescribeContext): ValuePart[] | null {
  const { t, lang } = ctx;
  const en = (group: string, v: unknown) => (ctx.exists(`enum.${group}.${String(v)}`) ? t(`enum.${group}.${String(v)}`) : String(v));
  const key = `${entity}.${field}`;
  if (key === 'settings.score_weights' && value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => ({ label: en('score_criterion', k), value: percent(v, lang) }));
  }
  if (!Array.isArray(value)) return null;
  const rows = value as Record<string, unknown>[];
  switch (key) {
    case 'settings.risk_bands':
      return rows.map((b) => ({ label: en('risk_band', b.key), value: t('sharing.value.fromScore', { score: b.min_score }) }));
    case 'playbook.levels':
      return rows.map((l) => ({
        label: en('severity', l.severity),
        value: [t('sharing.value.within', { count: l.response_hours }), typeof l.description === 'string' && l.description.trim() ? clip(l.description) : null].filter(Boolean).join(' · '),
      }));
    case 'playbook_run.ticks':
      return rows.map((k) => {
        const ms = typeof k.done_at === 'string' ? Date.parse(k.done_at) : NaN;
        const id = String(k.step_id);
        return { label: ctx.label('playbook_step', id) ?? t('sharing.value.removedStep'), value: Number.isNaN(ms) ? '' : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms) };
      });
    case 'content_item.tactics':
      return rows.map((v) => ({ label: en('tactic', v), value: '' }));
    default:
      return value.some((v) => v && typeof v === 'object')
        ? rows.map((r, i) => ({ label: String(i + 1), value: Object.entries(r).map(([k, v]) => `${fieldName(k, t, ctx.exists)} ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join(', ') }))
        : null;
  }
}

/** The kind of row a field points to, when it holds ids. */
function refOf(entity: EntityName, field: string): EntityName | null {
  const spec = entityDef(entity).fields[field];
  const ref = spec?.ref;
  return ref && isEntityName(ref) ? ref : null;
}

/** One value as a short phrase: dates and numbers in the user's language, ids as names, text quoted and clipped. */
export function describeValue(entity: EntityName, field: string, value: unknown, ctx: DescribeContext): string {
  const none = ctx.t('table.none');
  if (value === null || value === undefined || value === '') return none;
  const ref = refOf(entity, field);
  if (ref) {
    const ids = Array.isArray(value) ? value : [value];
    if (ids.length === 0) return none;
    const names = ids.map((id) => (typeof id === 'string' ? (ctx.label(ref, id) ?? id) : String(id)));
    const shown = names.slice(0, 3).join(ctx.t('table.listSeparator'));
    return names.length > 3 ? `${shown} …(+${names.length - 3})` : shown;
  }
  const parts = valueParts(entity, field, value, ctx);
  if (parts) return parts.length === 0 ? none : parts.map((p) => (p.value ? `${p.label} ${p.value}` : p.label)).join(ctx.t('table.listSeparator'));
  if (typeof value === 'boolean') return ctx.t(value ? 'table.yes' : 'table.no');
  // money is logged in minor units: shown in units, as every view shows it
  if (typeof value === 'number' && isMoneyField(entity, field)) return new Intl.NumberFormat(ctx.lang, { maximumFractionDigits: 2 }).format(fromMinor(value));
  if (typeof value === 'number') return new Intl.NumberFormat(ctx.lang, { maximumFractionDigits: 2 }).format(value);
  if (typeof value === 'string') {
    const group = ENUM_GROUP[`${entity}.${field}`];
    if (group) {
      const key = group === 'metric' ? `metric.${value}` : `enum.${group}.${value}`;
      if (ctx.exists(key)) return ctx.t(key);
    }
    if (DATE.test(value)) {
      const ms = Date.parse(`${value}T00:00:00Z`);
      if (!Number.isNaN(ms)) return new Intl.DateTimeFormat(ctx.lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);
    }
    return `“${clip(plain(value))}”`;
  }
  if (Array.isArray(value)) return value.length === 0 ? none : clip(value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(ctx.t('table.listSeparator')));
  return clip(JSON.stringify(value));
}

export function entityName(entity: string, t: Translate): string {
  return isEntityName(entity) ? t(`sharing.entity.${entity}`) : entity;
}

export function fieldName(field: string, t: Translate, exists: (key: string) => boolean): string {
  const key = `sharing.field.${field}`;
  return exists(key) ? t(key) : field.replace(/_ids?$/, '').replace(/_/g, ' ');
}

// ---- history ----

/** Two values that read the same: equal, or texts whose words are the same once markup and spacing are set aside. */
export function sameText(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return plain(a).replace(/\s+/g, ' ').trim() === plain(b).replace(/\s+/g, ' ').trim();
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** What kind of transaction a history entry is, from the label the store gave it. */
export type EntryKind = { kind: 'template' | 'undo' | 'redo' | 'revert' | 'edit' } | { kind: 'merge'; name: string } | { kind: 'labelled'; label: string };

export function entryKind(label: string): EntryKind {
  if (label === 'template') return { kind: 'template' };
  if (label === 'undo') return { kind: 'undo' };
  if (label === 'redo') return { kind: 'redo' };
  if (/^revert \d+$/.test(label)) return { kind: 'revert' };
  const merge = /^merge(?: (.*))?$/s.exec(label);
  if (merge) return { kind: 'merge', name: merge[1] ?? '' };
  if (!label.trim()) return { kind: 'edit' };
  return { kind: 'labelled', label };
}

export function entryTitle(entry: Pick<HistoryEntry, 'label'>, t: Translate): string {
  const k = entryKind(entry.label);
  switch (k.kind) {
    case 'merge':
      return t('sharing.history.kind.merge', { name: k.name });
    case 'labelled':
      return k.label;
    default:
      return t(`sharing.history.kind.${k.kind}`);
  }
}

/** Entries that can be reverted: creating the plan cannot (it would empty it). */
export function canRevert(entry: Pick<HistoryEntry, 'label' | 'changes'>): boolean {
  return entryKind(entry.label).kind !== 'template' && entry.changes.length > 0;
}

/** The views an entry's changes show up in. */
export function entryViews(entry: Pick<HistoryEntry, 'changes'>): Set<MergeView> {
  return new Set(entry.changes.filter((c) => isEntityName(c.entity)).map((c) => VIEW_OF[c.entity as EntityName]));
}

export { MERGE_VIEWS };

/** A row's name for a sentence: its current name, else the name the history gave it (deleted rows), else a name or title its changes carry. */
function rowName(entity: EntityName, id: string, changes: readonly LoggedChange[], ctx: DescribeContext, labels?: Readonly<Record<string, string>>): string {
  const now = ctx.label(entity, id);
  if (now && now !== id) return now;
  const then = labels?.[`${entity}\u0000${id}`];
  if (then && then !== id) return clip(plain(then), 50);
  for (const field of ['name', 'title', 'label', 'text', 'requirement', 'metric', 'code']) {
    const c = changes.find((x) => x.field === field);
    const v = typeof c?.value === 'string' && c.value.trim() ? c.value : typeof c?.old === 'string' && c.old.trim() ? c.old : null;
    if (v) return clip(plain(v), 50);
  }
  return now ?? id;
}

/**
 * One sentence per row an entry touched: added / deleted / restored, else one per changed field (a move in
 * a list is "moved"). Changes carry their own author (a merge holds edits made by colleagues).
 */
export function historyLines(entry: Pick<HistoryEntry, 'changes' | 'author' | 'labels'>, ctx: DescribeContext): string[] {
  const { t } = ctx;
  const byRow = new Map<string, LoggedChange[]>();
  for (const c of entry.changes) {
    if (!isEntityName(c.entity)) continue;
    const key = `${c.entity}\u0000${c.id}`;
    const list = byRow.get(key);
    if (list) list.push(c);
    else byRow.set(key, [c]);
  }
  const lines: string[] = [];
  const has = (key: string) => ctx.exists(key);
  for (const changes of byRow.values()) {
    const first = changes[0]!;
    const entity = first.entity as EntityName;
    const author = first.author || entry.author;
    const base = { author, entity: entityName(entity, t), label: rowName(entity, first.id, changes, ctx, entry.labels) };
    const del = changes.find((c) => c.field === 'deleted');
    if (del && del.value === true) {
      lines.push(t('sharing.history.deleted', base));
      continue;
    }
    if (del && del.value === false && (del.old === undefined || del.old === null)) {
      lines.push(t('sharing.history.added', base));
      continue;
    }
    if (del && del.value === false && del.old === true) {
      lines.push(t('sharing.history.restored', base));
      continue;
    }
    let moved = false;
    for (const c of changes) {
      if (c.field === 'deleted') continue;
      if (c.field === 'sort_order') {
        moved = true;
        continue;
      }
      const from = describeValue(entity, c.field, c.old, ctx);
      const to = describeValue(entity, c.field, c.value, ctx);
      if (from === to) {
        // the same words, or a long text that differs past what a line shows: no "X → X"
        if (!sameText(c.old, c.value)) lines.push(t(entity === 'settings' ? 'sharing.history.editedPlan' : 'sharing.history.edited', { ...base, author: c.author || entry.author, field: fieldName(c.field, t, has) }));
        continue;
      }
      lines.push(
        t(entity === 'settings' ? 'sharing.history.changedPlan' : 'sharing.history.changed', {
          ...base,
          author: c.author || entry.author,
          field: fieldName(c.field, t, has),
          from,
          to,
        }),
      );
    }
    if (moved) lines.push(t('sharing.history.moved', base));
  }
  return lines;
}
