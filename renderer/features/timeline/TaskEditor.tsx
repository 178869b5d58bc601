/**
 * The task editor beside the board: every property of a task and its links, as form fields. It is the
 * keyboard and form way to do everything the board's drags do (move, resize, progress, link).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isDate, toDay } from '../../../shared/logic/dates.ts';
import { calendarOf } from '../../../shared/logic/schedule-graph.ts';
import type { WorkCalendar } from '../../../shared/logic/workdays.ts';
import { LINK_TYPES, TASK_KINDS, type LinkType } from '../../../shared/model/enums.ts';
import type { Person, Phase, Task, TaskLink } from '../../../shared/model/registry.ts';
import { usePlan } from '../../app/store/context.tsx';
import { CheckField, NumberField, SelectField, TextField } from '../../ui/fields.tsx';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { endForDuration, taskLength } from './edits.ts';
import { checkNumber, endsBeforeStart, type NumberRefusal } from './editor-checks.ts';
import type { KeyDateWarning } from './model.ts';

export interface EditorActions {
  setField(field: string, value: unknown): void;
  setDates(wanted: { start: string; end: string }, kind: 'move' | 'end'): void;
  setMilestone(on: boolean): void;
  /** null when added, else the message that says why not */
  addLink(predecessor: string, type: LinkType, lag: number): string | null;
  updateLink(id: string, values: { type?: LinkType; lag_days?: number }): void;
  deleteLink(id: string): void;
  deleteTask(): void;
}

