import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_KINDS } from '../../../shared/model/enums.ts';
import type { Person, Row } from '../../../shared/model/registry.ts';
import { useLabels, useRows, useSettings } from '../../app/store/selectors.ts';
import { ConfirmDelete } from '../../ui/ConfirmDelete.tsx';
import { MoneyField, NumberField, SelectField, TextField } from '../../ui/fields.tsx';
import { useFormat } from '../../ui/format.ts';
import { newId } from '../../ui/ids.ts';
import { ListPanel } from '../../ui/ListPanel.tsx';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { rowChanges, useApply, useReadOnly, useSetField, useStageRow } from '../../ui/useEdit.ts';
import { deletePersonChanges, deleteTeamChanges, nextOrder } from './model.ts';
import { usePlan } from '../../app/store/context.tsx';

/** People on the campaign: role, team, hours a week and cost; open one to edit it and hand them tasks. */
export function PeoplePanel({ onEdit, overloaded }: { onEdit: (id: string) => void; overloaded: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const stage = useStageRow();
  const readOnly = useReadOnly();
  const currency = useSettings()?.currency ?? 'CNY';
  const people = useRows('person');
  const teamNames = useLabels('team');
  const none = t('table.none');

  const add = () => {
    const id = newId('person');
    const name = t('views.team.newPerson');
    stage(rowChanges('person', id, { name, sort_order: nextOrder(people) }), t('views.team.history.addPerson', { name }));
    onEdit(id);
  };

  return (
    <ListPanel
      id="team-people"
      title={t('views.team.people')}
      count={people.length}
      emptyText={t('views.team.noPeople')}
      actions={
        <button type="button" className="btn btn-primary" disabled={readOnly} onClick={add}>
          {t('views.team.addPerson')}
        </button>
      }
    >
      <thead>
        <tr>
          <th scope="col">{t('views.team.name')}</th>
          <th scope="col">{t('views.team.role')}</th>
          <th scope="col">{t('views.team.team')}</th>
          <th scope="col" className="num">
            {t('views.team.capacity')}
          </th>
          <th scope="col" className="num">
            {t('views.team.cost')}
          </th>
          <th scope="col">{t('views.team.email')}</th>
        </tr>
      </thead>
      <tbody>
        {people.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              <button type="button" className="row-link" onClick={() => onEdit(p.id)} aria-label={t('views.team.editNamed', { name: p.name })}>
                {p.name}
              </button>
              {overloaded.has(p.id) ? <span className="warn-badge badge-gap">{t('views.team.overShort')}</span> : null}
            </th>
            <td>{p.role || none}</td>
            <td className="nowrap">{(p.team_id ? teamNames.get(p.team_id) : null) ?? none}</td>
            <td className="num">{t('views.team.hoursValue', { hours: fmt.number(p.capacity_hours, 1) })}</td>
            <td className="num">{fmt.minor(p.hourly_cost, currency)}</td>
            <td className="nowrap">{p.email || none}</td>
          </tr>
        ))}
      </tbody>
    </ListPanel>
  );
}

