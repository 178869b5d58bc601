/** The Timeline's words around the board: a message after an action, and the legend of the chart's marks. */
import { useTranslation } from 'react-i18next';

export function MessageText({ text, onDismiss, alert }: { text: string; onDismiss: () => void; alert?: boolean }) {
  const { t } = useTranslation();
  return (
    <p className={alert ? 'tl-msg tl-msg-alert' : 'tl-msg'}>
      <span>{text}</span>
      <button type="button" className="btn btn-quiet tl-msg-close" aria-label={t('views.timeline.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </p>
  );
}

export function Legend() {
  const { t } = useTranslation();
  const kinds = ['holiday', 'workday', 'shopping', 'sports', 'industry'] as const;
  return (
    <ul className="tl-legend" aria-label={t('views.timeline.legend')}>
      <li>
        <span className="tl-lg tl-lg-summary" aria-hidden="true" />
        {t('views.timeline.legendPhase')}
      </li>
      <li>
        <span className="tl-lg tl-lg-milestone" aria-hidden="true" />
        {t('views.timeline.milestone')}
      </li>
      <li>
        <span className="tl-lg tl-lg-critical" aria-hidden="true" />
        {t('views.timeline.legendCritical')}
      </li>
      <li>
        <span className="tl-lg tl-lg-today" aria-hidden="true" />
        {t('views.timeline.legendToday')}
      </li>
      <li>
        <span className="tl-lg tl-lg-warn" aria-hidden="true">
          ⚠
        </span>
        {t('views.timeline.legendWarn')}
      </li>
      {kinds.map((k) => (
        <li key={k}>
          <span className={`tl-lg tl-kd-${k}`} aria-hidden="true" />
          {t(`enum.key_date_kind.${k}`)}
        </li>
      ))}
    </ul>
  );
}
