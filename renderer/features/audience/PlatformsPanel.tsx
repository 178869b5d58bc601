import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ranking } from '../../../shared/logic/platformScore.ts';
import { PLATFORM_PRESETS, PLATFORM_ROLES, SCORE_CRITERIA } from '../../../shared/model/enums.ts';
import type { Platform } from '../../../shared/model/registry.ts';
import { useRows, useSettings } from '../../app/store/selectors.ts';
import { ConfirmDelete } from '../../ui/ConfirmDelete.tsx';
import { NumberField, SelectField, TextField } from '../../ui/fields.tsx';
import { newId } from '../../ui/ids.ts';
import { ListPanel } from '../../ui/ListPanel.tsx';
import { SidePanel } from '../../ui/SidePanel.tsx';
import { useApply, useReadOnly, useSetField } from '../../ui/useEdit.ts';
import { addPlatformChanges, deletePlatformChanges, nextOrder, presetChoices, presetHolder, type Preset } from './model.ts';
import { useScoreFormat } from './widgets.tsx';

export function Swatch({ color }: { color: string }) {
  return <span className="swatch" style={{ background: color }} aria-hidden="true" />;
}

/** The platforms of the plan: add from the presets, see role, focus and rank, open one to edit it. */
export function PlatformsPanel({ onEdit }: { onEdit: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const score = useScoreFormat();
  const apply = useApply();
  const readOnly = useReadOnly();
  const settings = useSettings();
  const platforms = useRows('platform');
  const pickerId = useId();
  const takenId = useId();
  const choices = useMemo(() => presetChoices(platforms), [platforms]);
  const [preset, setPreset] = useState<Preset | ''>('');
  const chosen: Preset = preset !== '' ? preset : (choices.unused[0] ?? 'custom');
  const ranked = useMemo(() => (settings ? new Map(ranking(platforms, settings.score_weights).map((r) => [r.id, r])) : new Map()), [platforms, settings]);
  const none = t('table.none');
  // the same service twice would split its content, scores and reach between two rows
  const taken = presetHolder(platforms, chosen) !== null;

  const add = async () => {
    if (taken) return;
    // a preset platform is named in the plan's own language, like the rest of the plan's text
    const planT = i18n.getFixedT(settings?.language ?? i18n.language);
    const name = chosen === 'custom' ? t('views.audience.newPlatform') : planT(`enum.platform_preset.${chosen}`);
    const id = newId('plat');
    const ok = await apply(addPlatformChanges(id, chosen, name, nextOrder(platforms)), t('views.audience.history.addPlatform', { name }));
    if (ok) {
      setPreset('');
      onEdit(id);
    }
  };

  const option = (p: Preset) => (
    <option key={p} value={p}>
      {t(`enum.platform_preset.${p}`)}
    </option>
  );

  return (
    <ListPanel
      title={t('views.audience.platforms')}
      count={platforms.length}
      emptyText={t('views.audience.noPlatforms')}
      actions={
        <div className="inline-form">
          <label htmlFor={pickerId}>{t('views.audience.addFromPreset')}</label>
          <select id={pickerId} value={chosen} disabled={readOnly} onChange={(e) => setPreset(e.target.value as Preset)}>
            <optgroup label={t('views.audience.presetsUnused')}>{choices.unused.map(option)}</optgroup>
            {choices.used.length ? <optgroup label={t('views.audience.presetsUsed')}>{choices.used.map(option)}</optgroup> : null}
          </select>
          <button type="button" className="btn btn-primary" disabled={readOnly || taken} aria-describedby={taken ? takenId : undefined} onClick={() => void add()}>
            {t('views.audience.addPlatform')}
          </button>
          {taken ? (
            <p id={takenId} className="preset-taken" role="status">
              {t('views.audience.presetTaken', { preset: t(`enum.platform_preset.${chosen}`) })}
            </p>
          ) : null}
        </div>
      }
    >
      <thead>
        <tr>
          <th scope="col">{t('views.audience.name')}</th>
          <th scope="col">{t('views.audience.preset')}</th>
          <th scope="col">{t('views.audience.role')}</th>
          <th scope="col">{t('views.audience.focus')}</th>
          <th scope="col" className="num">
            {t('views.audience.rank')}
          </th>
          <th scope="col" className="num">
            {t('views.audience.score')}
          </th>
        </tr>
      </thead>
      <tbody>
        {platforms.map((p) => {
          const r = ranked.get(p.id);
          return (
            <tr key={p.id}>
              <th scope="row">
                <button type="button" className="row-link" onClick={() => onEdit(p.id)} aria-label={t('views.audience.editNamed', { name: p.name })}>
                  <Swatch color={p.color} />
                  {p.name}
                </button>
              </th>
              <td className="nowrap">{t(`enum.platform_preset.${p.preset}`)}</td>
              <td className="nowrap">
                <span className={`role-chip role-${p.role}`}>{t(`enum.platform_role.${p.role}`)}</span>
              </td>
              <td>{p.focus || none}</td>
              <td className="num">{r ? r.rank : none}</td>
              <td className="num">{r ? score(r.score) : none}</td>
            </tr>
          );
        })}
      </tbody>
    </ListPanel>
  );
}

/** The side panel that edits one platform; every field commits on its own (one undo step each). */
export function PlatformEditor({ platform, onClose }: { platform: Platform; onClose: () => void }) {
  const { t } = useTranslation();
  const setField = useSetField();
  const apply = useApply();
  const readOnly = useReadOnly();
  const segments = useRows('segment');
  const platforms = useRows('platform');
  const [refused, setRefused] = useState<Preset | null>(null);
  const set = (field: string, label: string) => (value: unknown) => void setField('platform', platform.id, field, value, t('views.audience.history.editPlatform', { name: platform.name, field: label }));
  const setPreset = (v: Preset) => {
    const clash = presetHolder(platforms, v, platform.id) !== null;
    setRefused(clash ? v : null);
    if (!clash) set('preset', t('views.audience.preset'))(v);
  };
  const reached = segments.filter((s) => s.platform_ids.includes(platform.id)).length;

  return (
    <SidePanel
      title={t('views.audience.editPlatform', { name: platform.name })}
      onClose={onClose}
      actions={
        <ConfirmDelete
          name={platform.name}
          disabled={readOnly}
          detail={reached ? t('views.audience.deletePlatformDetail', { count: reached }) : undefined}
          onConfirm={() => {
            onClose();
            void apply(deletePlatformChanges(platform.id, segments), t('views.audience.history.deletePlatform', { name: platform.name }));
          }}
        />
      }
    >
      <TextField label={t('views.audience.name')} value={platform.name} disabled={readOnly} onCommit={(v) => v.trim() && set('name', t('views.audience.name'))(v.trim())} />
      <div className="form-grid">
        <SelectField
          label={t('views.audience.preset')}
          value={platform.preset}
          disabled={readOnly}
          options={PLATFORM_PRESETS.map((p) => ({ value: p, label: t(`enum.platform_preset.${p}`) }))}
          hint={
            refused ? (
              <span className="field-error" role="alert">
                {t('views.audience.presetTaken', { preset: t(`enum.platform_preset.${refused}`) })}
              </span>
            ) : undefined
          }
          onCommit={(v) => v && setPreset(v)}
        />
        <SelectField
          label={t('views.audience.role')}
          value={platform.role}
          disabled={readOnly}
          options={PLATFORM_ROLES.map((r) => ({ value: r, label: t(`enum.platform_role.${r}`) }))}
          onCommit={(v) => v && set('role', t('views.audience.role'))(v)}
        />
      </div>
      <TextField label={t('views.audience.focus')} value={platform.focus} disabled={readOnly} multiline hint={t('views.audience.focusHint')} onCommit={set('focus', t('views.audience.focus'))} />
      <ColorField
        label={t('views.audience.color')}
        value={platform.color}
        disabled={readOnly}
        onCommit={(v) => set('color', t('views.audience.color'))(v)}
      />
      <fieldset className="fieldset">
        <legend>{t('views.audience.scores')}</legend>
        <div className="form-grid">
          {SCORE_CRITERIA.map((c) => (
            <NumberField
              key={c}
              label={t(`enum.score_criterion.${c}`)}
              value={platform[`score_${c}`]}
              min={0}
              max={10}
              step={1}
              disabled={readOnly}
              onCommit={(v) => set(`score_${c}`, t(`enum.score_criterion.${c}`))(Math.round(v))}
            />
          ))}
        </div>
      </fieldset>
    </SidePanel>
  );
}

/** A colour picker whose moves are a draft; the colour is saved once, when the field is left. */
function ColorField({ label, value, disabled, onCommit }: { label: string; value: string; disabled: boolean; onCommit: (v: string) => void }) {
  const id = useId();
  const valid = /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : '#6b7280';
  const [draft, setDraft] = useState(valid);
  useEffect(() => setDraft(valid), [valid]);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="color"
        className="color-input"
        value={draft}
        disabled={disabled}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft !== valid && onCommit(draft)}
      />
    </div>
  );
}
