import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { bandOf, flagsOf, inherentScore, residualScore, type RiskBand } from '../../../shared/logic/risk.ts';
import type { Risk } from '../../../shared/model/registry.ts';
import { useRows } from '../../app/store/selectors.ts';
import { useFormat } from '../../ui/format.ts';
import { EditCheck, EditDate, EditRefs, EditScale, EditSelect, EditText } from './cells.tsx';
import { useCellLabel, useOptions, useRisks, type Options, type RisksContext } from './context.tsx';
import { GridTable, type GridColumn, type GridControl } from './grid/GridTable.tsx';
import { NONE } from './grid/logic.ts';
import { useRiskActions } from './useRiskActions.ts';
import { Icon } from './icons.tsx';

/** Columns shown until the user picks others (the rest is one click away in "Columns"). */
export const DEFAULT_HIDDEN = ['description', 'residual_likelihood', 'residual_impact', 'trigger', 'trigger_seen', 'mitigation', 'contingency', 'identified_on', 'task_ids', 'platform_ids', 'strategy'];

export function BandBadge({ value, bands }: { value: number; bands: readonly RiskBand[] }) {
  const { t } = useTranslation();
  const b = bandOf(value, bands);
  if (!b) return <span className="cell-placeholder">{t('table.none')}</span>;
  return (
    <span className="band" data-band={b.key}>
      <span className="band-swatch" style={{ background: b.color }} aria-hidden="true" />
      {bandName(t, b.key)}
    </span>
  );
}

const BAND_KEYS = ['low', 'medium', 'high', 'extreme'];

/** A band's name: the translated one for the default keys, else the name the user gave it. */
export function bandName(t: (k: string) => string, key: string): string {
  return BAND_KEYS.includes(key) ? t(`enum.risk_band.${key}`) : key;
}

/** The register's columns: every field of a risk, each sortable, filterable and (where it is data) editable. */
export function useRegisterColumns(): GridColumn<Risk>[] {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ctx = useRisks();
  const o = useOptions();
  const cl = useCellLabel();
  const act = useRiskActions();
  const { today, bands, readOnly: ro, openRisk, setStatus } = ctx;
  const { category, strategy, status, people, tasks, platforms, playbooks } = o;
  // the same columns until what they show changes: the grid's rows then redraw only for their own risk
  return useMemo(
    () => registerColumns({ t, fmt, today, bands, ro, openRisk, setStatus, o: { category, strategy, status, people, tasks, platforms, playbooks }, cl, act }),
    [t, fmt, today, bands, ro, openRisk, setStatus, category, strategy, status, people, tasks, platforms, playbooks, cl, act],
  );
}

