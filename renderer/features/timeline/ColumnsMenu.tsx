/**
 * The toolbar's Columns menu: a menu button whose menu turns the task list's optional columns on and
 * off. Enter, Space or ↓ open it on the first item (↑ on the last); ↑ ↓ Home End move; Enter or Space
 * turns a column on or off and leaves the menu open, so several can be chosen in a row; Escape closes
 * it and returns to the button; Tab or a click outside closes it.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OPTIONAL_COLUMNS, type OptionalColumn } from './board-columns.ts';

export function ColumnsMenu({ chosen, onToggle }: { chosen: ReadonlySet<OptionalColumn>; onToggle: (c: OptionalColumn) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const last = OPTIONAL_COLUMNS.length - 1;

  useEffect(() => {
    if (open) menu.current?.querySelectorAll<HTMLElement>('[role="menuitemcheckbox"]')[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!wrap.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const show = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      show(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      show(last);
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const to = e.key === 'ArrowDown' ? (active >= last ? 0 : active + 1) : e.key === 'ArrowUp' ? (active <= 0 ? last : active - 1) : e.key === 'Home' ? 0 : e.key === 'End' ? last : null;
    if (to !== null) {
      e.preventDefault();
      setActive(to);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') close(false);
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onToggle(OPTIONAL_COLUMNS[active]!);
    }
  };

  return (
    <div className="tl-columns" ref={wrap}>
      <button
        ref={button}
        type="button"
        className="btn"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={t('views.timeline.columnsTitle')}
        onClick={() => (open ? close(false) : show(0))}
        onKeyDown={onButtonKey}
      >
        {t('views.timeline.columns')}
        <span aria-hidden="true" className="tl-columns-caret">
          ▾
        </span>
      </button>
      {open ? (
        <ul ref={menu} id={menuId} role="menu" aria-label={t('views.timeline.columnsMenu')} className="tl-columns-menu" onKeyDown={onMenuKey}>
          {OPTIONAL_COLUMNS.map((c, i) => (
            <li
              key={c}
              role="menuitemcheckbox"
              aria-checked={chosen.has(c)}
              tabIndex={i === active ? 0 : -1}
              className="tl-columns-item"
              onClick={() => {
                setActive(i);
                onToggle(c);
              }}
              onPointerMove={() => active !== i && setActive(i)}
            >
              <span className="tl-columns-check" aria-hidden="true">
                {chosen.has(c) ? '✓' : ''}
              </span>
              {t(`views.timeline.column.${c}`)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
