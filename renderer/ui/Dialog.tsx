import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './ui.css';

/** What a dialog that asks for one decision offers: Cancel (closes) and the button that carries it out. */
export interface DialogConfirm {
  /** called by the confirm button; the caller closes the dialog when the decision is carried out */
  onConfirm: () => void;
  confirmLabel: string;
  /** a delete or other loss reads as danger; anything else as the primary action */
  danger?: boolean;
  confirmDisabled?: boolean;
  /** instead of “Cancel”, where the question has a kinder way out */
  cancelLabel?: string;
}

type DialogProps = {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
} & ({ actions?: ReactNode; onConfirm?: never } | DialogConfirm);

/**
 * A modal dialog on the native <dialog> element (focus trap, Escape and backdrop handled by the browser).
 * Either `actions` (its own buttons) or `onConfirm` and `confirmLabel` (Cancel plus one decision).
 */
export function Dialog(props: DialogProps) {
  const { title, open, onClose, children, wide } = props;
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  const actions = props.onConfirm ? (
    <>
      <button type="button" className="btn" onClick={onClose}>
        {props.cancelLabel ?? t('ui.cancel')}
      </button>
      <button type="button" className={props.danger ? 'btn btn-danger' : 'btn btn-primary'} disabled={props.confirmDisabled} onClick={props.onConfirm}>
        {props.confirmLabel}
      </button>
    </>
  ) : (
    props.actions
  );
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
