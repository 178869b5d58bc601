import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlan, usePlanStoreApi } from '../../app/store/context.tsx';
import { freeSiblingPath } from './api.ts';
import { fileNameOf } from './describe.ts';
import { sharingStore, useSharing } from './state.ts';

/**
 * The ways forward from a plan a colleague has open: "Open a copy" (a copy beside it, opened for editing, to
 * merge back later) or "Merge later" (stay read-only; how to merge a copy back is explained).
 */
export function LockActions() {
  const { t } = useTranslation();
  const store = usePlanStoreApi();
  const info = usePlan((s) => s.info);
  const later = useSharing((s) => s.lockLater);
  const [busy, setBusy] = useState(false);
  if (!info || info.readOnly?.code !== 'LOCKED') return null;
  // the name they set in the app; a lock file from before names only the OS user
  const user = info.lockHolder?.author ?? info.lockHolder?.user ?? String(info.readOnly.params.author ?? '');

  if (later === info.path) {
    return <p className="lock-later">{t('sharing.lock.later', { user })}</p>;
  }

  const openCopy = async () => {
    setBusy(true);
    const target = await freeSiblingPath(store.getState().stat, info.path, t('sharing.lock.copyTitle'));
    const exported = await store.getState().exportCopy(target);
    const opened = exported.ok ? await store.getState().openPlan(exported.value.path) : exported;
    setBusy(false);
    if (!opened.ok) {
      store.getState().pushToast({ kind: 'error', error: opened.error });
      return;
    }
    sharingStore.getState().setCopyNote({ file: opened.value.fileName, user });
  };

  return (
    <div className="lock-actions">
      <span>{t('sharing.lock.offer', { user })}</span>
      <span className="btn-row">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void openCopy()}>
          {busy ? t('sharing.lock.copying') : t('sharing.lock.openCopy')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => sharingStore.getState().setLockLater(info.path)}>
          {t('sharing.lock.mergeLater')}
        </button>
      </span>
    </div>
  );
}

/** After "Open a copy": which file is being edited, and how its edits get back into the original. */
export function CopyNote() {
  const { t } = useTranslation();
  const note = useSharing((s) => s.copyNote);
  const fileName = usePlan((s) => s.info?.fileName ?? '');
  if (!note || note.file !== fileName) return null;
  return (
    <div className="sharing-note" role="status">
      <span>{t('sharing.lock.copyOpened', { file: fileNameOf(note.file), user: note.user })}</span>
      <button type="button" className="btn btn-quiet" onClick={() => sharingStore.getState().setCopyNote(null)}>
        {t('sharing.lock.dismiss')}
      </button>
    </div>
  );
}
