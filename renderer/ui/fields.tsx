import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fromMinor, parseMoneyInput } from '../../shared/logic/budget-money.ts';
import { AUTOSAVE_DELAY_MS, useTextDraft } from './useAutosave.ts';
import { DateInput } from './DateInput.tsx';
import './ui.css';

/**
 * Form controls. Text is saved as the user types (see useAutosave: one undo step per typing pause);
 * numbers commit once, on blur or Enter. Escape puts the saved value back.
 */
interface Common {
  label: string;
  disabled?: boolean;
  hint?: ReactNode;
}

function Field({ label, hint, children, id }: { label: string; hint?: ReactNode; children: ReactNode; id: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? <div className="field-hint" id={`${id}-hint`}>{hint}</div> : null}
    </div>
  );
}

function useDraft<T>(value: T) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return [draft, setDraft] as const;
}

export function TextField({ label, value, onCommit, disabled, hint, multiline, type = 'text' }: Common & {
  value: string;
  onCommit: (v: string) => void;
  multiline?: boolean;
  type?: 'text' | 'date' | 'time' | 'email';
}) {
  const id = useId();
  // dates and times are whole only when finished: saved on leaving, not while typed digit by digit
  const text = useTextDraft(value, onCommit, type === 'date' || type === 'time' ? null : AUTOSAVE_DELAY_MS);
  const props = {
    id,
    value: text.draft,
    disabled,
    onChange: (e: { target: { value: string } }) => text.change(e.target.value),
    onFocus: text.focus,
    onBlur: text.blur,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' && !multiline) text.settle();
      if (e.key === 'Escape' && text.draft !== value) {
        e.stopPropagation();
        text.revert();
      }
    },
  };
  return (
    <Field label={label} hint={hint} id={id}>
      {multiline ? <textarea rows={4} {...props} /> : type === 'date' ? <DateInput {...props} /> : <input type={type} {...props} />}
    </Field>
  );
}

export function NumberField({ label, value, onCommit, disabled, hint, min, max, step, parse, onRefuse, error: refusal }: Common & {
  value: number;
  onCommit: (v: number) => void;
  min?: number;
  max?: number;
  step?: number;
  /** the caller's own reading of the text: a number, or null to refuse it */
  parse?: (text: string) => number | null;
  /**
   * Given: a refused text is replaced by the stored value and this is called (the caller says why, in
   * `error`). Not given: the text stays for the user to fix, under it the range allowed.
   */
  onRefuse?: (text: string) => void;
  /** the caller's message under the field */
  error?: string | null;
}) {
  const id = useId();
  const [draft, setDraft] = useDraft(String(value));
  const [error, setError] = useState<string | null>(null);
  const read = (text: string): number | null => {
    if (parse) return parse(text);
    const n = Number(text.replace(/,/g, ''));
    return text.trim() === '' || !Number.isFinite(n) || (min !== undefined && n < min) || (max !== undefined && n > max) ? null : n;
  };
  const commit = () => {
    const n = read(draft);
    if (n === null) {
      if (onRefuse) {
        setDraft(String(value));
        onRefuse(draft);
      } else setError(`${min ?? '−∞'} – ${max ?? '∞'}`);
      return;
    }
    setError(null);
    if (n !== value) onCommit(n);
  };
  const shown = refusal ?? error;
  return (
    <Field label={label} hint={shown ? <span className="field-error" role="alert">{shown}</span> : hint} id={id}>
      <input
        id={id}
        inputMode="decimal"
        value={draft}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={shown ? `${id}-hint` : undefined}
        min={min}
        max={max}
        step={step}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(String(value));
            setError(null);
          }
        }}
      />
    </Field>
  );
}

export function SelectField<V extends string>({ label, value, options, onCommit, disabled, hint, allowEmpty }: Common & {
  value: V | null;
  options: readonly { value: V; label: string }[];
  onCommit: (v: V | null) => void;
  /** label of the empty choice (null), when the field may be empty */
  allowEmpty?: string;
}) {
  const id = useId();
  return (
    <Field label={label} hint={hint} id={id}>
      <select id={id} value={value ?? ''} disabled={disabled} onChange={(e) => onCommit(e.target.value === '' ? null : (e.target.value as V))}>
        {allowEmpty !== undefined || value === null ? <option value="">{allowEmpty ?? ''}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function CheckField({ label, value, onCommit, disabled }: Common & { value: boolean; onCommit: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={value} disabled={disabled} onChange={(e) => onCommit(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/**
 * Money the plan stores in minor units, edited in units of the currency: "1,500.50", "15k" and
 * "1.5万" are read; a refused text stays with the reason beside it and changes nothing.
 */
export function MoneyField({ label, value, onCommit, disabled, hint }: Common & { value: number; onCommit: (minor: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useDraft(String(fromMinor(value)));
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    const r = parseMoneyInput(draft);
    if (!r.ok) {
      setError(t('ui.money.invalid'));
      return;
    }
    setError(null);
    if (r.value !== value) onCommit(r.value);
  };
  return (
    <Field label={label} hint={error ? <span className="field-error" role="alert">{error}</span> : hint} id={id}>
      <input
        id={id}
        inputMode="decimal"
        value={draft}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(String(fromMinor(value)));
            setError(null);
          }
        }}
      />
    </Field>
  );
}