function registerColumns({ t, fmt, today, bands, ro, openRisk, setStatus, o, cl, act }: {
  t: TFunction;
  fmt: ReturnType<typeof useFormat>;
  today: string;
  bands: readonly RiskBand[];
  ro: boolean;
  openRisk: RisksContext['openRisk'];
  setStatus: RisksContext['setStatus'];
  o: Pick<Options, 'category' | 'strategy' | 'status' | 'people' | 'tasks' | 'platforms' | 'playbooks'>;
  cl: (field: string, row: string) => string;
  act: ReturnType<typeof useRiskActions>;
}): GridColumn<Risk>[] {
  const name = (r: Risk) => r.code || r.title;
  const label = (options: readonly { value: string; label: string }[], v: string | null) => (v ? options.find((x) => x.value === v)?.label ?? '' : '');
  const bandOptions = [...bands].sort((a, b) => a.min_score - b.min_score).map((b) => ({ value: b.key, label: bandName(t, b.key) }));
  const h = (k: string) => t(`views.risks.col.${k}`);

  return [
    {
      id: 'flags',
      header: h('flags'),
      className: 'col-flags',
      width: 7.2,
      cell: (r) => {
        const flags = flagsOf(r, today);
        return flags.length ? (
          <span className="rk-flags">
            {flags.map((f) => (
              <span key={f} className={`rk-flag rk-flag-${f}`} data-flag={f}>
                {t(`views.risks.flag.${f}`)}
              </span>
            ))}
          </span>
        ) : null;
      },
      sortKey: (r) => flagsOf(r, today).length || null,
      filter: {
        kind: 'enum',
        values: (r) => {
          const f = flagsOf(r, today);
          return f.length ? ['flagged', ...f] : [];
        },
        options: [
          { value: 'flagged', label: t('views.risks.flag.any') },
          { value: 'review_due', label: t('views.risks.flag.review_due') },
          { value: 'trigger_seen', label: t('views.risks.flag.trigger_seen') },
        ],
        noneLabel: t('views.risks.flag.none'),
      },
    },
    {
      id: 'code',
      header: h('code'),
      className: 'col-code',
      width: 5,
      cell: (r) => <EditText label={cl(h('code'), r.title)} value={r.code} disabled={ro} onCommit={(v) => act.set(r, 'code', v)} />,
      sortKey: (r) => r.code,
      filter: { kind: 'text', text: (r) => r.code },
    },
    {
      id: 'title',
      header: h('title'),
      rowHeader: true,
      fixed: true,
      className: 'col-title sticky-col',
      width: 20,
      cell: (r) => <EditText label={cl(h('title'), r.code)} value={r.title} required disabled={ro} onCommit={(v) => act.set(r, 'title', v)} />,
      sortKey: (r) => r.title,
      filter: { kind: 'text', text: (r) => r.title },
    },
    {
      id: 'category',
      header: h('category'),
      className: 'col-enum',
      width: 13,
      cell: (r) => <EditSelect label={cl(h('category'), name(r))} value={r.category} options={o.category} disabled={ro} onCommit={(v) => v && act.set(r, 'category', v)} />,
      sortKey: (r) => label(o.category, r.category),
      filter: { kind: 'enum', values: (r) => [r.category], options: o.category },
    },
    {
      id: 'description',
      header: h('description'),
      className: 'col-long',
      width: 24,
      cell: (r) => (
        <div className="rk-cee">
          {(['cause', 'event', 'effect'] as const).map((f) => (
            <div key={f} className="rk-cee-line">
              <span className="rk-cee-label" aria-hidden="true">
                {t(`views.risks.col.${f}`)}
              </span>
              <EditText label={cl(h(f), name(r))} value={r[f]} multiline disabled={ro} onCommit={(v) => act.set(r, f, v)} />
            </div>
          ))}
        </div>
      ),
      sortKey: (r) => r.cause || r.event || r.effect,
      filter: { kind: 'text', text: (r) => `${r.cause}\n${r.event}\n${r.effect}` },
    },
    {
      id: 'likelihood',
      header: h('likelihood'),
      short: h('likelihoodShort'),
      align: 'center',
      className: 'col-scale',
      width: 4.2,
      cell: (r) => <EditScale label={cl(h('likelihood'), name(r))} value={r.likelihood} disabled={ro} onCommit={(v) => act.set(r, 'likelihood', v)} />,
      sortKey: (r) => r.likelihood,
      filter: { kind: 'number', value: (r) => r.likelihood },
    },
    {
      id: 'impact',
      header: h('impact'),
      short: h('impactShort'),
      align: 'center',
      className: 'col-scale',
      width: 4.2,
      cell: (r) => <EditScale label={cl(h('impact'), name(r))} value={r.impact} disabled={ro} onCommit={(v) => act.set(r, 'impact', v)} />,
      sortKey: (r) => r.impact,
      filter: { kind: 'number', value: (r) => r.impact },
    },
    {
      id: 'score',
      header: h('score'),
      align: 'end',
      className: 'col-num',
      width: 5,
      cell: (r) => <span className="rk-score">{fmt.number(inherentScore(r))}</span>,
      sortKey: (r) => inherentScore(r),
      filter: { kind: 'number', value: (r) => inherentScore(r) },
    },
    {
      id: 'band',
      header: h('band'),
      className: 'col-band',
      width: 7,
      cell: (r) => <BandBadge value={inherentScore(r)} bands={bands} />,
      sortKey: (r) => bandOf(inherentScore(r), bands)?.min_score ?? null,
      filter: { kind: 'enum', values: (r) => [bandOf(inherentScore(r), bands)?.key ?? ''], options: bandOptions },
    },
    {
      id: 'owner',
      header: h('owner'),
      className: 'col-enum',
      width: 10.4,
      cell: (r) => <EditSelect label={cl(h('owner'), name(r))} value={r.owner_id} options={o.people} emptyLabel={t('views.risks.nobody')} disabled={ro} onCommit={(v) => act.set(r, 'owner_id', v)} />,
      sortKey: (r) => label(o.people, r.owner_id),
      filter: { kind: 'enum', values: (r) => (r.owner_id ? [r.owner_id] : []), options: o.people, noneLabel: t('views.risks.nobody') },
    },
    {
      id: 'status',
      header: h('status'),
      className: 'col-enum',
      width: 8.8,
      cell: (r) => <EditSelect label={cl(h('status'), name(r))} value={r.status} options={o.status} disabled={ro} className={`status-${r.status}`} onCommit={(v) => v && setStatus(r, v)} />,
      sortKey: (r) => o.status.findIndex((x) => x.value === r.status),
      filter: { kind: 'enum', values: (r) => [r.status], options: o.status },
    },
    {
      id: 'review_on',
      header: h('review'),
      className: 'col-date',
      width: 11.8,
      cell: (r) => (
        <EditDate
          label={cl(h('review'), name(r))}
          value={r.review_on}
          disabled={ro}
          className={flagsOf(r, today).includes('review_due') ? 'is-due' : undefined}
          onCommit={(v) => act.set(r, 'review_on', v)}
        />
      ),
      sortKey: (r) => r.review_on,
      filter: { kind: 'date', value: (r) => r.review_on },
    },
    {
      id: 'residual_likelihood',
      header: h('residualLikelihood'),
      short: h('residualLikelihoodShort'),
      align: 'center',
      className: 'col-scale',
      width: 5.8,
      cell: (r) => <EditScale label={cl(h('residualLikelihood'), name(r))} value={r.residual_likelihood} disabled={ro} onCommit={(v) => act.set(r, 'residual_likelihood', v)} />,
      sortKey: (r) => r.residual_likelihood,
      filter: { kind: 'number', value: (r) => r.residual_likelihood },
    },
    {
      id: 'residual_impact',
      header: h('residualImpact'),
      short: h('residualImpactShort'),
      align: 'center',
      className: 'col-scale',
      width: 5.8,
      cell: (r) => <EditScale label={cl(h('residualImpact'), name(r))} value={r.residual_impact} disabled={ro} onCommit={(v) => act.set(r, 'residual_impact', v)} />,
      sortKey: (r) => r.residual_impact,
      filter: { kind: 'number', value: (r) => r.residual_impact },
    },
    {
      id: 'residual',
      header: h('residual'),
      className: 'col-band',
      width: 11.5,
      cell: (r) => (
        <span className="rk-residual">
          <span className="rk-score">{fmt.number(residualScore(r))}</span> <BandBadge value={residualScore(r)} bands={bands} />
        </span>
      ),
      sortKey: (r) => residualScore(r),
      filter: { kind: 'number', value: (r) => residualScore(r) },
    },
    {
      id: 'trigger',
      header: h('trigger'),
      className: 'col-long',
      width: 24,
      cell: (r) => <EditText label={cl(h('trigger'), name(r))} value={r.trigger} multiline disabled={ro} onCommit={(v) => act.set(r, 'trigger', v)} />,
      sortKey: (r) => r.trigger,
      filter: { kind: 'text', text: (r) => r.trigger },
    },
    {
      id: 'trigger_seen',
      header: h('triggerSeen'),
      align: 'center',
      className: 'col-check',
      width: 8.8,
      cell: (r) => <EditCheck label={cl(h('triggerSeen'), name(r))} value={r.trigger_seen} disabled={ro} onCommit={(v) => act.set(r, 'trigger_seen', v)} />,
      sortKey: (r) => (r.trigger_seen ? 1 : 0),
      filter: { kind: 'bool', value: (r) => r.trigger_seen },
    },
    {
      id: 'strategy',
      header: h('strategy'),
      className: 'col-enum',
      width: 8.6,
      cell: (r) => <EditSelect label={cl(h('strategy'), name(r))} value={r.strategy} options={o.strategy} disabled={ro} onCommit={(v) => v && act.set(r, 'strategy', v)} />,
      sortKey: (r) => label(o.strategy, r.strategy),
      filter: { kind: 'enum', values: (r) => [r.strategy], options: o.strategy },
    },
    {
      id: 'mitigation',
      header: h('mitigation'),
      className: 'col-long',
      width: 24,
      cell: (r) => <EditText label={cl(h('mitigation'), name(r))} value={r.mitigation} multiline disabled={ro} onCommit={(v) => act.set(r, 'mitigation', v)} />,
      sortKey: (r) => r.mitigation,
      filter: { kind: 'text', text: (r) => r.mitigation },
    },
    {
      id: 'contingency',
      header: h('contingency'),
      className: 'col-long',
      width: 24,
      cell: (r) => <EditText label={cl(h('contingency'), name(r))} value={r.contingency} multiline disabled={ro} onCommit={(v) => act.set(r, 'contingency', v)} />,
      sortKey: (r) => r.contingency,
      filter: { kind: 'text', text: (r) => r.contingency },
    },
    {
      id: 'identified_on',
      header: h('identified'),
      className: 'col-date',
      width: 11,
      cell: (r) => <EditDate label={cl(h('identified'), name(r))} value={r.identified_on} disabled={ro} onCommit={(v) => act.set(r, 'identified_on', v)} />,
      sortKey: (r) => r.identified_on,
      filter: { kind: 'date', value: (r) => r.identified_on },
    },
    {
      id: 'task_ids',
      header: h('tasks'),
      className: 'col-refs',
      width: 18,
      cell: (r) => (
        <EditRefs label={cl(h('tasks'), name(r))} title={t('views.risks.linkTasksTitle', { risk: name(r) })} value={r.task_ids} options={o.tasks} disabled={ro} onCommit={(ids) => act.set(r, 'task_ids', ids)} />
      ),
      sortKey: (r) => r.task_ids.length || null,
      filter: { kind: 'enum', values: (r) => r.task_ids, options: o.tasks, noneLabel: t('views.risks.noLinks') },
    },
    {
      id: 'platform_ids',
      header: h('platforms'),
      className: 'col-refs',
      width: 12.4,
      cell: (r) => (
        <EditRefs
          label={cl(h('platforms'), name(r))}
          title={t('views.risks.linkPlatformsTitle', { risk: name(r) })}
          value={r.platform_ids}
          options={o.platforms}
          disabled={ro}
          onCommit={(ids) => act.set(r, 'platform_ids', ids)}
        />
      ),
      sortKey: (r) => r.platform_ids.length || null,
      filter: { kind: 'enum', values: (r) => r.platform_ids, options: o.platforms, noneLabel: t('views.risks.noLinks') },
    },
    {
      id: 'playbook',
      header: h('playbook'),
      className: 'col-enum',
      width: 13.8,
      cell: (r) => (
        <EditSelect
          label={cl(h('playbook'), name(r))}
          value={r.playbook_id}
          options={o.playbooks}
          emptyLabel={t('views.risks.noPlaybook')}
          disabled={ro}
          onCommit={(v) => act.linkPlaybook(r, v, t('views.risks.history.edit', { field: h('playbook'), risk: name(r) }))}
        />
      ),
      sortKey: (r) => label(o.playbooks, r.playbook_id),
      filter: { kind: 'enum', values: (r) => (r.playbook_id ? [r.playbook_id] : []), options: o.playbooks, noneLabel: t('views.risks.noPlaybook') },
    },
    {
      id: 'actions',
      header: h('actions'),
      fixed: true,
      className: 'col-actions',
      width: 7.2,
      cell: (r) => (
        <span className="rk-row-actions">
          <button type="button" className="rk-icon" onClick={() => openRisk(r.id)} aria-label={t('views.risks.openDetails', { risk: name(r) })} title={t('views.risks.details')}>
            <Icon name="open" />
          </button>
          <button type="button" className="rk-icon" disabled={ro} onClick={() => act.duplicate(r)} aria-label={t('views.risks.duplicateRisk', { risk: name(r) })} title={t('ui.duplicate')}>
            <Icon name="copy" />
          </button>
          <button type="button" className="rk-icon rk-danger" disabled={ro} onClick={() => act.remove(r)} aria-label={t('views.risks.deleteRisk', { risk: name(r) })} title={t('ui.delete')}>
            <Icon name="trash" />
          </button>
        </span>
      ),
    },
  ];
}

