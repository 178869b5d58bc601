import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measure, type Measure } from '../../../shared/logic/measure.ts';
import { today as planToday } from '../../../shared/logic/today.ts';
import { OBJECTIVE_KINDS } from '../../../shared/model/enums.ts';
import { useRow, useRows, useSettings } from '../../app/store/selectors.ts';
import { SelectField } from '../../ui/fields.tsx';
import { newId } from '../../ui/ids.ts';
import { rowChanges, useApply, useReadOnly } from '../../ui/useEdit.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';
import { ActualPanel, ActualsSection } from './ActualsSection.tsx';
import { KpiImportButton } from './KpiImport.tsx';
import { ObjectivePanel } from './ObjectivePanel.tsx';
import { ObjectiveTree } from './ObjectiveTree.tsx';
import { RatesSection } from './RatesSection.tsx';
import { buildTree, rollupChecks } from './tree.ts';
import { useValueText } from '../../ui/Progress.tsx';
import './goals.css';

type Kind = (typeof OBJECTIVE_KINDS)[number];
type Selection = { type: 'objective' | 'actual'; id: string } | null;

export function GoalsView() {
  const { t } = useTranslation();
  const apply = useApply();
  const readOnly = useReadOnly();
  const valueText = useValueText();
  const settings = useSettings();
  const objectives = useRows('objective');
  const actuals = useRows('kpi_actual');
  const platforms = useRows('platform');
  const segments = useRows('segment');
  const [kind, setKind] = useState<Kind | null>(null);
  const [selection, setSelection] = useState<Selection>(null);
  const today = planToday(settings);

  const shown = useMemo(() => (kind ? objectives.filter((o) => o.kind === kind) : objectives), [objectives, kind]);
  const nodes = useMemo(() => buildTree(shown), [shown]);
  const allNodes = useMemo(() => buildTree(objectives), [objectives]);
  const checks = useMemo(() => rollupChecks(objectives), [objectives]);
  const flags = useMemo(() => new Map([...checks].filter(([, c]) => !c.ok)), [checks]);
  const measures = useMemo(() => {
    const out = new Map<string, Measure>();
    for (const o of objectives) out.set(o.id, measure(o, objectives, actuals, today));
    return out;
  }, [objectives, actuals, today]);
  const platformNames = useMemo(() => new Map(platforms.map((p) => [p.id, p.name])), [platforms]);
  const names = useMemo(() => new Map(objectives.map((o) => [o.id, o])), [objectives]);

  const selectedObjective = useRow('objective', selection?.type === 'objective' ? selection.id : null);
  const selectedActual = useRow('kpi_actual', selection?.type === 'actual' ? selection.id : null);
  const selectObjective = (id: string | null) => setSelection(id ? { type: 'objective', id } : null);

  const addObjective = () => {
    if (!settings) return;
    const id = newId('obj');
    const values = {
      parent_id: null,
      name: t('views.goals.newObjective'),
      kind: kind ?? 'awareness',
      metric: 'reach',
      unit: '',
      baseline: 0,
      target: 0,
      period_type: 'year',
      period_start: settings.start_date,
      period_end: settings.end_date,
      rollup: 'sum',
    };
    void apply(rowChanges('objective', id, values), t('views.goals.history.add')).then((ok) => ok && selectObjective(id));
  };

  if (!settings) return <ViewHeader title={t('views.goals.title')} />;

  return (
    <div className={`goals-view${selection ? ' has-panel' : ''}`}>
      <ViewHeader title={t('views.goals.title')}>{t('views.goals.lede')}</ViewHeader>

      <section className="panel" aria-labelledby="goals-tree-title">
        <div className="panel-head">
          <h2 id="goals-tree-title" className="panel-title">
            {t('views.goals.objectives')}
          </h2>
          <div className="btn-row">
            <SelectField
              label={t('views.goals.filterKind')}
              value={kind}
              allowEmpty={t('ui.all')}
              options={OBJECTIVE_KINDS.map((k) => ({ value: k, label: t(`enum.objective_kind.${k}`) }))}
              onCommit={setKind}
            />
            <button type="button" className="btn btn-primary" onClick={addObjective} disabled={readOnly}>
              {t('views.goals.addObjective')}
            </button>
          </div>
        </div>
        {flags.size > 0 ? (
          <div className="rollup-summary" role="status">
            <p>{t('views.goals.flagsSummary', { count: flags.size })}</p>
            <ul>
              {[...flags.values()].map((c) => {
                const parent = names.get(c.parentId);
                return (
                  <li key={c.parentId}>
                    <button type="button" className="link-button" onClick={() => selectObjective(c.parentId)}>
                      {parent?.name ?? c.parentId}
                    </button>
                    {': '}
                    {t(c.rollup === 'sum' ? 'views.goals.flagSum' : 'views.goals.flagAverage', {
                      actual: valueText(c.actual, parent?.unit ?? ''),
                      expected: valueText(c.expected, parent?.unit ?? ''),
                      count: c.childIds.length,
                    })}
                  </li>
                );
              })}
            </ul>
          </div>
        ) : (
          <p className="panel-summary">{t('views.goals.treeSummary')}</p>
        )}
        <ObjectiveTree
          nodes={nodes}
          measures={measures}
          flags={flags}
          platforms={platformNames}
          selectedId={selection?.type === 'objective' ? selection.id : null}
          onSelect={selectObjective}
          label={t('views.goals.objectives')}
        />
      </section>

      <RatesSection actuals={actuals} platforms={platforms} settings={settings} />

      <ActualsSection
        actuals={actuals}
        platforms={platforms}
        objectives={objectives}
        selectedId={selection?.type === 'actual' ? selection.id : null}
        onSelect={(id) => setSelection({ type: 'actual', id })}
        importButton={<KpiImportButton platforms={platforms} objectives={objectives} />}
        today={today}
      />

      {selectedObjective ? (
        <ObjectivePanel
          key={selectedObjective.id}
          objective={selectedObjective}
          nodes={allNodes}
          measure={measures.get(selectedObjective.id)}
          check={checks.get(selectedObjective.id)}
          platforms={platforms}
          segments={segments}
          today={today}
          onSelect={selectObjective}
          onClose={() => setSelection(null)}
        />
      ) : null}
      {selectedActual ? (
        <ActualPanel key={selectedActual.id} actual={selectedActual} platforms={platforms} objectives={objectives} onClose={() => setSelection(null)} />
      ) : null}
    </div>
  );
}
