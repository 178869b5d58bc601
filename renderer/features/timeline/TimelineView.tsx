import { useTranslation } from 'react-i18next';
import type { KeyDate, Phase, Task } from '../../../shared/model/registry.ts';
import { useLabels, useRows } from '../../app/store/selectors.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { useFormat } from '../../ui/format.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';

export function TimelineView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const tasks = useRows('task');
  const phases = useRows('phase');
  const keyDates = useRows('key_date');
  const phaseNames = useLabels('phase');
  const people = useLabels('person');
  const none = t('table.none');
  const tasksIn = (phaseId: string) => tasks.filter((x) => x.phase_id === phaseId).length;

  return (
    <>
      <ViewHeader title={t('views.timeline.title')} />
      <DataTable<Phase>
        title={t('views.timeline.phases')}
        rows={phases}
        rowKey={(p) => p.id}
        columns={[
          { id: 'name', header: t('views.timeline.name'), cell: (p) => p.name, rowHeader: true },
          { id: 'kind', header: t('views.timeline.kind'), cell: (p) => t(`enum.phase_kind.${p.kind}`) },
          { id: 'tasks', header: t('views.timeline.taskCount'), cell: (p) => fmt.number(tasksIn(p.id)), align: 'end' },
        ]}
      />
      <DataTable<Task>
        title={t('views.timeline.tasks')}
        rows={tasks}
        rowKey={(x) => x.id}
        columns={[
          { id: 'name', header: t('views.timeline.name'), cell: (x) => (x.milestone ? <><span aria-hidden="true">◆ </span>{x.name}</> : x.name), rowHeader: true },
          { id: 'phase', header: t('views.timeline.phase'), cell: (x) => (x.phase_id ? phaseNames.get(x.phase_id) : null) ?? none },
          { id: 'kind', header: t('views.timeline.kind'), cell: (x) => (x.milestone ? t('views.timeline.milestone') : t(`enum.task_kind.${x.kind}`)) },
          { id: 'start', header: t('views.timeline.start'), cell: (x) => fmt.date(x.start), align: 'end' },
          { id: 'end', header: t('views.timeline.end'), cell: (x) => fmt.date(x.end), align: 'end' },
          { id: 'progress', header: t('views.timeline.progress'), cell: (x) => fmt.percent(x.progress), align: 'end' },
          { id: 'owner', header: t('views.timeline.owner'), cell: (x) => (x.owner_id ? people.get(x.owner_id) : null) ?? none },
        ]}
      />
      <DataTable<KeyDate>
        title={t('views.timeline.keyDates')}
        rows={keyDates}
        rowKey={(k) => k.id}
        columns={[
          { id: 'name', header: t('views.timeline.name'), cell: (k) => k.name, rowHeader: true },
          { id: 'kind', header: t('views.timeline.kind'), cell: (k) => t(`enum.key_date_kind.${k.kind}`) },
          { id: 'dates', header: t('views.timeline.dates'), cell: (k) => (k.start === k.end ? fmt.date(k.start) : fmt.dateRange(k.start, k.end)), align: 'end' },
          { id: 'note', header: t('views.timeline.note'), cell: (k) => k.note || none, wrap: true },
        ]}
      />
    </>
  );
}
