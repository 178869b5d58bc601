/**
 * What "Print" puts on paper: the plan's name, both heat maps with their legend, then the register.
 * It sits at the end of the view and only shows in print, where it takes the place of the view's screen content
 * (risks.css) and the shell's print sheet removes the app's chrome.
 */
import { useTranslation } from 'react-i18next';
import { bandOf, flagsOf, inherentScore, residualScore, score, type RiskBand } from '../../../shared/logic/risk.ts';
import type { Risk } from '../../../shared/model/registry.ts';
import { useLabels } from '../../app/store/selectors.ts';
import { useFormat } from '../../ui/format.ts';
import { BandLegend } from './HeatMap.tsx';
import { PaperHead } from './PaperHead.tsx';
import { ratingOf, SCALE, type MapKind } from './heat.ts';
import { bandName } from './RegisterTab.tsx';

function PrintMap({ kind, risks, bands }: { kind: MapKind; risks: readonly Risk[]; bands: readonly RiskBand[] }) {
  const { t } = useTranslation();
  const title = t(`views.risks.heat.${kind}Title`);
  return (
    <figure className="pr-map">
      <figcaption>
        <strong>{title}</strong> <span className="pr-muted">{t(`views.risks.heat.${kind}Note`)}</span>
      </figcaption>
      <table className="pr-heat" aria-label={title}>
        <tbody>
          {[...SCALE].reverse().map((l) => (
            <tr key={l}>
              <th scope="row">{l}</th>
              {SCALE.map((i) => {
                const b = bandOf(score(l, i), bands);
                const here = risks.filter((r) => {
                  const x = ratingOf(r, kind);
                  return x.l === l && x.i === i;
                });
                return (
                  <td key={i} style={{ background: b?.color }}>
                    {here.map((r) => (
                      <span key={r.id} className="pr-chip">
                        {r.code || r.title}
                      </span>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td />
            {SCALE.map((i) => (
              <th key={i} scope="col">
                {i}
              </th>
            ))}
          </tr>
        </tfoot>
      </table>
      <p className="pr-axes">
        {t('views.risks.print.axes')}
      </p>
    </figure>
  );
}

export function PrintRegister({ risks, total, bands, today }: { risks: readonly Risk[]; total: number; bands: readonly RiskBand[]; today: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const people = useLabels('person');
  const playbooks = useLabels('playbook');
  const open = risks.filter((r) => r.status !== 'closed');
  const badge = (n: number) => {
    const b = bandOf(n, bands);
    return (
      <span className="pr-band">
        <span className="pr-swatch" style={{ background: b?.color ?? 'transparent' }} />
        {n} {b ? bandName(t, b.key) : ''}
      </span>
    );
  };
  return (
    <div className="rk-print" lang={undefined}>
      <PaperHead title={t('views.risks.print.title')} today={today}>
        {risks.length === total ? t('views.risks.print.count', { count: total }) : t('views.risks.print.filtered', { shown: risks.length, total })}
      </PaperHead>
      <section className="pr-maps">
        <PrintMap kind="inherent" risks={open} bands={bands} />
        <PrintMap kind="residual" risks={open} bands={bands} />
      </section>
      <div className="pr-legend">
        <BandLegend bands={bands} />
        <span className="pr-muted">{t('views.risks.print.closedLeftOut')}</span>
      </div>
      <table className="pr-table">
        <thead>
          <tr>
            <th scope="col">{t('views.risks.col.code')}</th>
            <th scope="col">{t('views.risks.print.riskCol')}</th>
            <th scope="col">{t('views.risks.col.category')}</th>
            <th scope="col">{t('views.risks.print.inherentCol')}</th>
            <th scope="col">{t('views.risks.print.residualCol')}</th>
            <th scope="col">{t('views.risks.print.ownerCol')}</th>
            <th scope="col">{t('views.risks.col.review')}</th>
          </tr>
        </thead>
        <tbody>
          {risks.map((r) => {
            const flags = flagsOf(r, today);
            return (
              <tr key={r.id}>
                <td className="pr-code">{r.code}</td>
                <td>
                  <div className="pr-title">{r.title}</div>
                  {r.cause || r.event || r.effect ? <div className="pr-cee">{[r.cause, r.event, r.effect].filter(Boolean).join(' → ')}</div> : null}
                  {r.trigger ? (
                    <div className="pr-line">
                      <b>{t('views.risks.print.labelled', { label: t('views.risks.col.trigger') })}</b> {r.trigger}
                      {r.trigger_seen ? t('views.risks.print.paren', { text: t('views.risks.flag.trigger_seen') }) : ''}
                    </div>
                  ) : null}
                  {r.mitigation ? (
                    <div className="pr-line">
                      <b>{t('views.risks.print.labelled', { label: t('views.risks.col.mitigation') })}</b> {r.mitigation}
                    </div>
                  ) : null}
                  {r.contingency ? (
                    <div className="pr-line">
                      <b>{t('views.risks.print.labelled', { label: t('views.risks.col.contingency') })}</b> {r.contingency}
                      {r.playbook_id && playbooks.get(r.playbook_id) ? t('views.risks.print.paren', { text: playbooks.get(r.playbook_id) }) : ''}
                    </div>
                  ) : null}
                </td>
                <td>{t(`enum.risk_category.${r.category}`)}</td>
                <td className="pr-num">
                  {r.likelihood}×{r.impact}
                  <br />
                  {badge(inherentScore(r))}
                </td>
                <td className="pr-num">
                  {r.residual_likelihood}×{r.residual_impact}
                  <br />
                  {badge(residualScore(r))}
                </td>
                <td>
                  {r.owner_id ? people.get(r.owner_id) : '—'}
                  <div className="pr-small">
                    {t(`enum.risk_strategy.${r.strategy}`)} · {t(`enum.risk_status.${r.status}`)}
                  </div>
                </td>
                <td className="pr-date">
                  {fmt.date(r.review_on)}
                  {flags.includes('review_due') ? <div className="pr-flag">{t('views.risks.flag.review_due')}</div> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