export function RegisterTab({ grid, columns, shown }: { grid: GridControl; columns: GridColumn<Risk>[]; shown: Risk[] }) {
  const { t } = useTranslation();
  const risks = useRows('risk');
  const { today, readOnly } = useRisks();
  const act = useRiskActions();
  const flagged = risks.filter((r) => flagsOf(r, today).length > 0);
  const due = flagged.filter((r) => flagsOf(r, today).includes('review_due')).length;
  const seen = flagged.filter((r) => r.trigger_seen).length;

  return (
    <>
      {flagged.length ? (
        <div className="rk-attention" role="note">
          <span className="rk-attention-icon" aria-hidden="true">
            ⚑
          </span>
          <span>{t('views.risks.attention', { count: flagged.length, due, seen })}</span>
          <button
            type="button"
            className="btn"
            onClick={() => {
              if (grid.state.hidden.includes('flags')) grid.setHidden(grid.state.hidden.filter((h) => h !== 'flags'));
              grid.setFilters({ flags: 'flagged' });
            }}
          >
            {t('views.risks.showFlagged')}
          </button>
        </div>
      ) : null}
      <GridTable<Risk>
        title={t('views.risks.register')}
        columns={columns}
        rows={risks}
        shown={shown}
        rowKey={(r) => r.id}
        grid={grid}
        rowClass={(r) => (flagsOf(r, today).length ? 'row-flagged' : r.status === 'closed' ? 'row-closed' : undefined)}
        empty={t('views.risks.noRisks')}
        toolbar={
          <button type="button" className="btn btn-primary" disabled={readOnly} onClick={() => void act.create(grid.state.filters.category && grid.state.filters.category !== NONE ? (grid.state.filters.category as Risk['category']) : undefined)}>
            {t('views.risks.newRisk')}
          </button>
        }
      />
    </>
  );
}
