import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GENDERS, SPENDING_POWER } from '../../../shared/model/enums.ts';
import type { Segment } from '../../../shared/model/registry.ts';
import { useRows } from '../../app/store/selectors.ts';
import { ConfirmDelete } from '../../ui/ConfirmDelete.tsx';
import { CheckField, NumberField, SelectField, TextField } from '../../ui/fields.tsx';
import { newId } from '../../ui/ids.ts';
import { ListPanel } from '../../ui/ListPanel.tsx';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { rowChanges, useApply, useReadOnly, useSetField } from '../../ui/useEdit.ts';
import { nextOrder, toggleReach } from './model.ts';
import { Swatch } from './PlatformsPanel.tsx';

/** Audience segments: who they are, what they care about, and (in the reach matrix) where they are reached. */
export function SegmentsPanel({ onEdit }: { onEdit: (id: string) => void }) {
  const { t } = useTranslation();
  const apply = useApply();
  const readOnly = useReadOnly();
  const segments = useRows('segment');
  const platforms = useRows('platform');
  const reachId = useId();
  const none = t('table.none');
  const platformIds = platforms.map((p) => p.id);
  const names = new Map(platforms.map((p) => [p.id, p]));

  const add = async () => {
    const id = newId('seg');
    const name = t('views.audience.newSegment');
    const ok = await apply(rowChanges('segment', id, { name, sort_order: nextOrder(segments) }), t('views.audience.history.addSegment', { name }));
    if (ok) onEdit(id);
  };

  const toggle = (s: Segment, platformId: string, on: boolean) => {
    const platformName = names.get(platformId)?.name ?? '';
    void apply(
      [{ entity: 'segment', id: s.id, field: 'platform_ids', value: toggleReach(s.platform_ids, platformId, on, platformIds) }],
      t(on ? 'views.audience.history.reachOn' : 'views.audience.history.reachOff', { segment: s.name, platform: platformName }),
    );
  };

  return (
    <>
      <ListPanel
        title={t('views.audience.segments')}
        count={segments.length}
        emptyText={t('views.audience.noSegments')}
        actions={
          <button type="button" className="btn btn-primary" disabled={readOnly} onClick={() => void add()}>
            {t('views.audience.addSegment')}
          </button>
        }
      >
        <thead>
          <tr>
            <th scope="col">{t('views.audience.name')}</th>
            <th scope="col" className="num">
              {t('views.audience.age')}
            </th>
            <th scope="col">{t('views.audience.gender')}</th>
            <th scope="col">{t('views.audience.spending')}</th>
            <th scope="col">{t('views.audience.region')}</th>
            <th scope="col">{t('views.audience.interests')}</th>
            <th scope="col">{t('views.audience.caresAbout')}</th>
          </tr>
        </thead>
        <tbody>
          {segments.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <button type="button" className="row-link" onClick={() => onEdit(s.id)} aria-label={t('views.audience.editNamed', { name: s.name })}>
                  {s.name}
                </button>
              </th>
              <td className="num">{t('views.audience.ageRange', { min: s.age_min, max: s.age_max })}</td>
              <td className="nowrap">{t(`enum.gender.${s.gender}`)}</td>
              <td className="nowrap">{t(`enum.spending_power.${s.spending_power}`)}</td>
              <td>{s.region || none}</td>
              <td>{s.interests || none}</td>
              <td className="cell-long">{s.cares_about || none}</td>
            </tr>
          ))}
        </tbody>
      </ListPanel>
      {segments.length > 0 && platforms.length > 0 ? (
        <section className="panel" aria-labelledby={reachId}>
          <h2 id={reachId} className="panel-title">
            {t('views.audience.reach')}
          </h2>
          <p className="panel-summary">{t('views.audience.reachHint')}</p>
          <div className="table-scroll" role="region" aria-labelledby={reachId} tabIndex={0}>
            <table className="data-table matrix reach" aria-labelledby={reachId}>
              <thead>
                <tr>
                  <th scope="col">{t('views.audience.segment')}</th>
                  {platforms.map((p) => (
                    <th key={p.id} scope="col" className="center">
                      <Swatch color={p.color} />
                      {p.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {segments.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{s.name}</th>
                    {platforms.map((p) => (
                      <td key={p.id} className="center">
                        <input
                          type="checkbox"
                          checked={s.platform_ids.includes(p.id)}
                          disabled={readOnly}
                          aria-label={t('views.audience.reachLabel', { segment: s.name, platform: p.name })}
                          onChange={(e) => toggle(s, p.id, e.target.checked)}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}

export function SegmentEditor({ segment, onClose }: { segment: Segment; onClose: () => void }) {
  const { t } = useTranslation();
  const setField = useSetField();
  const apply = useApply();
  const readOnly = useReadOnly();
  const platforms = useRows('platform');
  const set = (field: string, label: string) => (value: unknown) =>
    void setField('segment', segment.id, field, value, t('views.audience.history.editSegment', { name: segment.name, field: label }));
  const platformIds = platforms.map((p) => p.id);

  return (
    <SidePanel
      title={t('views.audience.editSegment', { name: segment.name })}
      onClose={onClose}
      actions={
        <ConfirmDelete
          name={segment.name}
          disabled={readOnly}
          onConfirm={() => {
            onClose();
            void apply([{ entity: 'segment', id: segment.id, field: 'deleted', value: true }], t('views.audience.history.deleteSegment', { name: segment.name }));
          }}
        />
      }
    >
      <TextField label={t('views.audience.name')} value={segment.name} disabled={readOnly} onCommit={(v) => v.trim() && set('name', t('views.audience.name'))(v.trim())} />
      <div className="form-grid">
        <NumberField
          label={t('views.audience.ageMin')}
          value={segment.age_min}
          min={0}
          max={segment.age_max}
          step={1}
          disabled={readOnly}
          onCommit={(v) => set('age_min', t('views.audience.ageMin'))(Math.round(v))}
        />
        <NumberField
          label={t('views.audience.ageMax')}
          value={segment.age_max}
          min={segment.age_min}
          max={120}
          step={1}
          disabled={readOnly}
          onCommit={(v) => set('age_max', t('views.audience.ageMax'))(Math.round(v))}
        />
        <SelectField
          label={t('views.audience.gender')}
          value={segment.gender}
          disabled={readOnly}
          options={GENDERS.map((g) => ({ value: g, label: t(`enum.gender.${g}`) }))}
          onCommit={(v) => v && set('gender', t('views.audience.gender'))(v)}
        />
        <SelectField
          label={t('views.audience.spending')}
          value={segment.spending_power}
          disabled={readOnly}
          options={SPENDING_POWER.map((g) => ({ value: g, label: t(`enum.spending_power.${g}`) }))}
          onCommit={(v) => v && set('spending_power', t('views.audience.spending'))(v)}
        />
      </div>
      <TextField label={t('views.audience.region')} value={segment.region} disabled={readOnly} onCommit={set('region', t('views.audience.region'))} />
      <TextField label={t('views.audience.interests')} value={segment.interests} disabled={readOnly} hint={t('views.audience.interestsHint')} onCommit={set('interests', t('views.audience.interests'))} />
      <TextField label={t('views.audience.caresAbout')} value={segment.cares_about} disabled={readOnly} multiline onCommit={set('cares_about', t('views.audience.caresAbout'))} />
      <fieldset className="fieldset">
        <legend>{t('views.audience.reachedOn')}</legend>
        {platforms.length === 0 ? <p className="empty">{t('views.audience.noPlatforms')}</p> : null}
        {platforms.map((p) => (
          <CheckField
            key={p.id}
            label={p.name}
            value={segment.platform_ids.includes(p.id)}
            disabled={readOnly}
            onCommit={(on) => set('platform_ids', t('views.audience.reachedOn'))(toggleReach(segment.platform_ids, p.id, on, platformIds))}
          />
        ))}
      </fieldset>
    </SidePanel>
  );
}
