/**
 * Key dates from a calendar file (.ics): the file is read here, in the page (the browser preview and the
 * desktop app pick it the same way, with a file input), a preview says what will be added and what is
 * left out and why, and Add writes them all in one apply: one undo step takes the import back.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readIcsKeyDates, type IcsKeyDates, type IcsLeftOutReason, type KeyDateKind } from '../../../shared/exchange/ics-key-dates.ts';
import { IMPORT_MAX_BYTES } from '../../../shared/exchange/project.ts';
import { PlannerError, type ApiError } from '../../../shared/errors.ts';
import { KEY_DATE_KINDS } from '../../../shared/model/enums.ts';
import type { Change } from '../../../shared/model/change.ts';
import type { KeyDate } from '../../../shared/model/registry.ts';
import { errorText } from '../../app/i18n/index.ts';
import { usePlan } from '../../app/store/context.tsx';
import { useSettings } from '../../app/store/selectors.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { newId } from '../../ui/ids.ts';
import { importedKeyDates } from './keyDateEdits.ts';
import './key-dates-import.css';

const REASONS: IcsLeftOutReason[] = ['duplicate', 'timed', 'cancelled', 'untitled'];

type Read = { file: string; bytes: Uint8Array; result: IcsKeyDates };

export function KeyDatesImport({ keyDates, readOnly, apply }: {
  keyDates: KeyDate[];
  readOnly: boolean;
  apply: (changes: Change[], label: string) => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const format = useMemo(() => {
    const medium = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
    return { range: (a: string, b: string) => (a === b ? medium.format(Date.parse(a)) : medium.formatRange(Date.parse(a), Date.parse(b))) };
  }, [i18n.language]);
  const k = 'views.timeline.keyDateImport';
  const ids = { file: useId(), kind: useId(), summary: useId() };
  const settings = useSettings();
  const pushUndoable = usePlan((s) => s.pushUndoable);
  const [kind, setKind] = useState<KeyDateKind | 'guess'>('guess');
  const [read, setRead] = useState<Read | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  // a recurring event gives its occurrences inside the plan's dates
  const span = settings ? { start: settings.start_date, end: settings.end_date } : undefined;
  const readBytes = (file: string, bytes: Uint8Array, as: KeyDateKind | 'guess') => {
    try {
      setRead({ file, bytes, result: readIcsKeyDates(bytes, { existing: keyDates, kind: as, window: span }) });
      setError(null);
    } catch (e) {
      setRead(null);
      setError(e instanceof PlannerError ? e.toApiError() : new PlannerError('IMPORT_NOT_ICS', { detail: String(e) }).toApiError());
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > IMPORT_MAX_BYTES) {
      setError(new PlannerError('IMPORT_TOO_LARGE', { size: (file.size / 1024 / 1024).toFixed(1), limit: IMPORT_MAX_BYTES / 1024 / 1024 }).toApiError());
      return;
    }
    readBytes(file.name, new Uint8Array(await file.arrayBuffer()), kind);
  };

  const close = () => setRead(null);
  const add = async () => {
    if (!read || !read.result.dates.length) return;
    setBusy(true);
    const count = read.result.dates.length;
    const ok = await apply(importedKeyDates(keyDates, read.result.dates, () => newId('kd')), t(`${k}.history`, { file: read.file }));
    setBusy(false);
    if (!ok) return;
    pushUndoable(`${k}.done`, { count, file: read.file });
    close();
  };

  const summary = read?.result.dates.length ? t(`${k}.willAdd`, { count: read.result.dates.length }) : t(`${k}.nothing`);
  const counts = read ? REASONS.map((r) => [r, read.result.leftOut.filter((x) => x.reason === r)] as const).filter(([, list]) => list.length) : [];
  const kindName = (v: KeyDateKind) => t(`enum.key_date_kind.${v}`);

  return (
    <div className="kd-import">
      <input
        id={ids.file}
        className="sr-only"
        type="file"
        accept=".ics,.ical,.ifb,text/calendar"
        disabled={readOnly}
        onChange={(e) => {
          void onFile(e.target.files?.[0]);
          // the same file chosen again (after a fix) is read again
          e.target.value = '';
        }}
      />
      <label htmlFor={ids.file} className={readOnly ? 'btn kd-import-pick is-disabled' : 'btn kd-import-pick'} aria-disabled={readOnly || undefined}>
        {t(`${k}.choose`)}
      </label>
      {error ? (
        <p className="kd-import-error" role="alert">
          {errorText(i18n, error)}
        </p>
      ) : null}
      {/* Escape closes the preview, not the key-dates panel around it */}
      <div className="kd-import-layer" onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation()}>
        <Dialog
          open={read !== null}
          wide
          title={read ? t(`${k}.title`, { file: read.file }) : ''}
          onClose={close}
          actions={
            <>
              <button type="button" className="btn" onClick={close}>
                {t('ui.cancel')}
              </button>
              <button type="button" className="btn btn-primary" disabled={busy || !read?.result.dates.length} aria-describedby={ids.summary} onClick={() => void add()}>
                {t(`${k}.add`, { count: read?.result.dates.length ?? 0 })}
              </button>
            </>
          }
        >
          {read ? (
            <div className="kd-import-preview">
              <p id={ids.summary} className="kd-import-summary">
                {read.result.calendar ? t(`${k}.fromCalendar`, { name: read.result.calendar, what: summary }) : summary}
              </p>
              <div className="field kd-import-kind">
                <label htmlFor={ids.kind}>{t(`${k}.kind`)}</label>
                <select
                  id={ids.kind}
                  value={kind}
                  onChange={(e) => {
                    const v = e.target.value as KeyDateKind | 'guess';
                    setKind(v);
                    readBytes(read.file, read.bytes, v);
                  }}
                >
                  <option value="guess">{t(`${k}.guess`)}</option>
                  {KEY_DATE_KINDS.map((v) => (
                    <option key={v} value={v}>
                      {kindName(v)}
                    </option>
                  ))}
                </select>
              </div>
              {read.result.dates.length ? (
                <table className="kd-import-table">
                  <caption className="sr-only">{t(`${k}.tableCaption`)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('views.timeline.keyDateEditor.name')}</th>
                      <th scope="col">{t(`${k}.days`)}</th>
                      <th scope="col">{t('views.timeline.keyDateEditor.kind')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {read.result.dates.map((d) => (
                      <tr key={`${d.start}-${d.name}`}>
                        <th scope="row">{d.name}</th>
                        <td className="kd-import-dates">{format.range(d.start, d.end)}</td>
                        <td>
                          <span className={`kd-import-kind-tag tl-kd-${d.kind}`}>{kindName(d.kind)}</span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {counts.length ? (
                <section className="kd-import-left" aria-label={t(`${k}.leftOut`)}>
                  <h3>{t(`${k}.leftOut`)}</h3>
                  <ul>
                    {counts.map(([reason, list]) => (
                      <li key={reason}>
                        <strong>{t(`${k}.reason.${reason}`, { count: list.length })}</strong>{' '}
                        {list.map((x) => (x.name ? `${x.name} (${format.range(x.start, x.start)})` : format.range(x.start, x.start))).join(t('table.listSeparator'))}
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
            </div>
          ) : null}
        </Dialog>
      </div>
    </div>
  );
}
