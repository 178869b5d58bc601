import { useTranslation } from 'react-i18next';
import { spanDays } from '../../../shared/logic/dates.ts';
import type { EntityName } from '../../../shared/model/registry.ts';
import { usePlan } from '../../app/store/context.tsx';
import { useRows, useSettings } from '../../app/store/selectors.ts';
import { DataTable, type Column } from '../../ui/DataTable.tsx';
import { useFormat } from '../../ui/format.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';

interface Line {
  id: string;
  label: string;
  value: string;
}

const COUNTED: { id: string; entity: EntityName; key: string }[] = [
  { id: 'tasks', entity: 'task', key: 'views.overview.tasks' },
  { id: 'content', entity: 'content_item', key: 'views.overview.contentItems' },
  { id: 'platforms', entity: 'platform', key: 'views.overview.platforms' },
  { id: 'segments', entity: 'segment', key: 'views.overview.segments' },
  { id: 'objectives', entity: 'objective', key: 'views.overview.objectives' },
  { id: 'risks', entity: 'risk', key: 'views.overview.risks' },
  { id: 'people', entity: 'person', key: 'views.overview.people' },
  { id: 'keyDates', entity: 'key_date', key: 'views.overview.keyDates' },
  { id: 'budget', entity: 'budget_category', key: 'views.overview.budgetCategories' },
];

export function OverviewView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const settings = useSettings();
  const ids = usePlan((s) => s.ids);
  const tasks = useRows('task');
  if (!settings) return <ViewHeader title={t('views.overview.title')} />;

  const details: Line[] = [
    { id: 'name', label: t('views.overview.name'), value: settings.name },
    { id: 'client', label: t('views.overview.client'), value: settings.client || t('table.none') },
    {
      id: 'dates',
      label: t('views.overview.dates'),
      value: t('views.overview.dateSpan', {
        start: fmt.date(settings.start_date),
        end: fmt.date(settings.end_date),
        count: spanDays(settings.start_date, settings.end_date),
      }),
    },
    { id: 'tz', label: t('views.overview.timeZone'), value: settings.time_zone },
    { id: 'currency', label: t('views.overview.currency'), value: settings.currency },
    { id: 'budget', label: t('views.overview.totalBudget'), value: fmt.money(settings.total_budget, settings.currency) },
    { id: 'peak', label: t('views.overview.peakHours'), value: `${settings.peak_start} – ${settings.peak_end}` },
  ];
  const counts: Line[] = [
    ...COUNTED.map((c) => ({ id: c.id, label: t(c.key), value: fmt.number(ids[c.entity].length) })),
    { id: 'milestones', label: t('views.overview.milestones'), value: fmt.number(tasks.filter((x) => x.milestone).length) },
  ];
  const columns = (first: string, second: string, numeric: boolean): Column<Line>[] => [
    { id: 'label', header: first, cell: (l) => l.label, rowHeader: true },
    { id: 'value', header: second, cell: (l) => l.value, align: numeric ? 'end' : 'start' },
  ];

  return (
    <>
      <ViewHeader title={t('views.overview.title')}>{settings.name}</ViewHeader>
      <div className="view-columns">
        <DataTable title={t('views.overview.planDetails')} columns={columns(t('views.overview.field'), t('views.overview.value'), false)} rows={details} rowKey={(l) => l.id} />
        <DataTable title={t('views.overview.counts')} columns={columns(t('views.overview.kind'), t('views.overview.count'), true)} rows={counts} rowKey={(l) => l.id} />
      </div>
    </>
  );
}
