/**
 * A playbook run: the clock from its start, the response-time target of the declared severity, the
 * steps to tick off (each tick one apply, with its time) and a clear message once the target is missed.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockText, runState, toggleTick, type PlaybookRun, type PlaybookStep } from '../../../shared/logic/playbook.ts';
import type { Row } from '../../../shared/model/registry.ts';
import { TextField } from '../../ui/fields.tsx';
import { useApply } from '../../ui/useEdit.ts';
import { useRisks } from './context.tsx';

/** The current time, refreshed every `ms` while `on`. */
export function useNow(ms: number, on: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!on) return;
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms, on]);
  return now;
}

export function useTimeFormat() {
  const { i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    time: (ms: number | null) => (ms === null ? '' : time.format(ms)),
    dateTime: (ms: number | null) => (ms === null ? '' : dateTime.format(ms)),
  };
}

/** "1 h 05 min" style duration, for targets and overruns (minutes are enough for people). */
export function useDuration() {
  const { t } = useTranslation();
  return (msValue: number) => {
    const minutes = Math.max(0, Math.round(Math.abs(msValue) / 60_000));
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    if (h === 0) return t('views.risks.run.minutes', { count: m });
    return m === 0 ? t('views.risks.run.hours', { count: h }) : t('views.risks.run.hoursMinutes', { h, m });
  };
}

export function RunPanel({ run, playbook, steps, onClose }: { run: PlaybookRun; playbook: Row<'playbook'>; steps: readonly PlaybookStep[]; onClose?: () => void }) {
  const { t } = useTranslation();
  const apply = useApply();
  const { readOnly } = useRisks();
  const headingId = useId();
  const running = !run.ended_at;
  const now = useNow(1000, running);
  const state = runState(run, steps, playbook.levels, new Date(now).toISOString());
  const fmt = useTimeFormat();
  const duration = useDuration();
  const ticks = new Map(run.ticks.map((k) => [k.step_id, k]));
  const late = new Set(state.lateStepIds);
  const severity = t(`enum.severity.${run.severity}`);

  const tick = (step: PlaybookStep, n: number) => {
    const done = ticks.has(step.id);
    void apply(
      [{ entity: 'playbook_run', id: run.id, field: 'ticks', value: toggleTick(run.ticks, step.id, new Date().toISOString()) }],
      t(done ? 'views.risks.history.untick' : 'views.risks.history.tick', { n, playbook: playbook.name }),
    );
  };
  const end = () => void apply([{ entity: 'playbook_run', id: run.id, field: 'ended_at', value: new Date().toISOString() }], t('views.risks.history.endRun', { playbook: playbook.name }));
  const reopen = () => void apply([{ entity: 'playbook_run', id: run.id, field: 'ended_at', value: '' }], t('views.risks.history.reopenRun', { playbook: playbook.name }));

  let status: string;
  if (state.phase === 'missed') {
    status = running
      ? t('views.risks.run.missedBy', { time: duration(state.remainingMs ?? 0) })
      : t('views.risks.run.endedMissed', { time: duration((state.completedMs ?? state.endedMs ?? now) - (state.deadlineMs ?? 0)) });
  } else if (state.phase === 'met') status = t('views.risks.run.met');
  else if (state.phase === 'ended_incomplete') status = t('views.risks.run.endedIncomplete', { done: state.done, total: state.total });
  else status = state.remainingMs === null ? t('views.risks.run.noTarget') : t('views.risks.run.left', { time: duration(state.remainingMs) });

  return (
    <section className={`rk-run rk-run-${state.phase}${running ? ' is-running' : ''}`} aria-labelledby={headingId} data-run-id={run.id}>
      <div className="rk-run-head">
        <h3 id={headingId}>
          {running ? t('views.risks.run.runningTitle', { severity }) : t('views.risks.run.endedTitle', { severity, when: fmt.dateTime(state.startedMs) })}
        </h3>
        <div className="btn-row">
          {running ? (
            <button type="button" className="btn" disabled={readOnly} onClick={end}>
              {t('views.risks.run.end')}
            </button>
          ) : (
            <button type="button" className="btn" disabled={readOnly} onClick={reopen}>
              {t('views.risks.run.reopen')}
            </button>
          )}
          {onClose ? (
            <button type="button" className="btn btn-quiet" onClick={onClose}>
              {t('ui.close')}
            </button>
          ) : null}
        </div>
      </div>
      <div className="rk-run-clock">
        <div className="rk-run-elapsed">
          <span className="rk-run-label">{t('views.risks.run.elapsed')}</span>
          <span className="rk-run-time" role="timer" aria-live="off">
            {clockText(state.elapsedMs)}
          </span>
        </div>
        <dl className="rk-run-facts">
          <div>
            <dt>{t('views.risks.run.started')}</dt>
            <dd>{fmt.dateTime(state.startedMs)}</dd>
          </div>
          <div>
            <dt>{t('views.risks.run.target')}</dt>
            <dd>{state.targetHours === null ? t('views.risks.run.noTargetShort') : t('views.risks.run.targetText', { hours: t('views.risks.run.hours', { count: state.targetHours }), time: fmt.dateTime(state.deadlineMs) })}</dd>
          </div>
          <div>
            <dt>{t('views.risks.run.progress')}</dt>
            <dd>
              {t('views.risks.run.stepsDone', { done: state.done, total: state.total })}
              <progress className="rk-run-bar" max={Math.max(1, state.total)} value={state.done} aria-hidden="true" />
            </dd>
          </div>
        </dl>
        <p className={`rk-run-status rk-status-${state.phase}`} data-phase={state.phase}>
          {state.phase === 'missed' ? <span aria-hidden="true">⚠ </span> : null}
          {status}
        </p>
        {/* read out once when the phase changes, not every second */}
        <p className="sr-only" aria-live="assertive">
          {state.phase === 'missed' ? t('views.risks.run.missedAnnounce') : state.phase === 'met' ? t('views.risks.run.met') : ''}
        </p>
      </div>
      <ol className="rk-run-steps">
        {steps.map((s, k) => {
          const done = ticks.get(s.id);
          const at = done ? Date.parse(done.done_at) : null;
          return (
            <li key={s.id} className={done ? 'is-done' : undefined}>
              <label>
                <input type="checkbox" checked={!!done} disabled={readOnly || !running} onChange={() => tick(s, k + 1)} />
                <span className="rk-step-text">
                  {s.text}
                  {s.who ? <span className="rk-muted"> · {s.who}</span> : null}
                </span>
              </label>
              {done && at !== null ? (
                <span className={`rk-tick-time${late.has(s.id) ? ' is-late' : ''}`}>
                  {t('views.risks.run.doneAt', { time: fmt.time(at), after: clockText(at - state.startedMs) })}
                  {late.has(s.id) ? <span className="rk-late"> {t('views.risks.run.late')}</span> : null}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      <TextField label={t('views.risks.run.note')} value={run.note} multiline disabled={readOnly} onCommit={(v) => void apply([{ entity: 'playbook_run', id: run.id, field: 'note', value: v }], t('views.risks.history.runNote'))} />
    </section>
  );
}
