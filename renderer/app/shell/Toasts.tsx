import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/index.ts';
import { usePlan } from '../store/context.tsx';
import { selectToasts } from '../store/selectors.ts';
import type { Toast } from '../store/toast-slice.ts';

/** An offer to undo stays longer: the user has to read it and reach for the button. */
const LIFETIME_MS = { info: 5000, undoable: 10000, error: 12000 };

function ToastItem({ toast, onUndo }: { toast: Toast; onUndo: () => void }) {
  const { t, i18n } = useTranslation();
  const dismiss = usePlan((s) => s.dismissToast);
  const revision = usePlan((s) => s.info?.revision);
  const readOnly = usePlan((s) => Boolean(s.info?.readOnly));
  // Undo takes back the newest step only: once something else was written, it would undo that instead
  const undoable = toast.kind === 'info' && toast.undoRevision !== undefined && toast.undoRevision === revision && !readOnly;
  const [held, setHeld] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const life = toast.kind === 'error' ? LIFETIME_MS.error : toast.undoRevision !== undefined ? LIFETIME_MS.undoable : LIFETIME_MS.info;
  useEffect(() => {
    // not taken away from under the pointer or the keyboard
    if (held) return;
    const timer = setTimeout(() => dismiss(toast.id), life);
    return () => clearTimeout(timer);
  }, [toast.id, life, held, dismiss]);
  const text = toast.kind === 'error' ? errorText(i18n, toast.error) : t(toast.key, toast.params ?? {});
  return (
    <div
      ref={root}
      className={`toast toast-${toast.kind}`}
      data-code={toast.kind === 'error' ? toast.error.code : undefined}
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(root.current?.contains(document.activeElement) ?? false)}
      onFocus={() => setHeld(true)}
      onBlur={(e) => setHeld(root.current?.contains(e.relatedTarget as Node | null) ?? false)}
    >
      <span className="toast-text">{text}</span>
      {undoable ? (
        <button
          type="button"
          className="toast-undo"
          aria-label={t('toast.undoLabel', { what: text })}
          onClick={() => {
            dismiss(toast.id);
            onUndo();
          }}
        >
          {t('toast.undo')}
        </button>
      ) : null}
      <button type="button" className="toast-close" onClick={() => dismiss(toast.id)} aria-label={t('toast.dismiss')}>
        ×
      </button>
    </div>
  );
}

/** Messages for the user: errors are announced at once (alert), the rest politely (status). */
export function Toasts({ onUndo }: { onUndo: () => void }) {
  const { t } = useTranslation();
  const toasts = usePlan(selectToasts);
  return (
    <section className="toasts" aria-label={t('toast.region')}>
      <div role="alert">
        {toasts.filter((x) => x.kind === 'error').map((x) => (
          <ToastItem key={x.id} toast={x} onUndo={onUndo} />
        ))}
      </div>
      <div role="status">
        {toasts.filter((x) => x.kind === 'info').map((x) => (
          <ToastItem key={x.id} toast={x} onUndo={onUndo} />
        ))}
      </div>
    </section>
  );
}
