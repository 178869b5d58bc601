import { describe, expect, it } from 'vitest';
import { CELL_GAP, COLUMN_WIDTH, fixedWidth, listColumns, ROW_PAD, type OptionalColumn } from '../../../renderer/features/timeline/board-columns.ts';

const none = new Set<OptionalColumn>();

describe('the task list columns beside the name', () => {
  it('shows the start date and the workdays when nothing more is chosen, and leaves the start out in a narrow window', () => {
    expect(listColumns(none, false)).toEqual(['start', 'days']);
    expect(listColumns(none, true)).toEqual(['days']);
  });

  it('puts the end beside the start, and the owner and progress after the workdays, whatever order they were chosen in', () => {
    expect(listColumns(new Set<OptionalColumn>(['progress', 'owner', 'end']), false)).toEqual(['start', 'end', 'days', 'owner', 'progress']);
    expect(listColumns(new Set<OptionalColumn>(['owner']), true)).toEqual(['days', 'owner']);
  });

  it('makes the list wider by each chosen column and the gap before it', () => {
    const base = fixedWidth(listColumns(none, false));
    expect(base).toBe(2 * ROW_PAD + 2 * CELL_GAP + COLUMN_WIDTH.start + COLUMN_WIDTH.days);
    expect(fixedWidth(listColumns(new Set<OptionalColumn>(['end', 'owner']), false))).toBe(base + 2 * CELL_GAP + COLUMN_WIDTH.end + COLUMN_WIDTH.owner);
    expect(fixedWidth(listColumns(none, true))).toBe(base - CELL_GAP - COLUMN_WIDTH.start);
  });
});
