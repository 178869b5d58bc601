/** The compliance checklist (GDPR, PIPL, EU DSA, advertising law), each item linked to the legal risks it answers. */
import { useTranslation } from 'react-i18next';
import { REGULATIONS } from '../../../shared/model/enums.ts';
import type { Row } from '../../../shared/model/registry.ts';
import { usePlan } from '../../app/store/context.tsx';
import { useRows } from '../../app/store/selectors.ts';
import { newId } from '../../ui/ids.ts';
import { useApply } from '../../ui/useEdit.ts';
import { between } from '../../../shared/logic/rank.ts';
import { EditDate, EditRefs, EditSelect, EditText } from './cells.tsx';
import { useCellLabel, useOptions, useRisks } from './context.tsx';
import { GridTable, useGridRows, useGridState, type GridColumn } from './grid/GridTable.tsx';
import { NONE } from './grid/logic.ts';
import { Icon } from './icons.tsx';

type Item = Row<'compliance_item'>;

const isOpen = (c: Item) => c.status === 'todo' || c.status === 'in_progress';

/** The checklist's grid: its columns, filters and order, and the items as shown (the tab, its CSV and its paper use it). */
export function useComplianceGrid() {
  const { t } = useTranslation();
  const apply = useApply();
  const pushUndoable = usePlan((s) => s.pushUndoable);
  const items = useRows('compliance_item');
  const risks = useRows('risk');
  const o = useOptions();
  const cl = useCellLabel();
  const { today, readOnly: ro } = useRisks();
  const grid = useGridState('campaign-planner.risks.compliance');
  const code = new Map(risks.map((r) => [r.id, r.code || r.title]));
  const h = (k: string) => t(`views.risks.compliance.col.${k}`);
  const name = (c: Item) => c.requirement;
  const set = (c: Item, field: keyof Item & string, value: unknown) => {
    if (c[field as keyof Item] === value) return;
    void apply([{ entity: 'compliance_item', id: c.id, field, value }], t('views.risks.history.editItem', { field: h(field), item: name(c) }));
  };
  const label = (opts: readonly { value: string; label: string }[], v: string | null) => (v ? opts.find((x) => x.value === v)?.label ?? '' : '');

  const columns: GridColumn<Item>[] = [
    {
      id: 'regulation',
      header: h('regulation'),
      className: 'col-enum',
      width: 10.3,
      cell: (c) => <EditSelect label={cl(h('regulation'), name(c))} value={c.regulation} options={o.regulation} disabled={ro} onCommit={(v) => v && set(c, 'regulation', v)} />,
      sortKey: (c) => REGULATIONS.indexOf(c.regulation),
      filter: { kind: 'enum', values: (c) => [c.regulation], options: o.regulation },
    },
    {
      id: 'requirement',
      header: h('requirement'),
      rowHeader: true,
      fixed: true,
      className: 'col-req',
      width: 20,
      cell: (c) => <EditText label={cl(h('requirement'), t(`enum.regulation.${c.regulation}`))} value={c.requirement} required multiline disabled={ro} onCommit={(v) => set(c, 'requirement', v)} />,
      sortKey: (c) => c.requirement,
      filter: { kind: 'text', text: (c) => c.requirement },
    },
    {
      id: 'owner_id',
      header: h('owner_id'),
      className: 'col-enum',
      width: 10.4,
      cell: (c) => <EditSelect label={cl(h('owner_id'), name(c))} value={c.owner_id} options={o.people} emptyLabel={t('views.risks.nobody')} disabled={ro} onCommit={(v) => set(c, 'owner_id', v)} />,
      sortKey: (c) => label(o.people, c.owner_id),
      filter: { kind: 'enum', values: (c) => (c.owner_id ? [c.owner_id] : []), options: o.people, noneLabel: t('views.risks.nobody') },
    },
    {
      id: 'status',
      header: h('status'),
      className: 'col-enum',
      width: 10.8,
      cell: (c) => <EditSelect label={cl(h('status'), name(c))} value={c.status} options={o.complianceStatus} className={`cstatus-${c.status}`} disabled={ro} onCommit={(v) => v && set(c, 'status', v)} />,
      sortKey: (c) => o.complianceStatus.findIndex((x) => x.value === c.status),
      filter: { kind: 'enum', values: (c) => [c.status], options: o.complianceStatus },
    },
    {
      id: 'due',
      header: h('due'),
      className: 'col-date',
      width: 11.8,
      cell: (c) => <EditDate label={cl(h('due'), name(c))} value={c.due} disabled={ro} className={isOpen(c) && c.due !== null && c.due < today ? 'is-due' : undefined} onCommit={(v) => set(c, 'due', v)} />,
      sortKey: (c) => c.due,
      filter: { kind: 'date', value: (c) => c.due },
    },
    {
      id: 'risk_ids',
      header: h('risk_ids'),
      className: 'col-refs',
      width: 18,
      cell: (c) => (
        <EditRefs
          label={cl(h('risk_ids'), name(c))}
          title={t('views.risks.compliance.linkTitle', { item: name(c) })}
          value={c.risk_ids}
          options={o.risks}
          disabled={ro}
          renderChip={(id) => code.get(id)}
          onCommit={(ids) => set(c, 'risk_ids', ids)}
        />
      ),
      sortKey: (c) => c.risk_ids.map((id) => code.get(id) ?? '').sort()[0] ?? null,
      filter: { kind: 'enum', values: (c) => c.risk_ids, options: o.risks.map((r) => ({ value: r.value, label: r.label })), noneLabel: t('views.risks.noLinks') },
    },
    {
      id: 'evidence',
      header: h('evidence'),
      className: 'col-evidence',
      width: 20,
      cell: (c) => <EditText label={cl(h('evidence'), name(c))} value={c.evidence} multiline disabled={ro} onCommit={(v) => set(c, 'evidence', v)} />,
      sortKey: (c) => c.evidence,
      filter: { kind: 'text', text: (c) => c.evidence },
    },
    {
      id: 'actions',
      header: t('views.risks.col.actions'),
      fixed: true,
      className: 'col-actions',
      width: 7,
      cell: (c) => (
        <span className="rk-row-actions">
          <button
            type="button"
            className="rk-icon rk-danger"
            disabled={ro}
            aria-label={t('views.risks.compliance.delete', { item: name(c) })}
            title={t('ui.delete')}
            onClick={async () => {
              if (await apply([{ entity: 'compliance_item', id: c.id, field: 'deleted', value: true }], t('views.risks.history.deleteItem', { item: name(c) }))) {
                pushUndoable('views.risks.compliance.deleted', { item: name(c) });
              }
            }}
          >
            <Icon name="trash" />
          </button>
        </span>
      ),
    },
  ];
  const shown = useGridRows(items, columns, grid, today);
  return { grid, columns, items, shown };
}
export type ComplianceGrid = ReturnType<typeof useComplianceGrid>;

