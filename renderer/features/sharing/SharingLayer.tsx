import { useEffect, useRef } from 'react';
import { runViewCommand } from '../../app/views.ts';
import { isTextEntry } from '../../app/shortcuts.ts';
import { usePlan, usePlanStoreApi } from '../../app/store/context.tsx';
import { onMenu } from '../../app/transport.ts';
import { AuthorDialog } from './AuthorDialog.tsx';
import { rememberedAuthor, shouldAskAuthor } from './author.ts';
import { FileActionDialog } from './FileActionDialog.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { CopyNote } from './LockActions.tsx';
import { sharingStore, useSharing } from './state.ts';
import './sharing.css';

/**
 * Sharing's part of the page: the note about an opened copy, the dialogs, the history panel; the user's
 * name given to the backend at start (or asked for); and the desktop menu's commands.
 */
export function SharingLayer({ onUndo, onRedo }: { onUndo: () => void; onRedo: () => void }) {
  const store = usePlanStoreApi();
  const ready = usePlan((s) => s.status === 'ready');
  const dialog = useSharing((s) => s.dialog);
  const historyOpen = useSharing((s) => s.historyOpen);
  const started = useRef(false);

  useEffect(() => {
    if (!ready || started.current) return;
    started.current = true;
    const name = rememberedAuthor();
    if (name) {
      if (name !== store.getState().info?.author) {
        void store.getState().setAuthor(name);
      }
    } else if (shouldAskAuthor()) {
      sharingStore.getState().askAuthor(true);
    }
  }, [ready, store]);

  const undoRedo = useRef({ onUndo, onRedo });
  undoRedo.current = { onUndo, onRedo };
  useEffect(
    () =>
      onMenu((command, payload) => {
        const s = sharingStore.getState();
        if (command === 'undo' || command === 'redo') {
          // the menu's accelerator wins over the page: inside a text field it is the field's own undo
          if (isTextEntry(document.activeElement)) document.execCommand(command);
          else if (command === 'undo') undoRedo.current.onUndo();
          else undoRedo.current.onRedo();
        } else if (command === 'saveAs' || command === 'exportCopy' || command === 'merge') {
          if (payload?.path) s.openFileAction(command, payload.path);
        } else {
          runViewCommand(command);
        }
      }),
    [],
  );

  return (
    <>
      <CopyNote />
      {dialog?.kind === 'author' ? <AuthorDialog key={dialog.key} first={dialog.first} /> : null}
      {dialog && dialog.kind !== 'author' ? <FileActionDialog key={dialog.key} kind={dialog.kind} path={dialog.path} /> : null}
      {historyOpen ? <HistoryPanel /> : null}
    </>
  );
}
