import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadWeek, WeeklyLoad } from '../../../shared/logic/team.ts';
import { useLabels } from '../../app/store/selectors.ts';
import { useFormat } from '../../ui/format.ts';
import { weekNumber, weekRuns } from './model.ts';

/**
 * Each person's planned hours per week (their tasks' hours spread over the task days) against their
 * capacity. People above capacity in any week are flagged, with the weeks named.
 */
export function LoadPanel({ load, onEdit }: { load: WeeklyLoad; onEdit: (id: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const names = useLabels('person');
  const headingId = useId();
  const over = load.people.filter((p) => p.over.some(Boolean));
  const week = (key: string) => t('views.team.weekShort', { week: weekNumber(key) });
  const unassigned = load.unassigned.reduce((a, b) => a + b, 0);

  return (
    <section className="panel" aria-labelledby={headingId} id="team-load">
      <h2 id={headingId} className="panel-title">
        {t('views.team.load')}
      </h2>
      <p className="panel-summary">{t('views.team.loadHint')}</p>
      {load.people.length === 0 ? (
        <p className="empty">{t('views.team.noPeople')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="data-table load-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('views.team.name')}</th>
                <th scope="col" className="num">
                  {t('views.team.capacity')}
                </th>
                <th scope="col" className="num">
                  {t('views.team.peak')}
                </th>
                <th scope="col">
                  {t('views.team.weeks')}
                  <MonthAxis weeks={load.weeks} />
                </th>
                <th scope="col">{t('views.team.status')}</th>
              </tr>
            </thead>
            <tbody>
              {load.people.map((p) => {
                const peakIndex = p.hours.reduce((best, h, i) => (h > (p.hours[best] ?? 0) ? i : best), 0);
                const peak = p.hours[peakIndex] ?? 0;
                const runs = weekRuns(load.weeks, p.over);
                const overCount = p.over.filter(Boolean).length;
                const name = names.get(p.personId) ?? '';
                const scale = Math.max(p.capacity * 1.5, peak, 1);
                return (
                  <tr key={p.personId} className={overCount ? 'load-over' : undefined}>
                    <th scope="row">
                      <button type="button" className="link-button" onClick={() => onEdit(p.personId)} aria-label={t('views.team.editNamed', { name })}>
                        {name}
                      </button>
                    </th>
                    <td className="num">{t('views.team.hoursValue', { hours: fmt.number(p.capacity, 1) })}</td>
                    <td className="num">
                      {peak > 0 ? t('views.team.peakValue', { hours: fmt.number(peak, 0), week: week(load.weeks[peakIndex]?.key ?? '') }) : t('table.none')}
                    </td>
                    <td className="load-strip-cell">
                      <div className="load-strip" aria-hidden="true">
                        <span className="load-capacity" style={{ bottom: `${(p.capacity / scale) * 100}%` }} />
                        {p.hours.map((h, i) => (
                          <span
                            key={load.weeks[i]?.key ?? i}
                            className={p.over[i] ? 'load-bar load-bar-over' : 'load-bar'}
                            style={{ height: `${Math.min(100, (h / scale) * 100)}%` }}
                          />
                        ))}
                      </div>
                    </td>
                    <td className="load-status">
                      {overCount ? (
                        <>
                          <span className="warn-badge">{t('views.team.overWeeks', { count: overCount })}</span>
                          <span className="load-runs">
                            {runs
                              .map((r) => (r.count === 1 ? week(r.from.key) : t('views.team.weekRange', { from: week(r.from.key), to: week(r.to.key) })))
                              .join(t('table.listSeparator'))}
                          </span>
                        </>
                      ) : (
                        <span className="ok-text">{t('views.team.withinCapacity')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="panel-foot" role="status">
        {over.length ? t('views.team.overSummary', { count: over.length }) : t('views.team.overNone')}
        {unassigned > 0 ? ` ${t('views.team.unassignedHours', { hours: fmt.number(unassigned, 0) })}` : ''}
      </p>
    </section>
  );
}

/** Month names over the weekly bars, each where its first week begins. */
function MonthAxis({ weeks }: { weeks: readonly LoadWeek[] }) {
  const { i18n } = useTranslation();
  const marks = useMemo(() => {
    const f = new Intl.DateTimeFormat(i18n.language, { month: 'short', timeZone: 'UTC' });
    const out: { key: string; left: number; label: string }[] = [];
    let last = '';
    weeks.forEach((w, i) => {
      // the month that holds most of the week (its Thursday, as ISO weeks count)
      const thursday = new Date(Date.parse(`${w.start}T00:00:00Z`) + 3 * 86_400_000);
      const month = thursday.toISOString().slice(0, 7);
      if (month !== last) out.push({ key: month, left: (i / weeks.length) * 100, label: f.format(thursday) });
      last = month;
    });
    return out;
  }, [weeks, i18n.language]);
  if (weeks.length < 6) return null;
  return (
    <span className="load-axis" aria-hidden="true">
      {marks.map((m) => (
        <span key={m.key} style={{ left: `${m.left}%` }}>
          {m.label}
        </span>
      ))}
    </span>
  );
}
