import { isValid, parseISO } from 'date-fns';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './date-input.css';

/**
 * A date typed as yyyy-mm-dd in every locale. The browser's own date input orders its parts by the
 * browser's locale (mm/dd/yyyy in en-US), which is not what a plan written in yyyy-mm-dd reads as; the
 * native picker is still one button away. A value that is not a date is never passed on to commit.
 */
export interface DateInputProps {
  id: string;
  value: string;
  disabled?: boolean;
  onChange: (e: { target: { value: string } }) => void;
  onBlur: () => void;
  /** lets the field know the text is the user's while they are in it (a refused date goes back on leaving) */
  onFocus?: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

/** Digits typed or pasted, in yyyy-mm-dd shape as far as they go: '202612' → '2026-12'. */
export function shapeDate(text: string): string {
  const d = text.replace(/\D/g, '').slice(0, 8);
  return [d.slice(0, 4), d.slice(4, 6), d.slice(6, 8)].filter(Boolean).join('-');
}

export function isDateText(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isValid(parseISO(text));
}

export function DateInput({ id, value, disabled, onChange, onBlur, onFocus, onKeyDown }: DateInputProps) {
  const { t } = useTranslation();
  const [invalid, setInvalid] = useState(false);
  const text = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const ok = value === '' || isDateText(value);
  const errorId = `${id}-error`;
  return (
    <span className="date-input">
      <input
        ref={text}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="yyyy-mm-dd"
        value={value}
        disabled={disabled}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => {
          setInvalid(false);
          onChange({ target: { value: shapeDate(e.target.value) } });
        }}
        onFocus={onFocus}
        onBlur={() => (ok ? onBlur() : setInvalid(true))}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !ok) {
            setInvalid(true);
            return;
          }
          onKeyDown(e);
        }}
      />
      <button type="button" className="date-input-pick" aria-label={t('ui.dateInput.pick')} title={t('ui.dateInput.pick')} disabled={disabled} onClick={() => picker.current?.showPicker()}>
        <span aria-hidden="true">▦</span>
      </button>
      <input
        ref={picker}
        type="date"
        className="date-input-native"
        tabIndex={-1}
        aria-hidden="true"
        value={ok ? value : ''}
        onChange={(e) => {
          onChange({ target: { value: e.target.value } });
          // the choice is committed the way typing is: when the field is left
          text.current?.focus();
        }}
      />
      {/* over the hint line, not in the flow: an error that appears must not move the controls below */}
      {invalid ? (
        <span id={errorId} className="date-input-error field-error" role="alert">
          {t('ui.dateInput.invalid')}
        </span>
      ) : null}
    </span>
  );
}
