import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchName, type Named } from '../../../shared/logic/budget-csv.ts';
import { parseDateCell, parseNumberCell, type ParsedCsv } from '../../../shared/logic/csv.ts';
import type { Objective, Platform } from '../../../shared/model/registry.ts';
import { usePlan } from '../../app/store/context.tsx';
import { CsvImport, fromCell, type CsvField, type FieldResult } from '../../ui/CsvImport.tsx';
import { useFormat } from '../../ui/format.ts';
import { newId } from '../../ui/ids.ts';
import { rowChanges, useReadOnly } from '../../ui/useEdit.ts';
import { METRICS } from './labels.ts';
import { kpiMetricNames, METRIC_COLUMN, metricFromCell, unpivotKpiExport, VALUE_COLUMN } from './kpi-csv.ts';

/** "Import CSV…": measured values (date, platform, metric, value, objective) through the shared import dialog. */
export function KpiImportButton({ platforms, objectives }: { platforms: readonly Platform[]; objectives: readonly Objective[] }) {
  const { t } = useTranslation();
  const readOnly = useReadOnly();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} disabled={readOnly}>
        {t('views.goals.importCsv')}
      </button>
      {open ? <KpiImportDialog platforms={platforms} objectives={objectives} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function KpiImportDialog({ platforms, objectives, onClose }: { platforms: readonly Platform[]; objectives: readonly Objective[]; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const pushToast = usePlan((s) => s.pushToast);

  // names in both languages, so a Chinese export imports into an English-speaking session and back
  const metricNames = useMemo(() => {
    const both = ['en', 'zh-CN'].map((l) => i18n.getFixedT(l));
    return kpiMetricNames(METRICS.map((m) => ({ id: m, names: [m, ...both.map((tt) => tt(`metric.${m}`))] })));
  }, [i18n]);
  const reshape = useCallback((parsed: ParsedCsv) => unpivotKpiExport(parsed, metricNames), [metricNames]);

  const fields = useMemo((): CsvField[] => {
    const both = ['en', 'zh-CN'].map((l) => i18n.getFixedT(l));
    const platformNames: Named[] = platforms.map((p) => ({ id: p.id, names: [p.name, p.id, p.preset === 'custom' ? '' : p.preset, ...both.map((tt) => (p.preset === 'custom' ? '' : tt(`enum.platform_preset.${p.preset}`)))].filter(Boolean) }));
    const objectiveNames: Named[] = objectives.map((o) => ({ id: o.id, names: [o.name, o.id] }));
    const named = (names: Named[], kind: 'platform' | 'objective') => (raw: string): FieldResult<string | null> => {
      const r = matchName(raw, names, true);
      if (r.ok) return r;
      if (r.code === 'empty') return { ok: true, value: null };
      return { ok: false, error: t(`views.goals.importError.${r.code === 'ambiguous_name' ? 'ambiguous' : 'unknown'}_${kind}`, { value: raw }) };
    };
    const label = (k: 'date' | 'platform' | 'metric' | 'value' | 'objective') => t(`views.goals.importColumn.${k}`);
    return [
      { key: 'date', label: label('date'), required: true, aliases: ['日期', 'day', 'stat date', '统计日期', '时间'], parse: (raw, { dateOrder }) => fromCell(t, parseDateCell(raw, dateOrder)), show: (v) => fmt.date(v as string) },
      {
        key: 'platform_id',
        label: label('platform'),
        aliases: ['platform', '平台', 'channel', '渠道'],
        parse: named(platformNames, 'platform'),
        show: (v) => (typeof v === 'string' ? platforms.find((p) => p.id === v)?.name ?? v : t('views.goals.allPlatforms')),
      },
      {
        key: 'metric',
        label: label('metric'),
        required: true,
        aliases: METRIC_COLUMN,
        parse: (raw) => {
          const r = metricFromCell(raw, metricNames);
          return r.ok ? r : { ok: false, error: t('views.goals.importError.bad_metric', { value: raw }) };
        },
        show: (v) => t(`metric.${String(v)}`, { defaultValue: String(v) }),
      },
      {
        key: 'value',
        label: label('value'),
        required: true,
        aliases: VALUE_COLUMN,
        parse: (raw) => fromCell(t, parseNumberCell(raw, { allowNegative: true })),
        show: (v) => fmt.number(v as number),
      },
      {
        key: 'objective_id',
        label: label('objective'),
        aliases: ['objective', '目标', 'goal', 'objective id'],
        parse: named(objectiveNames, 'objective'),
        show: (v) => (typeof v === 'string' ? objectives.find((o) => o.id === v)?.name ?? v : t('table.none')),
      },
    ];
  }, [platforms, objectives, metricNames, t, i18n, fmt]);

  return (
    <CsvImport
      title={t('views.goals.importTitle')}
      intro={t('views.goals.importHint')}
      fields={fields}
      reshape={reshape}
      toChanges={(rows) =>
        rows.flatMap((r) =>
          rowChanges('kpi_actual', newId('kpi'), {
            date: r.values.date,
            platform_id: r.values.platform_id ?? null,
            metric: r.values.metric,
            value: r.values.value,
            objective_id: r.values.objective_id ?? null,
          }),
        )
      }
      undoLabel={t('views.goals.history.importActuals')}
      onImported={(count) => pushToast({ kind: 'info', key: 'views.goals.imported', params: { count } })}
      onClose={onClose}
    />
  );
}
