import { describe, expect, it } from 'vitest';
import { treeKeyAction, type KeyPress } from '../../../renderer/features/timeline/tree-keys.ts';
import { buildRows } from '../../../renderer/features/timeline/model.ts';
import { phase, task } from './helpers.ts';

const open = buildRows([phase('p1')], [task('a', '2026-03-02', '2026-03-06', { phase_id: 'p1' }), task('b', '2026-03-09', '2026-03-10', { phase_id: 'p1' })], new Set()).rows;
const folded = buildRows([phase('p1')], [task('a', '2026-03-02', '2026-03-06', { phase_id: 'p1' })], new Set(['p1'])).rows;
const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });
const [ph, a] = [open[0]!, open[1]!];

describe('treeKeyAction', () => {
  it('walks the rows, clamped to the list', () => {
    expect(treeKeyAction(key('ArrowDown'), a, 1, 3)).toEqual({ do: 'go', index: 2 });
    expect(treeKeyAction(key('ArrowUp'), ph, 0, 3)).toEqual({ do: 'go', index: 0 });
    expect(treeKeyAction(key('End'), ph, 0, 3)).toEqual({ do: 'go', index: 2 });
    expect(treeKeyAction(key('PageDown'), ph, 0, 3)).toEqual({ do: 'go', index: 2 });
  });

  it('folds and unfolds a phase, and goes from a task up to its phase', () => {
    expect(treeKeyAction(key('ArrowLeft'), ph, 0, 3)).toEqual({ do: 'toggle' });
    expect(treeKeyAction(key('ArrowRight'), ph, 0, 3)).toEqual({ do: 'go', index: 1 });
    expect(treeKeyAction(key('ArrowRight'), folded[0]!, 0, 1)).toEqual({ do: 'toggle' });
    expect(treeKeyAction(key('ArrowLeft'), folded[0]!, 0, 1)).toEqual({ do: 'none' });
    expect(treeKeyAction(key('ArrowLeft'), a, 1, 3)).toEqual({ do: 'focus', key: 'p1' });
    expect(treeKeyAction(key('Enter'), ph, 0, 3)).toEqual({ do: 'toggle' });
    expect(treeKeyAction(key(' '), a, 1, 3)).toEqual({ do: 'open' });
  });

  it('moves a task by working days (Shift: a working week) and a phase by days (Shift: a week)', () => {
    expect(treeKeyAction(key('ArrowRight', { altKey: true }), a, 1, 3)).toEqual({ do: 'shift', days: 1 });
    expect(treeKeyAction(key('ArrowLeft', { altKey: true, shiftKey: true }), a, 1, 3)).toEqual({ do: 'shift', days: -5 });
    expect(treeKeyAction(key('ArrowRight', { altKey: true, shiftKey: true }), ph, 0, 3)).toEqual({ do: 'shift', days: 7 });
  });

  it('changes a task’s end and progress; leaves other keys and chords alone', () => {
    expect(treeKeyAction(key(']'), a, 1, 3)).toEqual({ do: 'stretch', days: 1 });
    expect(treeKeyAction(key('{', { shiftKey: true }), a, 1, 3)).toEqual({ do: 'stretch', days: -5 });
    expect(treeKeyAction(key('+'), a, 1, 3)).toEqual({ do: 'progress', delta: 10 });
    expect(treeKeyAction(key('-'), a, 1, 3)).toEqual({ do: 'progress', delta: -10 });
    expect(treeKeyAction(key(']'), ph, 0, 3)).toBeNull();
    expect(treeKeyAction(key('ArrowDown', { ctrlKey: true }), a, 1, 3)).toBeNull();
    expect(treeKeyAction(key('x'), a, 1, 3)).toBeNull();
  });
});
