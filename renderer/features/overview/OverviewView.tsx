import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { overview, type Overview, type PhaseSpan } from '../../../shared/logic/overview.ts';
import { today as planToday } from '../../../shared/logic/today.ts';
import { hrefOf, type ViewName } from '../../app/router.ts';
import { useRows, useSettings } from '../../app/store/selectors.ts';
import { useFormat } from '../../ui/format.ts';
import { ViewHeader } from '../../ui/ViewHeader.tsx';
import { ProgressBar, StatusBadge, useValueText } from '../../ui/Progress.tsx';
import { readableOn } from './colors.ts';
import { HeatMap } from './HeatMap.tsx';
import './overview.css';

/** The plan at a glance on today's date (in the plan's time zone); every tile leads to its view. */
export function OverviewView() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const settings = useSettings();
  const phases = useRows('phase');
  const tasks = useRows('task');
  const objectives = useRows('objective');
  const actuals = useRows('kpi_actual');
  const categories = useRows('budget_category');
  const spend = useRows('spend_entry');
  const risks = useRows('risk');
  const keyDates = useRows('key_date');
  const content = useRows('content_item');
  const statuses = useRows('content_status');
  const today = planToday(settings);

  const data = useMemo(
    () => (settings ? overview({ settings, phases, tasks, objectives, actuals, categories, spend, risks, keyDates, content, statuses }, today) : null),
    [settings, phases, tasks, objectives, actuals, categories, spend, risks, keyDates, content, statuses, today],
  );
  if (!settings || !data) return <ViewHeader title={t('views.overview.title')} />;

  return (
    <div className="overview-view">
      <ViewHeader title={t('views.overview.title')}>
        {settings.name}
        {settings.client ? ` · ${settings.client}` : ''} · <span data-testid="ov-today" data-value={data.today}>{t('views.overview.asOf', { date: fmt.date(data.today) })}</span>
      </ViewHeader>
      <div className="ov-grid">
        <PlanTile data={data} />
        <KpiTile data={data} />
        <BudgetTile data={data} currency={settings.currency} />
        <RiskTile data={data} />
        <UpcomingTile data={data} />
        <ContentTile data={data} />
      </div>
    </div>
  );
}

function Tile({ id, view, title, children, wide }: { id: string; view: ViewName; title: string; children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <section className={`ov-tile${wide ? ' wide' : ''}`} aria-labelledby={`ov-${id}-title`} data-testid={`ov-${id}`}>
      <h2 className="ov-tile-title" id={`ov-${id}-title`}>
        <a href={hrefOf(view)} className="ov-tile-link">
          {title}
          <span className="ov-go" aria-hidden="true">
            {' '}
            →
          </span>
          <span className="sr-only"> ({t('views.overview.open', { view: t(`nav.${view}`) })})</span>
        </a>
      </h2>
      {children}
    </section>
  );
}

function Bar({ percent, tone, marker, label }: { percent: number; tone?: 'ok' | 'warn' | 'danger'; marker?: number; label?: string }) {
  return (
    <span className="ov-bar" aria-hidden="true" title={label}>
      <span className={`ov-bar-fill${tone ? ` ${tone}` : ''}`} style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
      {marker !== undefined ? <span className="ov-bar-marker" style={{ insetInlineStart: `${Math.max(0, Math.min(100, marker))}%` }} /> : null}
    </span>
  );
}

