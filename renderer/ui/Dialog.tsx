import { useEffect, useId, useRef, type ReactNode } from 'react';
import './ui.css';

/** A modal dialog on the native <dialog> element (focus trap, Escape and backdrop handled by the browser). */
export function Dialog({ title, open, onClose, children, actions, wide }: {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  actions?: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className={wide ? 'dialog dialog-wide' : 'dialog'} aria-labelledby={headingId} onClose={onClose}>
      {open ? (
        <>
          <h2 id={headingId} className="dialog-title">{title}</h2>
          <div className="dialog-body">{children}</div>
          {actions ? <div className="dialog-actions">{actions}</div> : null}
        </>
      ) : null}
    </dialog>
  );
}
