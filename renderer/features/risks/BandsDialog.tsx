/** The plan's risk bands (name, lowest score, colour): each edit writes the whole list once (one undo step). */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskBand } from '../../../shared/logic/risk.ts';
import { PLAN_ID, settings as settingsDef } from '../../../shared/model/plan.ts';
import { useSettings } from '../../app/store/selectors.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { useApply } from '../../ui/useEdit.ts';
import { useRisks } from './context.tsx';
import { bandName } from './RegisterTab.tsx';
import { Icon } from './icons.tsx';

export const DEFAULT_BANDS = settingsDef.fields.risk_bands.default as RiskBand[];

/** Checks a band list before it is written; returns the i18n key of the problem or null. */
export function bandsProblem(bands: readonly RiskBand[]): string | null {
  if (bands.length < 1 || bands.length > 6) return 'views.risks.bands.count';
  const mins = bands.map((b) => b.min_score);
  if (mins.some((m) => !Number.isInteger(m) || m < 1 || m > 25)) return 'views.risks.bands.range';
  if (new Set(mins).size !== mins.length) return 'views.risks.bands.sameStart';
  const keys = bands.map((b) => b.key.trim());
  if (keys.some((k) => k === '')) return 'views.risks.bands.noName';
  if (new Set(keys).size !== keys.length) return 'views.risks.bands.sameName';
  return null;
}

/** A colour input that commits when the picker closes (its change event), not at every hue it passes. */
function ColourInput({ label, value, onCommit, disabled }: { label: string; value: string; onCommit: (v: string) => void; disabled?: boolean }) {
  const ref = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = useRef(onCommit);
  commit.current = onCommit;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onChange = () => commit.current(el.value);
    el.addEventListener('change', onChange);
    return () => el.removeEventListener('change', onChange);
  }, []);
  return <input ref={ref} type="color" className="band-colour" aria-label={label} value={draft} disabled={disabled} onChange={(e) => setDraft(e.target.value)} />;
}

function BandRow({ band, index, bands, onWrite, disabled }: { band: RiskBand; index: number; bands: RiskBand[]; onWrite: (next: RiskBand[]) => void; disabled: boolean }) {
  const { t } = useTranslation();
  const shown = bandName(t, band.key);
  const [name, setName] = useState(shown);
  const [min, setMin] = useState(String(band.min_score));
  useEffect(() => setName(shown), [shown]);
  useEffect(() => setMin(String(band.min_score)), [band.min_score]);
  const replace = (patch: Partial<RiskBand>) => onWrite(bands.map((b, k) => (k === index ? { ...b, ...patch } : b)));
  const commitName = () => {
    const v = name.trim();
    if (v === '' ) return setName(shown);
    if (v !== shown) replace({ key: v });
  };
  const commitMin = () => {
    const n = Number(min);
    if (!Number.isInteger(n) || n < 1 || n > 25) return setMin(String(band.min_score));
    if (n !== band.min_score) replace({ min_score: n });
  };
  return (
    <tr>
      <td>
        <ColourInput label={t('views.risks.bands.colourOf', { band: shown })} value={band.color} disabled={disabled} onCommit={(c) => c !== band.color && replace({ color: c })} />
      </td>
      <td>
        <input
          type="text"
          className="cell-input"
          aria-label={t('views.risks.bands.nameOf', { band: shown })}
          value={name}
          disabled={disabled}
          onChange={(e) => setName(e.target.value)}
          onBlur={commitName}
          onKeyDown={(e) => e.key === 'Enter' && commitName()}
        />
      </td>
      <td>
        <input
          type="number"
          className="cell-input band-min"
          min={1}
          max={25}
          aria-label={t('views.risks.bands.minOf', { band: shown })}
          value={min}
          disabled={disabled}
          onChange={(e) => setMin(e.target.value)}
          onBlur={commitMin}
          onKeyDown={(e) => e.key === 'Enter' && commitMin()}
        />
      </td>
      <td>
        <button
          type="button"
          className="rk-icon rk-danger"
          disabled={disabled || bands.length <= 1}
          aria-label={t('views.risks.bands.remove', { band: shown })}
          title={t('ui.delete')}
          onClick={() => onWrite(bands.filter((_, k) => k !== index))}
        >
          <Icon name="trash" />
        </button>
      </td>
    </tr>
  );
}

export function BandsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const apply = useApply();
  const { readOnly } = useRisks();
  const [problem, setProblem] = useState<string | null>(null);
  const bands = [...(settings?.risk_bands ?? [])].sort((a, b) => a.min_score - b.min_score);
  const write = (next: RiskBand[]) => {
    const why = bandsProblem(next);
    setProblem(why);
    if (why) return;
    void apply([{ entity: 'settings', id: PLAN_ID, field: 'risk_bands', value: [...next].sort((a, b) => a.min_score - b.min_score) }], t('views.risks.history.bands'));
  };
  const lowest = bands[0]?.min_score ?? 1;
  const freeStart = () => {
    const used = new Set(bands.map((b) => b.min_score));
    for (let n = 25; n >= 1; n--) if (!used.has(n)) return n;
    return null;
  };
  return (
    <Dialog
      title={t('views.risks.bands.title')}
      open={open}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="btn" disabled={readOnly} onClick={() => write(DEFAULT_BANDS)}>
            {t('views.risks.bands.reset')}
          </button>
          <button type="button" className="btn btn-primary" onClick={onClose}>
            {t('ui.close')}
          </button>
        </>
      }
    >
      <p className="rk-note">{t('views.risks.bands.help')}</p>
      <table className="data-table bands-table">
        <thead>
          <tr>
            <th scope="col">{t('views.risks.bands.colour')}</th>
            <th scope="col">{t('views.risks.bands.name')}</th>
            <th scope="col">{t('views.risks.bands.from')}</th>
            <th scope="col">
              <span className="sr-only">{t('views.risks.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {bands.map((b, k) => (
            <BandRow key={`${k}-${b.key}-${b.min_score}`} band={b} index={k} bands={bands} onWrite={write} disabled={readOnly} />
          ))}
        </tbody>
      </table>
      {problem ? (
        <p className="field-error" role="alert">
          {t(problem)}
        </p>
      ) : null}
      {lowest > 1 ? <p className="warn-badge">{t('views.risks.bands.gap', { n: lowest - 1 })}</p> : null}
      <div className="btn-row">
        <button
          type="button"
          className="btn"
          disabled={readOnly || bands.length >= 6 || freeStart() === null}
          onClick={() => {
            const start = freeStart();
            if (start !== null) write([...bands, { key: t('views.risks.bands.newName', { n: bands.length + 1 }), min_score: start, color: '#7a5cc4' }]);
          }}
        >
          {t('views.risks.bands.add')}
        </button>
      </div>
    </Dialog>
  );
}
