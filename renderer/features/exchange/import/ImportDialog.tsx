/**
 * File → Import…: a project file from MS Project (XML) or GanttProject (.gan), or a task list from
 * CSV. A project file's bytes go to the backend (previewImport), which answers what will be created and
 * left out, with the one change list that does it; Import applies that list as one undo step.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/exchange/plan-import.ts';
import { IMPORT_MAX_BYTES } from '../../../../shared/exchange/project.ts';
import { toBase64 } from '../../../../shared/exchange/text.ts';
import type { ApiError } from '../../../../shared/errors.ts';
import { errorText } from '../../../app/i18n/index.ts';
import { usePlanStoreApi } from '../../../app/store/context.tsx';
import { connect } from '../../../app/transport.ts';
import { Dialog } from '../../../ui/Dialog.tsx';
import { useApply } from '../../../ui/useEdit.ts';
import { ImportPreviewView } from './ImportPreviewView.tsx';
import { importStore } from './state.ts';
import { TaskCsvImport } from './TaskCsvImport.tsx';
import './import.css';

type Format = 'mspdi' | 'gan' | 'csv';
const FORMATS: Format[] = ['mspdi', 'gan', 'csv'];

function formatOf(fileName: string): Format | null {
  const ext = fileName.toLowerCase().split('.').pop();
  if (ext === 'gan') return 'gan';
  if (ext === 'xml') return 'mspdi';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  return null;
}

type Step =
  | { kind: 'choose' }
  | { kind: 'reading'; file: string }
  | { kind: 'preview'; file: string; preview: ImportPreview }
  | { kind: 'csv' };

export function ImportDialog() {
  const { t, i18n } = useTranslation();
  const apply = useApply();
  const store = usePlanStoreApi();
  const ids = { format: useId(), file: useId(), hint: useId() };
  const [format, setFormat] = useState<Format>('mspdi');
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<{ api: ApiError } | { key: string; params?: Record<string, unknown> } | null>(null);
  const [busy, setBusy] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const close = () => importStore.getState().close();

  if (step.kind === 'csv') return <TaskCsvImport onClose={close} />;

  const onFile = async (file: File | undefined) => {
    setError(null);
    if (!file) return;
    setFileName(file.name);
    const chosen = formatOf(file.name) ?? format;
    setFormat(chosen);
    if (chosen === 'csv') {
      setStep({ kind: 'csv' });
      return;
    }
    // refused here before the bytes travel; the backend checks the same limit
    if (file.size > IMPORT_MAX_BYTES) {
      setError({ key: 'imports.tooLarge', params: { size: IMPORT_MAX_BYTES / 1024 / 1024 } });
      return;
    }
    setStep({ kind: 'reading', file: file.name });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setStep({ kind: 'choose' });
      setError({ key: 'imports.unreadable' });
      return;
    }
    const api = connect();
    const r = api ? await api.previewImport({ format: chosen, data: toBase64(bytes) }) : null;
    if (!r) return;
    if (!r.ok) {
      setStep({ kind: 'choose' });
      setError({ api: r.error });
      return;
    }
    setStep({ kind: 'preview', file: file.name, preview: r.value });
  };

  const doImport = async () => {
    if (step.kind !== 'preview') return;
    setBusy(true);
    const ok = await apply(step.preview.changes, t('imports.undo', { file: step.file }));
    setBusy(false);
    if (!ok) return;
    store.getState().pushToast({ kind: 'info', key: 'imports.done', params: { count: step.preview.counts.tasks, file: step.file } });
    close();
  };

  const errorLine = error ? ('api' in error ? errorText(i18n, error.api) : t(error.key, error.params ?? {})) : null;

  return (
    <Dialog
      open
      wide
      title={t('imports.title')}
      onClose={close}
      actions={
        <>
          <button type="button" className="btn" onClick={close}>
            {t('ui.cancel')}
          </button>
          {step.kind === 'preview' ? (
            <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void doImport()}>
              {busy ? t('imports.importing') : t('imports.import', { count: step.preview.counts.tasks })}
            </button>
          ) : format === 'csv' ? (
            <button type="button" className="btn btn-primary" onClick={() => setStep({ kind: 'csv' })}>
              {t('imports.next')}
            </button>
          ) : null}
        </>
      }
    >
      <div className="import-dialog">
        <p className="import-intro">{t('imports.intro')}</p>
        <fieldset className="import-formats" aria-describedby={ids.hint}>
          <legend>{t('imports.format')}</legend>
          {FORMATS.map((f) => (
            <label key={f} className="import-format">
              <input
                type="radio"
                name={ids.format}
                value={f}
                checked={format === f}
                onChange={() => {
                  setFormat(f);
                  setError(null);
                  setFileName(null);
                  setStep({ kind: 'choose' });
                }}
              />
              {t(`imports.formats.${f}`)}
            </label>
          ))}
          <p id={ids.hint} className="import-hint">{t(`imports.formatHints.${format}`)}</p>
        </fieldset>
        {format !== 'csv' ? (
          <div className="field import-file">
            <label htmlFor={ids.file}>{t('imports.file')}</label>
            {/* the native picker's own words follow the system language, so it hides behind a button in ours */}
            <input
              id={ids.file}
              className="sr-only"
              type="file"
              accept={format === 'gan' ? '.gan,application/xml,text/xml' : '.xml,application/xml,text/xml'}
              aria-describedby={`${ids.file}-name`}
              onChange={(e) => {
                void onFile(e.target.files?.[0]);
                // the same file chosen again (after fixing it) is read again
                e.target.value = '';
              }}
            />
            <span className="import-file-row">
              <label htmlFor={ids.file} className="btn">
                {t('imports.chooseFile')}
              </label>
              <span id={`${ids.file}-name`} className="import-file-name">
                {fileName ?? t('imports.noFile')}
              </span>
            </span>
          </div>
        ) : null}
        {errorLine ? (
          <p className="import-error" role="alert">
            {errorLine}
          </p>
        ) : null}
        {step.kind === 'reading' ? <p aria-live="polite">{t('imports.reading')}</p> : null}
        {step.kind === 'preview' ? <ImportPreviewView preview={step.preview} /> : null}
      </div>
    </Dialog>
  );
}
