/** Every field of one risk, beside the register or the heat map. Each field commits once (one undo step). */
import { useTranslation } from 'react-i18next';
import { linkRiskToPlaybook } from '../../../shared/logic/playbook.ts';
import { flagsOf, inherentScore, residualExcess, residualScore } from '../../../shared/logic/risk.ts';
import type { Risk } from '../../../shared/model/registry.ts';
import { useRow, useRows } from '../../app/store/selectors.ts';
import { CheckField, SelectField, TextField } from '../../ui/fields.tsx';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { IdChecklist } from './cells.tsx';
import { useOptions, useRisks } from './context.tsx';
import { BandBadge } from './RegisterTab.tsx';
import { useRiskActions } from './useRiskActions.ts';

const SCALE_OPTIONS = [1, 2, 3, 4, 5].map((n) => ({ value: String(n) as `${number}`, label: String(n) }));

export function RiskPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const risk = useRow('risk', id);
  const risks = useRows('risk');
  const playbooks = useRows('playbook');
  const compliance = useRows('compliance_item');
  const o = useOptions();
  const ctx = useRisks();
  const act = useRiskActions();
  if (!risk) return null;
  const ro = ctx.readOnly;
  const f = (k: string) => t(`views.risks.col.${k}`);
  const set = <K extends keyof Risk & string>(field: K) => (value: Risk[K]) => act.set(risk, field, value);
  const scale = (field: 'likelihood' | 'impact' | 'residual_likelihood' | 'residual_impact', label: string) => (
    <SelectField label={label} value={String(risk[field]) as `${number}`} options={SCALE_OPTIONS} disabled={ro} onCommit={(v) => v && act.set(risk, field, Number(v))} />
  );
  const flags = flagsOf(risk, ctx.today);
  const items = compliance.filter((c) => c.risk_ids.includes(risk.id));
  const name = risk.code || risk.title;

  return (
    <SidePanel
      title={t('views.risks.panelTitle', { risk: name })}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" disabled={ro} onClick={() => void act.duplicate(risk)}>
            {t('ui.duplicate')}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            disabled={ro}
            onClick={() => {
              onClose();
              void act.remove(risk);
            }}
          >
            {t('ui.delete')}
          </button>
        </>
      }
    >
      {flags.length ? (
        <p className="rk-flags">
          {flags.map((x) => (
            <span key={x} className={`rk-flag rk-flag-${x}`}>
              {t(`views.risks.flag.${x}`)}
            </span>
          ))}
        </p>
      ) : null}
      {residualExcess(risk) > 0 ? (
        <p className="field-error" role="alert">
          {t('views.risks.residualAbove', { residual: residualScore(risk), inherent: inherentScore(risk) })}
        </p>
      ) : null}
      <TextField label={f('title')} value={risk.title} disabled={ro} onCommit={(v) => v.trim() && act.set(risk, 'title', v.trim())} />
      <div className="form-grid rk-grid-2">
        <TextField label={f('code')} value={risk.code} disabled={ro} onCommit={set('code')} />
        <SelectField label={f('category')} value={risk.category} options={o.category} disabled={ro} onCommit={(v) => v && act.set(risk, 'category', v)} />
      </div>
      <TextField label={f('cause')} value={risk.cause} multiline disabled={ro} onCommit={set('cause')} />
      <TextField label={f('event')} value={risk.event} multiline disabled={ro} onCommit={set('event')} />
      <TextField label={f('effect')} value={risk.effect} multiline disabled={ro} onCommit={set('effect')} />
      <fieldset className="rk-rating">
        <legend>
          {t('views.risks.inherentRating')} <span className="rk-score">{inherentScore(risk)}</span> <BandBadge value={inherentScore(risk)} bands={ctx.bands} />
        </legend>
        <div className="form-grid rk-grid-2">
          {scale('likelihood', f('likelihood'))}
          {scale('impact', f('impact'))}
        </div>
      </fieldset>
      <fieldset className="rk-rating">
        <legend>
          {t('views.risks.residualRating')} <span className="rk-score">{residualScore(risk)}</span> <BandBadge value={residualScore(risk)} bands={ctx.bands} />
        </legend>
        <div className="form-grid rk-grid-2">
          {scale('residual_likelihood', f('likelihood'))}
          {scale('residual_impact', f('impact'))}
        </div>
      </fieldset>
      <SelectField label={f('owner')} value={risk.owner_id} options={o.people} allowEmpty={t('views.risks.nobody')} disabled={ro} onCommit={set('owner_id')} />
      <TextField label={f('trigger')} value={risk.trigger} multiline disabled={ro} onCommit={set('trigger')} />
      <CheckField label={t('views.risks.triggerSeenLong')} value={risk.trigger_seen} disabled={ro} onCommit={set('trigger_seen')} />
      <div className="form-grid rk-grid-2">
        <SelectField label={f('strategy')} value={risk.strategy} options={o.strategy} disabled={ro} onCommit={(v) => v && act.set(risk, 'strategy', v)} />
        <SelectField label={f('status')} value={risk.status} options={o.status} disabled={ro} onCommit={(v) => v && ctx.setStatus(risk, v)} />
      </div>
      <TextField label={f('mitigation')} value={risk.mitigation} multiline disabled={ro} onCommit={set('mitigation')} />
      <TextField label={f('contingency')} value={risk.contingency} multiline disabled={ro} onCommit={set('contingency')} />
      <div className="form-grid rk-grid-2">
        <TextField label={f('identified')} type="date" value={risk.identified_on ?? ''} disabled={ro} onCommit={(v) => act.set(risk, 'identified_on', v || null)} />
        <TextField label={f('review')} type="date" value={risk.review_on ?? ''} disabled={ro} onCommit={(v) => act.set(risk, 'review_on', v || null)} />
      </div>
      <SelectField
        label={f('playbook')}
        value={risk.playbook_id}
        options={o.playbooks}
        allowEmpty={t('views.risks.noPlaybook')}
        disabled={ro}
        onCommit={(v) => void act.apply(linkRiskToPlaybook(risk.id, v, risks, playbooks), t('views.risks.history.edit', { field: f('playbook'), risk: name }))}
      />
      {risk.playbook_id ? (
        <div className="btn-row">
          <button type="button" className="btn" disabled={ro} onClick={() => ctx.offerPlaybook(risk.id)}>
            {t('views.risks.runLinked')}
          </button>
        </div>
      ) : null}
      <IdChecklist legend={f('tasks')} options={o.tasks} value={risk.task_ids} onChange={(ids) => act.set(risk, 'task_ids', o.tasks.map((x) => x.value).filter((x) => ids.includes(x)))} />
      <IdChecklist legend={f('platforms')} options={o.platforms} value={risk.platform_ids} onChange={(ids) => act.set(risk, 'platform_ids', o.platforms.map((x) => x.value).filter((x) => ids.includes(x)))} />
      <section className="rk-sub">
        <h3>{t('views.risks.compliance.linkedItems')}</h3>
        {items.length ? (
          <ul className="rk-list">
            {items.map((c) => (
              <li key={c.id}>
                <span className="chip">{t(`enum.regulation.${c.regulation}`)}</span> {c.requirement} <span className="rk-muted">· {t(`enum.compliance_status.${c.status}`)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="rk-muted">{t('views.risks.compliance.noneLinked')}</p>
        )}
      </section>
    </SidePanel>
  );
}
