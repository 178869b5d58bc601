/**
 * One row of the task tree: a phase (with its twisty) or a task. Its accessible name carries what the
 * bar shows; the short visible columns are hidden from assistive technology.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { toDay } from '../../../shared/logic/dates.ts';
import { calendarOf } from '../../../shared/logic/schedule-graph.ts';
import { workLength, type WorkCalendar } from '../../../shared/logic/workdays.ts';
import { ROW_H, type BoardRow, type KeyDateWarning } from './model.ts';
import type { BoardFormat } from './board-types.ts';
import type { ListColumn } from './board-columns.ts';

/** The short cells after the name, in the board's column order (they repeat what the row's name says, so assistive technology skips them). */
function Cells({ columns, text }: { columns: readonly ListColumn[]; text: (c: ListColumn) => string | number }) {
  return columns.map((c) => {
    const v = text(c);
    return (
      <span key={c} className={`tl-col-${c}`} aria-hidden="true" title={c === 'owner' && v ? String(v) : undefined}>
        {v}
      </span>
    );
  });
}

export const ListRow = memo(function ListRow({ row, index, columns, tabbable, selected, critical, warnings, owner, calendar, format, onActivate, onToggle }: {
  row: BoardRow;
  columns: readonly ListColumn[];
  index: number;
  calendar: WorkCalendar;
  tabbable: boolean;
  selected: boolean;
  critical: ReadonlySet<string> | null;
  warnings: KeyDateWarning[] | undefined;
  owner: string;
  format: BoardFormat;
  onActivate: (key: string) => void;
  onToggle: (key: string) => void;
}) {
  const { t } = useTranslation();
  const style = { top: index * ROW_H, height: ROW_H };
  const sep = t('table.listSeparator');
  // The row's name is its content: the visible name, then in brackets (for assistive technology only)
  // what the columns and the bar show; the short visible columns are hidden from it.
  if (row.kind === 'phase') {
    const name = row.phase?.name ?? t('views.timeline.noPhase');
    const label =
      row.start === null || row.end === null
        ? t('views.timeline.phaseEmpty')
        : t('views.timeline.phaseLabel', { count: row.tasks.length, range: format.range(row.start, row.end), progress: row.progress });
    return (
      <div
        role="treeitem"
        aria-level={1}
        aria-expanded={!row.collapsed}
        aria-selected={selected}
        tabIndex={tabbable ? 0 : -1}
        data-key={row.key}
        className={`tl-row tl-row-phase${selected ? ' is-selected' : ''}`}
        style={{ ...style, ['--tl-bar' as string]: row.color }}
        onClick={() => onActivate(row.key)}
        onDoubleClick={() => onToggle(row.key)}
      >
        <span
          className="tl-twisty"
          aria-hidden="true"
          onClick={(e) => {
            e.stopPropagation();
            onToggle(row.key);
          }}
        >
          {row.collapsed ? '▸' : '▾'}
        </span>
        <span className="tl-swatch" aria-hidden="true" />
        <span className="tl-col-name" title={name}>
          <span className="tl-name-text">{name}</span>
          <span className="sr-only">{t('views.timeline.details', { text: label })}</span>
          <span className="tl-count" aria-hidden="true">
            {row.tasks.length}
          </span>
        </span>
        <Cells
          columns={columns}
          text={(c) => {
            if (row.start === null || row.end === null) return '';
            // a phase has no owner of its own; its progress is its tasks' weighted by their length
            return c === 'start' ? format.short(row.start) : c === 'end' ? format.short(row.end) : c === 'days' ? workLength(calendar, row.start, row.end) : c === 'progress' ? `${row.progress}%` : '';
          }}
        />
      </div>
    );
  }
  const task = row.task;
  const s = toDay(task.start);
  const e = toDay(task.end);
  const crit = Boolean(critical?.has(task.id));
  const days = workLength(calendarOf(task, calendar), s, e);
  const first = task.milestone
    ? t('views.timeline.milestoneLabel', { date: format.short(s) })
    : t(task.ignore_calendar ? 'views.timeline.taskLabel' : 'views.timeline.taskLabelWorking', { range: format.range(s, e), count: days, progress: task.progress });
  const parts: string[] = [];
  if (owner) parts.push(t('views.timeline.ownerPart', { owner }));
  if (crit) parts.push(t('views.timeline.criticalPart'));
  const warnText = (warnings ?? []).map((w) =>
    t(w.kind === 'milestone_on_holiday' ? 'views.timeline.warnMilestone' : 'views.timeline.warnEnds', {
      name: w.keyDate.name,
      range: format.range(toDay(w.keyDate.start), toDay(w.keyDate.end)),
    }),
  );
  parts.push(...warnText);
  return (
    <div
      role="treeitem"
      aria-level={2}
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
      data-key={row.key}
      className={`tl-row tl-row-task${selected ? ' is-selected' : ''}${crit ? ' is-critical' : ''}`}
      style={{ ...style, ['--tl-bar' as string]: row.color }}
      onClick={() => onActivate(row.key)}
    >
      <span className="tl-col-name" title={[task.name, ...warnText].join('\n')}>
        {task.milestone ? (
          <span className="tl-ms-icon" aria-hidden="true">
            ◆
          </span>
        ) : null}
        <span className="tl-name-text">{task.name}</span>
        <span className="sr-only">{t('views.timeline.details', { text: [first, ...parts].join(sep) })}</span>
        {warnText.length ? (
          <span className="warn-badge tl-warn-badge" aria-hidden="true">
            ⚠ {t('views.timeline.warnBadge')}
          </span>
        ) : null}
      </span>
      <Cells
        columns={columns}
        text={(c) =>
          c === 'start' ? format.short(s) : c === 'end' ? format.short(e) : c === 'days' ? (task.milestone ? '◆' : days) : c === 'owner' ? owner : task.milestone ? '' : `${task.progress}%`
        }
      />
    </div>
  );
});
