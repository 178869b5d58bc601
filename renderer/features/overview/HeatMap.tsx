import { useTranslation } from 'react-i18next';
import type { RiskHeat } from '../../../shared/logic/overview.ts';
import { readableOn } from './colors.ts';

/** The 5×5 risk map in small: how many open risks sit at each likelihood × impact, in the plan's band colours. */
export function HeatMap({ heat }: { heat: RiskHeat }) {
  const { t } = useTranslation();
  return (
    <table className="ov-heat" data-testid="ov-heat">
      <caption className="sr-only">{t('views.overview.heatCaption')}</caption>
      <thead>
        <tr>
          <td className="ov-heat-corner" />
          {[1, 2, 3, 4, 5].map((i) => (
            <th key={i} scope="col" className="ov-heat-axis">
              <span aria-hidden="true">{i}</span>
              <span className="sr-only">{t('views.overview.impactN', { n: i })}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {heat.rows.map((row) => (
          <tr key={row[0]!.likelihood}>
            <th scope="row" className="ov-heat-axis">
              <span aria-hidden="true">{row[0]!.likelihood}</span>
              <span className="sr-only">{t('views.overview.likelihoodN', { n: row[0]!.likelihood })}</span>
            </th>
            {row.map((c) => {
              const color = c.band?.color ?? 'transparent';
              return (
                <td
                  key={c.impact}
                  className={`ov-heat-cell${c.count ? ' filled' : ''}`}
                  data-l={c.likelihood}
                  data-i={c.impact}
                  data-count={c.count}
                  style={c.count ? { background: color, color: readableOn(color) } : { background: `color-mix(in srgb, ${color} 28%, var(--surface))` }}
                  title={t('views.overview.cellTitle', { l: c.likelihood, i: c.impact, score: c.score, count: c.count, band: c.band ? t(`enum.risk_band.${c.band.key}`, { defaultValue: c.band.key }) : '' })}
                >
                  {c.count ? c.count : <span className="sr-only">0</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          <td colSpan={5} className="ov-heat-label">
            {t('views.overview.impactAxis')}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
