/**
 * Starting a playbook run: pick the severity (its response-time target starts counting at once).
 * Opened from a playbook, or offered when a risk is marked as occurred (then its linked playbook is chosen).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeRun } from '../../../shared/logic/playbook.ts';
import { SEVERITIES } from '../../../shared/model/enums.ts';
import { useRow, useRows } from '../../app/store/selectors.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { newId } from '../../ui/ids.ts';
import { useApply } from '../../ui/useEdit.ts';
import { go } from './context.tsx';

type Severity = (typeof SEVERITIES)[number];

export interface RunRequest {
  /** the risk that occurred, when the dialog is the offer after marking it */
  riskId: string | null;
  playbookId: string | null;
}

export function useStartRun() {
  const { t } = useTranslation();
  const apply = useApply();
  return async (playbookId: string, playbookName: string, severity: Severity, note = ''): Promise<string | null> => {
    const id = newId('run');
    const ok = await apply(
      [
        { entity: 'playbook_run', id, field: 'playbook_id', value: playbookId },
        { entity: 'playbook_run', id, field: 'severity', value: severity },
        { entity: 'playbook_run', id, field: 'started_at', value: new Date().toISOString() },
        { entity: 'playbook_run', id, field: 'note', value: note },
      ],
      t('views.risks.history.startRun', { playbook: playbookName }),
    );
    return ok ? id : null;
  };
}

export function StartRunDialog({ request, onClose }: { request: RunRequest | null; onClose: () => void }) {
  const { t } = useTranslation();
  const playbooks = useRows('playbook');
  const runs = useRows('playbook_run');
  const risk = useRow('risk', request?.riskId ?? null);
  const start = useStartRun();
  const [playbookId, setPlaybookId] = useState<string>('');
  const [severity, setSeverity] = useState<Severity>('major');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!request) return;
    const pb = request.playbookId ?? risk?.playbook_id ?? '';
    setPlaybookId(pb);
    const levels = playbooks.find((p) => p.id === pb)?.levels ?? [];
    setSeverity(levels.some((l) => l.severity === 'major') ? 'major' : (levels[0]?.severity ?? 'major'));
    // set when the dialog opens, not while the plan changes under it
  }, [request]);

  const playbook = playbooks.find((p) => p.id === playbookId);
  const running = playbook ? activeRun(runs, playbook.id) : null;
  const levels = playbook?.levels.length ? playbook.levels : SEVERITIES.map((s) => ({ severity: s, response_hours: 0, description: '' }));
  const name = risk ? risk.code || risk.title : '';
  const hours = (h: number) => t('views.risks.run.hours', { count: h });

  return (
    <Dialog
      title={request?.riskId ? t('views.risks.occurred.title', { risk: name }) : t('views.risks.run.startTitle', { playbook: playbook?.name ?? '' })}
      open={request !== null}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {request?.riskId ? t('views.risks.occurred.notNow') : t('ui.cancel')}
          </button>
          {running ? (
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => {
                onClose();
                go('playbooks', running.playbook_id);
              }}
            >
              {t('views.risks.run.openRunning')}
            </button>
          ) : (
            <button
              type="button"
              className="btn btn-primary"
              disabled={!playbook || busy}
              onClick={async () => {
                if (!playbook) return;
                setBusy(true);
                const note = request?.riskId && risk ? t('views.risks.occurred.note', { risk: `${risk.code} ${risk.title}`.trim() }) : '';
                const id = await start(playbook.id, playbook.name, severity, note);
                setBusy(false);
                if (id) {
                  onClose();
                  go('playbooks', playbook.id);
                }
              }}
            >
              {t('views.risks.run.start')}
            </button>
          )}
        </>
      }
    >
      {request?.riskId ? <p>{playbook ? t('views.risks.occurred.offer', { risk: name, playbook: playbook.name }) : t('views.risks.occurred.choose', { risk: name })}</p> : null}
      {request?.riskId || !request?.playbookId ? (
        <div className="field">
          <label htmlFor="run-playbook">{t('views.risks.col.playbook')}</label>
          <select id="run-playbook" value={playbookId} onChange={(e) => setPlaybookId(e.target.value)}>
            <option value="">{t('views.risks.run.pickPlaybook')}</option>
            {playbooks.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {running ? (
        <p className="warn-badge">{t('views.risks.run.alreadyRunning')}</p>
      ) : playbook ? (
        <fieldset className="severity-choice">
          <legend>{t('views.risks.run.severity')}</legend>
          {levels.map((l) => (
            <label key={l.severity} className={`severity-option severity-${l.severity}`}>
              <input type="radio" name="run-severity" value={l.severity} checked={severity === l.severity} onChange={() => setSeverity(l.severity)} />
              <span>
                <strong>{t(`enum.severity.${l.severity}`)}</strong>
                {l.response_hours ? <span className="rk-muted"> · {t('views.risks.run.respondWithin', { hours: hours(l.response_hours) })}</span> : null}
                {l.description ? <span className="severity-desc">{l.description}</span> : null}
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </Dialog>
  );
}
