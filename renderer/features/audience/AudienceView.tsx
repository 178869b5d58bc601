import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRow } from '../../app/store/selectors.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';
import { PlatformEditor, PlatformsPanel } from './PlatformsPanel.tsx';
import { ScoringPanel } from './ScoringPanel.tsx';
import { SegmentEditor, SegmentsPanel } from './SegmentsPanel.tsx';
import './audience.css';

type Editing = { kind: 'platform' | 'segment'; id: string } | null;

/** Audience & platforms: the platforms and their role, the scoring matrix and ranking, the audience segments. */
export function AudienceView() {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const platform = useRow('platform', editing?.kind === 'platform' ? editing.id : null);
  const segment = useRow('segment', editing?.kind === 'segment' ? editing.id : null);
  const close = () => setEditing(null);

  return (
    <div className={editing ? 'audience-view with-panel' : 'audience-view'}>
      <ViewHeader title={t('views.audience.title')}>{t('views.audience.lede')}</ViewHeader>
      <PlatformsPanel onEdit={(id) => setEditing({ kind: 'platform', id })} />
      <ScoringPanel />
      <SegmentsPanel onEdit={(id) => setEditing({ kind: 'segment', id })} />
      {platform ? <PlatformEditor key={platform.id} platform={platform} onClose={close} /> : null}
      {segment ? <SegmentEditor key={segment.id} segment={segment} onClose={close} /> : null}
    </div>
  );
}
