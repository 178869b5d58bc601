import { useTranslation } from 'react-i18next';
import type { Person, Row } from '../../../shared/model/registry.ts';
import { useLabels, useRows, useSettings } from '../../app/store/selectors.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { useFormat } from '../../ui/format.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';

export function TeamView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const currency = useSettings()?.currency ?? 'CNY';
  const people = useRows('person');
  const teams = useRows('team');
  const tools = useRows('tool');
  const teamNames = useLabels('team');
  const personNames = useLabels('person');
  const none = t('table.none');

  return (
    <>
      <ViewHeader title={t('views.team.title')} />
      <DataTable<Person>
        title={t('views.team.people')}
        rows={people}
        rowKey={(p) => p.id}
        columns={[
          { id: 'name', header: t('views.team.name'), cell: (p) => p.name, rowHeader: true },
          { id: 'role', header: t('views.team.role'), cell: (p) => p.role || none },
          { id: 'team', header: t('views.team.team'), cell: (p) => (p.team_id ? teamNames.get(p.team_id) : null) ?? none },
          { id: 'capacity', header: t('views.team.capacity'), cell: (p) => fmt.number(p.capacity_hours, 1), align: 'end' },
          { id: 'cost', header: t('views.team.cost'), cell: (p) => fmt.money(p.hourly_cost, currency), align: 'end' },
          { id: 'email', header: t('views.team.email'), cell: (p) => p.email || none },
        ]}
      />
      <DataTable<Row<'team'>>
        title={t('views.team.teams')}
        rows={teams}
        rowKey={(x) => x.id}
        columns={[
          { id: 'name', header: t('views.team.teamName'), cell: (x) => x.name, rowHeader: true },
          { id: 'kind', header: t('views.team.kind'), cell: (x) => t(`enum.team_kind.${x.kind}`) },
          { id: 'members', header: t('views.team.members'), cell: (x) => fmt.number(people.filter((p) => p.team_id === x.id).length), align: 'end' },
        ]}
      />
      <DataTable<Row<'tool'>>
        title={t('views.team.tools')}
        rows={tools}
        rowKey={(x) => x.id}
        columns={[
          { id: 'name', header: t('views.team.toolName'), cell: (x) => x.name, rowHeader: true },
          { id: 'purpose', header: t('views.team.purpose'), cell: (x) => t(`enum.tool_purpose.${x.purpose}`) },
          { id: 'cost', header: t('views.team.toolCost'), cell: (x) => fmt.money(x.cost, currency), align: 'end' },
          { id: 'owner', header: t('views.team.owner'), cell: (x) => (x.owner_id ? personNames.get(x.owner_id) : null) ?? none },
        ]}
      />
    </>
  );
}
