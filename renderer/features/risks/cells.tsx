/**
 * Editors that live in table cells. Text is saved as it is typed (useAutosave: one undo step per pause);
 * the others commit once (a choice, Enter, or leaving the field). Escape puts the saved value back.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { isDate } from '../../../shared/logic/dates.ts';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog.tsx';
import { useTextDraft } from '../../ui/useAutosave.ts';

/** Text shown as itself; a click (or Enter) turns it into a field. */
export function EditText({ label, value, onCommit, multiline, required, disabled, className }: {
  label: string;
  value: string;
  onCommit: (v: string) => void;
  multiline?: boolean;
  /** an empty value is refused (the old one comes back) */
  required?: boolean;
  disabled?: boolean;
  className?: string;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const text = useTextDraft(value, (draft) => {
    const next = multiline ? draft.replace(/\s+$/, '') : draft.trim();
    if (next !== value && !(required && next === '')) onCommit(next);
  });
  const button = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const refocus = useRef(false);

  useEffect(() => {
    if (editing) {
      field.current?.focus();
      field.current?.select();
    } else if (refocus.current) {
      refocus.current = false;
      button.current?.focus();
    }
  }, [editing]);

  const finish = (save: boolean, keepFocus: boolean) => {
    refocus.current = keepFocus;
    if (!save) text.revert();
    text.blur();
    setEditing(false);
  };

  if (editing) {
    const common = {
      ref: field,
      value: text.draft,
      'aria-label': label,
      className: 'cell-input',
      onChange: (e: { target: { value: string } }) => text.change(e.target.value),
      onFocus: text.focus,
      onBlur: () => {
        text.blur();
        setEditing(false);
      },
      onKeyDown: (e: React.KeyboardEvent) => {
        if (e.key === 'Enter' && !(multiline && e.shiftKey) && !e.nativeEvent.isComposing) {
          e.preventDefault();
          finish(true, true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          finish(false, true);
        }
      },
    };
    return multiline ? <textarea rows={Math.min(6, Math.max(2, Math.ceil(text.draft.length / 28)))} {...common} /> : <input type="text" {...common} />;
  }
  return (
    <button
      ref={button}
      type="button"
      className={['cell-text', className].filter(Boolean).join(' ')}
      aria-label={`${label}: ${value || t('views.risks.empty')}`}
      title={t('views.risks.clickToEdit')}
      disabled={disabled}
      onClick={() => setEditing(true)}
    >
      {value ? value : <span className="cell-placeholder">{t('table.none')}</span>}
    </button>
  );
}

export interface Option<V extends string> {
  value: V;
  label: string;
}

/** A choice from a list, committed when it changes. */
export function EditSelect<V extends string>({ label, value, options, onCommit, emptyLabel, disabled, className, style }: {
  label: string;
  value: V | null;
  options: readonly Option<V>[];
  onCommit: (v: V | null) => void;
  /** when given, the value may be empty (null) */
  emptyLabel?: string;
  disabled?: boolean;
  className?: string;
  style?: React.CSSProperties;
}) {
  return (
    <select
      className={['cell-select', className].filter(Boolean).join(' ')}
      aria-label={label}
      value={value ?? ''}
      disabled={disabled}
      style={style}
      onChange={(e) => onCommit(e.target.value === '' ? null : (e.target.value as V))}
    >
      {emptyLabel !== undefined || value === null ? <option value="">{emptyLabel ?? ''}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** 1-5, committed when it changes. */
export function EditScale({ label, value, onCommit, disabled }: { label: string; value: number; onCommit: (v: number) => void; disabled?: boolean }) {
  return (
    <select className="cell-select cell-scale" aria-label={label} value={value} disabled={disabled} onChange={(e) => onCommit(Number(e.target.value))}>
      {[1, 2, 3, 4, 5].map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}

/** A day (or none), committed on Enter or when the field is left, not at every keystroke. */
export function EditDate({ label, value, onCommit, disabled, className }: { label: string; value: string | null; onCommit: (v: string | null) => void; disabled?: boolean; className?: string }) {
  const [draft, setDraft] = useState(value ?? '');
  useEffect(() => setDraft(value ?? ''), [value]);
  const commit = () => {
    const next = draft === '' ? null : draft;
    if (next !== value && (next === null || isDate(next))) onCommit(next);
  };
  return (
    <input
      type="date"
      className={['cell-date', className].filter(Boolean).join(' ')}
      aria-label={label}
      value={draft}
      disabled={disabled}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(value ?? '');
      }}
    />
  );
}

export function EditCheck({ label, value, onCommit, disabled }: { label: string; value: boolean; onCommit: (v: boolean) => void; disabled?: boolean }) {
  return <input type="checkbox" className="cell-check" aria-label={label} checked={value} disabled={disabled} onChange={(e) => onCommit(e.target.checked)} />;
}

/** Checkboxes for a set of ids, with a search box when the list is long. Used in dialogs and panels. */
export function IdChecklist({ legend, options, value, onChange, searchable = true, disabled }: {
  legend: string;
  disabled?: boolean;
  options: readonly { value: string; label: string; group?: string }[];
  value: readonly string[];
  onChange: (ids: string[]) => void;
  searchable?: boolean;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const q = query.trim().toLocaleLowerCase();
  const shown = q ? options.filter((o) => o.label.toLocaleLowerCase().includes(q)) : options;
  const chosen = new Set(value);
  let lastGroup: string | undefined;
  return (
    <fieldset className="id-checklist" disabled={disabled}>
      <legend>{legend}</legend>
      {options.length > 8 ? (
        <p className="id-checklist-chosen">
          {value.length === 0 ? <span className="cell-placeholder">{t('views.risks.noLinks')}</span> : null}
          {options
            .filter((o) => chosen.has(o.value))
            .map((o) => (
              <span key={o.value} className="chip">
                {o.label}
              </span>
            ))}
        </p>
      ) : null}
      {searchable && options.length > 8 ? (
        <input type="search" className="id-checklist-search" aria-label={t('views.risks.searchIn', { what: legend })} placeholder={t('ui.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
      ) : null}
      <div className="id-checklist-items">
        {shown.map((o) => {
          const header = o.group && o.group !== lastGroup ? o.group : null;
          lastGroup = o.group;
          return (
            <div key={o.value}>
              {header ? <div className="id-checklist-group">{header}</div> : null}
              <label className="id-checklist-item">
                <input
                  type="checkbox"
                  checked={chosen.has(o.value)}
                  onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
                />
                <span>{o.label}</span>
              </label>
            </div>
          );
        })}
        {shown.length === 0 ? <p className="empty">{t('views.risks.grid.noMatch')}</p> : null}
      </div>
    </fieldset>
  );
}

/** A list of linked rows shown as chips; the button opens a dialog to choose them (one commit on Save). */
export function EditRefs({ label, title, value, options, onCommit, disabled, renderChip }: {
  /** accessible name of the button (what and whose) */
  label: string;
  /** the dialog's title */
  title: string;
  value: readonly string[];
  options: readonly { value: string; label: string; group?: string }[];
  onCommit: (ids: string[]) => void;
  disabled?: boolean;
  renderChip?: (id: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<string[]>([...value]);
  const names = new Map(options.map((o) => [o.value, o.label]));
  const live = value.filter((id) => names.has(id));
  return (
    <>
      <button
        type="button"
        className="cell-refs"
        aria-label={`${label}: ${live.length ? live.map((id) => names.get(id)).join(t('table.listSeparator')) : t('views.risks.empty')}`}
        disabled={disabled}
        onClick={() => {
          setDraft([...live]);
          setOpen(true);
        }}
      >
        {live.length ? (
          live.map((id) => (
            <span key={id} className="chip">
              {renderChip ? renderChip(id) : names.get(id)}
            </span>
          ))
        ) : (
          <span className="cell-placeholder">{t('table.none')}</span>
        )}
      </button>
      <Dialog
        title={title}
        open={open}
        onClose={() => setOpen(false)}
        confirmLabel={t('ui.save')}
        onConfirm={() => {
          setOpen(false);
          const same = draft.length === live.length && draft.every((id) => live.includes(id));
          if (!same) onCommit(options.map((o) => o.value).filter((id) => draft.includes(id)));
        }}
      >
        <IdChecklist legend={label} options={options} value={draft} onChange={setDraft} />
      </Dialog>
    </>
  );
}
