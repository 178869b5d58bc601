import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TOOL_PURPOSES } from '../../../shared/model/enums.ts';
import type { Row } from '../../../shared/model/registry.ts';
import { useLabels, useRows, useSettings } from '../../app/store/selectors.ts';
import { ConfirmDelete } from '../../ui/ConfirmDelete.tsx';
import { MoneyField, SelectField, TextField } from '../../ui/fields.tsx';
import { useFormat } from '../../ui/format.ts';
import { newId } from '../../ui/ids.ts';
import { ListPanel } from '../../ui/ListPanel.tsx';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { rowChanges, useApply, useReadOnly, useSetField, useStageRow } from '../../ui/useEdit.ts';
import { toolBudget } from '../../../shared/logic/budget-actual.ts';
import { nextOrder } from './model.ts';
import { usePlan } from '../../app/store/context.tsx';

/** What the tools cost against the technology line of the budget (see `toolBudget`). */
export function useToolBudget(): ReturnType<typeof toolBudget> & { currency: string } {
  const settings = useSettings();
  const tools = useRows('tool');
  const categories = useRows('budget_category');
  const spend = useRows('spend_entry');
  const total = settings?.total_budget ?? 0;
  const figures = useMemo(() => toolBudget({ tools, categories, spend, total }), [tools, categories, spend, total]);
  return { ...figures, currency: settings?.currency ?? 'CNY' };
}

/** The tools the team needs, their cost and owner; their sum is measured against the technology budget. */
export function ToolsPanel({ onEdit }: { onEdit: (id: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const stage = useStageRow();
  const readOnly = useReadOnly();
  const tools = useRows('tool');
  const personNames = useLabels('person');
  const { cost, line, overBy, currency } = useToolBudget();
  const none = t('table.none');
  const used = line?.used ?? (line && line.spent > 0 ? 1 : 0);

  const add = () => {
    const id = newId('tool');
    const name = t('views.team.newTool');
    stage(rowChanges('tool', id, { name, sort_order: nextOrder(tools) }), t('views.team.history.addTool', { name }));
    onEdit(id);
  };

  return (
    <ListPanel
      id="team-tools"
      title={t('views.team.tools')}
      count={tools.length}
      emptyText={t('views.team.noTools')}
      actions={
        <button type="button" className="btn" disabled={readOnly} onClick={add}>
          {t('views.team.addTool')}
        </button>
      }
      summary={
        <div className={overBy > 0 || line?.over ? 'budget-line budget-over' : 'budget-line'}>
          <p className="budget-text">
            {line === null
              ? t('views.team.noTechBudget', { total: fmt.minor(cost, currency) })
              : t('views.team.techBudget', { total: fmt.minor(cost, currency), spent: fmt.minor(line.spent, currency), planned: fmt.minor(line.planned, currency), percent: fmt.percent(used * 100) })}
            {overBy > 0 ? <span className="warn-badge badge-gap">{t('views.team.overBudget', { amount: fmt.minor(overBy, currency) })}</span> : null}
          </p>
          {line !== null ? (
            <div className="budget-bar" aria-hidden="true">
              <span style={{ width: `${Math.min(100, used * 100)}%` }} />
            </div>
          ) : null}
        </div>
      }
    >
      <thead>
        <tr>
          <th scope="col">{t('views.team.toolName')}</th>
          <th scope="col">{t('views.team.purpose')}</th>
          <th scope="col" className="num">
            {t('views.team.toolCost')}
          </th>
          <th scope="col">{t('views.team.owner')}</th>
          <th scope="col">{t('views.team.notes')}</th>
        </tr>
      </thead>
      <tbody>
        {tools.map((x) => (
          <tr key={x.id}>
            <th scope="row">
              <button type="button" className="row-link" onClick={() => onEdit(x.id)} aria-label={t('views.team.editNamed', { name: x.name })}>
                {x.name}
              </button>
            </th>
            <td className="nowrap">{t(`enum.tool_purpose.${x.purpose}`)}</td>
            <td className="num">{fmt.minor(x.cost, currency)}</td>
            <td className="nowrap">{(x.owner_id ? personNames.get(x.owner_id) : null) ?? none}</td>
            <td>{x.notes || none}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            {t('views.team.toolsTotal')}
          </th>
          <td className="num strong">{fmt.minor(cost, currency)}</td>
          <td colSpan={3} />
        </tr>
      </tfoot>
    </ListPanel>
  );
}

export function ToolEditor({ tool, onClose }: { tool: Row<'tool'>; onClose: () => void }) {
  const { t } = useTranslation();
  const setField = useSetField();
  const apply = useApply();
  const pushUndoable = usePlan((s) => s.pushUndoable);
  const readOnly = useReadOnly();
  const people = useRows('person');
  const set = (field: string, label: string) => (value: unknown) =>
    void setField('tool', tool.id, field, value, t('views.team.history.editTool', { name: tool.name, field: label }));
  return (
    <SidePanel
      title={t('views.team.editTool', { name: tool.name })}
      onClose={onClose}
      actions={
        <ConfirmDelete
          name={tool.name}
          disabled={readOnly}
          onConfirm={() => {
            onClose();
            const name = tool.name;
            void apply([{ entity: 'tool', id: tool.id, field: 'deleted', value: true }], t('views.team.history.deleteTool', { name: tool.name })).then((ok) => ok && pushUndoable('views.team.deleted', { name }));
          }}
        />
      }
    >
      <TextField label={t('views.team.toolName')} value={tool.name} disabled={readOnly} onCommit={(v) => v.trim() && set('name', t('views.team.toolName'))(v.trim())} />
      <div className="form-grid">
        <SelectField
          label={t('views.team.purpose')}
          value={tool.purpose}
          disabled={readOnly}
          options={TOOL_PURPOSES.map((k) => ({ value: k, label: t(`enum.tool_purpose.${k}`) }))}
          onCommit={(v) => v && set('purpose', t('views.team.purpose'))(v)}
        />
        <MoneyField label={t('views.team.toolCost')} value={tool.cost} disabled={readOnly} onCommit={set('cost', t('views.team.toolCost'))} />
      </div>
      <SelectField
        label={t('views.team.owner')}
        value={tool.owner_id}
        allowEmpty={t('views.team.noOwner')}
        disabled={readOnly}
        options={people.map((p) => ({ value: p.id, label: p.name }))}
        onCommit={set('owner_id', t('views.team.owner'))}
      />
      <TextField label={t('views.team.notes')} value={tool.notes} multiline disabled={readOnly} onCommit={set('notes', t('views.team.notes'))} />
    </SidePanel>
  );
}
