import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_FORMATS, TACTICS } from '../../../shared/model/enums.ts';
import { SelectField } from '../../ui/fields.tsx';
import { isFiltering, NO_FILTER, UNSET, type ContentFilter } from './filter.ts';
import type { Lookups } from './lookups.ts';

/** The filter bar above the board and the calendar. */
export function Filters({ filter, onChange, lk, shown, total }: { filter: ContentFilter; onChange: (f: ContentFilter) => void; lk: Lookups; shown: number; total: number }) {
  const { t } = useTranslation();
  const searchId = useId();
  const all = t('views.content.filters.all');
  const notSet = { value: UNSET, label: t('views.content.notSet') };
  const set = <K extends keyof ContentFilter>(k: K, v: ContentFilter[K]) => onChange({ ...filter, [k]: v });
  const active = isFiltering(filter);
  return (
    <div className="content-filters" role="search" aria-label={t('views.content.filters.label')}>
      <SelectField label={t('views.content.platform')} value={filter.platform} allowEmpty={all} options={[...lk.platforms.map((p) => ({ value: p.id, label: p.name })), notSet]} onCommit={(v) => set('platform', v)} />
      <SelectField label={t('views.content.format')} value={filter.format} allowEmpty={all} options={CONTENT_FORMATS.map((f) => ({ value: f, label: lk.formatName(f) }))} onCommit={(v) => set('format', v)} />
      <SelectField label={t('views.content.segment')} value={filter.segment} allowEmpty={all} options={[...lk.segments.map((s) => ({ value: s.id, label: s.name })), notSet]} onCommit={(v) => set('segment', v)} />
      <SelectField label={t('views.content.owner')} value={filter.owner} allowEmpty={all} options={[...lk.people.map((p) => ({ value: p.id, label: p.name })), notSet]} onCommit={(v) => set('owner', v)} />
      <SelectField label={t('views.content.tactics')} value={filter.tactic} allowEmpty={all} options={TACTICS.map((x) => ({ value: x, label: t(`enum.tactic.${x}`) }))} onCommit={(v) => set('tactic', v)} />
      <div className="field content-search">
        <label htmlFor={searchId}>{t('views.content.filters.text')}</label>
        <input id={searchId} type="search" value={filter.text} placeholder={t('views.content.filters.textPlaceholder')} onChange={(e) => set('text', e.target.value)} />
      </div>
      <div className="content-filter-status">
        {active ? (
          <>
            <span role="status">{t('views.content.filters.showing', { count: shown, total })}</span>
            <button type="button" className="btn btn-quiet" onClick={() => onChange(NO_FILTER)}>
              {t('views.content.filters.clear')}
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
