import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isDesktop } from '../../app/transport.ts';
import { ExchangeLayer } from '../exchange/ExchangeLayer.tsx';
import { importStore } from '../exchange/import/state.ts';
import { exchangeStore } from '../exchange/state.ts';
import { sharingStore, useSharing } from './state.ts';
import './sharing.css';

type Item = { id: 'import' | 'export' | 'exportCopy' | 'merge' | 'saveAs' | 'history'; label: string };

/**
 * The header's File menu (the browser preview has no native menu): a menu button with arrow keys, Home/End,
 * Escape (back to the button) and type-ahead. The desktop app's native File menu has the file commands,
 * so there the header offers only History.
 */
export function FileMenu() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const historyOpen = useSharing((s) => s.historyOpen);

  const items: Item[] = [
    { id: 'exportCopy', label: t('sharing.file.exportCopy') },
    { id: 'merge', label: t('sharing.file.merge') },
    { id: 'saveAs', label: t('sharing.file.saveAs') },
    { id: 'import', label: t('imports.menu') },
    { id: 'export', label: t('exchange.menuItem') },
    { id: 'history', label: t('sharing.file.history') },
  ];

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

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

  const show = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };
  const choose = (item: Item) => {
    close(true);
    const s = sharingStore.getState();
    if (item.id === 'history') s.setHistoryOpen(true);
    else if (item.id === 'import') importStore.getState().show();
    else if (item.id === 'export') exchangeStore.getState().openExport();
    else s.openFileAction(item.id);
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      show(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      show(items.length - 1);
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const last = items.length - 1;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setActive((a) => (a >= last ? 0 : a + 1));
        return;
      case 'ArrowUp':
        e.preventDefault();
        setActive((a) => (a <= 0 ? last : a - 1));
        return;
      case 'Home':
        e.preventDefault();
        setActive(0);
        return;
      case 'End':
        e.preventDefault();
        setActive(last);
        return;
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        close(true);
        return;
      case 'Tab':
        close(false);
        return;
      case 'Enter':
      case ' ':
        e.preventDefault();
        choose(items[active]!);
        return;
      default:
        if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
          const ch = e.key.toLocaleLowerCase();
          const order = [...items.slice(active + 1), ...items.slice(0, active + 1)];
          const hit = order.find((i) => i.label.toLocaleLowerCase().startsWith(ch));
          if (hit) setActive(items.indexOf(hit));
        }
    }
  };

  return (
    <div className="file-menu">
      <ExchangeLayer />
      <button
        ref={button}
        type="button"
        className="tool-button file-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : show(0))}
        onKeyDown={onButtonKey}
      >
        {t('sharing.file.button')}
        <span aria-hidden="true" className="file-menu-caret">▾</span>
      </button>
      {open ? (
        <ul ref={menu} id={menuId} role="menu" aria-label={t('sharing.file.menu')} className="file-menu-list" onKeyDown={onMenuKey}>
          {items.map((item, i) => [
            item.id === 'history' || item.id === 'export' ? <li key={`separator-${item.id}`} role="separator" className="file-menu-separator" /> : null,
            <li
              key={item.id}
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              className="file-menu-item"
              onClick={() => choose(item)}
              onPointerMove={() => active !== i && setActive(i)}
            >
              {item.label}
            </li>,
          ])}
        </ul>
      ) : null}
    </div>
  );
}
