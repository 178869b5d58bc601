import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergePreview } from '../../../shared/api.ts';
import type { ApiError } from '../../../shared/errors.ts';
import { errorText } from '../../app/i18n/index.ts';
import { usePlan, usePlanStoreApi } from '../../app/store/context.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { targetStatus } from './api.ts';
import { formatBytes, siblingPath, splitPath, withPlanExtension, type Translate } from './describe.ts';
import { finishMerge } from './merge-done.ts';
import { defaultDecisions, MergeReview, toDecisions, type Decisions } from './MergeReview.tsx';
import { sharingStore, type FileAction } from './state.ts';

type Step =
  | { at: 'path'; error: ApiError | 'required' | null }
  | { at: 'replace'; path: string }
  | { at: 'working' }
  | { at: 'exported'; path: string; bytes: number }
  | { at: 'review'; preview: MergePreview; error: ApiError | null; busy: boolean }
  /** the desktop app's path failed: nothing to type, only the message */
  | { at: 'failed'; error: ApiError };

const TITLES: Record<FileAction, string> = { exportCopy: 'sharing.exportCopy.title', saveAs: 'sharing.saveAs.title', merge: 'sharing.merge.title' };
const INTROS: Record<FileAction, string> = { exportCopy: 'sharing.exportCopy.intro', saveAs: 'sharing.saveAs.intro', merge: 'sharing.merge.intro' };
const SUBMITS: Record<FileAction, string> = { exportCopy: 'sharing.exportCopy.submit', saveAs: 'sharing.saveAs.submit', merge: 'sharing.merge.next' };

/**
 * Export a copy, Save As, and Merge a colleague's copy. In the desktop app the native dialog has chosen the
 * file and the action starts at once; in the browser preview the user types a path on this machine first.
 * Merging always stops at the review: nothing is written before the user presses Merge.
 */
