/**
 * The head of every printed page set of the risks view: what it is, the plan, when it was printed and how much is
 * on it. The title is an h2: the paper sits in <main> under the view's own h1 (which it replaces on paper).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../app/store/selectors.ts';
import { useFormat } from '../../ui/format.ts';

export function PaperHead({ title, today, children }: { title: string; today: string; children: ReactNode }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const settings = useSettings();
  return (
    <header className="pr-head">
      <div>
        <h2>{title}</h2>
        <p className="pr-plan">{settings?.name}</p>
      </div>
      <p className="pr-meta">
        {t('views.risks.print.printed', { date: fmt.date(today) })}
        <br />
        {children}
      </p>
    </header>
  );
}
