import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/index.ts';
import { usePlan } from '../store/context.tsx';
import { selectToasts } from '../store/selectors.ts';
import type { Toast } from '../store/toast-slice.ts';

const LIFETIME_MS = { info: 5000, error: 12000 };

function ToastItem({ toast }: { toast: Toast }) {
  const { t, i18n } = useTranslation();
  const dismiss = usePlan((s) => s.dismissToast);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), LIFETIME_MS[toast.kind]);
    return () => clearTimeout(timer);
  }, [toast.id, toast.kind, dismiss]);
  const text = toast.kind === 'error' ? errorText(i18n, toast.error) : t(toast.key, toast.params ?? {});
  return (
    <div className={`toast toast-${toast.kind}`} data-code={toast.kind === 'error' ? toast.error.code : undefined}>
      <span className="toast-text">{text}</span>
      <button type="button" className="toast-close" onClick={() => dismiss(toast.id)} aria-label={t('toast.dismiss')}>
        ×
      </button>
    </div>
  );
}

/** Messages for the user: errors are announced at once (alert), the rest politely (status). */
export function Toasts() {
  const { t } = useTranslation();
  const toasts = usePlan(selectToasts);
  return (
    <section className="toasts" aria-label={t('toast.region')}>
      <div role="alert">
        {toasts.filter((x) => x.kind === 'error').map((x) => (
          <ToastItem key={x.id} toast={x} />
        ))}
      </div>
      <div role="status">
        {toasts.filter((x) => x.kind === 'info').map((x) => (
          <ToastItem key={x.id} toast={x} />
        ))}
      </div>
    </section>
  );
}
