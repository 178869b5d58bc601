import { useMemo } from 'react';
import { useAutosave } from './useAutosave.ts';

/**
 * A range input whose moves are shown live and written as one undo step: `moved()` on every change,
 * `flush()` when the pointer is released; key presses are written once they pause, so twenty arrow
 * presses are one step, not twenty. Leaving the slider writes at once. `commit` writes what was moved
 * (and must do nothing when nothing was).
 */
export interface SliderEndProps {
  onPointerUp(): void;
  onBlur(): void;
}

export function useSliderCommit(commit: () => void) {
  const autosave = useAutosave(commit);
  return useMemo(
    () => ({
      moved: autosave.touch,
      flush: autosave.flush,
      /** the props that end a move: spread them on the <input type="range"> */
      endProps: { onPointerUp: autosave.flush, onBlur: autosave.flush } satisfies SliderEndProps,
    }),
    [autosave],
  );
}
