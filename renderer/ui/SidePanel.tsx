import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './ui.css';

/**
 * The editor beside a view: a labelled region with a close button. Escape closes it and focus returns to
 * where it came from, so a keyboard user never loses their place.
 */
export function SidePanel({ title, onClose, children, actions }: { title: string; onClose: () => void; children: ReactNode; actions?: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>('input, select, textarea, button:not(.side-panel-close)')?.focus();
    return () => opener?.focus?.();
  }, []);
  return (
    <aside
      ref={ref}
      className="side-panel"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="side-panel-header">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="btn btn-quiet side-panel-close" onClick={onClose} aria-label={t('ui.close')}>
          ×
        </button>
      </header>
      <div className="side-panel-body">{children}</div>
      {actions ? <footer className="side-panel-actions">{actions}</footer> : null}
    </aside>
  );
}