function PlanTile({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const d = data.dates;
  const where =
    d.state === 'before'
      ? t('views.overview.startsIn', { date: fmt.date(d.start) })
      : d.state === 'after'
        ? t('views.overview.ended', { date: fmt.date(d.end) })
        : t('views.overview.dayOf', { day: fmt.number(d.elapsed), days: fmt.number(d.days) });
  const phaseState = (p: PhaseSpan) => t(`views.overview.phaseState.${p.state}`);
  return (
    <Tile id="plan" view="timeline" title={t('views.overview.planTile')}>
      <p className="ov-big">
        <span data-testid="ov-plan-dates">{fmt.dateRange(d.start, d.end)}</span>
      </p>
      <p className="ov-line">
        <span data-testid="ov-plan-day" data-value={d.elapsed}>
          {where}
        </span>
        <span className="muted"> · {t('views.overview.elapsed', { percent: fmt.percent(d.percentElapsed) })}</span>
      </p>
      <Bar percent={d.percentElapsed} />
      <p className="ov-line" data-testid="ov-current-phases" data-value={d.current.map((p) => p.id).join(',')}>
        <strong>{t('views.overview.inProgress')}</strong> {d.current.length ? d.current.map((p) => p.name).join(t('table.listSeparator')) : t('views.overview.noPhase')}
      </p>
      <ul className="ov-list ov-phases">
        {d.phases.map((p) => (
          <li key={p.id} className={`ov-phase ${p.state}`} data-testid="ov-phase" data-id={p.id} data-progress={p.progress ?? ''}>
            <span className="ov-swatch" style={{ background: p.color }} aria-hidden="true" />
            <span className="ov-phase-name">{p.name}</span>
            <span className={`ov-chip ${p.state}`}>{phaseState(p)}</span>
            <span className="ov-phase-dates muted">{p.start && p.end ? fmt.dateRange(p.start, p.end) : t('table.none')}</span>
            <span className="num">{p.progress === null ? t('table.none') : fmt.percent(p.progress)}</span>
          </li>
        ))}
      </ul>
    </Tile>
  );
}

function KpiTile({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const valueText = useValueText();
  return (
    <Tile id="kpis" view="goals" title={t('views.overview.kpiTile')}>
      {data.kpis.length === 0 ? (
        <p className="empty">{t('views.overview.noKpis')}</p>
      ) : (
        <ul className="ov-list ov-kpis">
          {data.kpis.map((k) => (
            <li key={k.id} data-testid="ov-kpi" data-id={k.id} data-value={k.measure.progress.value ?? ''} data-percent={k.measure.progress.percent ?? ''} data-status={k.measure.status}>
              <div className="ov-kpi-head">
                <span className="ov-kpi-name">{k.name}</span>
                <StatusBadge status={k.measure.status} />
              </div>
              <div className="ov-kpi-body">
                <span className="ov-kpi-figures">
                  {k.measure.progress.value === null
                    ? t('views.overview.targetOnly', { target: valueText(k.target, k.unit) })
                    : t('views.overview.valueOfTarget', { value: valueText(k.measure.progress.value, k.unit), target: valueText(k.target, k.unit) })}
                </span>
                <ProgressBar percent={k.measure.progress.percent} value={k.measure.progress.value} unit={k.unit} />
              </div>
              {k.measure.forecast.projected !== null ? (
                <div className="ov-kpi-forecast muted">{t('views.overview.forecast', { value: valueText(k.measure.forecast.projected, k.unit) })}</div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Tile>
  );
}

function BudgetTile({ data, currency }: { data: Overview; currency: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const b = data.budget;
  const tone = (p: number | null) => (p === null ? undefined : p > 100 ? 'danger' : p > data.dates.percentElapsed ? 'warn' : 'ok');
  return (
    <Tile id="budget" view="budget" title={t('views.overview.budgetTile')}>
      <p className="ov-big">
        <span data-testid="ov-budget-spent" data-value={b.spent}>
          {fmt.minor(b.spent, currency)}
        </span>{' '}
        <span className="ov-of">{t('views.overview.ofBudget', { total: fmt.minor(b.total, currency) })}</span>
      </p>
      <p className="ov-line">
        <span data-testid="ov-budget-percent" data-value={b.percent ?? ''}>
          {b.percent === null ? t('views.overview.noBudget') : t('views.overview.used', { percent: fmt.percent(b.percent) })}
        </span>
        <span className="muted">
          {' · '}
          {t('views.overview.remaining', { amount: fmt.minor(b.remaining, currency) })}
        </span>
      </p>
      <Bar percent={b.percent ?? 0} tone={tone(b.percent)} marker={data.dates.percentElapsed} label={t('views.overview.timeMarker')} />
      <table className="ov-table">
        <caption className="sr-only">{t('views.overview.byCategory')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('views.overview.category')}</th>
            <th scope="col" className="num">{t('views.overview.spent')}</th>
            <th scope="col" className="num">{t('views.overview.planned')}</th>
            <th scope="col" className="ov-bar-col">
              <span className="sr-only">{t('views.overview.usedHeader')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {b.categories.map((c) => (
            <tr key={c.id} data-testid="ov-category" data-id={c.id} data-spent={c.spent} data-planned={c.planned}>
              <th scope="row">{c.name || t(`enum.budget_key.${c.key}`)}</th>
              <td className="num">{fmt.minor(c.spent, currency)}</td>
              <td className="num">{fmt.minor(c.planned, currency)}</td>
              <td className="ov-bar-col">
                <span className="ov-cat-bar">
                  <Bar percent={c.percent ?? 0} tone={tone(c.percent)} />
                  <span className="num">{c.percent === null ? t('table.none') : fmt.percent(c.percent)}</span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ov-note muted">{t('views.overview.budgetNote')}</p>
    </Tile>
  );
}

function RiskTile({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const r = data.risks;
  return (
    <Tile id="risks" view="risks" title={t('views.overview.riskTile')}>
      <div className="ov-risk">
        <HeatMap heat={r} />
        <div className="ov-flagged">
          <p className="ov-line">
            <strong data-testid="ov-flagged-count" data-value={r.flagged.length}>
              {t('views.overview.flagged', { count: r.flagged.length })}
            </strong>
          </p>
          {r.flagged.length === 0 ? (
            <p className="muted">{t('views.overview.noFlagged')}</p>
          ) : (
            <ul className="ov-list ov-flag-list">
              {r.flagged.map((f) => (
                <li key={f.id} data-testid="ov-flagged" data-id={f.id}>
                  <span className="ov-score" style={f.band ? { background: f.band.color, color: readableOn(f.band.color) } : undefined}>
                    {f.score}
                  </span>
                  <span>
                    {f.code ? <span className="ov-code">{f.code} </span> : null}
                    {f.title}
                    <span className="ov-flags muted"> · {f.flags.map((x) => t(`views.overview.riskFlag.${x}`)).join(t('table.listSeparator'))}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <p className="ov-note muted">{t('views.overview.riskNote', { counted: r.counted, closed: r.closed })}</p>
    </Tile>
  );
}

function UpcomingTile({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const when = (days: number) => (days < 0 ? t('views.overview.now') : days === 0 ? t('views.overview.today') : t('views.overview.inDays', { count: days }));
  const u = data.upcoming;
  return (
    <Tile id="upcoming" view="timeline" title={t('views.overview.upcomingTile')}>
      <div className="ov-two">
        <div>
          <h3 className="ov-sub">{t('views.overview.milestones')}</h3>
          {u.milestones.length === 0 ? (
            <p className="muted">{t('views.overview.noMilestones')}</p>
          ) : (
            <ul className="ov-list ov-dates">
              {u.milestones.map((m) => (
                <li key={m.id} data-testid="ov-milestone" data-id={m.id}>
                  <span className="ov-diamond" aria-hidden="true">◆</span>
                  <span className="ov-date-name">{m.name}</span>
                  <span className="ov-date muted">
                    {fmt.date(m.date)} · {when(m.inDays)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="ov-sub">{t('views.overview.keyDates')}</h3>
          {u.keyDates.length === 0 ? (
            <p className="muted">{t('views.overview.noKeyDates')}</p>
          ) : (
            <ul className="ov-list ov-dates">
              {u.keyDates.map((k) => (
                <li key={k.id} data-testid="ov-keydate" data-id={k.id}>
                  <span className={`ov-kd kd-${k.kind}`} aria-hidden="true" />
                  <span className="ov-date-name">
                    {k.name} <span className="muted">({t(`enum.key_date_kind.${k.kind}`)})</span>
                  </span>
                  <span className="ov-date muted">
                    {k.start === k.end ? fmt.date(k.start) : fmt.dateRange(k.start, k.end)} · {when(k.inDays)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </Tile>
  );
}

function ContentTile({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const c = data.content;
  return (
    <Tile id="content" view="content" title={t('views.overview.contentTile')}>
      <p className="muted ov-line">{t('views.overview.week', { range: fmt.dateRange(c.start, c.end) })}</p>
      <p className="ov-big">
        <span data-testid="ov-content-published" data-value={c.published}>
          {fmt.number(c.published)}
        </span>{' '}
        <span className="ov-of">
          {t('views.overview.publishedOf', { scheduled: fmt.number(c.scheduled) })}
        </span>
        <span className="sr-only" data-testid="ov-content-scheduled" data-value={c.scheduled} />
      </p>
      <Bar percent={c.scheduled ? (c.published / c.scheduled) * 100 : 0} tone="ok" />
      {c.overdue > 0 ? (
        <p className="ov-line ov-warn" data-testid="ov-content-overdue" data-value={c.overdue}>
          {t('views.overview.overdue', { count: c.overdue })}
        </p>
      ) : null}
      {c.scheduled === 0 ? (
        <p className="muted">{t('views.overview.nothingThisWeek')}</p>
      ) : (
        <ul className="ov-list ov-week">
          {c.items.slice(0, 6).map((i) => (
            <li key={i.id} data-testid="ov-week-item" data-id={i.id}>
              <span className={`ov-dot${i.published ? ' done' : ''}`} aria-hidden="true" />
              <span className="ov-date-name">{i.title}</span>
              <span className="muted ov-when">
                {fmt.date(i.date)}
                {i.time ? ` ${i.time}` : ''} · {i.published ? t('views.overview.isPublished') : t('views.overview.notPublished')}
              </span>
            </li>
          ))}
          {c.items.length > 6 ? <li className="muted">{t('views.overview.more', { count: c.items.length - 6 })}</li> : null}
        </ul>
      )}
    </Tile>
  );
}
