/** The board's contract with the Timeline view: what it is given and what it asks the view to do. */
import type { WorkCalendar } from '../../../shared/logic/workdays.ts';
import type { LinkType } from '../../../shared/model/enums.ts';
import type { KeyDate, Task, TaskLink } from '../../../shared/model/registry.ts';
import type { OptionalColumn } from './board-columns.ts';
import type { DragKind } from './gantt-host.ts';
import type { BoardRow, KeyDateWarning, Zoom } from './model.ts';

export interface BoardFormat {
  short(day: number): string;
  range(a: number, b: number): string;
}

export interface BoardActions {
  select(key: string): void;
  open(id: string): void;
  toggle(key: string): void;
  commitDates(id: string, kind: DragKind, start: string, end: string): void;
  commitProgress(id: string, progress: number): void;
  link(predecessor: string, successor: string, type: LinkType): void;
  shiftPhase(key: string, days: number): void;
  shiftTask(id: string, days: number): void;
  stretchTask(id: string, days: number): void;
  stepProgress(id: string, delta: number): void;
}

export interface ScrollRequest {
  to: 'today' | 'start' | 'row';
  key?: string;
  /** changes on every request, so the same request twice scrolls twice */
  n: number;
}

export interface BoardProps {
  rows: BoardRow[];
  rowOf: Map<string, number>;
  /** task id → the key of its phase's row */
  groupOf: ReadonlyMap<string, string>;
  /** the campaign's last day (day number): a preview warns of tasks pushed past it */
  planEnd?: number | null;
  span: { start: number; end: number };
  zoom: Zoom | 'fit';
  tasks: Task[];
  links: TaskLink[];
  keyDates: KeyDate[];
  /** the plan's working days, for the drag preview */
  calendar: WorkCalendar;
  owners: Map<string, string>;
  warnings: Map<string, KeyDateWarning[]>;
  critical: ReadonlySet<string> | null;
  selected: string | null;
  readOnly: boolean;
  scroll: ScrollRequest | null;
  actions: BoardActions;
  format: BoardFormat;
  /** the key-date band above the time scale is unfolded */
  bandOpen: boolean;
  onToggleBand(): void;
  /** the optional columns the task list shows beside the name */
  columns: ReadonlySet<OptionalColumn>;
}
