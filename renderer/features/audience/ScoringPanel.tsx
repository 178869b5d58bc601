import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ranking } from '../../../shared/logic/platformScore.ts';
import { SCORE_CRITERIA } from '../../../shared/model/enums.ts';
import { PLAN_ID } from '../../../shared/model/plan.ts';
import { useRows, useSettings } from '../../app/store/selectors.ts';
import { useFormat } from '../../ui/format.ts';
import { useReadOnly, useSetField } from '../../ui/useEdit.ts';
import { useSliderCommit, type SliderEndProps } from '../../ui/useSliderCommit.ts';
import { sameWeights, weightTotal, type Criterion, type Weights } from './model.ts';
import { Swatch } from './PlatformsPanel.tsx';
import { ScoreCell, useScoreFormat } from './widgets.tsx';

/**
 * Platform selection: the criterion weights (sliders), the ranking they produce, and the matrix of
 * scores. While a slider moves the ranking follows it; the weight is saved once the slider is let go.
 */
export function ScoringPanel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const score = useScoreFormat();
  const setField = useSetField();
  const readOnly = useReadOnly();
  const settings = useSettings();
  const platforms = useRows('platform');
  const [draft, setDraft] = useState<Weights | null>(null);
  const stored = settings?.score_weights;
  const weights = draft ?? stored;
  const ranked = useMemo(() => (weights ? ranking(platforms, weights) : []), [platforms, weights]);
  const byId = useMemo(() => new Map(ranked.map((r) => [r.id, r])), [ranked]);
  const colors = useMemo(() => new Map(platforms.map((p) => [p.id, p.color])), [platforms]);
  const weightsId = useId();
  const rankingId = useId();
  const matrixId = useId();
  const slider = useSliderCommit(() => {
    if (draft && stored && !sameWeights(draft, stored)) {
      void setField('settings', PLAN_ID, 'score_weights', draft, t('views.audience.history.weights'));
    }
    setDraft(null);
  });
  if (!weights || !stored) return null;

  const total = weightTotal(weights);
  const move = (c: Criterion, value: number) => {
    setDraft({ ...weights, [c]: value });
    slider.moved();
  };
  const setScore = (id: string, name: string, c: Criterion, v: number) =>
    void setField('platform', id, `score_${c}`, v, t('views.audience.history.editPlatform', { name, field: t(`enum.score_criterion.${c}`) }));

  return (
    <>
      <div className="scoring-grid">
        <section className="panel" aria-labelledby={weightsId}>
          <h2 id={weightsId} className="panel-title">
            {t('views.audience.weights')}
          </h2>
          <p className="panel-summary">{t('views.audience.weightsHint')}</p>
          <div className="weights">
            {SCORE_CRITERIA.map((c) => (
              <WeightSlider key={c} criterion={c} value={weights[c]} total={total} disabled={readOnly} onMove={move} endProps={slider.endProps} />
            ))}
          </div>
          <p className={Math.round(total) === 100 ? 'weights-total' : 'weights-total weights-off'} role="status">
            {Math.round(total) === 100
              ? t('views.audience.weightsSum', { total: fmt.number(total, 0) })
              : total === 0
                ? t('views.audience.weightsZero')
                : t('views.audience.weightsSumOff', { total: fmt.number(total, 0) })}
          </p>
        </section>
        <section className="panel" aria-labelledby={rankingId}>
          <h2 id={rankingId} className="panel-title">
            {t('views.audience.ranking')}
          </h2>
          {ranked.length === 0 ? (
            <p className="empty">{t('views.audience.noPlatforms')}</p>
          ) : (
            <ol className="ranking" aria-labelledby={rankingId}>
              {ranked.map((r) => (
                <li key={r.id} className="ranking-row">
                  <span className="ranking-rank" aria-hidden="true">
                    {r.rank}
                  </span>
                  <span className="ranking-name">
                    <Swatch color={colors.get(r.id) ?? '#6b7280'} />
                    {r.name}
                  </span>
                  <span className="ranking-bar" aria-hidden="true">
                    <span style={{ width: `${Math.max(0, Math.min(100, r.score * 10))}%`, background: colors.get(r.id) ?? 'var(--accent)' }} />
                  </span>
                  <span className="ranking-score">{t('views.audience.scoreOf', { score: score(r.score) })}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
      <section className="panel" aria-labelledby={matrixId}>
        <h2 id={matrixId} className="panel-title">
          {t('views.audience.matrix')}
        </h2>
        <p className="panel-summary">{t('views.audience.matrixHint')}</p>
        {platforms.length === 0 ? (
          <p className="empty">{t('views.audience.noPlatforms')}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby={matrixId} tabIndex={0}>
            <table className="data-table matrix" aria-labelledby={matrixId}>
              <thead>
                <tr>
                  <th scope="col">{t('views.audience.platform')}</th>
                  {SCORE_CRITERIA.map((c) => (
                    <th key={c} scope="col" className="num">
                      {t(`enum.score_criterion.${c}`)}
                      <span className="th-sub">{t('views.audience.weightOf', { weight: fmt.number(total > 0 ? (weights[c] / total) * 100 : 20, 0) })}</span>
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('views.audience.score')}
                  </th>
                  <th scope="col" className="num">
                    {t('views.audience.rank')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {platforms.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      <Swatch color={p.color} />
                      {p.name}
                    </th>
                    {SCORE_CRITERIA.map((c) => (
                      <td key={c} className="num">
                        <ScoreCell
                          value={p[`score_${c}`]}
                          label={t('views.audience.scoreLabel', { platform: p.name, criterion: t(`enum.score_criterion.${c}`) })}
                          disabled={readOnly}
                          onCommit={(v) => setScore(p.id, p.name, c, v)}
                        />
                      </td>
                    ))}
                    <td className="num strong">{score(byId.get(p.id)?.score ?? 0)}</td>
                    <td className="num">{byId.get(p.id)?.rank ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function WeightSlider({ criterion, value, total, disabled, onMove, endProps }: {
  criterion: Criterion;
  value: number;
  total: number;
  disabled: boolean;
  onMove: (c: Criterion, v: number) => void;
  endProps: SliderEndProps;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const label = t(`enum.score_criterion.${criterion}`);
  const share = total > 0 ? (value / total) * 100 : 20;
  return (
    <div className="weight">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={100}
        step={1}
        value={value}
        disabled={disabled}
        aria-valuetext={t('views.audience.weightValue', { value: fmt.number(value, 0), share: fmt.number(share, 0) })}
        onChange={(e) => onMove(criterion, Number(e.target.value))}
        {...endProps}
      />
      <output htmlFor={id} className="weight-value">
        {fmt.number(value, 0)}%
      </output>
    </div>
  );
}
