/**
 * The Timeline: the campaign's phases, tasks and milestones on a Gantt board. Every drag, key and form
 * edit becomes one list of changes (the task and every successor the scheduler pushed) sent with one
 * `apply`, so it saves into the plan file as one step and one undo puts it all back.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/logic/dates.ts';
import { criticalPath } from '../../../shared/logic/critical-path.ts';
import { todayDay } from '../../../shared/logic/today.ts';
import { workCalendar } from '../../../shared/logic/workdays.ts';
import type { Change } from '../../../shared/model/change.ts';
import type { LinkType } from '../../../shared/model/enums.ts';
import type { Task } from '../../../shared/model/registry.ts';
import { usePlan } from '../../app/store/context.tsx';
import { useRows, useSettings } from '../../app/store/selectors.ts';
import { useApply, useReadOnly } from '../../ui/useEdit.ts';
import { newId } from '../../ui/ids.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';
import { Board, type BoardActions, type ScrollRequest } from './Board.tsx';
import { addLink, deleteLink, deleteTask, editDates, newTask, setMilestone, shiftGroup, shiftTask, stretchTask, updateLink, type DateEdit } from './edits.ts';
import { buildRows, dateOf, keyDateWarnings, planSpan, ZOOMS, type Zoom } from './model.ts';
import { KeyDatesPanel } from './KeyDatesPanel.tsx';
import { TaskEditor } from './TaskEditor.tsx';
import { PrintSchedule } from './PrintSchedule.tsx';
import { movedList, movedOf, moveReport } from './push-report.ts';
import type { DateRange } from '../../../shared/logic/schedule-graph.ts';
import { Legend, MessageText } from './TimelineNotes.tsx';
import { useStoredFlag } from './useStoredFlag.ts';
import { useStoredColumns } from './useStoredColumns.ts';
import { ColumnsMenu } from './ColumnsMenu.tsx';
import './timeline.css';

const ZOOM_KEY = 'campaign-planner.timeline.zoom';
const INTRO_KEY = 'campaign-planner.timeline.intro';
const BAND_KEY = 'campaign-planner.timeline.keyDateBand';

function storedZoom(): Zoom | 'fit' {
  try {
    const z = localStorage.getItem(ZOOM_KEY);
    if (z === 'fit' || (ZOOMS as readonly string[]).includes(z ?? '')) return z as Zoom | 'fit';
  } catch {
    // no storage
  }
  return 'week';
}

/** what the board says after an action; `warn` goes to the alert region beside a status (a move past the plan's end) */
type Message = { kind: 'alert' | 'status'; text: string; warn?: string | null; n: number };

