/** The register as CSV: one row per risk, headers and labels in the user's language, Excel-ready (BOM, CRLF). */
import { writeCsv, type CsvCell } from '../../../shared/logic/csv.ts';
import { bandOf, flagsOf, inherentScore, residualScore, type RiskBand } from '../../../shared/logic/risk.ts';
import type { Risk } from '../../../shared/model/registry.ts';

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