export function TaskEditor({ task, tasks, links, calendar, phases, people, warnings, critical, readOnly, format, actions, onClose }: {
  task: Task;
  tasks: Task[];
  links: TaskLink[];
  /** the plan's working days */
  calendar: WorkCalendar;
  phases: Phase[];
  people: Person[];
  warnings: KeyDateWarning[];
  critical: boolean;
  readOnly: boolean;
  format: { range(a: number, b: number): string };
  actions: EditorActions;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const names = new Map(tasks.map((x) => [x.id, x.name]));
  const incoming = links.filter((l) => l.successor_id === task.id);
  const outgoing = links.filter((l) => l.predecessor_id === task.id);
  const cal = calendarOf(task, calendar);
  const length = taskLength(task, calendar);
  const days = length.working;
  const typeOptions = LINK_TYPES.map((v) => ({ value: v, label: `${v} · ${t(`enum.link_type.${v}`)}` }));
  const k = 'views.timeline.editor';
  const linksEl = useRef<HTMLElement>(null);
  // a removed link takes its button away: focus stays in the panel (on its links) rather than falling to the page
  const removeLink = (id: string) => {
    actions.deleteLink(id);
    requestAnimationFrame(() => linksEl.current?.focus());
  };
  const linkActions = { ...actions, deleteLink: removeLink };

  // why the last value typed in a field was not taken; gone once the field takes one, or the plan is undone under it
  const [refused, setRefused] = useState<Partial<Record<'end' | 'duration' | 'progress', string>>>({});
  const say = (field: 'end' | 'duration' | 'progress', text: string | null) =>
    setRefused((r) => {
      const { [field]: _, ...rest } = r;
      return text === null ? rest : { ...rest, [field]: text };
    });
  const messageEpoch = usePlan((s) => s.messageEpoch);
  useEffect(() => setRefused({}), [messageEpoch]);
  const durationLimits = { min: 1, max: 3650, whole: true };
  const progressLimits = { min: 0, max: 100 };
  const why = (reason: NumberRefusal, field: 'duration' | 'progress', text: string) => {
    if (reason === 'notNumber') return t(`${k}.refused.notNumber`, { text: text.trim() });
    const which = reason === 'tooSmall' ? 'TooSmall' : reason === 'tooLarge' ? 'TooLarge' : 'Fraction';
    return t(`${k}.refused.${field}${which}`);
  };
  const refuseDuration = (text: string) => {
    const c = checkNumber(text, durationLimits);
    if (c.ok) return;
    say('duration', t(`${k}.refusedKept`, { why: why(c.reason, 'duration', text), kept: t(task.ignore_calendar ? `${k}.keptDays` : `${k}.keptWorkdays`, { count: days }) }));
  };
  const refuseProgress = (text: string) => {
    const c = checkNumber(text, progressLimits);
    if (c.ok) return;
    say('progress', t(`${k}.refusedKept`, { why: why(c.reason, 'progress', text), kept: t(`${k}.keptProgress`, { value: task.progress }) }));
  };

  return (
    <SidePanel
      title={task.name}
      onClose={onClose}
      actions={
        <button type="button" className="btn btn-danger" disabled={readOnly} onClick={actions.deleteTask}>
          {t(`${k}.deleteTask`)}
        </button>
      }
    >
      <div className="tl-editor">
        <TextField
          label={t(`${k}.name`)}
          value={task.name}
          disabled={readOnly}
          onCommit={(v) => {
            if (v.trim()) actions.setField('name', v.trim());
          }}
        />
        <div className="form-grid tl-editor-grid">
          <SelectField
            label={t(`${k}.phase`)}
            value={task.phase_id}
            disabled={readOnly}
            allowEmpty={t('views.timeline.noPhase')}
            options={phases.map((p) => ({ value: p.id, label: p.name }))}
            onCommit={(v) => actions.setField('phase_id', v)}
          />
          <SelectField
            label={t(`${k}.kind`)}
            value={task.kind}
            disabled={readOnly}
            options={TASK_KINDS.map((v) => ({ value: v, label: t(`enum.task_kind.${v}`) }))}
            onCommit={(v) => v && actions.setField('kind', v)}
          />
          <TextField
            label={t(`${k}.start`)}
            type="date"
            value={task.start}
            disabled={readOnly}
            onCommit={(v) => {
              if (isDate(v)) actions.setDates({ start: v, end: endForDuration(v, days, cal) }, 'move');
            }}
          />
          {task.milestone ? null : (
            <TextField
              label={t(`${k}.end`)}
              type="date"
              value={task.end}
              disabled={readOnly}
              hint={refused.end ? <span className="field-error" role="alert">{refused.end}</span> : undefined}
              onCommit={(v) => {
                if (!isDate(v)) return;
                if (endsBeforeStart(task.start, v)) {
                  say('end', t(`${k}.endBeforeStart`, { end: v, start: task.start }));
                  return;
                }
                say('end', null);
                actions.setDates({ start: task.start, end: v }, 'end');
              }}
            />
          )}
          {task.milestone ? null : (
            <NumberField
              label={t(task.ignore_calendar ? `${k}.duration` : `${k}.durationWorking`)}
              value={days}
              min={1}
              max={3650}
              step={1}
              disabled={readOnly}
              parse={(text) => {
                const c = checkNumber(text, durationLimits);
                return c.ok ? c.value : null;
              }}
              onRefuse={refuseDuration}
              error={refused.duration}
              onCommit={(v) => {
                say('duration', null);
                actions.setDates({ start: task.start, end: endForDuration(task.start, v, cal) }, 'end');
              }}
            />
          )}
          {task.milestone ? null : (
            <p className="tl-editor-span" data-testid="task-span">
              {t(`${k}.span`, { working: length.working, calendar: length.calendar })}
            </p>
          )}
          {task.milestone ? null : (
            <NumberField
              label={t(`${k}.progress`)}
              value={task.progress}
              min={0}
              max={100}
              step={5}
              disabled={readOnly}
              parse={(text) => {
                const c = checkNumber(text, progressLimits);
                return c.ok ? c.value : null;
              }}
              onRefuse={refuseProgress}
              error={refused.progress}
              onCommit={(v) => {
                say('progress', null);
                actions.setField('progress', Math.round(v));
              }}
            />
          )}
          <SelectField
            label={t(`${k}.owner`)}
            value={task.owner_id}
            disabled={readOnly}
            allowEmpty={t(`${k}.noOwner`)}
            options={people.map((p) => ({ value: p.id, label: p.name }))}
            onCommit={(v) => actions.setField('owner_id', v)}
          />
          <NumberField label={t(`${k}.hours`)} value={task.hours} min={0} max={100000} disabled={readOnly} onCommit={(v) => actions.setField('hours', v)} />
        </div>
        <CheckField label={t(`${k}.milestone`)} value={task.milestone} disabled={readOnly} onCommit={actions.setMilestone} />
        <CheckField
          label={t(`${k}.ignoreCalendar`)}
          value={Boolean(task.ignore_calendar)}
          disabled={readOnly}
          onCommit={(v) => actions.setField('ignore_calendar', v)}
        />
        {critical ? <p className="tl-editor-note">{t(`${k}.critical`)}</p> : null}
        {warnings.length ? (
          <div className="tl-editor-warnings">
            <h3>{t(`${k}.warnings`)}</h3>
            <ul>
              {warnings.map((w) => (
                <li key={w.keyDate.id}>
                  <span className="warn-badge">⚠</span>{' '}
                  {t(w.kind === 'milestone_on_holiday' ? 'views.timeline.warnMilestone' : 'views.timeline.warnEnds', {
                    name: w.keyDate.name,
                    range: format.range(toDay(w.keyDate.start), toDay(w.keyDate.end)),
                  })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        <section className="tl-links" aria-label={t(`${k}.links`)} ref={linksEl} tabIndex={-1}>
          <h3>{t(`${k}.predecessors`)}</h3>
          {incoming.length === 0 ? <p className="tl-muted">{t(`${k}.none`)}</p> : null}
          <ul className="tl-link-list">
            {incoming.map((l) => (
              <LinkItem key={l.id} link={l} other={names.get(l.predecessor_id) ?? l.predecessor_id} typeOptions={typeOptions} readOnly={readOnly} actions={linkActions} />
            ))}
          </ul>
          <AddPredecessor task={task} tasks={tasks} links={links} phases={phases} typeOptions={typeOptions} readOnly={readOnly} onAdd={actions.addLink} />
          <h3>{t(`${k}.successors`)}</h3>
          {outgoing.length === 0 ? <p className="tl-muted">{t(`${k}.none`)}</p> : null}
          <ul className="tl-link-list">
            {outgoing.map((l) => (
              <LinkItem key={l.id} link={l} other={names.get(l.successor_id) ?? l.successor_id} typeOptions={typeOptions} readOnly={readOnly} actions={linkActions} />
            ))}
          </ul>
        </section>

        <TextField label={t(`${k}.notes`)} value={task.notes} multiline disabled={readOnly} onCommit={(v) => actions.setField('notes', v)} />
      </div>
    </SidePanel>
  );
}

function LinkItem({ link, other, typeOptions, readOnly, actions }: {
  link: TaskLink;
  other: string;
  typeOptions: { value: LinkType; label: string }[];
  readOnly: boolean;
  actions: EditorActions;
}) {
  const { t } = useTranslation();
  const k = 'views.timeline.editor';
  return (
    <li className="tl-link-item">
      <div className="tl-link-name" title={other}>
        {other}
      </div>
      <div className="tl-link-fields">
        <SelectField
          label={t(`${k}.typeOf`, { name: other })}
          value={link.type}
          options={typeOptions}
          disabled={readOnly}
          onCommit={(v) => v && actions.updateLink(link.id, { type: v })}
        />
        <NumberField
          label={t(`${k}.lagOf`, { name: other })}
          value={link.lag_days}
          min={-3650}
          max={3650}
          step={1}
          disabled={readOnly}
          onCommit={(v) => actions.updateLink(link.id, { lag_days: Math.round(v) })}
        />
        <span className="tl-link-unit" aria-hidden="true">
          {t(`${k}.lag`)}
        </span>
        <button type="button" className="btn" disabled={readOnly} aria-label={t(`${k}.removeLinkLabel`, { name: other })} onClick={() => actions.deleteLink(link.id)}>
          {t(`${k}.removeLink`)}
        </button>
      </div>
    </li>
  );
}

function AddPredecessor({ task, tasks, links, phases, typeOptions, readOnly, onAdd }: {
  task: Task;
  tasks: Task[];
  links: TaskLink[];
  phases: Phase[];
  typeOptions: { value: LinkType; label: string }[];
  readOnly: boolean;
  onAdd: (predecessor: string, type: LinkType, lag: number) => string | null;
}) {
  const { t } = useTranslation();
  const k = 'views.timeline.editor';
  const [pred, setPred] = useState('');
  const [type, setType] = useState<LinkType>('FS');
  const [lag, setLag] = useState('0');
  const [error, setError] = useState<string | null>(null);
  const ids = { pred: useId(), type: useId(), lag: useId() };
  const linked = new Set(links.filter((l) => l.successor_id === task.id).map((l) => l.predecessor_id));
  const candidates = tasks.filter((x) => x.id !== task.id && !linked.has(x.id));
  const phaseName = new Map(phases.map((p) => [p.id, p.name]));
  const groups = new Map<string, Task[]>();
  for (const c of candidates) {
    const g = (c.phase_id && phaseName.get(c.phase_id)) || t('views.timeline.noPhase');
    const list = groups.get(g);
    if (list) list.push(c);
    else groups.set(g, [c]);
  }
  const lagNumber = Number(lag);
  const lagOk = lag.trim() !== '' && Number.isInteger(lagNumber) && Math.abs(lagNumber) <= 3650;
  return (
    <fieldset className="tl-add-link" disabled={readOnly}>
      <legend>{t(`${k}.addPredecessor`)}</legend>
      <div className="field">
        <label htmlFor={ids.pred}>{t(`${k}.predecessor`)}</label>
        <select id={ids.pred} value={pred} onChange={(e) => setPred(e.target.value)}>
          <option value="">{t(`${k}.choose`)}</option>
          {[...groups].map(([g, list]) => (
            <optgroup key={g} label={g}>
              {list.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="tl-add-link-row">
        <div className="field">
          <label htmlFor={ids.type}>{t(`${k}.linkType`)}</label>
          <select id={ids.type} value={type} onChange={(e) => setType(e.target.value as LinkType)}>
            {typeOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.lag}>{t(`${k}.lag`)}</label>
          <input id={ids.lag} inputMode="numeric" value={lag} aria-invalid={lagOk ? undefined : true} onChange={(e) => setLag(e.target.value)} />
        </div>
      </div>
      <div className="field-hint">{t(`${k}.lagHint`)}</div>
      {error ? (
        <p className="tl-inline-error" role="alert">
          {error}
        </p>
      ) : null}
      <button
        type="button"
        className="btn btn-primary"
        disabled={!pred || !lagOk}
        onClick={() => {
          const refused = onAdd(pred, type, lagNumber);
          setError(refused);
          if (!refused) {
            setPred('');
            setLag('0');
          }
        }}
      >
        {t(`${k}.addLink`)}
      </button>
    </fieldset>
  );
}
