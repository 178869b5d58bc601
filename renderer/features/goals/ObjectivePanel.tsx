import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RollupCheck } from '../../../shared/logic/objectives.ts';
import type { Measure } from '../../../shared/logic/measure.ts';
import { FEASIBILITY, OBJECTIVE_KINDS, PERIOD_TYPES, ROLLUPS } from '../../../shared/model/enums.ts';
import type { Change } from '../../../shared/model/change.ts';
import type { Objective } from '../../../shared/model/registry.ts';
import { NumberField, SelectField, TextField } from '../../ui/fields.tsx';
import { useFormat } from '../../ui/format.ts';
import { newId } from '../../ui/ids.ts';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { rowChanges, useApply, useReadOnly } from '../../ui/useEdit.ts';
import { METRICS, usePeriodLabel } from './labels.ts';
import { childType, nextUncovered, splitTarget, subPeriods, type Period } from './periods.ts';
import { branchIds, type TreeNode } from './tree.ts';
import { StatusBadge, useValueText } from '../../ui/Progress.tsx';
import { ProgressChart } from './widgets.tsx';

export function ObjectivePanel({ objective: o, nodes, measure, check, platforms, segments, today, onSelect, onClose }: {
  objective: Objective;
  nodes: readonly TreeNode[];
  measure: Measure | undefined;
  check: RollupCheck | undefined;
  platforms: readonly { id: string; name: string }[];
  segments: readonly { id: string; name: string }[];
  today: string;
  onSelect: (id: string | null) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const fullId = useId();
  const apply = useApply();
  const readOnly = useReadOnly();
  const valueText = useValueText();
  const periodLabel = usePeriodLabel();
  const node = nodes.find((n) => n.objective.id === o.id);
  const children = nodes.filter((n) => n.parentId === o.id).map((n) => n.objective);
  const parent = node?.parentId ? nodes.find((n) => n.objective.id === node.parentId)?.objective : undefined;
  const branch = new Set(branchIds(nodes, o.id));

  const set = (field: keyof Objective & string, value: unknown) =>
    void apply([{ entity: 'objective', id: o.id, field, value }], t('views.goals.history.edit', { field: t(`views.goals.${FIELD_LABEL[field] ?? field}`) }));
  // moving one end past the other takes the other along, so the period stays valid (one undo step)
  const setDate = (field: 'period_start' | 'period_end', value: string) => {
    if (!value) return;
    const changes: Change[] = [{ entity: 'objective', id: o.id, field, value }];
    if (field === 'period_start' && value > o.period_end) changes.push({ entity: 'objective', id: o.id, field: 'period_end', value });
    if (field === 'period_end' && value < o.period_start) changes.push({ entity: 'objective', id: o.id, field: 'period_start', value });
    void apply(changes, t('views.goals.history.edit', { field: t('views.goals.dates') }));
  };

  const finer = childType(o.period_type);
  const parts = finer ? subPeriods(o.period_start, o.period_end, finer) : [];

  const childValues = (part: Period, target: number) => ({
    parent_id: o.id,
    name: t('views.goals.childName', { name: o.name, period: periodLabel(part) }),
    kind: o.kind,
    metric: o.metric,
    unit: o.unit,
    baseline: o.baseline,
    target,
    period_type: part.type,
    period_start: part.start,
    period_end: part.end,
    platform_id: o.platform_id,
    segment_id: o.segment_id,
    rollup: o.rollup,
  });

  const nextPart = nextUncovered(parts, children.map((c) => c.period_start));
  const addChild = () => {
    const part = nextPart;
    if (!part) return;
    const taken = children.reduce((acc, c) => acc + c.target, 0);
    const target = o.rollup === 'average' ? o.target : Math.max(0, o.target - taken);
    const id = newId('obj');
    void apply(rowChanges('objective', id, childValues(part, target)), t('views.goals.history.addChild')).then((ok) => ok && onSelect(id));
  };

  const split = () => {
    const targets = splitTarget(o.target, parts, o.rollup);
    const changes = parts.flatMap((part, i) => rowChanges('objective', newId('obj'), childValues(part, targets[i] ?? 0)));
    void apply(changes, t('views.goals.history.split', { count: parts.length }));
  };

  const remove = () => {
    const ids = [...branch];
    void apply(
      ids.map((id) => ({ entity: 'objective', id, field: 'deleted', value: true })),
      t('views.goals.history.delete', { count: ids.length }),
    ).then((ok) => ok && onSelect(null));
  };

  const options = <V extends string>(values: readonly V[], prefix: string) =>
    values.map((v) => {
      const key: string = `${prefix}.${v}`;
      return { value: v, label: t(key) };
    });
  const metricOptions = [...METRICS, ...(METRICS.includes(o.metric) ? [] : [o.metric])].map((m) => ({ value: m, label: t(`metric.${m}`, { defaultValue: m }) }));
  const parentOptions = nodes
    .filter((n) => !branch.has(n.objective.id))
    .map((n) => ({ value: n.objective.id, label: `${'  '.repeat(n.depth)}${n.objective.name}` }));

  const m = measure;
  const summary = m
    ? t('views.goals.chartSummary', {
        value: valueText(m.progress.value, o.unit),
        target: valueText(o.target, o.unit),
        forecast: valueText(m.forecast.projected, o.unit),
        end: fmt.date(o.period_end),
      })
    : '';

  return (
    <SidePanel
      title={o.name}
      onClose={onClose}
      actions={
        <>
          {finer ? (
            <button
              type="button"
              className="btn"
              onClick={addChild}
              disabled={readOnly || !nextPart}
              aria-describedby={nextPart ? undefined : fullId}
            >
              {t('views.goals.addChild', { period: t(`views.goals.periodSingular.${finer}`) })}
            </button>
          ) : null}
          {finer && children.length === 0 && parts.length > 1 ? (
            <button type="button" className="btn" onClick={split} disabled={readOnly}>
              {t('views.goals.split', { count: parts.length, period: t(`views.goals.periodPlural.${finer}`), one: t(`views.goals.periodSingular.${finer}`) })}
            </button>
          ) : null}
          <button type="button" className="btn btn-danger" onClick={remove} disabled={readOnly}>
            {branch.size > 1 ? t('views.goals.deleteBranch', { count: branch.size - 1 }) : t('ui.delete')}
          </button>
        </>
      }
    >
      {finer && !nextPart ? (
        <p id={fullId} className="field-hint" role="note">
          {t('views.goals.periodFull', { count: parts.length, period: t(`views.goals.periodPlural.${finer}`), one: t(`views.goals.periodSingular.${finer}`) })}
        </p>
      ) : null}
      <section className="panel-block" aria-label={t('views.goals.progress')}>
        <h3 className="panel-block-title">{t('views.goals.progress')}</h3>
        {m ? (
          <>
            <dl className="goal-facts">
              <dt>{t('views.goals.current')}</dt>
              <dd data-testid="goal-current">
                {valueText(m.progress.value, o.unit)}
                {m.progress.latestDate ? <span className="muted"> · {t('views.goals.asOf', { date: fmt.date(m.progress.latestDate) })}</span> : null}
              </dd>
              <dt>{t('views.goals.ofTarget')}</dt>
              <dd>{m.progress.percent === null ? t('table.none') : fmt.percent(m.progress.percent)}</dd>
              <dt>{t('views.goals.forecast')}</dt>
              <dd data-testid="goal-forecast">
                {valueText(m.forecast.projected, o.unit)} <StatusBadge status={m.status} />
              </dd>
            </dl>
            <p className="field-hint">
              {m.source === 'derived'
                ? t(`views.goals.derived.${o.metric.trim()}`, { defaultValue: t('views.goals.derivedGeneric') })
                : m.source === 'none'
                  ? t('views.goals.noDataHint')
                  : t('views.goals.measuredHint', { count: m.points.length, aggregation: t(`views.goals.aggregation.${m.progress.aggregation}`) })}
            </p>
            {m.points.length ? (
              <ProgressChart
                objective={o}
                measure={m}
                today={today}
                summary={summary}
                labels={{ target: valueText(o.target, o.unit), start: fmt.date(o.period_start), end: fmt.date(o.period_end) }}
              />
            ) : null}
          </>
        ) : null}
        {check ? (
          <p className={check.ok ? 'rollup-ok' : 'rollup-flag'}>
            <span aria-hidden="true">{check.ok ? '✓ ' : '⚠ '}</span>
            {t(check.ok ? 'views.goals.rollupOk' : check.rollup === 'sum' ? 'views.goals.flagSum' : 'views.goals.flagAverage', {
              actual: valueText(check.actual, o.unit),
              expected: valueText(check.expected, o.unit),
              count: check.childIds.length,
            })}
          </p>
        ) : null}
        {parent ? (
          <p className="muted">
            {t('views.goals.partOf')}{' '}
            <button type="button" className="link-button" onClick={() => onSelect(parent.id)}>
              {parent.name}
            </button>
          </p>
        ) : null}
      </section>

      <TextField label={t('views.goals.name')} value={o.name} disabled={readOnly} onCommit={(v) => v.trim() && set('name', v.trim())} />
      <div className="form-grid">
        <SelectField label={t('views.goals.kind')} value={o.kind} options={options(OBJECTIVE_KINDS, 'enum.objective_kind')} disabled={readOnly} onCommit={(v) => v && set('kind', v)} />
        <SelectField label={t('views.goals.metric')} value={o.metric} options={metricOptions} disabled={readOnly} onCommit={(v) => v && set('metric', v)} />
        <TextField label={t('views.goals.unit')} value={o.unit} disabled={readOnly} onCommit={(v) => set('unit', v.trim())} />
        <SelectField label={t('views.goals.rollup')} value={o.rollup} options={options(ROLLUPS, 'enum.rollup')} disabled={readOnly} onCommit={(v) => v && set('rollup', v)} hint={t(`views.goals.rollupHint.${o.rollup}`)} />
        <NumberField label={t('views.goals.baseline')} value={o.baseline} disabled={readOnly} onCommit={(v) => set('baseline', v)} />
        <NumberField label={t('views.goals.target')} value={o.target} disabled={readOnly} onCommit={(v) => set('target', v)} />
        <SelectField label={t('views.goals.period')} value={o.period_type} options={options(PERIOD_TYPES, 'enum.period_type')} disabled={readOnly} onCommit={(v) => v && set('period_type', v)} />
        <TextField type="date" label={t('views.goals.periodStart')} value={o.period_start} disabled={readOnly} onCommit={(v) => setDate('period_start', v)} />
        <TextField type="date" label={t('views.goals.periodEnd')} value={o.period_end} disabled={readOnly} onCommit={(v) => setDate('period_end', v)} />
        <SelectField label={t('views.goals.platform')} value={o.platform_id} options={platforms.map((p) => ({ value: p.id, label: p.name }))} allowEmpty={t('views.goals.allPlatforms')} disabled={readOnly} onCommit={(v) => set('platform_id', v)} />
        <SelectField label={t('views.goals.segment')} value={o.segment_id} options={segments.map((s) => ({ value: s.id, label: s.name }))} allowEmpty={t('views.goals.allSegments')} disabled={readOnly} onCommit={(v) => set('segment_id', v)} />
        <SelectField label={t('views.goals.parent')} value={o.parent_id} options={parentOptions} allowEmpty={t('views.goals.topLevel')} disabled={readOnly} onCommit={(v) => set('parent_id', v)} />
      </div>

      <section className="panel-block" aria-label={t('views.goals.feasibility')}>
        <h3 className="panel-block-title">{t('views.goals.feasibility')}</h3>
        <SelectField label={t('views.goals.feasibilityStatus')} value={o.feasibility} options={options(FEASIBILITY, 'enum.feasibility')} disabled={readOnly} onCommit={(v) => v && set('feasibility', v)} />
        {(['budget', 'people', 'technology', 'competition'] as const).map((k) => (
          <TextField key={k} multiline label={t(`views.goals.feasibilityNote.${k}`)} value={o[`feasibility_${k}`]} disabled={readOnly} onCommit={(v) => set(`feasibility_${k}`, v)} />
        ))}
      </section>
    </SidePanel>
  );
}

/** The i18n key (under views.goals) naming each field, for the undo history. */
const FIELD_LABEL: Partial<Record<string, string>> = {
  period_type: 'period',
  platform_id: 'platform',
  segment_id: 'segment',
  parent_id: 'parent',
  feasibility_budget: 'feasibility',
  feasibility_people: 'feasibility',
  feasibility_technology: 'feasibility',
  feasibility_competition: 'feasibility',
};
