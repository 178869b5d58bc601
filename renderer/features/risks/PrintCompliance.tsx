/** What "Print" puts on paper from the compliance tab: the checklist as shown (filters and order). */
import { useTranslation } from 'react-i18next';
import type { Row } from '../../../shared/model/registry.ts';
import { useLabels, useRows } from '../../app/store/selectors.ts';
import { useFormat } from '../../ui/format.ts';
import { PaperHead } from './PaperHead.tsx';

export function PrintCompliance({ items, total, today }: { items: readonly Row<'compliance_item'>[]; total: number; today: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const people = useLabels('person');
  const risks = useRows('risk');
  const code = new Map(risks.map((r) => [r.id, r.code || r.title]));
  const h = (k: string) => t(`views.risks.compliance.col.${k}`);
  return (
    <div className="rk-print">
      <PaperHead title={t('views.risks.compliance.title')} today={today}>
        {items.length === total ? t('views.risks.output.itemCount', { count: total }) : t('views.risks.output.itemsFiltered', { shown: items.length, total })}
      </PaperHead>
      <table className="pr-table pr-compliance">
        <thead>
          <tr>
            <th scope="col">{h('regulation')}</th>
            <th scope="col">{h('requirement')}</th>
            <th scope="col">{h('owner_id')}</th>
            <th scope="col">{h('status')}</th>
            <th scope="col">{h('due')}</th>
            <th scope="col">{h('risk_ids')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <td className="pr-code">{t(`enum.regulation.${c.regulation}`)}</td>
              <td>
                <div className="pr-title">{c.requirement}</div>
                {c.evidence ? (
                  <div className="pr-line">
                    <b>{t('views.risks.print.labelled', { label: h('evidence') })}</b> {c.evidence}
                  </div>
                ) : null}
              </td>
              <td>{c.owner_id ? people.get(c.owner_id) ?? '' : ''}</td>
              <td>{t(`enum.compliance_status.${c.status}`)}</td>
              <td className="pr-date">{c.due ? fmt.date(c.due) : ''}</td>
              <td className="pr-small">{c.risk_ids.map((id) => code.get(id)).filter(Boolean).join(t('table.listSeparator'))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
