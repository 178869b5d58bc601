import { useMemo, useState, type ReactNode } from 'react';
import { isDate } from '../../../shared/logic/dates.ts';
import { useTranslation } from 'react-i18next';
import type { KpiActual, Objective, Platform } from '../../../shared/model/registry.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { NumberField, SelectField, TextField } from '../../ui/fields.tsx';
import { useFormat } from '../../ui/format.ts';
import { newId } from '../../ui/ids.ts';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { rowChanges, useApply, useReadOnly } from '../../ui/useEdit.ts';
import { METRICS } from './labels.ts';

const PAGE = 25;
/** filter value for the all-platforms figures (platform_id null) */
const COMBINED = '__all__';

const NO_EXTRA: readonly string[] = [];

function useMetricOptions(extra: readonly string[] = NO_EXTRA) {
  const { t } = useTranslation();
  return useMemo(
    () => [...new Set([...METRICS, ...extra])].map((m) => ({ value: m, label: t(`metric.${m}`, { defaultValue: m }) })),
    [t, extra],
  );
}

/** The measured values: filter, page through, add by hand, open one to edit; `importButton` brings CSV in. */
export function ActualsSection({ actuals, platforms, objectives, selectedId, onSelect, importButton, today }: {
  actuals: readonly KpiActual[];
  platforms: readonly Platform[];
  objectives: readonly Objective[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  importButton?: ReactNode;
  today: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const readOnly = useReadOnly();
  const [platform, setPlatform] = useState<string | null>(null);
  const [metric, setMetric] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  const [adding, setAdding] = useState(false);
  const platformName = useMemo(() => new Map(platforms.map((p) => [p.id, p.name])), [platforms]);
  const objectiveName = useMemo(() => new Map(objectives.map((o) => [o.id, o.name])), [objectives]);
  const platformOrder = useMemo(() => new Map(platforms.map((p, i) => [p.id, i])), [platforms]);
  const metricsPresent = useMemo(() => [...new Set(actuals.map((a) => a.metric))], [actuals]);
  const metricOptions = useMetricOptions(metricsPresent);

  const rows = useMemo(
    () =>
      actuals
        .filter((a) => (platform === null ? true : platform === COMBINED ? a.platform_id === null : a.platform_id === platform))
        .filter((a) => metric === null || a.metric === metric)
        .sort(
          (a, b) =>
            (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) ||
            (platformOrder.get(a.platform_id ?? '') ?? -1) - (platformOrder.get(b.platform_id ?? '') ?? -1) ||
            a.metric.localeCompare(b.metric),
        ),
    [actuals, platform, metric, platformOrder],
  );

  return (
    <section className="panel" aria-labelledby="goals-actuals-title">
      <div className="panel-head">
        <h2 id="goals-actuals-title" className="panel-title">
          {t('views.goals.actuals')}
        </h2>
        <div className="btn-row">
          <button type="button" className="btn" onClick={() => setAdding(true)} disabled={readOnly}>
            {t('views.goals.addActual')}
          </button>
          {importButton}
        </div>
      </div>
      <p className="panel-summary">{t('views.goals.actualsSummary', { count: actuals.length })}</p>
      <div className="toolbar-row">
        <SelectField
          label={t('views.goals.filterPlatform')}
          value={platform}
          allowEmpty={t('ui.all')}
          options={[{ value: COMBINED, label: t('views.goals.allPlatforms') }, ...platforms.map((p) => ({ value: p.id, label: p.name }))]}
          onCommit={(v) => {
            setPlatform(v);
            setShown(PAGE);
          }}
        />
        <SelectField
          label={t('views.goals.filterMetric')}
          value={metric}
          allowEmpty={t('ui.all')}
          options={metricOptions.filter((o) => metricsPresent.includes(o.value))}
          onCommit={(v) => {
            setMetric(v);
            setShown(PAGE);
          }}
        />
      </div>
      <DataTable<KpiActual>
        title={t('views.goals.actualsTable')}
        rows={rows.slice(0, shown)}
        rowKey={(a) => a.id}
        empty={t('views.goals.noActuals')}
        columns={[
          {
            id: 'date',
            header: t('views.goals.date'),
            rowHeader: true,
            cell: (a) => (
              <button
                type="button"
                className={`link-button${a.id === selectedId ? ' current' : ''}`}
                aria-label={t('views.goals.editActual', { date: fmt.date(a.date), metric: t(`metric.${a.metric}`, { defaultValue: a.metric }), platform: a.platform_id ? platformName.get(a.platform_id) ?? '' : t('views.goals.allPlatforms') })}
                onClick={() => onSelect(a.id)}
              >
                {fmt.date(a.date)}
              </button>
            ),
          },
          { id: 'platform', header: t('views.goals.platform'), cell: (a) => (a.platform_id ? platformName.get(a.platform_id) ?? t('table.none') : t('views.goals.allPlatforms')) },
          { id: 'metric', header: t('views.goals.metric'), cell: (a) => t(`metric.${a.metric}`, { defaultValue: a.metric }) },
          { id: 'value', header: t('views.goals.value'), cell: (a) => fmt.number(a.value), align: 'end' },
          { id: 'objective', header: t('views.goals.countsToward'), cell: (a) => (a.objective_id ? objectiveName.get(a.objective_id) ?? t('table.none') : t('table.none')), wrap: true },
        ]}
      />
      {rows.length > shown ? (
        <div className="btn-row table-more">
          <span className="muted">{t('views.goals.showing', { shown, count: rows.length })}</span>
          <button type="button" className="btn" onClick={() => setShown((n) => n + PAGE * 4)}>
            {t('views.goals.showMore')}
          </button>
        </div>
      ) : null}
      {adding ? <AddActualDialog platforms={platforms} objectives={objectives} today={today} onClose={() => setAdding(false)} onAdded={onSelect} /> : null}
    </section>
  );
}

function AddActualDialog({ platforms, objectives, today, onClose, onAdded }: {
  platforms: readonly Platform[];
  objectives: readonly Objective[];
  today: string;
  onClose: () => void;
  onAdded: (id: string) => void;
}) {
  const { t } = useTranslation();
  const apply = useApply();
  const metricOptions = useMetricOptions();
  const [draft, setDraft] = useState({ date: today, platform_id: null as string | null, metric: 'reach', value: 0, objective_id: null as string | null });
  const valid = isDate(draft.date) && Number.isFinite(draft.value);
  const add = () => {
    if (!valid) return;
    const id = newId('kpi');
    void apply(rowChanges('kpi_actual', id, draft), t('views.goals.history.addActual')).then((ok) => {
      if (!ok) return;
      onClose();
      onAdded(id);
    });
  };
  return (
    <Dialog
      title={t('views.goals.addActual')}
      open
      onClose={onClose}
      confirmLabel={t('ui.add')}
      confirmDisabled={!valid}
      onConfirm={add}
    >
      <div className="form-grid">
        <TextField type="date" label={t('views.goals.date')} value={draft.date} onCommit={(v) => setDraft((d) => ({ ...d, date: v }))} />
        <SelectField label={t('views.goals.platform')} value={draft.platform_id} allowEmpty={t('views.goals.allPlatforms')} options={platforms.map((p) => ({ value: p.id, label: p.name }))} onCommit={(v) => setDraft((d) => ({ ...d, platform_id: v }))} />
        <SelectField label={t('views.goals.metric')} value={draft.metric} options={metricOptions} onCommit={(v) => v && setDraft((d) => ({ ...d, metric: v }))} />
        <NumberField label={t('views.goals.value')} value={draft.value} onCommit={(v) => setDraft((d) => ({ ...d, value: v }))} />
      </div>
      <SelectField label={t('views.goals.countsToward')} value={draft.objective_id} allowEmpty={t('views.goals.noObjective')} options={objectives.map((o) => ({ value: o.id, label: o.name }))} onCommit={(v) => setDraft((d) => ({ ...d, objective_id: v }))} />
    </Dialog>
  );
}

/** The editor of one measured value. */
export function ActualPanel({ actual: a, platforms, objectives, onClose }: {
  actual: KpiActual;
  platforms: readonly Platform[];
  objectives: readonly Objective[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const apply = useApply();
  const readOnly = useReadOnly();
  const metricOptions = useMetricOptions(useMemo(() => [a.metric], [a.metric]));
  const set = (field: keyof KpiActual & string, value: unknown) => void apply([{ entity: 'kpi_actual', id: a.id, field, value }], t('views.goals.history.editActual'));
  return (
    <SidePanel
      title={t('views.goals.actualTitle', { date: fmt.date(a.date) })}
      onClose={onClose}
      actions={
        <button
          type="button"
          className="btn btn-danger"
          disabled={readOnly}
          onClick={() => void apply([{ entity: 'kpi_actual', id: a.id, field: 'deleted', value: true }], t('views.goals.history.deleteActual')).then((ok) => ok && onClose())}
        >
          {t('ui.delete')}
        </button>
      }
    >
      <TextField type="date" label={t('views.goals.date')} value={a.date} disabled={readOnly} onCommit={(v) => v && set('date', v)} />
      <SelectField label={t('views.goals.platform')} value={a.platform_id} allowEmpty={t('views.goals.allPlatforms')} options={platforms.map((p) => ({ value: p.id, label: p.name }))} disabled={readOnly} onCommit={(v) => set('platform_id', v)} />
      <SelectField label={t('views.goals.metric')} value={a.metric} options={metricOptions} disabled={readOnly} onCommit={(v) => v && set('metric', v)} />
      <NumberField label={t('views.goals.value')} value={a.value} disabled={readOnly} onCommit={(v) => set('value', v)} />
      <SelectField label={t('views.goals.countsToward')} value={a.objective_id} allowEmpty={t('views.goals.noObjective')} options={objectives.map((o) => ({ value: o.id, label: o.name }))} disabled={readOnly} onCommit={(v) => set('objective_id', v)} />
      <p className="field-hint">{t('views.goals.countsTowardHint')}</p>
    </SidePanel>
  );
}