export function ComplianceTab({ table }: { table: ComplianceGrid }) {
  const { t } = useTranslation();
  const apply = useApply();
  const risks = useRows('risk');
  const { readOnly: ro, openRisk } = useRisks();
  const { grid, columns, items, shown } = table;

  const create = () => {
    const id = newId('comp');
    const reg = grid.state.filters.regulation && grid.state.filters.regulation !== NONE ? grid.state.filters.regulation : 'other';
    const last = items[items.length - 1];
    void apply(
      [
        { entity: 'compliance_item', id, field: 'requirement', value: t('views.risks.compliance.newItem') },
        { entity: 'compliance_item', id, field: 'regulation', value: reg },
        { entity: 'compliance_item', id, field: 'sort_order', value: between(last?.sort_order ?? null, null) },
      ],
      t('views.risks.history.newItem'),
    );
  };

  const legal = risks.filter((r) => r.category === 'legal' && r.status !== 'closed');
  const uncovered = legal.filter((r) => !items.some((c) => c.risk_ids.includes(r.id)));
  const progress = REGULATIONS.map((reg) => {
    const mine = items.filter((c) => c.regulation === reg && c.status !== 'not_applicable');
    return { reg, done: mine.filter((c) => c.status === 'done').length, total: mine.length };
  }).filter((p) => p.total > 0);

  return (
    <>
      <ul className="rk-progress" aria-label={t('views.risks.compliance.progress')}>
        {progress.map((p) => (
          <li key={p.reg}>
            <button type="button" className="rk-progress-item" aria-pressed={grid.state.filters.regulation === p.reg} onClick={() => grid.setFilter('regulation', grid.state.filters.regulation === p.reg ? '' : p.reg)}>
              <span className="rk-progress-name">{t(`enum.regulation.${p.reg}`)}</span>
              <span className="rk-progress-count">{t('views.risks.compliance.doneOf', { done: p.done, total: p.total })}</span>
              <progress max={p.total} value={p.done} aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
      {uncovered.length ? (
        <div className="rk-attention" role="note">
          <span className="rk-attention-icon" aria-hidden="true">
            ⚑
          </span>
          <span>{t('views.risks.compliance.uncovered', { count: uncovered.length })}</span>
          {uncovered.map((r) => (
            <button key={r.id} type="button" className="rk-link" onClick={() => openRisk(r.id)}>
              {r.code || r.title}
            </button>
          ))}
        </div>
      ) : null}
      <GridTable<Item>
        title={t('views.risks.compliance.title')}
        summary={t('views.risks.compliance.summary')}
        columns={columns}
        rows={items}
        shown={shown}
        rowKey={(c) => c.id}
        grid={grid}
        empty={t('views.risks.compliance.empty')}
        toolbar={
          <button type="button" className="btn btn-primary" disabled={ro} onClick={create}>
            {t('views.risks.compliance.add')}
          </button>
        }
      />
    </>
  );
}
