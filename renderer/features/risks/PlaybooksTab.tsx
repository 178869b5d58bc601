/**
 * Emergency playbooks: a list on the side, the chosen playbook beside it (incident, people, severity
 * levels with response-time targets, ordered steps, resources, linked risks), its running run on top
 * and the runs kept in the plan below.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeRun, runState, setPlaybookRisks, type Level, type PlaybookStep } from '../../../shared/logic/playbook.ts';
import { orderAt } from '../../../shared/logic/rank.ts';
import type { Change } from '../../../shared/model/change.ts';
import type { Row } from '../../../shared/model/registry.ts';
import { useRows } from '../../app/store/selectors.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { newId } from '../../ui/ids.ts';
import { useApply } from '../../ui/useEdit.ts';
import { EditSelect, EditText, IdChecklist } from './cells.tsx';
import { go, useOptions, useRisks } from './context.tsx';
import { riskLabel } from './model.ts';
import { RunPanel, useDuration, useNow, useTimeFormat } from './RunPanel.tsx';
import type { RunRequest } from './StartRunDialog.tsx';
import { Icon } from './icons.tsx';

type Playbook = Row<'playbook'>;

export const DEFAULT_LEVELS: Level[] = [
  { severity: 'critical', response_hours: 1, description: '' },
  { severity: 'major', response_hours: 4, description: '' },
  { severity: 'minor', response_hours: 24, description: '' },
];

function LevelsEditor({ playbook }: { playbook: Playbook }) {
  const { t } = useTranslation();
  const apply = useApply();
  const o = useOptions();
  const { readOnly } = useRisks();
  const write = (levels: Level[]) => void apply([{ entity: 'playbook', id: playbook.id, field: 'levels', value: levels }], t('views.risks.history.levels', { playbook: playbook.name }));
  const patch = (k: number, p: Partial<Level>) => write(playbook.levels.map((l, i) => (i === k ? { ...l, ...p } : l)));
  return (
    <section className="rk-sub" aria-labelledby={`levels-${playbook.id}`}>
      <h3 id={`levels-${playbook.id}`}>{t('views.risks.pb.levels')}</h3>
      <table className="data-table rk-levels">
        <thead>
          <tr>
            <th scope="col">{t('views.risks.pb.severity')}</th>
            <th scope="col" className="num">
              {t('views.risks.pb.responseHours')}
            </th>
            <th scope="col">{t('views.risks.pb.levelDescription')}</th>
            <th scope="col">
              <span className="sr-only">{t('views.risks.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {playbook.levels.map((l, k) => {
            const name = t(`enum.severity.${l.severity}`);
            return (
              <tr key={k}>
                <td>
                  <EditSelect label={t('views.risks.cellLabel', { field: t('views.risks.pb.severity'), row: k + 1 })} value={l.severity} options={o.severity} disabled={readOnly} onCommit={(v) => v && patch(k, { severity: v })} />
                </td>
                <td className="num">
                  <HoursInput label={t('views.risks.cellLabel', { field: t('views.risks.pb.responseHours'), row: name })} value={l.response_hours} disabled={readOnly} onCommit={(v) => patch(k, { response_hours: v })} />
                </td>
                <td>
                  <EditText label={t('views.risks.cellLabel', { field: t('views.risks.pb.levelDescription'), row: name })} value={l.description} multiline disabled={readOnly} onCommit={(v) => patch(k, { description: v })} />
                </td>
                <td>
                  <button type="button" className="rk-icon rk-danger" disabled={readOnly} aria-label={t('views.risks.pb.removeLevel', { level: name })} title={t('ui.delete')} onClick={() => write(playbook.levels.filter((_, i) => i !== k))}>
                    <Icon name="trash" />
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="btn-row">
        <button
          type="button"
          className="btn"
          disabled={readOnly || playbook.levels.length >= 5}
          onClick={() => {
            const used = new Set(playbook.levels.map((l) => l.severity));
            const next = DEFAULT_LEVELS.find((l) => !used.has(l.severity)) ?? DEFAULT_LEVELS[1]!;
            write([...playbook.levels, { ...next }]);
          }}
        >
          {t('views.risks.pb.addLevel')}
        </button>
      </div>
    </section>
  );
}

function HoursInput({ label, value, onCommit, disabled }: { label: string; value: number; onCommit: (v: number) => void; disabled?: boolean }) {
  const [draft, setDraft] = useState(String(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDraft(String(value));
  }
  const commit = () => {
    const n = Number(draft.replace(',', '.'));
    if (!Number.isFinite(n) || n <= 0 || n > 720) return setDraft(String(value));
    if (n !== value) onCommit(n);
  };
  return (
    <input
      type="number"
      className="cell-input rk-hours"
      min={0.25}
      max={720}
      step={0.25}
      aria-label={label}
      value={draft}
      disabled={disabled}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

function StepsEditor({ playbook, steps }: { playbook: Playbook; steps: PlaybookStep[] }) {
  const { t } = useTranslation();
  const apply = useApply();
  const { readOnly } = useRisks();
  const [text, setText] = useState('');
  const [who, setWho] = useState('');
  const move = (k: number, to: number) => {
    const others = steps.filter((_, i) => i !== k).map((s) => s.sort_order);
    void apply([{ entity: 'playbook_step', id: steps[k]!.id, field: 'sort_order', value: orderAt(others, to) }], t('views.risks.history.moveStep', { n: k + 1 }));
  };
  const add = async () => {
    if (!text.trim()) return;
    const id = newId('step');
    const last = steps[steps.length - 1];
    const ok = await apply(
      [
        { entity: 'playbook_step', id, field: 'playbook_id', value: playbook.id },
        { entity: 'playbook_step', id, field: 'text', value: text.trim() },
        { entity: 'playbook_step', id, field: 'who', value: who.trim() },
        { entity: 'playbook_step', id, field: 'sort_order', value: orderAt(last ? [last.sort_order] : [], 1) },
      ],
      t('views.risks.history.addStep', { playbook: playbook.name }),
    );
    if (ok) {
      setText('');
      setWho('');
    }
  };
  return (
    <section className="rk-sub" aria-labelledby={`steps-${playbook.id}`}>
      <h3 id={`steps-${playbook.id}`}>{t('views.risks.pb.steps')}</h3>
      {steps.length === 0 ? <p className="empty">{t('views.risks.pb.noSteps')}</p> : null}
      <ol className="rk-steps">
        {steps.map((s, k) => (
          <li key={s.id}>
            <span className="rk-step-n" aria-hidden="true">
              {k + 1}
            </span>
            <div className="rk-step-body">
              <EditText label={t('views.risks.pb.stepText', { n: k + 1 })} value={s.text} required disabled={readOnly} onCommit={(v) => void apply([{ entity: 'playbook_step', id: s.id, field: 'text', value: v }], t('views.risks.history.editStep', { n: k + 1 }))} />
              <EditText label={t('views.risks.pb.stepWho', { n: k + 1 })} value={s.who} disabled={readOnly} className="rk-who" onCommit={(v) => void apply([{ entity: 'playbook_step', id: s.id, field: 'who', value: v }], t('views.risks.history.editStep', { n: k + 1 }))} />
            </div>
            <span className="rk-step-actions">
              <button type="button" className="rk-icon" disabled={readOnly || k === 0} aria-label={t('views.risks.pb.moveUp', { n: k + 1 })} title={t('views.risks.pb.moveUpShort')} onClick={() => move(k, k - 1)}>
                <Icon name="up" />
              </button>
              <button type="button" className="rk-icon" disabled={readOnly || k === steps.length - 1} aria-label={t('views.risks.pb.moveDown', { n: k + 1 })} title={t('views.risks.pb.moveDownShort')} onClick={() => move(k, k + 1)}>
                <Icon name="down" />
              </button>
              <button
                type="button"
                className="rk-icon rk-danger"
                disabled={readOnly}
                aria-label={t('views.risks.pb.deleteStep', { n: k + 1 })}
                title={t('ui.delete')}
                onClick={() => void apply([{ entity: 'playbook_step', id: s.id, field: 'deleted', value: true }], t('views.risks.history.deleteStep', { n: k + 1 }))}
              >
                <Icon name="trash" />
              </button>
            </span>
          </li>
        ))}
      </ol>
      <form
        className="rk-add-step"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <input type="text" aria-label={t('views.risks.pb.newStep')} placeholder={t('views.risks.pb.newStep')} value={text} disabled={readOnly} onChange={(e) => setText(e.target.value)} />
        <input type="text" className="rk-add-who" aria-label={t('views.risks.pb.newWho')} placeholder={t('views.risks.pb.newWho')} value={who} disabled={readOnly} onChange={(e) => setWho(e.target.value)} />
        <button type="submit" className="btn" disabled={readOnly || !text.trim()}>
          {t('views.risks.pb.addStep')}
        </button>
      </form>
    </section>
  );
}

function RunHistory({ playbook, steps, runs, onShow, shownId }: { playbook: Playbook; steps: PlaybookStep[]; runs: Row<'playbook_run'>[]; onShow: (id: string | null) => void; shownId: string | null }) {
  const { t } = useTranslation();
  const fmt = useTimeFormat();
  const duration = useDuration();
  const now = useNow(30_000, runs.some((r) => !r.ended_at));
  const sorted = [...runs].sort((a, b) => Date.parse(b.started_at) - Date.parse(a.started_at));
  return (
    <section className="rk-sub" aria-labelledby={`runs-${playbook.id}`}>
      <h3 id={`runs-${playbook.id}`}>{t('views.risks.pb.runs')}</h3>
      {sorted.length === 0 ? (
        <p className="empty">{t('views.risks.pb.noRuns')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table rk-runs" aria-labelledby={`runs-${playbook.id}`}>
            <thead>
              <tr>
                <th scope="col">{t('views.risks.run.started')}</th>
                <th scope="col">{t('views.risks.pb.severity')}</th>
                <th scope="col" className="num">
                  {t('views.risks.run.elapsed')}
                </th>
                <th scope="col">{t('views.risks.run.progress')}</th>
                <th scope="col">{t('views.risks.pb.result')}</th>
                <th scope="col">
                  <span className="sr-only">{t('views.risks.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((r) => {
                const s = runState(r, steps, playbook.levels, new Date(now).toISOString());
                return (
                  <tr key={r.id} className={r.id === shownId ? 'is-current' : undefined}>
                    <th scope="row">{fmt.dateTime(s.startedMs)}</th>
                    <td>{t(`enum.severity.${r.severity}`)}</td>
                    <td className="num">{duration(s.elapsedMs)}</td>
                    <td>{t('views.risks.run.stepsDone', { done: s.done, total: s.total })}</td>
                    <td>
                      <span className={`rk-result rk-status-${s.phase}`}>{t(`views.risks.run.phase.${s.phase}`)}</span>
                    </td>
                    <td>
                      <button type="button" className="btn" aria-pressed={r.id === shownId} onClick={() => onShow(r.id === shownId ? null : r.id)}>
                        {r.id === shownId ? t('views.risks.pb.hideRun') : t('views.risks.pb.showRun')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function PlaybookEditor({ playbook, onStart }: { playbook: Playbook; onStart: (r: RunRequest) => void }) {
  const { t } = useTranslation();
  const apply = useApply();
  const o = useOptions();
  const { readOnly } = useRisks();
  const risks = useRows('risk');
  const playbooks = useRows('playbook');
  const allSteps = useRows('playbook_step');
  const allRuns = useRows('playbook_run');
  const steps = allSteps.filter((s) => s.playbook_id === playbook.id);
  const runs = allRuns.filter((r) => r.playbook_id === playbook.id);
  const running = activeRun(runs, playbook.id);
  const [shownId, setShownId] = useState<string | null>(null);
  const shown = shownId && shownId !== running?.id ? runs.find((r) => r.id === shownId) : undefined;
  const [confirm, setConfirm] = useState(false);
  const set = (field: keyof Playbook & string, value: unknown) => void apply([{ entity: 'playbook', id: playbook.id, field, value }], t('views.risks.history.editPlaybook', { playbook: playbook.name }));
  const f = (k: string) => t(`views.risks.pb.${k}`);

  const remove = async () => {
    setConfirm(false);
    const changes: Change[] = [
      { entity: 'playbook', id: playbook.id, field: 'deleted', value: true },
      ...steps.map((s): Change => ({ entity: 'playbook_step', id: s.id, field: 'deleted', value: true })),
      ...runs.map((r): Change => ({ entity: 'playbook_run', id: r.id, field: 'deleted', value: true })),
      ...risks.filter((r) => r.playbook_id === playbook.id).map((r): Change => ({ entity: 'risk', id: r.id, field: 'playbook_id', value: null })),
    ];
    if (await apply(changes, t('views.risks.history.deletePlaybook', { playbook: playbook.name }))) go('playbooks');
  };

  return (
    <article className="rk-pb" aria-labelledby={`pb-${playbook.id}`}>
      <header className="rk-pb-head">
        <h2 id={`pb-${playbook.id}`} className="panel-title">
          {playbook.name}
        </h2>
        <div className="btn-row">
          <button type="button" className="btn btn-primary" disabled={readOnly || !!running} onClick={() => onStart({ riskId: null, playbookId: playbook.id })}>
            {t('views.risks.run.startButton')}
          </button>
          <button type="button" className="btn btn-danger" disabled={readOnly} onClick={() => setConfirm(true)}>
            {t('views.risks.pb.delete')}
          </button>
        </div>
      </header>
      {running ? <RunPanel run={running} playbook={playbook} steps={steps} /> : null}
      {shown ? <RunPanel run={shown} playbook={playbook} steps={steps} onClose={() => setShownId(null)} /> : null}
      <div className="form-grid rk-pb-fields">
        <TextField label={f('name')} value={playbook.name} disabled={readOnly} onCommit={(v) => v.trim() && set('name', v.trim())} />
        <SelectField label={f('incident')} value={playbook.incident} options={o.incident} disabled={readOnly} onCommit={(v) => v && set('incident', v)} />
        <SelectField label={f('owner')} value={playbook.owner_id} options={o.people} allowEmpty={t('views.risks.nobody')} disabled={readOnly} onCommit={(v) => set('owner_id', v)} />
        <SelectField label={f('deputy')} value={playbook.deputy_id} options={o.people} allowEmpty={t('views.risks.nobody')} disabled={readOnly} onCommit={(v) => set('deputy_id', v)} />
      </div>
      <LevelsEditor playbook={playbook} />
      <StepsEditor playbook={playbook} steps={steps} />
      <div className="rk-pb-cols">
        <TextField label={f('resources')} value={playbook.resources} multiline disabled={readOnly} onCommit={(v) => set('resources', v)} />
        <IdChecklist
          legend={`${f('linkedRisks')} (${playbook.risk_ids.filter((id) => risks.some((r) => r.id === id)).length})`}
          options={o.risksInOrder}
          value={playbook.risk_ids.filter((id) => risks.some((r) => r.id === id))}
          disabled={readOnly}
          onChange={(ids) => void apply(setPlaybookRisks(playbook.id, ids, risks, playbooks), t('views.risks.history.linkRisks', { playbook: playbook.name }))}
        />
      </div>
      <RunHistory playbook={playbook} steps={steps} runs={runs.filter((r) => r.id !== running?.id)} onShow={setShownId} shownId={shownId} />
      <Dialog
        title={t('views.risks.pb.deleteTitle', { playbook: playbook.name })}
        open={confirm}
        onClose={() => setConfirm(false)}
        confirmLabel={t('ui.delete')}
        danger
        onConfirm={() => void remove()}
      >
        <p>{t('views.risks.pb.deleteText', { steps: steps.length, runs: runs.length, risks: risks.filter((r) => r.playbook_id === playbook.id).map(riskLabel).join(t('table.listSeparator')) || t('table.none') })}</p>
      </Dialog>
    </article>
  );
}

export function PlaybooksTab({ selectedId, onStart }: { selectedId: string | null; onStart: (r: RunRequest) => void }) {
  const { t } = useTranslation();
  const apply = useApply();
  const playbooks = useRows('playbook');
  const runs = useRows('playbook_run');
  const steps = useRows('playbook_step');
  const { readOnly } = useRisks();
  const selected = playbooks.find((p) => p.id === selectedId) ?? playbooks[0];

  const create = async () => {
    const id = newId('pb');
    const ok = await apply(
      [
        { entity: 'playbook', id, field: 'name', value: t('views.risks.pb.newName') },
        { entity: 'playbook', id, field: 'incident', value: 'custom' },
        { entity: 'playbook', id, field: 'levels', value: DEFAULT_LEVELS },
      ],
      t('views.risks.history.newPlaybook'),
    );
    if (ok) go('playbooks', id);
  };

  return (
    <div className="rk-pb-layout">
      <nav className="panel rk-pb-list" aria-label={t('views.risks.pb.listLabel')}>
        <ul>
          {playbooks.map((p) => {
            const running = activeRun(runs, p.id);
            return (
              <li key={p.id}>
                <a href={`#/risks/playbooks/${encodeURIComponent(p.id)}`} aria-current={p.id === selected?.id ? 'page' : undefined}>
                  <span className="rk-pb-name">{p.name}</span>
                  <span className="rk-pb-meta">
                    {t(`enum.incident.${p.incident}`)} · {t('views.risks.pb.stepCount', { count: steps.filter((s) => s.playbook_id === p.id).length })}
                  </span>
                  {running ? <span className="rk-running-badge">{t('views.risks.run.runningBadge')}</span> : null}
                </a>
              </li>
            );
          })}
        </ul>
        <button type="button" className="btn" disabled={readOnly} onClick={() => void create()}>
          {t('views.risks.pb.new')}
        </button>
      </nav>
      <div className="panel rk-pb-detail">{selected ? <PlaybookEditor key={selected.id} playbook={selected} onStart={onStart} /> : <p className="empty">{t('views.risks.pb.none')}</p>}</div>
    </div>
  );
}
