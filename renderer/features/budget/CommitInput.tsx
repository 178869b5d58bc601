import { useEffect, useRef, useState, type InputHTMLAttributes } from 'react';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * A text box for one value that commits once, on Enter or when it loses focus, and only when the
 * text changed. `parse` turns the text into a value or refuses it with a message: a refused value is
 * reported through `onError` (shown beside the control by the caller) and nothing is changed. Escape
 * puts the saved value back.
 */
export function CommitInput<T>({
  value,
  parse,
  onCommit,
  onError,
  errorId,
  invalid,
  ...rest
}: {
  /** the saved value as text */
  value: string;
  parse: (text: string) => Parsed<T>;
  onCommit: (value: T) => void;
  onError: (message: string | null) => void;
  /** the id of the element showing the message, for aria-describedby */
  errorId?: string;
  invalid?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur' | 'onKeyDown' | 'onError'>) {
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);
  // The saved value moved under a box nobody is typing in (the total changed, a slider moved, undo):
  // the box shows the new figure, even if a refused or committed text was left in it.
  const shownValue = useRef(value);
  useEffect(() => {
    if (shownValue.current === value) return;
    shownValue.current = value;
    if (input.current && input.current.ownerDocument.activeElement === input.current) return;
    setEditing(false);
    setDraft(value);
    onErrorRef.current(null);
  }, [value]);

  const commit = () => {
    if (draft.trim() === value.trim()) {
      setEditing(false);
      onError(null);
      return;
    }
    const r = parse(draft);
    if (!r.ok) {
      // the refused text stays, so the user sees what the message is about; nothing is changed
      onError(r.error);
      return;
    }
    setEditing(false);
    onError(null);
    onCommit(r.value);
  };

  return (
    <input
      {...rest}
      ref={input}
      value={draft}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={invalid && errorId ? errorId : rest['aria-describedby']}
      onFocus={(e) => {
        setEditing(true);
        e.currentTarget.select();
      }}
      onChange={(e) => {
        setEditing(true);
        setDraft(e.target.value);
      }}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape') {
          e.stopPropagation();
          setEditing(false);
          setDraft(value);
          onError(null);
        }
      }}
    />
  );
}
