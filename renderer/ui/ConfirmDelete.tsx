import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog.tsx';

/** A delete button that asks first, naming what goes and what it touches. */
export function ConfirmDelete({ name, detail, disabled, onConfirm }: { name: string; detail?: ReactNode; disabled?: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-danger" disabled={disabled} onClick={() => setOpen(true)}>
        {t('ui.delete')}
      </button>
      <Dialog
        title={t('ui.confirmDelete.title', { name })}
        open={open}
        onClose={() => setOpen(false)}
        confirmLabel={t('ui.delete')}
        danger
        onConfirm={() => {
          setOpen(false);
          onConfirm();
        }}
      >
        <p>{detail ?? t('ui.confirmDelete.undo')}</p>
      </Dialog>
    </>
  );
}
