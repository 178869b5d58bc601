import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaciProblem } from '../../../shared/logic/team.ts';
import { RACI_ROLES } from '../../../shared/model/enums.ts';
import { useRows } from '../../app/store/selectors.ts';
import { newId } from '../../ui/ids.ts';
import { useApply, useReadOnly } from '../../ui/useEdit.ts';
import { cellChanges, cellIndex, cellKey, nextOrder, removeTaskChanges, targetKey, type MatrixTarget, type RaciRole } from './model.ts';

/**
 * Who is Responsible, Accountable, Consulted and Informed for each phase and major task: a real table,
 * one labelled select per cell. Every row needs exactly one Accountable; rows that do not are flagged.
 */
export function RaciMatrix({ targets, problems, onAddTask }: {
  targets: MatrixTarget[];
  problems: ReadonlyMap<string, RaciProblem>;
  onAddTask: (taskId: string) => void;
}) {
  const { t } = useTranslation();
  const apply = useApply();
  const readOnly = useReadOnly();
  const people = useRows('person');
  const raci = useRows('raci');
  const tasks = useRows('task');
  const cells = useMemo(() => cellIndex(raci), [raci]);
  const headingId = useId();
  const pickId = useId();
  const [pick, setPick] = useState('');
  const inMatrix = new Set(targets.filter((x) => x.kind === 'task').map((x) => x.id));
  const addable = tasks.filter((x) => !inMatrix.has(x.id));

  const setCell = (target: MatrixTarget, personId: string, personName: string, role: RaciRole | null) => {
    const existing = cells.get(cellKey(target.kind, target.id, personId)) ?? [];
    const changes = cellChanges(existing, role, target, personId, { id: newId('raci'), sortOrder: nextOrder(raci) });
    const label = role
      ? t('views.team.history.setRole', { name: personName, target: target.name, role: t(`enum.raci_role.${role}`) })
      : t('views.team.history.clearRole', { name: personName, target: target.name });
    void apply(changes, label);
  };

  return (
    <section className="panel" aria-labelledby={headingId} id="team-raci">
      <h2 id={headingId} className="panel-title">
        {t('views.team.raci')}
      </h2>
      <p className="panel-summary">{t('views.team.raciHint')}</p>
      <ul className="raci-legend" aria-label={t('views.team.legend')}>
        {RACI_ROLES.map((r) => (
          <li key={r}>
            <span className={`raci-letter raci-${r}`} aria-hidden="true">
              {r}
            </span>
            {t(`enum.raci_role.${r}`)}
          </li>
        ))}
      </ul>
      {people.length === 0 ? (
        <p className="empty">{t('views.team.noPeople')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="data-table raci-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('views.team.phaseOrTask')}</th>
                {people.map((p) => (
                  <th key={p.id} scope="col" className="raci-person">
                    {p.name}
                  </th>
                ))}
                <th scope="col">{t('views.team.check')}</th>
              </tr>
            </thead>
            <tbody>
              {targets.map((target) => {
                const problem = problems.get(targetKey(target.kind, target.id));
                return (
                  <tr key={targetKey(target.kind, target.id)} className={`raci-${target.kind}${problem ? ' raci-problem' : ''}`}>
                    <th scope="row">
                      {target.kind === 'task' ? <span className="sr-only">{t('views.team.taskPrefix')}</span> : null}
                      {target.name}
                    </th>
                    {people.map((p) => {
                      const role = cells.get(cellKey(target.kind, target.id, p.id))?.[0]?.role ?? null;
                      return (
                        <td key={p.id} className={`raci-cell${role ? ` raci-${role}` : ''}`}>
                          <select
                            value={role ?? ''}
                            disabled={readOnly}
                            aria-label={t('views.team.cellLabel', { name: p.name, target: target.name })}
                            title={role ? t(`enum.raci_role.${role}`) : t('views.team.noRole')}
                            onChange={(e) => setCell(target, p.id, p.name, e.target.value === '' ? null : (e.target.value as RaciRole))}
                          >
                            <option value="">{t('views.team.noRoleShort')}</option>
                            {RACI_ROLES.map((r) => (
                              <option key={r} value={r}>
                                {r}
                              </option>
                            ))}
                          </select>
                        </td>
                      );
                    })}
                    <td className="nowrap raci-check">
                      {problem ? (
                        <span className="warn-badge">
                          {problem.accountable === 0 ? t('views.team.noAccountable') : t('views.team.manyAccountable', { count: problem.accountable })}
                        </span>
                      ) : (
                        <span className="ok-text">{t('views.team.oneAccountable')}</span>
                      )}
                      {target.kind === 'task' ? (
                        <button
                          type="button"
                          className="btn btn-quiet btn-small"
                          disabled={readOnly}
                          aria-label={t('views.team.removeTaskNamed', { task: target.name })}
                          title={t('views.team.removeTask')}
                          onClick={() => void apply(removeTaskChanges(target.id, raci), t('views.team.history.removeTask', { task: target.name }))}
                        >
                          ×
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="inline-form raci-add">
        <label htmlFor={pickId}>{t('views.team.addTaskToMatrix')}</label>
        <select id={pickId} value={pick} disabled={readOnly || addable.length === 0} onChange={(e) => setPick(e.target.value)}>
          <option value="">{t('views.team.chooseTask')}</option>
          {addable.map((x) => (
            <option key={x.id} value={x.id}>
              {x.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn"
          disabled={readOnly || !pick}
          onClick={() => {
            onAddTask(pick);
            setPick('');
          }}
        >
          {t('ui.add')}
        </button>
      </div>
    </section>
  );
}
