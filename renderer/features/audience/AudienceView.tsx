import { useTranslation } from 'react-i18next';
import { SCORE_CRITERIA } from '../../../shared/model/enums.ts';
import type { Platform, Segment, Settings } from '../../../shared/model/registry.ts';
import { useLabels, useRows, useSettings } from '../../app/store/selectors.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { useFormat } from '../../ui/format.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';

/** Scores (0-10) weighted by the plan's criterion weights (percent): a 0-10 score. */
function weightedScore(p: Platform, weights: Settings['score_weights'] | undefined): number {
  if (!weights) return 0;
  let sum = 0;
  let weight = 0;
  for (const c of SCORE_CRITERIA) {
    sum += p[`score_${c}`] * weights[c];
    weight += weights[c];
  }
  return weight > 0 ? sum / weight : 0;
}

export function AudienceView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const settings = useSettings();
  const platforms = useRows('platform');
  const segments = useRows('segment');
  const platformNames = useLabels('platform');
  const none = t('table.none');

  return (
    <>
      <ViewHeader title={t('views.audience.title')} />
      <DataTable<Platform>
        title={t('views.audience.platforms')}
        rows={platforms}
        rowKey={(p) => p.id}
        columns={[
          { id: 'name', header: t('views.audience.name'), cell: (p) => p.name, rowHeader: true },
          { id: 'role', header: t('views.audience.role'), cell: (p) => t(`enum.platform_role.${p.role}`) },
          { id: 'focus', header: t('views.audience.focus'), cell: (p) => p.focus || none, wrap: true },
          { id: 'score', header: t('views.audience.score'), cell: (p) => fmt.number(weightedScore(p, settings?.score_weights), 1), align: 'end' },
        ]}
      />
      <DataTable<Segment>
        title={t('views.audience.segments')}
        rows={segments}
        rowKey={(s) => s.id}
        columns={[
          { id: 'name', header: t('views.audience.name'), cell: (s) => s.name, rowHeader: true },
          { id: 'age', header: t('views.audience.age'), cell: (s) => t('views.audience.ageRange', { min: s.age_min, max: s.age_max }), align: 'end' },
          { id: 'gender', header: t('views.audience.gender'), cell: (s) => t(`enum.gender.${s.gender}`) },
          { id: 'region', header: t('views.audience.region'), cell: (s) => s.region || none, wrap: true },
          { id: 'spending', header: t('views.audience.spending'), cell: (s) => t(`enum.spending_power.${s.spending_power}`) },
          { id: 'interests', header: t('views.audience.interests'), cell: (s) => s.interests || none, wrap: true },
          {
            id: 'platforms',
            header: t('views.audience.reachedOn'),
            cell: (s) => s.platform_ids.map((id) => platformNames.get(id)).filter(Boolean).join(t('table.listSeparator')) || none,
            wrap: true,
          },
        ]}
      />
    </>
  );
}
