/**
 * What a key pressed on a row of the task tree does, as data: the board's keyboard hook carries it
 * out. Pure, so every binding is unit-tested (test/unit/timeline/tree-keys.test.ts).
 */
import type { BoardRow } from './model.ts';

export type TreeKeyAction =
  | { do: 'go'; index: number }
  | { do: 'focus'; key: string }
  | { do: 'toggle' }
  | { do: 'open' }
  | { do: 'shift'; days: number }
  | { do: 'stretch'; days: number }
  | { do: 'progress'; delta: number }
  /** the tree's key, with nothing to do on this row (still kept from scrolling the board) */
  | { do: 'none' };

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** The action for a key on row `index` of `count`, or null when the key is not the tree's. */
export function treeKeyAction(e: KeyPress, row: BoardRow, index: number, count: number): TreeKeyAction | null {
  const go = (i: number): TreeKeyAction => ({ do: 'go', index: Math.max(0, Math.min(count - 1, i)) });
  // a task steps in working days (Shift: a working week), a phase in calendar days (Shift: a week)
  const step = e.shiftKey ? (row.kind === 'phase' ? 7 : 5) : 1;
  if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) return { do: 'shift', days: e.key === 'ArrowLeft' ? -step : step };
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowDown':
      return go(index + 1);
    case 'ArrowUp':
      return go(index - 1);
    case 'Home':
      return go(0);
    case 'End':
      return go(count - 1);
    case 'PageDown':
      return go(index + 10);
    case 'PageUp':
      return go(index - 10);
    case 'ArrowLeft':
      if (row.kind === 'phase') return row.collapsed ? { do: 'none' } : { do: 'toggle' };
      return { do: 'focus', key: row.group };
    case 'ArrowRight':
      if (row.kind === 'phase') return row.collapsed ? { do: 'toggle' } : go(index + 1);
      return { do: 'none' };
    case 'Enter':
    case ' ':
      return row.kind === 'phase' ? { do: 'toggle' } : { do: 'open' };
  }
  if (row.kind !== 'task') return null;
  if (e.key === '[' || e.key === '{') return { do: 'stretch', days: -step };
  if (e.key === ']' || e.key === '}') return { do: 'stretch', days: step };
  if (e.key === '-' || e.key === '_') return { do: 'progress', delta: -10 };
  if (e.key === '+' || e.key === '=') return { do: 'progress', delta: 10 };
  return null;
}
