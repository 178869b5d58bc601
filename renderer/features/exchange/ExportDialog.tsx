import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/errors.ts';
import { LANGUAGES, type Language } from '../../../shared/model/enums.ts';
import { errorText } from '../../app/i18n/index.ts';
import { usePlan } from '../../app/store/context.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { fileExists, useApi } from '../sharing/api.ts';
import { formatBytes } from '../sharing/describe.ts';
import { CHOICES, exportPath, type Choice, type ChoiceId } from './choices.ts';
import { exchangeStore } from './state.ts';
import './exchange.css';

type Step =
  | { at: 'form'; error: ApiError | 'required' | null }
  | { at: 'replace'; path: string }
  | { at: 'working' }
  | { at: 'done'; path: string; bytes: number };

/**
 * File → Export…: format, language and target path, then the backend writes the file from the plan's
 * snapshot. As with Save As in the browser preview, the path is typed (the host reads and writes this
 * machine's files); an existing file is replaced only after asking.
 */
export function ExportDialog() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const planPath = usePlan((s) => s.info?.path ?? '');
  const [choiceId, setChoiceId] = useState<ChoiceId>('docx');
  const [lang, setLang] = useState<Language>(i18n.language === 'zh-CN' ? 'zh-CN' : 'en');
  const [path, setPath] = useState(() => exportPath(planPath || 'plan.cplan', CHOICES[0]));
  const [step, setStep] = useState<Step>({ at: 'form', error: null });
  const ids = { path: useId(), hint: useId(), error: useId(), lang: useId(), legend: useId() };
  const close = () => exchangeStore.getState().close();
  const choice = CHOICES.find((c) => c.id === choiceId)!;

  const pick = (c: Choice) => {
    setChoiceId(c.id);
    setPath((p) => exportPath(p, c));
  };

  const run = async (target: string) => {
    setStep({ at: 'working' });
    const r = await api.exportPlan({ path: target, format: choice.format, lang, ...('table' in choice ? { table: choice.table } : {}) });
    setStep(r.ok ? { at: 'done', path: r.value.path, bytes: r.value.bytes } : { at: 'form', error: r.error });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const target = path.trim();
    if (!target) return setStep({ at: 'form', error: 'required' });
    setStep({ at: 'working' });
    if (await fileExists((p) => api.stat({ path: p }), target)) return setStep({ at: 'replace', path: target });
    return run(target);
  };

  if (step.at === 'done') {
    return (
      <Dialog title={t('exchange.doneTitle')} open onClose={close} actions={<button type="button" className="btn btn-primary" onClick={close} autoFocus>{t('ui.close')}</button>}>
        <p role="status">{t('exchange.done')}</p>
        <dl className="export-result">
          <dt>{t('exchange.file')}</dt>
          <dd className="export-path" data-testid="export-path">{step.path}</dd>
          <dt>{t('exchange.size')}</dt>
          <dd data-testid="export-size">{formatBytes(step.bytes, i18n.language, t('sharing.bytes'))}</dd>
        </dl>
      </Dialog>
    );
  }

  if (step.at === 'replace') {
    return (
      <Dialog
        title={t('exchange.title')}
        open
        onClose={close}
        actions={
          <>
            <button type="button" className="btn" onClick={() => setStep({ at: 'form', error: null })}>{t('ui.cancel')}</button>
            <button type="button" className="btn btn-danger" onClick={() => void run(step.path)} autoFocus>{t('exchange.replaceButton')}</button>
          </>
        }
      >
        <p>{t('exchange.replace', { path: step.path })}</p>
      </Dialog>
    );
  }

  const working = step.at === 'working';
  const error = step.at === 'form' ? step.error : null;
  return (
    <Dialog title={t('exchange.title')} open onClose={close}>
      <form className="export-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={working}>
        <p>{t('exchange.intro')}</p>
        <fieldset className="export-formats" disabled={working}>
          <legend id={ids.legend}>{t('exchange.format')}</legend>
          {CHOICES.map((c) => (
            <label key={c.id} className="export-format">
              <input type="radio" name="export-format" value={c.id} checked={c.id === choiceId} onChange={() => pick(c)} aria-describedby={`${ids.legend}-${c.id}`} />
              <span className="export-format-name">{t(`exchange.formats.${c.id}`)}</span>
              <span className="export-format-hint" id={`${ids.legend}-${c.id}`}>{t(`exchange.hints.${c.id}`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={ids.lang}>{t('exchange.language')}</label>
          <select id={ids.lang} value={lang} disabled={working} onChange={(e) => setLang(e.currentTarget.value as Language)}>
            {LANGUAGES.map((l) => <option key={l} value={l}>{t(`exchange.languages.${l}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.path}>{t('exchange.path')}</label>
          <input
            id={ids.path}
            value={path}
            spellCheck={false}
            autoComplete="off"
            disabled={working}
            aria-describedby={error ? `${ids.error} ${ids.hint}` : ids.hint}
            aria-invalid={error ? true : undefined}
            onChange={(e) => setPath(e.currentTarget.value)}
          />
          <div className="field-hint" id={ids.hint}>{t('exchange.pathHint', { example: exportPath(planPath || '/home/me/plan.cplan', choice) })}</div>
        </div>
        {error ? (
          <div id={ids.error} role="alert" className="dialog-error-block" data-code={error === 'required' ? 'required' : error.code}>
            <p>{error === 'required' ? t('exchange.required') : errorText(i18n, error)}</p>
          </div>
        ) : null}
        {working ? <p role="status" className="export-working"><span className="export-spinner" aria-hidden="true" />{t('exchange.working')}</p> : null}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={close}>{t('ui.cancel')}</button>
          <button type="submit" className="btn btn-primary" disabled={working}>{t('exchange.submit')}</button>
        </div>
      </form>
    </Dialog>
  );
}
