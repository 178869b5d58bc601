import { useTranslation } from 'react-i18next';
import { bandOf, inherentScore } from '../../../shared/logic/risk.ts';
import type { Risk, Row } from '../../../shared/model/registry.ts';
import { useLabels, useRows, useSettings } from '../../app/store/selectors.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { useFormat } from '../../ui/format.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';

export function RisksView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const settings = useSettings();
  const risks = useRows('risk');
  const compliance = useRows('compliance_item');
  const playbooks = useRows('playbook');
  const steps = useRows('playbook_step');
  const people = useLabels('person');
  const none = t('table.none');
  const bands = settings?.risk_bands ?? [];
  const person = (id: string | null) => (id ? people.get(id) : null) ?? none;

  const band = (r: Risk) => {
    const b = bandOf(inherentScore(r), bands);
    if (!b) return none;
    return (
      <span className="band">
        <span className="band-swatch" style={{ background: b.color }} aria-hidden="true" />
        {t(`enum.risk_band.${b.key}`, { defaultValue: b.key })}
      </span>
    );
  };

  return (
    <>
      <ViewHeader title={t('views.risks.title')} />
      <DataTable<Risk>
        title={t('views.risks.register')}
        rows={risks}
        rowKey={(r) => r.id}
        columns={[
          { id: 'code', header: t('views.risks.code'), cell: (r) => r.code || none },
          { id: 'title', header: t('views.risks.riskTitle'), cell: (r) => r.title, rowHeader: true },
          { id: 'category', header: t('views.risks.category'), cell: (r) => t(`enum.risk_category.${r.category}`) },
          { id: 'likelihood', header: t('views.risks.likelihood'), cell: (r) => fmt.number(r.likelihood), align: 'end' },
          { id: 'impact', header: t('views.risks.impact'), cell: (r) => fmt.number(r.impact), align: 'end' },
          { id: 'score', header: t('views.risks.score'), cell: (r) => fmt.number(inherentScore(r)), align: 'end' },
          { id: 'band', header: t('views.risks.band'), cell: band },
          { id: 'owner', header: t('views.risks.owner'), cell: (r) => person(r.owner_id) },
          { id: 'status', header: t('views.risks.status'), cell: (r) => t(`enum.risk_status.${r.status}`) },
          { id: 'review', header: t('views.risks.review'), cell: (r) => fmt.date(r.review_on), align: 'end' },
        ]}
      />
      <DataTable<Row<'compliance_item'>>
        title={t('views.risks.compliance')}
        rows={compliance}
        rowKey={(c) => c.id}
        columns={[
          { id: 'requirement', header: t('views.risks.requirement'), cell: (c) => c.requirement, rowHeader: true },
          { id: 'regulation', header: t('views.risks.regulation'), cell: (c) => t(`enum.regulation.${c.regulation}`) },
          { id: 'owner', header: t('views.risks.owner'), cell: (c) => person(c.owner_id) },
          { id: 'status', header: t('views.risks.status'), cell: (c) => t(`enum.compliance_status.${c.status}`) },
          { id: 'due', header: t('views.risks.due'), cell: (c) => fmt.date(c.due), align: 'end' },
        ]}
      />
      <DataTable<Row<'playbook'>>
        title={t('views.risks.playbooks')}
        rows={playbooks}
        rowKey={(p) => p.id}
        columns={[
          { id: 'name', header: t('views.risks.playbook'), cell: (p) => p.name, rowHeader: true },
          { id: 'incident', header: t('views.risks.incident'), cell: (p) => t(`enum.incident.${p.incident}`) },
          { id: 'owner', header: t('views.risks.owner'), cell: (p) => person(p.owner_id) },
          { id: 'steps', header: t('views.risks.steps'), cell: (p) => fmt.number(steps.filter((s) => s.playbook_id === p.id).length), align: 'end' },
        ]}
      />
    </>
  );
}
