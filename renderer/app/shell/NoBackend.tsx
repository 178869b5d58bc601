import { useTranslation } from 'react-i18next';

/** Shown when the page was opened without a backend (no Electron preload, no web-host token). */
export function NoBackend() {
  const { t } = useTranslation();
  return (
    <main className="app-message">
      <h1>{t('app.title')}</h1>
      <p role="alert">{t('app.noBackend')}</p>
    </main>
  );
}