export function FileActionDialog({ kind, path: given }: { kind: FileAction; path?: string }) {
  const { t, i18n } = useTranslation();
  const store = usePlanStoreApi();
  const info = usePlan((s) => s.info);
  const fieldId = useId();
  const noteId = useId();
  const errorId = useId();
  const planPath = info?.path ?? '';
  const [path, setPath] = useState(() => {
    if (kind === 'merge') {
      const { dir, sep } = splitPath(planPath);
      return dir ? `${dir}${sep}` : '';
    }
    return siblingPath(planPath, t('sharing.lock.copyTitle'));
  });
  const [step, setStep] = useState<Step>(given ? { at: 'working' } : { at: 'path', error: null });
  const [decisions, setDecisions] = useState<Decisions>({});
  const started = useRef(false);
  const close = () => sharingStore.getState().closeDialog();

  const fail = (error: ApiError) => setStep(given ? { at: 'failed', error } : { at: 'path', error });

  const run = async (target: string) => {
    setStep({ at: 'working' });
    if (kind === 'exportCopy') {
      const r = await store.getState().exportCopy(target);
      if (!r.ok) return fail(r.error);
      setStep({ at: 'exported', path: r.value.path, bytes: r.value.bytes });
    } else if (kind === 'saveAs') {
      const r = await store.getState().saveAs(target);
      if (!r.ok) return fail(r.error);
      store.getState().pushToast({ kind: 'info', key: 'sharing.saveAs.done', params: { file: r.value.fileName } });
      close();
    } else {
      const r = await store.getState().previewMerge(target);
      if (!r.ok) return fail(r.error);
      setDecisions(defaultDecisions(r.value));
      setStep({ at: 'review', preview: r.value, error: null, busy: false });
    }
  };

  useEffect(() => {
    if (given && !started.current) {
      started.current = true;
      void run(given);
    }
    // the action starts once, with the path the native dialog gave
  }, [given]);

  const submitPath = async (e: FormEvent) => {
    e.preventDefault();
    const typed = path.trim();
    if (!typed) return setStep({ at: 'path', error: 'required' });
    if (kind === 'merge') return run(typed);
    const target = withPlanExtension(typed);
    setPath(target);
    setStep({ at: 'working' });
    const status = await targetStatus(store.getState().stat, target);
    if (status === 'file') return setStep({ at: 'replace', path: target });
    if (status !== 'free') return setStep({ at: 'path', error: status });
    return run(target);
  };

  const merge = async (preview: MergePreview) => {
    setStep({ at: 'review', preview, error: null, busy: true });
    const r = await store.getState().merge(preview.path, toDecisions(preview, decisions));
    if (!r.ok) return setStep({ at: 'review', preview, error: r.error, busy: false });
    await finishMerge(store, t as unknown as Translate, preview, decisions, r.value);
    close();
  };

  const cancel = (
    <button type="button" className="btn" onClick={close}>
      {t('ui.cancel')}
    </button>
  );

  if (step.at === 'exported') {
    return (
      <Dialog title={t('sharing.exportCopy.doneTitle')} open onClose={close} actions={<button type="button" className="btn btn-primary" onClick={close} autoFocus>{t('ui.close')}</button>}>
        <p role="status">{t('sharing.exportCopy.done')}</p>
        <dl className="export-result">
          <dt>{t('sharing.exportCopy.file')}</dt>
          <dd className="export-path" data-testid="export-path">{step.path}</dd>
          <dt>{t('sharing.exportCopy.size')}</dt>
          <dd data-testid="export-size" title={`${new Intl.NumberFormat(i18n.language).format(step.bytes)} ${t('sharing.bytes')}`}>
            {formatBytes(step.bytes, i18n.language, t('sharing.bytes'))}
          </dd>
        </dl>
      </Dialog>
    );
  }

  if (step.at === 'review') {
    const { preview } = step;
    const nothing = preview.incoming === 0;
    return (
      <Dialog
        title={t('sharing.merge.reviewTitle', { name: preview.name })}
        open
        wide
        onClose={close}
        actions={
          <>
            {step.error ? (
              <p className="dialog-error" role="alert">
                {errorText(i18n, step.error)}
              </p>
            ) : null}
            {nothing ? (
              <button type="button" className="btn btn-primary" onClick={close}>
                {t('ui.close')}
              </button>
            ) : (
              <>
                {cancel}
                <button type="button" className="btn btn-primary" disabled={step.busy} onClick={() => void merge(preview)}>
                  {step.busy ? t('sharing.path.working') : t('sharing.merge.submit')}
                </button>
              </>
            )}
          </>
        }
      >
        <MergeReview preview={preview} decisions={decisions} onDecisions={setDecisions} />
      </Dialog>
    );
  }

  if (step.at === 'replace') {
    return (
      <Dialog
        title={t(TITLES[kind])}
        open
        onClose={close}
        actions={
          <>
            <button type="button" className="btn" onClick={() => setStep({ at: 'path', error: null })}>
              {t('ui.cancel')}
            </button>
            <button type="button" className="btn btn-danger" onClick={() => void run(step.path)} autoFocus>
              {t('sharing.path.replaceButton')}
            </button>
          </>
        }
      >
        <p>{t('sharing.path.replace', { path: step.path })}</p>
      </Dialog>
    );
  }

  if (step.at === 'failed') {
    return (
      <Dialog title={t(TITLES[kind])} open onClose={close} actions={<button type="button" className="btn btn-primary" onClick={close} autoFocus>{t('ui.close')}</button>}>
        <div role="alert" className="dialog-error-block" data-code={step.error.code}>
          {kind === 'merge' ? <p>{t('sharing.merge.refused')}</p> : null}
          <p>{errorText(i18n, step.error)}</p>
        </div>
      </Dialog>
    );
  }

  const working = step.at === 'working';
  const error = step.at === 'path' ? step.error : null;
  return (
    <Dialog title={t(TITLES[kind])} open onClose={close}>
      <form className="path-form" onSubmit={(e) => void submitPath(e)} noValidate>
        <p>{t(INTROS[kind])}</p>
        {given ? (
          <p className="export-path">{given}</p>
        ) : (
          <div className="field">
            <label htmlFor={fieldId}>{t('sharing.path.label')}</label>
            <input
              id={fieldId}
              value={path}
              spellCheck={false}
              autoComplete="off"
              autoFocus
              disabled={working}
              aria-describedby={error ? `${errorId} ${noteId}` : noteId}
              aria-invalid={error ? true : undefined}
              onChange={(e) => setPath(e.currentTarget.value)}
            />
            <div className="field-hint" id={noteId}>
              {t('sharing.path.previewNote', { example: planPath || '/home/me/plan.cplan' })}
            </div>
          </div>
        )}
        {error ? (
          <div id={errorId} role="alert" className="dialog-error-block" data-code={error === 'required' ? 'required' : error.code}>
            {error === 'required' ? (
              <p>{t('sharing.path.required')}</p>
            ) : (
              <>
                {kind === 'merge' ? <p>{t('sharing.merge.refused')}</p> : null}
                <p>{errorText(i18n, error)}</p>
              </>
            )}
          </div>
        ) : null}
        {working ? <p role="status">{t('sharing.path.working')}</p> : null}
        <div className="dialog-actions">
          {cancel}
          <button type="submit" className="btn btn-primary" disabled={working}>
            {t(SUBMITS[kind])}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
