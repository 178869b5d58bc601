/**
 * What the Timeline puts on paper: every phase and task as a schedule table. The Gantt board is drawn for a
 * scrolling window (rows and days outside it are not drawn), so it cannot flow across pages; the table can.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/logic/dates.ts';
import type { Phase, Task } from '../../../shared/model/registry.ts';
import { buildRows } from './model.ts';

interface Format {
  date(day: number): string;
}

const NONE: ReadonlySet<string> = new Set();

export function PrintSchedule({ phases, tasks, owners, format }: { phases: readonly Phase[]; tasks: readonly Task[]; owners: ReadonlyMap<string, string>; format: Format }) {
  const { t } = useTranslation();
  // collapsed phases on screen still print their tasks
  const { rows } = useMemo(() => buildRows(phases, tasks, NONE), [phases, tasks]);
  const c = (k: string) => t(`views.timeline.print.${k}`);
  return (
    <table className="tl-print">
      <caption>{t('views.timeline.print.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('views.timeline.colTask')}</th>
          <th scope="col">{t('views.timeline.colStart')}</th>
          <th scope="col">{c('end')}</th>
          <th scope="col" className="num">
            {t('views.timeline.colDays')}
          </th>
          <th scope="col">{c('owner')}</th>
          <th scope="col" className="num">
            {c('progress')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          if (r.kind === 'phase') {
            return (
              <tr key={r.key} className="tl-print-phase">
                <th scope="row">
                  <span className="tl-swatch" style={{ ['--tl-bar' as string]: r.color }} aria-hidden="true" /> {r.phase?.name ?? t('views.timeline.noPhase')}
                </th>
                <td>{r.start === null ? '' : format.date(r.start)}</td>
                <td>{r.end === null ? '' : format.date(r.end)}</td>
                <td className="num">{r.start === null || r.end === null ? '' : r.end - r.start + 1}</td>
                <td />
                <td className="num">{r.tasks.length ? `${r.progress}%` : ''}</td>
              </tr>
            );
          }
          const s = toDay(r.task.start);
          const e = toDay(r.task.end);
          return (
            <tr key={r.key}>
              <th scope="row">
                {r.task.milestone ? <span aria-hidden="true">◆ </span> : null}
                {r.task.name}
              </th>
              <td>{format.date(s)}</td>
              <td>{r.task.milestone ? '' : format.date(e)}</td>
              <td className="num">{r.task.milestone ? c('milestone') : e - s + 1}</td>
              <td>{r.task.owner_id ? owners.get(r.task.owner_id) ?? '' : ''}</td>
              <td className="num">{r.task.milestone ? '' : `${r.task.progress}%`}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
