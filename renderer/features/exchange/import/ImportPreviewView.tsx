/** The preview of an import: counts of what will be created, and what is left out and why. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/exchange/plan-import.ts';

const COUNTS = ['tasks', 'milestones', 'phases', 'phasesMatched', 'links', 'people', 'peopleMatched', 'keyDates'] as const;

export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { t, i18n } = useTranslation();
  const heading = useId();
  const droppedHeading = useId();
  const n = new Intl.NumberFormat(i18n.language);
  const list = (names: string[]) => names.join(t('table.listSeparator'));
  return (
    <section className="import-preview" aria-labelledby={heading}>
      <h3 id={heading} className="import-heading">
        {t('imports.preview')}
      </h3>
      {preview.name ? <p className="import-note">{t('imports.from', { name: preview.name })}</p> : null}
      <dl className="import-counts" aria-live="polite">
        {COUNTS.filter((k) => preview.counts[k] > 0 || k === 'tasks').map((k) => (
          <div key={k} className="import-count" data-count={k}>
            <dt>{t(`imports.counts.${k}`)}</dt>
            <dd>{n.format(preview.counts[k])}</dd>
          </div>
        ))}
      </dl>
      {preview.planDates ? <p className="import-note">{t('imports.planDates', preview.planDates)}</p> : null}
      <h4 id={droppedHeading} className="import-subheading">
        {t('imports.droppedTitle')}
      </h4>
      {preview.dropped.length ? (
        <ul className="import-dropped" aria-labelledby={droppedHeading}>
          {preview.dropped.map((d) => (
            <li key={d.reason} data-reason={d.reason}>
              {t(`imports.dropped.${d.reason}`, { count: d.count })}
              {d.examples.length ? <span className="import-examples"> — {t('imports.examples', { names: list(d.examples) })}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="import-note">{t('imports.nothingDropped')}</p>
      )}
    </section>
  );
}
