import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/model/enums.ts';
import { currentLanguage, setLanguage } from '../i18n/index.ts';
import { usePlan } from '../store/context.tsx';
import { selectCanRedo, selectCanUndo, selectInfo } from '../store/selectors.ts';
import type { Theme } from '../theme.ts';
import { AuthorButton } from '../../features/sharing/AuthorDialog.tsx';
import { FileMenu } from '../../features/sharing/FileMenu.tsx';
import { PlanName } from './PlanName.tsx';
import { SaveIndicator } from './SaveIndicator.tsx';

export interface HeaderProps {
  theme: Theme;
  onTheme(theme: Theme): void;
  onUndo(): void;
  onRedo(): void;
}

export function Header({ theme, onTheme, onUndo, onRedo }: HeaderProps) {
  const { t, i18n } = useTranslation();
  const info = usePlan(selectInfo);
  const canUndo = usePlan(selectCanUndo);
  const canRedo = usePlan(selectCanRedo);
  const lang = currentLanguage(i18n);

  return (
    <header className="app-header">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">◆</span>
      </div>
      <FileMenu />
      <div className="plan-title">
        <PlanName />
        <span className="plan-file">
          <span className="sr-only">{t('header.file')}: </span>
          <span title={info?.path}>{info?.fileName}</span>
        </span>
      </div>
      <SaveIndicator />
      <div className="toolbar" role="group" aria-label={t('header.toolbar')}>
        <button type="button" className="tool-button" onClick={onUndo} disabled={!canUndo} title={t('header.undoTitle')} aria-keyshortcuts="Control+Z Meta+Z">
          <span aria-hidden="true">↶ </span>
          {t('header.undo')}
        </button>
        <button
          type="button"
          className="tool-button"
          onClick={onRedo}
          disabled={!canRedo}
          title={t('header.redoTitle')}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        >
          <span aria-hidden="true">↷ </span>
          {t('header.redo')}
        </button>
        <AuthorButton />
        <label className="lang-select">
          <span className="sr-only">{t('header.language')}</span>
          <select value={lang} onChange={(e) => setLanguage(i18n, e.currentTarget.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="tool-button" aria-pressed={theme === 'dark'} onClick={() => onTheme(theme === 'dark' ? 'light' : 'dark')}>
          <span aria-hidden="true">{theme === 'dark' ? '☾ ' : '☀ '}</span>
          {t('header.darkTheme')}
        </button>
      </div>
    </header>
  );
}
