import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { usePlanStoreApi } from '../app/store/context.tsx';

/**
 * How long typing may pause before it is saved: short enough that anything typed is in the file within
 * a second, long enough that one pause is one undo step rather than one per keystroke.
 */
export const AUTOSAVE_DELAY_MS = 600;

export interface Autosave {
  /** Something was typed: save it once typing pauses. */
  touch(): void;
  /** Save now what was typed (leaving the field, Enter); nothing happens when nothing was typed. */
  flush(): void;
  /** Forget what was typed (Escape). */
  discard(): void;
  /** Whether something typed is not saved yet. */
  dirty(): boolean;
}

/**
 * Save-as-you-type for one free-text field. `save` commits the field's current text (one apply, so one
 * undo step per typing pause). While anything is unsaved the store holds the field, so the header says
 * "Unsaved" and the shell can flush it (view change, page unload, window close); the field also saves
 * when it goes away. With `delay` null nothing is saved while typing, only on leaving (a date typed digit
 * by digit passes through dates nobody meant).
 */
export function useAutosave(save: () => void, delay: number | null = AUTOSAVE_DELAY_MS): Autosave {
  const store = usePlanStoreApi();
  const saveRef = useRef(save);
  saveRef.current = save;
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const key = useRef<symbol | null>(null);
  if (key.current === null) key.current = Symbol('draft');

  const stop = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    dirty.current = false;
    store.getState().releaseDraft(key.current!);
  }, [store]);

  const flush = useCallback(() => {
    if (!dirty.current) return;
    stop();
    saveRef.current();
  }, [stop]);

  const touch = useCallback(() => {
    dirty.current = true;
    if (timer.current !== null) clearTimeout(timer.current);
    if (delay !== null) timer.current = setTimeout(flush, delay);
    store.getState().holdDraft(key.current!, flush);
  }, [store, flush, delay]);

  // a field that goes away (panel closed, view changed) saves what was typed in it
  useEffect(() => flush, [flush]);

  return useMemo(() => ({ touch, flush, discard: stop, dirty: () => dirty.current }), [touch, flush, stop]);
}

/**
 * The draft of a plain text field (input or textarea) on top of useAutosave. `commit` is called with the
 * draft whenever it is saved and differs from `value`; it may refuse it (e.g. an empty name) by doing
 * nothing. While the field has focus the draft is the user's: a saved value coming back (perhaps trimmed)
 * does not overwrite what they are typing; once they leave, the field shows the stored value again.
 */
export function useTextDraft(value: string, commit: (text: string) => void, delay: number | null = AUTOSAVE_DELAY_MS) {
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  const latest = useRef({ draft: value, value, commit });
  // after Enter the user is done with the text: the stored value (perhaps normalised) may show though they stay in the field
  const settled = useRef(false);
  latest.current.value = value;
  latest.current.commit = commit;
  const autosave = useAutosave(() => {
    const { draft: text, value: saved, commit: save } = latest.current;
    if (text !== saved) save(text);
  }, delay);

  useEffect(() => {
    if ((focused && !settled.current) || autosave.dirty()) return;
    latest.current.draft = value;
    setDraft(value);
  }, [value, focused, autosave]);

  return {
    draft,
    change(text: string) {
      settled.current = false;
      latest.current.draft = text;
      setDraft(text);
      autosave.touch();
    },
    /** Escape: back to the stored value. */
    revert() {
      autosave.discard();
      latest.current.draft = value;
      setDraft(value);
    },
    flush: autosave.flush,
    /** Enter: save now and show what was stored. */
    settle() {
      settled.current = true;
      autosave.flush();
    },
    focus: () => setFocused(true),
    blur() {
      autosave.flush();
      setFocused(false);
    },
  };
}
