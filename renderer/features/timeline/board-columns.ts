/**
 * The task list's columns beside the task name: which ones show and how wide they are. The widths live
 * here only; the board hands them to timeline.css as custom properties, so the list's width that the
 * chart is placed by and the cells' widths cannot drift apart.
 */

/** the columns a person may add (none by default: the list then looks as it always did) */
export const OPTIONAL_COLUMNS = ['end', 'owner', 'progress'] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];
export type ListColumn = 'start' | 'days' | OptionalColumn;

export const COLUMN_WIDTH: Readonly<Record<ListColumn, number>> = {
  start: 58,
  // wide enough for its header ("Workdays"), which otherwise ran into the first week's label
  days: 68,
  end: 58,
  owner: 96,
  progress: 44,
};

/** the row's padding on each side and the gap between its cells (timeline.css reads them as --tl-pad and --tl-gap) */
export const ROW_PAD = 8;
export const CELL_GAP = 6;

/** The columns after the name, in order: the start date (left out in a narrow window), the end, the workdays, the owner, the progress. */
export function listColumns(chosen: ReadonlySet<OptionalColumn>, narrow: boolean): ListColumn[] {
  const out: ListColumn[] = [];
  if (!narrow) out.push('start');
  if (chosen.has('end')) out.push('end');
  out.push('days');
  if (chosen.has('owner')) out.push('owner');
  if (chosen.has('progress')) out.push('progress');
  return out;
}

/** The list's width besides the name column: both paddings and every column with the gap before it. */
export function fixedWidth(columns: readonly ListColumn[]): number {
  return 2 * ROW_PAD + columns.reduce((w, c) => w + CELL_GAP + COLUMN_WIDTH[c], 0);
}

/** The custom properties timeline.css sizes the cells by. */
export function columnStyle(): Record<string, string> {
  const style: Record<string, string> = { '--tl-pad': `${ROW_PAD}px`, '--tl-gap': `${CELL_GAP}px` };
  for (const [c, w] of Object.entries(COLUMN_WIDTH)) style[`--tl-w-${c}`] = `${w}px`;
  return style;
}
