import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { raciCheck, weeklyLoad, type RaciProblem } from '../../../shared/logic/team.ts';
import { useRow, useRows, useSettings } from '../../app/store/selectors.ts';
import { useFormat } from '../../ui/format.ts';
import { newId } from '../../ui/ids.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';
import { useApply, useDropUntouched } from '../../ui/useEdit.ts';
import { LoadPanel } from './LoadPanel.tsx';
import { MeetingEditor, MeetingsPanel } from './MeetingsPanel.tsx';
import { matrixTargets, nextOrder, targetKey } from './model.ts';
import { PeoplePanel, PersonEditor, TeamEditor, TeamsPanel } from './PeoplePanel.tsx';
import { RaciMatrix } from './RaciMatrix.tsx';
import { ToolEditor, ToolsPanel, useToolBudget } from './ToolsPanel.tsx';
import './team.css';

type Editing = { kind: 'person' | 'team' | 'tool' | 'meeting'; id: string } | null;

/** Team: people and teams, who is accountable for what (RACI), weekly load against capacity, tools, meetings. */
export function TeamView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const apply = useApply();
  const settings = useSettings();
  const people = useRows('person');
  const phases = useRows('phase');
  const tasks = useRows('task');
  const raci = useRows('raci');
  const [editing, setEditing] = useState<Editing>(null);
  // tasks the user put in the matrix before giving anyone a role on them (kept for this visit only)
  const [extraTasks, setExtraTasks] = useState<string[]>([]);
  const tools = useToolBudget();

  const targets = useMemo(() => matrixTargets(phases, tasks, raci, extraTasks), [phases, tasks, raci, extraTasks]);
  const problems = useMemo(() => {
    const list = raciCheck(raci, {
      phases: targets.filter((x) => x.kind === 'phase'),
      tasks: targets.filter((x) => x.kind === 'task'),
    });
    return new Map<string, RaciProblem>(list.map((p) => [targetKey(p.kind, p.id), p]));
  }, [raci, targets]);
  const load = useMemo(
    () => weeklyLoad(tasks, people, settings?.start_date ?? '2026-01-01', settings?.end_date ?? '2026-12-31'),
    [tasks, people, settings?.start_date, settings?.end_date],
  );
  const overloaded = useMemo(() => new Set(load.people.filter((p) => p.over.some(Boolean)).map((p) => p.personId)), [load]);

  const person = useRow('person', editing?.kind === 'person' ? editing.id : null);
  const team = useRow('team', editing?.kind === 'team' ? editing.id : null);
  const tool = useRow('tool', editing?.kind === 'tool' ? editing.id : null);
  const meeting = useRow('meeting', editing?.kind === 'meeting' ? editing.id : null);
  const edit = (kind: NonNullable<Editing>['kind']) => (id: string) => setEditing({ kind, id });
  const close = () => setEditing(null);
  useDropUntouched(editing?.kind, editing?.id);

  const addTask = (taskId: string) => {
    const task = tasks.find((x) => x.id === taskId);
    if (!task) return;
    // the task's owner is the natural Accountable; without one the row waits, flagged, for a choice
    if (task.owner_id && people.some((p) => p.id === task.owner_id)) {
      const id = newId('raci');
      void apply(
        [
          { entity: 'raci', id, field: 'person_id', value: task.owner_id },
          { entity: 'raci', id, field: 'phase_id', value: null },
          { entity: 'raci', id, field: 'task_id', value: task.id },
          { entity: 'raci', id, field: 'role', value: 'A' },
          { entity: 'raci', id, field: 'sort_order', value: nextOrder(raci) },
        ],
        t('views.team.history.addTask', { task: task.name }),
      );
    } else {
      setExtraTasks((list) => [...list, taskId]);
    }
  };

  const scrollTo = (id: string) => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  const techOver = tools.overBy > 0 || tools.line?.over === true;

  return (
    <div className={editing ? 'team-view with-panel' : 'team-view'}>
      <ViewHeader title={t('views.team.title')}>{t('views.team.lede')}</ViewHeader>
      <ul className="team-checks" aria-label={t('views.team.checks')}>
        <li className={problems.size ? 'check check-warn' : 'check check-ok'}>
          <span className="check-title">{t('views.team.raci')}</span>
          <span className="check-text">{problems.size ? t('views.team.raciProblems', { count: problems.size }) : t('views.team.raciOk')}</span>
          <button type="button" className="link-button" onClick={() => scrollTo('team-raci')}>
            {t('views.team.show')}
          </button>
        </li>
        <li className={overloaded.size ? 'check check-warn' : 'check check-ok'}>
          <span className="check-title">{t('views.team.load')}</span>
          <span className="check-text">{overloaded.size ? t('views.team.overSummary', { count: overloaded.size }) : t('views.team.overNone')}</span>
          <button type="button" className="link-button" onClick={() => scrollTo('team-load')}>
            {t('views.team.show')}
          </button>
        </li>
        <li className={techOver ? 'check check-warn' : 'check check-ok'}>
          <span className="check-title">{t('views.team.tools')}</span>
          <span className="check-text">
            {tools.line === null
              ? t('views.team.noTechBudgetShort', { total: fmt.minor(tools.cost, tools.currency) })
              : t('views.team.techShort', { total: fmt.minor(tools.cost, tools.currency), spent: fmt.minor(tools.line.spent, tools.currency), planned: fmt.minor(tools.line.planned, tools.currency) })}
          </span>
          <button type="button" className="link-button" onClick={() => scrollTo('team-tools')}>
            {t('views.team.show')}
          </button>
        </li>
      </ul>
      <PeoplePanel onEdit={edit('person')} overloaded={overloaded} />
      <TeamsPanel onEdit={edit('team')} />
      <RaciMatrix targets={targets} problems={problems} onAddTask={addTask} />
      <LoadPanel load={load} onEdit={edit('person')} />
      <ToolsPanel onEdit={edit('tool')} />
      <MeetingsPanel onEdit={edit('meeting')} />
      {person ? <PersonEditor key={person.id} person={person} onClose={close} /> : null}
      {team ? <TeamEditor key={team.id} team={team} onClose={close} /> : null}
      {tool ? <ToolEditor key={tool.id} tool={tool} onClose={close} /> : null}
      {meeting ? <MeetingEditor key={meeting.id} meeting={meeting} onClose={close} /> : null}
    </div>
  );
}
