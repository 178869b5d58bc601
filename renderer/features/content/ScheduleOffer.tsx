import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Move to Scheduled?" after an idea was dropped on a day. It floats over the page's corner (it must
 * not push the calendar under the pointer) and goes away when answered or when another drop follows.
 */
export function ScheduleOffer({ title, onAccept, onDismiss }: { title: string; onAccept: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="schedule-offer" role="region" aria-labelledby={id}>
      <h3 id={id}>{t('views.content.offer.title')}</h3>
      <p>{t('views.content.offer.text', { title })}</p>
      <div className="btn-row">
        <button type="button" className="btn btn-primary btn-small" onClick={onAccept}>
          {t('views.content.offer.accept')}
        </button>
        <button type="button" className="btn btn-small" onClick={onDismiss}>
          {t('views.content.offer.dismiss')}
        </button>
      </div>
    </section>
  );
}
