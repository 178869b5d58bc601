import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog.tsx';

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
        title={t('views.team.confirmDelete', { name })}
        open={open}
        onClose={() => setOpen(false)}
        actions={
          <>
            <button type="button" className="btn" onClick={() => setOpen(false)}>
              {t('ui.cancel')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {t('ui.delete')}
            </button>
          </>
        }
      >
        <p>{detail ?? t('views.team.deleteUndo')}</p>
      </Dialog>
    </>
  );
}

/** Monday … Sunday (ISO weekdays 1-7) in the user's language. */
export function weekdayNames(lang: string, width: 'long' | 'short' = 'long'): string[] {
  const f = new Intl.DateTimeFormat(lang, { weekday: width, timeZone: 'UTC' });
  // 2024-01-01 was a Monday
  return Array.from({ length: 7 }, (_, i) => f.format(Date.UTC(2024, 0, 1 + i)));
}
