import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentItem } from '../../../shared/model/registry.ts';
import { useLabels, useRows } from '../../app/store/selectors.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { useFormat } from '../../ui/format.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';

export function ContentView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const items = useRows('content_item');
  const statuses = useRows('content_status');
  const platforms = useLabels('platform');
  const people = useLabels('person');
  const none = t('table.none');
  const statusNames = useMemo(
    () => new Map(statuses.map((s) => [s.id, s.name || t(`enum.status_key.${s.key}`)])),
    [statuses, t],
  );

  return (
    <>
      <ViewHeader title={t('views.content.title')} />
      <DataTable<ContentItem>
        title={t('views.content.items')}
        rows={items}
        rowKey={(c) => c.id}
        columns={[
          { id: 'title', header: t('views.content.itemTitle'), cell: (c) => c.title, rowHeader: true },
          { id: 'status', header: t('views.content.status'), cell: (c) => statusNames.get(c.status_id) ?? none },
          { id: 'platform', header: t('views.content.platform'), cell: (c) => (c.platform_id ? platforms.get(c.platform_id) : null) ?? none },
          { id: 'format', header: t('views.content.format'), cell: (c) => t(`enum.content_format.${c.format}`) },
          {
            id: 'publish',
            header: t('views.content.publish'),
            cell: (c) => (c.publish_date ? `${fmt.date(c.publish_date)}${c.publish_time ? ` ${c.publish_time}` : ''}` : t('views.content.unscheduled')),
            align: 'end',
          },
          { id: 'owner', header: t('views.content.owner'), cell: (c) => (c.owner_id ? people.get(c.owner_id) : null) ?? none },
          { id: 'tactics', header: t('views.content.tactics'), cell: (c) => c.tactics.map((x) => t(`enum.tactic.${x}`)).join(t('table.listSeparator')) || none, wrap: true },
        ]}
      />
    </>
  );
}
