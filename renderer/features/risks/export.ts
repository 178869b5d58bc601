/** The risks view's tabs as CSV, headers and labels in the user's language, Excel-ready (BOM, CRLF). */
import { writeCsv, type CsvCell } from '../../../shared/logic/csv.ts';
import { bandOf, flagsOf, inherentScore, residualScore, type RiskBand } from '../../../shared/logic/risk.ts';
import type { Risk, Row } from '../../../shared/model/registry.ts';

export interface CsvLabels {
  t: (key: string, opts?: Record<string, unknown>) => string;
  bandName: (key: string) => string;
  people: ReadonlyMap<string, string>;
  tasks: ReadonlyMap<string, string>;
  platforms: ReadonlyMap<string, string>;
  playbooks: ReadonlyMap<string, string>;
  today: string;
  bands: readonly RiskBand[];
}

const COLUMNS = [
  'code', 'title', 'category', 'cause', 'event', 'effect', 'likelihood', 'impact', 'score', 'band',
  'residualLikelihood', 'residualImpact', 'residual', 'residualBand', 'owner', 'trigger', 'triggerSeen', 'strategy',
  'mitigation', 'contingency', 'status', 'identified', 'review', 'flags', 'tasks', 'platforms', 'playbook',
] as const;

export function registerCsv(risks: readonly Risk[], l: CsvLabels): string {
  const { t } = l;
  const names = (ids: readonly string[], map: ReadonlyMap<string, string>) => ids.map((id) => map.get(id)).filter(Boolean).join('; ');
  const band = (n: number) => {
    const b = bandOf(n, l.bands);
    return b ? l.bandName(b.key) : '';
  };
  const header = COLUMNS.map((c) => t(`views.risks.col.${c}`));
  const rows: CsvCell[][] = risks.map((r) => [
    r.code,
    r.title,
    t(`enum.risk_category.${r.category}`),
    r.cause,
    r.event,
    r.effect,
    r.likelihood,
    r.impact,
    inherentScore(r),
    band(inherentScore(r)),
    r.residual_likelihood,
    r.residual_impact,
    residualScore(r),
    band(residualScore(r)),
    r.owner_id ? l.people.get(r.owner_id) ?? '' : '',
    r.trigger,
    r.trigger_seen ? t('table.yes') : t('table.no'),
    t(`enum.risk_strategy.${r.strategy}`),
    r.mitigation,
    r.contingency,
    t(`enum.risk_status.${r.status}`),
    r.identified_on ?? '',
    r.review_on ?? '',
    flagsOf(r, l.today).map((f) => t(`views.risks.flag.${f}`)).join('; '),
    names(r.task_ids, l.tasks),
    names(r.platform_ids, l.platforms),
    r.playbook_id ? l.playbooks.get(r.playbook_id) ?? '' : '',
  ]);
  return writeCsv([header, ...rows]);
}

/** A file name from the plan's name: no characters that file systems refuse. */
export function fileName(base: string, suffix: string, ext: string): string {
  const clean = `${base} ${suffix}`.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return `${clean || suffix}.${ext}`;
}

/** Hands a text file to the browser (or Electron's save dialog) as a download. */
export function download(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type ComplianceItem = Row<'compliance_item'>;

/** The compliance checklist as shown (filters and order), in the grid's column order. */
export function complianceCsv(items: readonly ComplianceItem[], l: Pick<CsvLabels, 't' | 'people'> & { risks: ReadonlyMap<string, string> }): string {
  const { t } = l;
  const header = (['regulation', 'requirement', 'owner_id', 'status', 'due', 'risk_ids', 'evidence'] as const).map((c) => t(`views.risks.compliance.col.${c}`));
  const rows: CsvCell[][] = items.map((c) => [
    t(`enum.regulation.${c.regulation}`),
    c.requirement,
    c.owner_id ? l.people.get(c.owner_id) ?? '' : '',
    t(`enum.compliance_status.${c.status}`),
    c.due ?? '',
    c.risk_ids.map((id) => l.risks.get(id)).filter(Boolean).join('; '),
    c.evidence,
  ]);
  return writeCsv([header, ...rows]);
}

/** Every playbook with its steps, one row per step (a playbook without steps still has its row), for a spreadsheet. */
export function playbooksCsv(
  playbooks: readonly Row<'playbook'>[],
  steps: readonly Row<'playbook_step'>[],
  l: Pick<CsvLabels, 't' | 'people'> & { risks: ReadonlyMap<string, string> },
): string {
  const { t } = l;
  const header = (['playbook', 'incident', 'owner', 'deputy', 'levels', 'stepNo', 'step', 'who', 'resources', 'risks'] as const).map((c) => t(`views.risks.output.col.${c}`));
  const person = (id: string | null) => (id ? l.people.get(id) ?? '' : '');
  const rows = playbooks.flatMap((p): CsvCell[][] => {
    const mine = steps.filter((s) => s.playbook_id === p.id).sort((a, b) => a.sort_order - b.sort_order);
    const levels = p.levels.map((v) => t('views.risks.output.level', { severity: t(`enum.severity.${v.severity}`), hours: v.response_hours })).join('; ');
    const risks = p.risk_ids.map((id) => l.risks.get(id)).filter(Boolean).join('; ');
    const head = [p.name, t(`enum.incident.${p.incident}`), person(p.owner_id), person(p.deputy_id), levels];
    const tail = [p.resources, risks];
    return mine.length ? mine.map((s, i) => [...head, i + 1, s.text, s.who, ...tail]) : [[...head, '', '', '', ...tail]];
  });
  return writeCsv([header, ...rows]);
}
