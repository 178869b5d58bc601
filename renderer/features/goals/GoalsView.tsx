import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Objective } from '../../../shared/model/registry.ts';
import { useLabels, useRows } from '../../app/store/selectors.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { useFormat } from '../../ui/format.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';

type Placed = Objective & { depth: number };

/** Objectives in tree order (each followed by its breakdown), with their depth. */
function treeOrder(objectives: readonly Objective[]): Placed[] {
  const ids = new Set(objectives.map((o) => o.id));
  const children = new Map<string | null, Objective[]>();
  for (const o of objectives) {
    const parent = o.parent_id && ids.has(o.parent_id) ? o.parent_id : null;
    children.set(parent, [...(children.get(parent) ?? []), o]);
  }
  const out: Placed[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const o of children.get(parent) ?? []) {
      if (seen.has(o.id)) continue;
      seen.add(o.id);
      out.push({ ...o, depth });
      visit(o.id, depth + 1);
    }
  };
  visit(null, 0);
  // Rows caught in a parent loop still show, at the top level.
  for (const o of objectives) if (!seen.has(o.id)) out.push({ ...o, depth: 0 });
  return out;
}

export function GoalsView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const objectives = useRows('objective');
  const platforms = useLabels('platform');
  const rows = useMemo(() => treeOrder(objectives), [objectives]);

  return (
    <>
      <ViewHeader title={t('views.goals.title')} />
      <DataTable<Placed>
        title={t('views.goals.objectives')}
        rows={rows}
        rowKey={(o) => o.id}
        columns={[
          {
            id: 'name',
            header: t('views.goals.name'),
            cell: (o) => <span style={{ paddingInlineStart: `${o.depth * 1.25}em` }}>{o.name}</span>,
            rowHeader: true,
          },
          { id: 'kind', header: t('views.goals.kind'), cell: (o) => t(`enum.objective_kind.${o.kind}`) },
          { id: 'metric', header: t('views.goals.metric'), cell: (o) => t(`metric.${o.metric}`, { defaultValue: o.metric }), wrap: true },
          { id: 'baseline', header: t('views.goals.baseline'), cell: (o) => fmt.number(o.baseline), align: 'end' },
          { id: 'target', header: t('views.goals.target'), cell: (o) => fmt.number(o.target), align: 'end' },
          { id: 'unit', header: t('views.goals.unit'), cell: (o) => o.unit || t('table.none') },
          { id: 'period', header: t('views.goals.period'), cell: (o) => t(`enum.period_type.${o.period_type}`) },
          { id: 'dates', header: t('views.goals.dates'), cell: (o) => fmt.dateRange(o.period_start, o.period_end) },
          { id: 'platform', header: t('views.goals.platform'), cell: (o) => (o.platform_id ? platforms.get(o.platform_id) : null) ?? t('views.goals.allPlatforms'), wrap: true },
          { id: 'feasibility', header: t('views.goals.feasibility'), cell: (o) => t(`enum.feasibility.${o.feasibility}`), wrap: true },
        ]}
      />
    </>
  );
}
