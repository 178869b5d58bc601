/** What "Print" puts on paper from the playbooks tab: every playbook with its levels, steps, resources and risks. */
import { useTranslation } from 'react-i18next';
import { useLabels, useRows } from '../../app/store/selectors.ts';
import { PaperHead } from './PaperHead.tsx';

export function PrintPlaybooks({ today }: { today: string }) {
  const { t } = useTranslation();
  const playbooks = useRows('playbook');
  const steps = useRows('playbook_step');
  const risks = useRows('risk');
  const people = useLabels('person');
  const code = new Map(risks.map((r) => [r.id, r.code || r.title]));
  const f = (k: string) => t(`views.risks.pb.${k}`);
  const labelled = (k: string) => <b>{t('views.risks.print.labelled', { label: f(k) })}</b>;
  return (
    <div className="rk-print">
      <PaperHead title={t('views.risks.tabs.playbooks')} today={today}>
        {t('views.risks.output.playbookCount', { count: playbooks.length })}
      </PaperHead>
      {playbooks.map((p) => {
        const mine = steps.filter((s) => s.playbook_id === p.id).sort((a, b) => a.sort_order - b.sort_order);
        const linked = p.risk_ids.map((id) => code.get(id)).filter(Boolean);
        return (
          <section key={p.id} className="pr-playbook">
            <h3>{p.name}</h3>
            <p className="pr-line">
              {t(`enum.incident.${p.incident}`)}
              {p.owner_id ? (
                <>
                  {' · '}
                  {labelled('owner')} {people.get(p.owner_id)}
                </>
              ) : null}
              {p.deputy_id ? (
                <>
                  {' · '}
                  {labelled('deputy')} {people.get(p.deputy_id)}
                </>
              ) : null}
            </p>
            {p.levels.length ? (
              <table className="pr-table pr-levels">
                <thead>
                  <tr>
                    <th scope="col">{f('severity')}</th>
                    <th scope="col">{f('responseHours')}</th>
                    <th scope="col">{f('levelDescription')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.levels.map((v) => (
                    <tr key={v.severity}>
                      <td className="pr-code">{t(`enum.severity.${v.severity}`)}</td>
                      <td className="pr-num">{v.response_hours}</td>
                      <td>{v.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <h4>{f('steps')}</h4>
            {mine.length ? (
              <ol className="pr-steps">
                {mine.map((s) => (
                  <li key={s.id}>
                    {s.text}
                    {s.who ? <span className="pr-muted">{t('views.risks.print.paren', { text: s.who })}</span> : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="pr-muted">{f('noSteps')}</p>
            )}
            {p.resources ? (
              <p className="pr-line">
                {labelled('resources')} {p.resources}
              </p>
            ) : null}
            {linked.length ? (
              <p className="pr-line">
                {labelled('linkedRisks')} {linked.join(t('table.listSeparator'))}
              </p>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
