import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/i18n/index.ts';
import { usePlan, usePlanStoreApi } from '../../app/store/context.tsx';
import type { ApiError } from '../../../shared/errors.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { rememberAuthor } from './author.ts';
import { sharingStore, useSharing } from './state.ts';

/** Asks for the user's name (once, on first start; again when they click their name in the header). */
export function AuthorDialog({ first }: { first: boolean }) {
  const { t, i18n } = useTranslation();
  const store = usePlanStoreApi();
  const current = usePlan((s) => s.info?.author ?? '');
  const [name, setName] = useState(current);
  const [error, setError] = useState<ApiError | 'required' | null>(null);
  const [busy, setBusy] = useState(false);
  const fieldId = useId();
  const errorId = useId();
  const introId = useId();
  const close = () => sharingStore.getState().closeDialog();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = name.trim();
    if (!value) return setError('required');
    setBusy(true);
    const r = await store.getState().setAuthor(value);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    rememberAuthor(value);
    if (!first) store.getState().pushToast({ kind: 'info', key: 'sharing.author.saved', params: { name: value } });
    close();
  };

  return (
    <Dialog title={t(first ? 'sharing.author.title' : 'sharing.author.changeTitle')} open onClose={close}>
      <form className="path-form" onSubmit={(e) => void submit(e)} noValidate aria-describedby={introId}>
        <p id={introId}>{t('sharing.author.intro')}</p>
        <div className="field">
          <label htmlFor={fieldId}>{t('sharing.author.label')}</label>
          <input
            id={fieldId}
            value={name}
            maxLength={100}
            autoComplete="name"
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onFocus={(e) => e.currentTarget.select()}
            onChange={(e) => setName(e.currentTarget.value)}
          />
        </div>
        {error ? (
          <p id={errorId} role="alert" className="dialog-error">
            {error === 'required' ? t('sharing.author.required') : errorText(i18n, error)}
          </p>
        ) : null}
        <div className="dialog-actions">
          {first ? null : (
            <button type="button" className="btn" onClick={close}>
              {t('ui.cancel')}
            </button>
          )}
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {first ? t('sharing.author.save') : t('ui.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The user's name in the header; clicking it changes the name. */
export function AuthorButton() {
  const { t } = useTranslation();
  const author = usePlan((s) => s.info?.author ?? '');
  const open = useSharing((s) => s.dialog?.kind === 'author');
  if (!author) return null;
  return (
    <button
      type="button"
      className="tool-button author-button"
      title={t('sharing.author.button', { name: author })}
      aria-haspopup="dialog"
      aria-expanded={open}
      onClick={() => sharingStore.getState().askAuthor(false)}
    >
      <svg className="author-avatar" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="5.5" r="3" />
        <path d="M2.5 14.5c0-3 2.5-5 5.5-5s5.5 2 5.5 5z" />
      </svg>
      <span className="sr-only">{t('sharing.author.label')}: </span>
      <span className="author-name">{author}</span>
    </button>
  );
}
