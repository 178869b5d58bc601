import { useTranslation } from 'react-i18next';
import { hrefOf, VIEWS, type ViewName } from '../router.ts';

export function Nav({ current }: { current: ViewName }) {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {VIEWS.map((v) => (
          <li key={v}>
            <a href={hrefOf(v)} aria-current={v === current ? 'page' : undefined}>
              {t(`nav.${v}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
