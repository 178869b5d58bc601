import { useTranslation } from 'react-i18next';
import { isDesktop } from '../../app/transport.ts';
import { useMenuButton } from '../../ui/useMenuButton.ts';
import { ExchangeLayer } from '../exchange/ExchangeLayer.tsx';
import { importStore } from '../exchange/import/state.ts';
import { exchangeStore } from '../exchange/state.ts';
import { sharingStore, useSharing } from './state.ts';
import './sharing.css';

type Item = { id: 'import' | 'export' | 'exportCopy' | 'merge' | 'saveAs' | 'history'; label: string };

/**
 * The header's File menu (the browser preview has no native menu), a menu button (ui/useMenuButton.ts).
 * The desktop app's native File menu has the file commands, so there the header offers only History.
 */
export function FileMenu() {
  const { t } = useTranslation();
  const historyOpen = useSharing((s) => s.historyOpen);

  const items: Item[] = [
    { id: 'exportCopy', label: t('sharing.file.exportCopy') },
    { id: 'merge', label: t('sharing.file.merge') },
    { id: 'saveAs', label: t('sharing.file.saveAs') },
    { id: 'import', label: t('imports.menu') },
    { id: 'export', label: t('exchange.menuItem') },
    { id: 'history', label: t('sharing.file.history') },
  ];

  const choose = (item: Item) => {
    m.close(true);
    const s = sharingStore.getState();
    if (item.id === 'history') s.setHistoryOpen(true);
    else if (item.id === 'import') importStore.getState().show();
    else if (item.id === 'export') exchangeStore.getState().openExport();
    else s.openFileAction(item.id);
  };
  const m = useMenuButton({ labels: items.map((i) => i.label), itemRole: 'menuitem', onChoose: (i) => choose(items[i]!) });

  if (isDesktop()) {
    return (
      <>
        <button type="button" className="tool-button" aria-pressed={historyOpen} onClick={() => sharingStore.getState().setHistoryOpen(!historyOpen)}>
          {t('sharing.file.history')}
        </button>
        <ExchangeLayer />
      </>
    );
  }

  return (
    <div className="file-menu">
      <ExchangeLayer />
      <button type="button" className="tool-button file-menu-button" {...m.buttonProps}>
        {t('sharing.file.button')}
        <span aria-hidden="true" className="file-menu-caret">▾</span>
      </button>
      {m.open ? (
        <ul {...m.menuProps} aria-label={t('sharing.file.menu')} className="file-menu-list">
          {items.map((item, i) => [
            item.id === 'history' || item.id === 'export' ? <li key={`separator-${item.id}`} role="separator" className="file-menu-separator" /> : null,
            <li key={item.id} {...m.itemProps(i)} className="file-menu-item" onClick={() => choose(item)}>
              {item.label}
            </li>,
          ])}
        </ul>
      ) : null}
    </div>
  );
}
