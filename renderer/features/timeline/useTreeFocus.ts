/**
 * The task tree's focus and keys: one row is tabbable (the focused or selected one), arrow keys walk
 * the rows and fold phases, Alt+arrows move, and a row brought into focus is scrolled into view with
 * its bar. The keys' meaning is in tree-keys.ts.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type MutableRefObject, type RefObject } from 'react';
import { rowBox } from './board-geometry.ts';
import { ROW_H } from './model.ts';
import { treeKeyAction } from './tree-keys.ts';
import type { PreviewLive } from './useDragPreview.ts';

export interface TreeLive extends PreviewLive {
  listW: number;
  headerH: number;
}

export function useTreeFocus(live: MutableRefObject<TreeLive>, scroller: RefObject<HTMLDivElement | null>, tree: RefObject<HTMLDivElement | null>, updateRange: () => void) {
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const focusWanted = useRef(false);
  const { rows, props } = live.current;
  const { selected, rowOf } = props;

  /** Scrolls the row (and its bar, when wholly out of sight) into view. */
  const revealRow = (key: string, center = false) => {
    const el = scroller.current;
    const { props: p, rows: r, canvas, listW, headerH } = live.current;
    const index = p.rowOf.get(key);
    if (!el || index === undefined) return;
    const top = index * ROW_H;
    const view = el.clientHeight - headerH;
    if (center) el.scrollTop = Math.max(0, top - view / 2);
    else if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_H > el.scrollTop + view) el.scrollTop = top + ROW_H - view;
    const box = rowBox(r, index, canvas);
    const chartW = el.clientWidth - listW;
    if (box && (box.x2 < el.scrollLeft || box.x1 > el.scrollLeft + chartW)) el.scrollLeft = Math.max(0, box.x1 - 48);
    updateRange();
  };

  const focusRow = (key: string) => {
    focusWanted.current = true;
    setFocusKey(key);
    revealRow(key);
  };
  useEffect(() => {
    if (!focusWanted.current || !focusKey) return;
    focusWanted.current = false;
    tree.current?.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusKey)}"]`)?.focus({ preventScroll: true });
  });
  useEffect(() => {
    if (selected && rowOf.has(selected)) setFocusKey(selected);
  }, [selected, rowOf]);

  const current = focusKey !== null && rowOf.has(focusKey) ? focusKey : (rows[0]?.key ?? null);

  const onTreeKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const key = (e.target as HTMLElement).closest<HTMLElement>('[data-key]')?.dataset.key;
    if (!key) return;
    const { rows: list, props: p } = live.current;
    const index = list.findIndex((r) => r.key === key);
    const r = list[index];
    if (!r) return;
    const action = treeKeyAction(e, r, index, list.length);
    if (!action) return;
    const a = p.actions;
    switch (action.do) {
      case 'go': {
        const next = list[action.index];
        if (next) focusRow(next.key);
        break;
      }
      case 'focus':
        focusRow(action.key);
        break;
      case 'toggle':
        a.toggle(r.key);
        break;
      case 'open':
        a.open(r.key);
        break;
      case 'shift':
        if (r.kind === 'phase') a.shiftPhase(r.key, action.days);
        else a.shiftTask(r.key, action.days);
        break;
      case 'stretch':
        a.stretchTask(r.key, action.days);
        break;
      case 'progress':
        a.stepProgress(r.key, action.delta);
        break;
      case 'none':
        break;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  /** A click on a row: focus and select it, bring its bar into view, open a task's editor. */
  const activate = useRef<(key: string) => void>(() => {});
  activate.current = (key: string) => {
    const { rows: list, props: p } = live.current;
    const index = p.rowOf.get(key);
    const r = index === undefined ? undefined : list[index];
    if (!r) return;
    setFocusKey(r.key);
    p.actions.select(r.key);
    revealRow(r.key);
    if (r.kind === 'task') p.actions.open(r.key);
  };

  return { current, onTreeKey, revealRow, activate };
}