export function TimelineView() {
  const { t, i18n } = useTranslation();
  const tasks = useRows('task');
  const phases = useRows('phase');
  const links = useRows('task_link');
  const keyDates = useRows('key_date');
  const people = useRows('person');
  const settings = useSettings();
  const apply = useApply();
  const readOnly = useReadOnly();

  const [zoom, setZoomState] = useState<Zoom | 'fit'>(storedZoom);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [showCritical, setShowCritical] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [keyDatesOpen, setKeyDatesOpen] = useState(false);
  const [introOpen, toggleIntro] = useStoredFlag(INTRO_KEY, true);
  const [bandOpen, toggleBand] = useStoredFlag(BAND_KEY, true);
  const [columns, toggleColumn] = useStoredColumns();
  const [message, setMessage] = useState<Message | null>(null);
  const [scroll, setScroll] = useState<ScrollRequest | null>(null);
  const pushUndoable = usePlan((s) => s.pushUndoable);
  // after an undo or redo, what the last message said about the plan may no longer be true
  const messageEpoch = usePlan((s) => s.messageEpoch);
  useEffect(() => setMessage(null), [messageEpoch]);

  const setZoom = (z: Zoom | 'fit') => {
    setZoomState(z);
    try {
      localStorage.setItem(ZOOM_KEY, z);
    } catch {
      // remembered for this session only
    }
  };

  const format = useMemo(() => {
    const short = new Intl.DateTimeFormat(i18n.language, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const medium = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
    // Intl's formatting (formatRange above all) was the largest cost of the rows a scroll brings in;
    // a plan has few distinct days and ranges, so each is formatted once per language
    const memo = <A extends unknown[]>(f: (...a: A) => string) => {
      const seen = new Map<string, string>();
      return (...a: A) => {
        const key = a.join('|');
        let v = seen.get(key);
        if (v === undefined) {
          if (seen.size > 20_000) seen.clear();
          v = f(...a);
          seen.set(key, v);
        }
        return v;
      };
    };
    return {
      short: memo((day: number) => short.format(day * 86_400_000)),
      date: memo((day: number) => medium.format(day * 86_400_000)),
      range: memo((a: number, b: number) => (a === b ? medium.format(a * 86_400_000) : medium.formatRange(a * 86_400_000, b * 86_400_000))),
    };
  }, [i18n.language]);

  const { rows, rowOf, groupOf } = useMemo(() => buildRows(phases, tasks, collapsed), [phases, tasks, collapsed]);
  const span = useMemo(
    () => planSpan(tasks, settings ? { start: settings.start_date, end: settings.end_date } : undefined, todayDay(settings)),
    [tasks, settings],
  );
  const warnings = useMemo(() => keyDateWarnings(tasks, keyDates), [tasks, keyDates]);
  // the plan's holidays and make-up workdays: every date the Timeline computes lands on its working days
  const calendar = useMemo(() => workCalendar(keyDates), [keyDates]);
  const critical = useMemo(() => (showCritical ? criticalPath(tasks, links, calendar) : null), [showCritical, tasks, links, calendar]);
  const owners = useMemo(() => new Map(people.map((p) => [p.id, p.name])), [people]);
  const byId = useMemo(() => new Map(tasks.map((x) => [x.id, x])), [tasks]);
  const nameOf = useCallback((id: string) => byId.get(id)?.name ?? id, [byId]);

  const say = useCallback((kind: Message['kind'], text: string, warn?: string | null) => setMessage((m) => ({ kind, text, warn, n: (m?.n ?? 0) + 1 })), []);

  const planEnd = settings ? toDay(settings.end_date) : null;
  /**
   * What a move did beyond the task or phase the user moved: the tasks it took along, per phase, and a
   * warning for every task that now ends after the plan's last day (the move stays one undo step).
   */
  const describeMoves = useCallback(
    (moved: readonly DateRange[], leave?: string): { list: string; late: string | null } => {
      const order = rows.filter((r) => r.kind === 'phase').map((r) => r.key);
      const report = moveReport(moved, groupOf, order, planEnd, leave);
      const phaseName = (key: string) => phases.find((p) => p.id === key)?.name ?? t('views.timeline.noPhase');
      const list = movedList(report, (count, key) => t('views.timeline.movedIn', { count, phase: phaseName(key) }), i18n.language);
      if (!report.late.length || planEnd === null) return { list, late: null };
      const lf = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
      const shown = report.late.slice(0, 3).map((id) => `“${nameOf(id)}”`);
      if (report.late.length > 3) shown.push(t('views.timeline.lateMore', { count: report.late.length - 3 }));
      const names = lf.format(shown);
      return { list, late: t('views.timeline.msgLate', { count: report.late.length, date: format.date(planEnd), names }) };
    },
    [rows, groupOf, planEnd, phases, t, i18n.language, nameOf, format],
  );

  /** Sends one user action; says what the scheduler did when it did more than asked. */
  const commit = useCallback(
    (edit: DateEdit, label: string, kind: 'move' | 'start' | 'end') => {
      // a drag that snaps back where the task was still says why
      if (!edit.changes.length && !edit.held) return;
      if (edit.changes.length) void apply(edit.changes, label);
      const name = nameOf(edit.placed.id);
      const parts: string[] = [];
      if (edit.held) {
        const end = kind === 'end';
        const key = edit.heldBy === 'calendar' ? (end ? 'msgEndWorkday' : 'msgWorkday') : end ? 'msgEndHeld' : 'msgHeld';
        parts.push(t(`views.timeline.${key}`, { name, date: format.date(toDay(end ? edit.placed.end : edit.placed.start)) }));
      }
      const moves = describeMoves(movedOf(edit.changes, byId), edit.placed.id);
      if (moves.list) parts.push(t('views.timeline.msgMovedWith', { list: moves.list }));
      if (parts.length) say('status', parts.join(' '), moves.late);
      else if (moves.late) say('alert', moves.late);
    },
    [apply, nameOf, t, format, say, describeMoves, byId],
  );

  const createLink = useCallback(
    (pred: string, succ: string, type: LinkType, lag = 0): string | null => {
      if (readOnly) return t('views.timeline.msgReadOnly');
      const result = addLink(tasks, links, { id: newId('link'), predecessor_id: pred, successor_id: succ, type, lag_days: lag }, calendar);
      const from = nameOf(pred);
      const to = nameOf(succ);
      if (!result.ok) {
        const text =
          result.reason === 'cycle'
            ? t('views.timeline.msgCycle', { from, to, path: result.cycle.map(nameOf).join(' → ') })
            : result.reason === 'duplicate'
              ? t('views.timeline.msgDuplicate', { from, to })
              : t('views.timeline.msgSelf');
        say('alert', text);
        return text;
      }
      void apply(result.changes, t('views.timeline.history.link'));
      const parts = [t('views.timeline.msgLinked', { from, to, type: t(`enum.link_type.${type}`) })];
      if (result.pushed) parts.push(t('views.timeline.msgPushed', { count: result.pushed }));
      say('status', parts.join(' '));
      return null;
    },
    [readOnly, tasks, links, calendar, nameOf, apply, t, say],
  );

  const toggle = useCallback((key: string) => {
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const actions: BoardActions = {
    select: setSelected,
    open: (id) => {
      setSelected(id);
      setKeyDatesOpen(false);
      setEditing(id);
    },
    toggle,
    commitDates: (id, kind, start, end) => {
      if (readOnly) return;
      commit(editDates(tasks, links, id, { start, end }, kind, calendar), t(kind === 'move' ? 'views.timeline.history.move' : 'views.timeline.history.dates'), kind);
    },
    commitProgress: (id, progress) => {
      if (readOnly || byId.get(id)?.progress === progress) return;
      void apply([{ entity: 'task', id, field: 'progress', value: progress }], t('views.timeline.history.progress'));
    },
    link: (pred, succ, type) => void createLink(pred, succ, type),
    shiftPhase: (key, days) => {
      if (readOnly) return;
      const ids = new Set(tasks.filter((x) => groupOf.get(x.id) === key).map((x) => x.id));
      if (!ids.size) return;
      const result = shiftGroup(tasks, links, ids, days, calendar);
      if (result.changes.length) void apply(result.changes, t('views.timeline.history.phase'));
      const row = rows.find((r) => r.key === key);
      const name = row?.kind === 'phase' ? (row.phase?.name ?? t('views.timeline.noPhase')) : '';
      const moves = describeMoves(result.moved);
      const head = result.held
        ? t('views.timeline.msgPhaseHeld', { name, count: result.days })
        : result.changes.length
          ? moves.list
            ? t('views.timeline.msgPhaseMovedList', { name, count: result.days, list: moves.list })
            : t('views.timeline.msgPhaseMoved', { name, count: result.days })
          : null;
      const held = result.held && moves.list ? ` ${t('views.timeline.msgMovedWith', { list: moves.list })}` : '';
      if (head) say('status', `${head}${held}`, moves.late);
    },
    shiftTask: (id, days) => {
      if (!readOnly) commit(shiftTask(tasks, links, id, days, calendar), t('views.timeline.history.move'), 'move');
    },
    stretchTask: (id, days) => {
      if (!readOnly && !byId.get(id)?.milestone) commit(stretchTask(tasks, links, id, days, calendar), t('views.timeline.history.dates'), 'end');
    },
    stepProgress: (id, delta) => {
      const task = byId.get(id);
      if (readOnly || !task || task.milestone) return;
      const next = Math.max(0, Math.min(100, Math.round((task.progress + delta) / 10) * 10));
      if (next !== task.progress) void apply([{ entity: 'task', id, field: 'progress', value: next }], t('views.timeline.history.progress'));
    },
  };

  const addTask = () => {
    if (readOnly) return;
    const sel = selected ? byId.get(selected) : undefined;
    const phaseKey = sel ? groupOf.get(sel.id) : selected && rows.some((r) => r.kind === 'phase' && r.key === selected) ? selected : phases[0]?.id;
    const phaseId = phaseKey && phases.some((p) => p.id === phaseKey) ? phaseKey : null;
    const today = todayDay(settings);
    const start = sel ? dateOf(toDay(sel.end) + 1) : today >= span.start && today <= span.end ? dateOf(today) : dateOf(span.start);
    const id = newId('task');
    void apply(newTask(tasks, id, { name: t('views.timeline.newTaskName'), phase_id: phaseId, start }), t('views.timeline.history.add'));
    if (phaseId && collapsed.has(phaseId)) toggle(phaseId);
    setSelected(id);
    setEditing(id);
    setScroll((s) => ({ to: 'row', key: id, n: (s?.n ?? 0) + 1 }));
  };

  const editingTask: Task | undefined = editing ? byId.get(editing) : undefined;
  const allCollapsed = rows.length > 0 && rows.every((r) => r.kind !== 'phase' || r.collapsed);

  return (
    <div className="timeline-view" data-intro={introOpen ? 'open' : 'closed'}>
      <div className="tl-intro">
        <ViewHeader title={t('views.timeline.title')}>{introOpen ? <span id="tl-lede">{t('views.timeline.lede')}</span> : null}</ViewHeader>
        <button type="button" className="btn btn-quiet tl-intro-toggle" aria-expanded={introOpen} aria-controls={introOpen ? 'tl-lede' : undefined} title={t('views.timeline.introTitle')} onClick={toggleIntro}>
          <span aria-hidden="true">{introOpen ? '▾' : '▸'}</span>
          {t('views.timeline.intro')}
        </button>
      </div>
      <div className="tl-toolbar" role="toolbar" aria-label={t('views.timeline.tools')}>
        <div className="tl-seg" role="group" aria-label={t('views.timeline.zoom')}>
          {ZOOMS.map((z) => (
            <button key={z} type="button" className="btn" aria-pressed={zoom === z} onClick={() => setZoom(z)}>
              {t(`views.timeline.zoomLevel.${z}`)}
            </button>
          ))}
          <button type="button" className="btn" aria-pressed={zoom === 'fit'} title={t('views.timeline.fitTitle')} onClick={() => setZoom('fit')}>
            {t('views.timeline.fit')}
          </button>
        </div>
        <button
          type="button"
          className="btn"
          title={t('views.timeline.todayTitle')}
          disabled={todayDay(settings) < span.start - 30 || todayDay(settings) > span.end + 30}
          onClick={() => setScroll((s) => ({ to: 'today', n: (s?.n ?? 0) + 1 }))}
        >
          {t('views.timeline.today')}
        </button>
        <button type="button" className="btn" aria-pressed={showCritical} title={t('views.timeline.criticalTitle')} onClick={() => setShowCritical((v) => !v)}>
          <span className="tl-crit-swatch" aria-hidden="true" />
          {t('views.timeline.critical')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => setCollapsed(allCollapsed ? new Set() : new Set(rows.filter((r) => r.kind === 'phase').map((r) => r.key)))}
        >
          {allCollapsed ? t('views.timeline.expandAll') : t('views.timeline.collapseAll')}
        </button>
        <button
          type="button"
          className="btn"
          aria-pressed={keyDatesOpen}
          title={t('views.timeline.editKeyDatesTitle')}
          onClick={() => {
            setEditing(null);
            setKeyDatesOpen((v) => !v);
          }}
        >
          {t('views.timeline.editKeyDates')}
        </button>
        <ColumnsMenu chosen={columns} onToggle={toggleColumn} />
        <span className="tl-toolbar-gap" />
        <button type="button" className="btn btn-primary" disabled={readOnly} onClick={addTask}>
          {t('views.timeline.addTask')}
        </button>
      </div>
      <div className="tl-message" role="status" aria-live="polite">
        {message?.kind === 'status' ? <MessageText key={message.n} text={message.text} onDismiss={() => setMessage(null)} /> : null}
      </div>
      <div className="tl-message" role="alert">
        {message?.kind === 'alert' || message?.warn ? (
          <MessageText key={message.n} text={message.kind === 'alert' ? message.text : message.warn!} onDismiss={() => setMessage(null)} alert />
        ) : null}
      </div>
      {tasks.length === 0 ? <p className="tl-empty">{t('views.timeline.empty')}</p> : null}
      <section className="tl-section" aria-label={t('views.timeline.board')}>
        <Board
          rows={rows}
          rowOf={rowOf}
          groupOf={groupOf}
          planEnd={planEnd}
          span={span}
          zoom={zoom}
          tasks={tasks}
          links={links}
          keyDates={keyDates}
          calendar={calendar}
          owners={owners}
          warnings={warnings}
          critical={critical}
          selected={selected}
          readOnly={readOnly}
          scroll={scroll}
          actions={actions}
          format={format}
          bandOpen={bandOpen}
          onToggleBand={toggleBand}
          columns={columns}
        />
      </section>
      {introOpen ? (
        <>
          <Legend />
          <p className="tl-keys">{t('views.timeline.keyboard')}</p>
        </>
      ) : null}
      <PrintSchedule phases={phases} tasks={tasks} owners={owners} format={format} />
      {keyDatesOpen && !editingTask ? (
        <KeyDatesPanel
          keyDates={keyDates}
          firstDay={dateOf(span.start)}
          readOnly={readOnly}
          apply={apply}
          onClose={() => setKeyDatesOpen(false)}
        />
      ) : null}
      {editingTask ? (
        <TaskEditor
          key={editingTask.id}
          task={editingTask}
          tasks={tasks}
          links={links}
          calendar={calendar}
          phases={phases}
          people={people}
          warnings={warnings.get(editingTask.id) ?? []}
          critical={Boolean(critical?.has(editingTask.id))}
          readOnly={readOnly}
          format={format}
          onClose={() => setEditing(null)}
          actions={{
            setField: (field, value) => {
              if ((editingTask as Record<string, unknown>)[field] === value) return;
              void apply([{ entity: 'task', id: editingTask.id, field, value }], t('views.timeline.history.edit'));
            },
            setDates: (wanted, kind) => commit(editDates(tasks, links, editingTask.id, wanted, kind, calendar), t('views.timeline.history.dates'), kind),
            setMilestone: (on) => {
              const changes: Change[] = setMilestone(tasks, links, editingTask.id, on, calendar);
              if (changes.length) void apply(changes, t('views.timeline.history.edit'));
            },
            addLink: (pred, type, lag) => createLink(pred, editingTask.id, type, lag),
            updateLink: (id, values) => {
              const changes = updateLink(tasks, links, id, values, calendar);
              if (changes.length) void apply(changes, t('views.timeline.history.linkEdit'));
            },
            deleteLink: (id) => void apply(deleteLink(id), t('views.timeline.history.unlink')),
            deleteTask: () => {
              const name = editingTask.name;
              void apply(deleteTask(links, editingTask.id), t('views.timeline.history.delete')).then((ok) => {
                if (ok) pushUndoable('views.timeline.msgDeleted', { name });
              });
              setEditing(null);
              setSelected(null);
            },
          }}
        />
      ) : null}
    </div>
  );
}