/** One person: their details, and the tasks they own (hand a task to them, or take it back). */
export function PersonEditor({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const setField = useSetField();
  const apply = useApply();
  const pushUndoable = usePlan((s) => s.pushUndoable);
  const readOnly = useReadOnly();
  const teams = useRows('team');
  const tasks = useRows('task');
  const raci = useRows('raci');
  const tools = useRows('tool');
  const meetings = useRows('meeting');
  const personNames = useLabels('person');
  const pickId = useId();
  const [pick, setPick] = useState('');
  const set = (field: string, label: string) => (value: unknown) =>
    void setField('person', person.id, field, value, t('views.team.history.editPerson', { name: person.name, field: label }));
  const owned = useMemo(() => tasks.filter((x) => x.owner_id === person.id && !x.milestone), [tasks, person.id]);
  const others = useMemo(() => tasks.filter((x) => x.owner_id !== person.id && !x.milestone), [tasks, person.id]);
  const assignments = raci.filter((r) => r.person_id === person.id).length;

  const assign = (taskId: string, to: string | null) => {
    const task = tasks.find((x) => x.id === taskId);
    if (!task) return;
    void apply(
      [{ entity: 'task', id: taskId, field: 'owner_id', value: to }],
      to ? t('views.team.history.assignTask', { task: task.name, name: person.name }) : t('views.team.history.unassignTask', { task: task.name, name: person.name }),
    );
  };

  return (
    <SidePanel
      title={t('views.team.editPerson', { name: person.name })}
      onClose={onClose}
      actions={
        <ConfirmDelete
          name={person.name}
          disabled={readOnly}
          detail={t('views.team.deletePersonDetail', { raci: assignments, tasks: owned.length })}
          onConfirm={() => {
            onClose();
            const name = person.name;
            void apply(deletePersonChanges(person.id, { raci, tools, tasks, meetings }), t('views.team.history.deletePerson', { name: person.name })).then((ok) => ok && pushUndoable('views.team.deleted', { name }));
          }}
        />
      }
    >
      <TextField label={t('views.team.name')} value={person.name} disabled={readOnly} onCommit={(v) => v.trim() && set('name', t('views.team.name'))(v.trim())} />
      <TextField label={t('views.team.role')} value={person.role} disabled={readOnly} onCommit={set('role', t('views.team.role'))} />
      <SelectField
        label={t('views.team.team')}
        value={person.team_id}
        allowEmpty={t('views.team.noTeam')}
        disabled={readOnly}
        options={teams.map((x) => ({ value: x.id, label: x.name }))}
        onCommit={set('team_id', t('views.team.team'))}
      />
      <div className="form-grid">
        <NumberField label={t('views.team.capacity')} value={person.capacity_hours} min={0} max={168} disabled={readOnly} onCommit={set('capacity_hours', t('views.team.capacity'))} />
        <MoneyField label={t('views.team.cost')} value={person.hourly_cost} disabled={readOnly} onCommit={set('hourly_cost', t('views.team.cost'))} />
      </div>
      <TextField label={t('views.team.email')} type="email" value={person.email} disabled={readOnly} onCommit={set('email', t('views.team.email'))} />

      <fieldset className="fieldset">
        <legend>{t('views.team.ownedTasks')}</legend>
        {owned.length === 0 ? <p className="empty">{t('views.team.noOwnedTasks')}</p> : null}
        <ul className="owned-tasks">
          {owned.map((x) => (
            <li key={x.id}>
              <span className="owned-name">{x.name}</span>
              <span className="owned-meta">
                {fmt.dateRange(x.start, x.end)} · {t('views.team.hoursValue', { hours: fmt.number(x.hours, 0) })}
              </span>
              <button
                type="button"
                className="btn btn-quiet btn-small"
                disabled={readOnly}
                aria-label={t('views.team.unassignNamed', { task: x.name })}
                onClick={() => assign(x.id, null)}
              >
                {t('views.team.unassign')}
              </button>
            </li>
          ))}
        </ul>
        <div className="field">
          <label htmlFor={pickId}>{t('views.team.assignTask')}</label>
          <div className="inline-form">
            <select id={pickId} value={pick} disabled={readOnly} onChange={(e) => setPick(e.target.value)}>
              <option value="">{t('views.team.chooseTask')}</option>
              {others.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.owner_id ? t('views.team.taskOwnedBy', { task: x.name, owner: personNames.get(x.owner_id) ?? '' }) : x.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn"
              disabled={readOnly || !pick}
              onClick={() => {
                assign(pick, person.id);
                setPick('');
              }}
            >
              {t('views.team.assign')}
            </button>
          </div>
        </div>
      </fieldset>
    </SidePanel>
  );
}

/** Teams and how many people each has. */
export function TeamsPanel({ onEdit }: { onEdit: (id: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const stage = useStageRow();
  const readOnly = useReadOnly();
  const teams = useRows('team');
  const people = useRows('person');

  const add = () => {
    const id = newId('team');
    const name = t('views.team.newTeam');
    stage(rowChanges('team', id, { name, sort_order: nextOrder(teams) }), t('views.team.history.addTeam', { name }));
    onEdit(id);
  };

  return (
    <ListPanel
      title={t('views.team.teams')}
      count={teams.length}
      emptyText={t('views.team.noTeams')}
      actions={
        <button type="button" className="btn" disabled={readOnly} onClick={add}>
          {t('views.team.addTeam')}
        </button>
      }
    >
      <thead>
        <tr>
          <th scope="col">{t('views.team.teamName')}</th>
          <th scope="col">{t('views.team.kind')}</th>
          <th scope="col">{t('views.team.memberNames')}</th>
          <th scope="col" className="num">
            {t('views.team.members')}
          </th>
        </tr>
      </thead>
      <tbody>
        {teams.map((x) => {
          const members = people.filter((p) => p.team_id === x.id);
          return (
            <tr key={x.id}>
              <th scope="row">
                <button type="button" className="row-link" onClick={() => onEdit(x.id)} aria-label={t('views.team.editNamed', { name: x.name })}>
                  {x.name}
                </button>
              </th>
              <td className="nowrap">{t(`enum.team_kind.${x.kind}`)}</td>
              <td>{members.map((p) => p.name).join(t('table.listSeparator')) || t('table.none')}</td>
              <td className="num">{fmt.number(members.length)}</td>
            </tr>
          );
        })}
      </tbody>
    </ListPanel>
  );
}

export function TeamEditor({ team, onClose }: { team: Row<'team'>; onClose: () => void }) {
  const { t } = useTranslation();
  const setField = useSetField();
  const apply = useApply();
  const readOnly = useReadOnly();
  const people = useRows('person');
  const members = people.filter((p) => p.team_id === team.id).length;
  const set = (field: string, label: string) => (value: unknown) =>
    void setField('team', team.id, field, value, t('views.team.history.editTeam', { name: team.name, field: label }));
  return (
    <SidePanel
      title={t('views.team.editTeam', { name: team.name })}
      onClose={onClose}
      actions={
        <ConfirmDelete
          name={team.name}
          disabled={readOnly}
          detail={members ? t('views.team.deleteTeamDetail', { count: members }) : undefined}
          onConfirm={() => {
            onClose();
            void apply(deleteTeamChanges(team.id, people), t('views.team.history.deleteTeam', { name: team.name }));
          }}
        />
      }
    >
      <TextField label={t('views.team.teamName')} value={team.name} disabled={readOnly} onCommit={(v) => v.trim() && set('name', t('views.team.teamName'))(v.trim())} />
      <SelectField
        label={t('views.team.kind')}
        value={team.kind}
        disabled={readOnly}
        options={TEAM_KINDS.map((k) => ({ value: k, label: t(`enum.team_kind.${k}`) }))}
        onCommit={(v) => v && set('kind', t('views.team.kind'))(v)}
      />
    </SidePanel>
  );
}
