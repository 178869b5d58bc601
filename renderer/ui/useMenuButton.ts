/**
 * A menu button's keyboard and pointer behaviour (WAI-ARIA menu button): Enter, Space or ↓ open the menu
 * on the first item, ↑ on the last; ↑ ↓ Home End move; Enter or Space choose; a letter jumps to the next
 * item starting with it; Escape closes it and returns to the button; Tab or a press outside closes it.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

interface MenuOptions {
  /** the items' labels, in order (type-ahead reads them) */
  labels: readonly string[];
  /** the items' role: `menuitem`, or `menuitemcheckbox` for a menu of choices */
  itemRole: 'menuitem' | 'menuitemcheckbox';
  onChoose: (index: number) => void;
}

export function useMenuButton({ labels, itemRole, onChoose }: MenuOptions) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const last = labels.length - 1;

  useEffect(() => {
    if (open) menu.current?.querySelectorAll<HTMLElement>(`[role="${itemRole}"]`)[active]?.focus();
  }, [open, active, itemRole]);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
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
      onChoose(active);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const ch = e.key.toLocaleLowerCase();
      const order = [...labels.keys()].map((i) => (active + 1 + i) % labels.length);
      const hit = order.find((i) => labels[i]!.toLocaleLowerCase().startsWith(ch));
      if (hit !== undefined) setActive(hit);
    }
  };

  /** what an item needs: its focus place, and the pointer making it the active one */
  const itemProps = (index: number) => ({
    role: itemRole,
    tabIndex: index === active ? 0 : -1,
    onPointerMove: () => active !== index && setActive(index),
  });

  return {
    open,
    setActive,
    close,
    buttonProps: {
      ref: button,
      'aria-haspopup': 'menu' as const,
      'aria-expanded': open,
      'aria-controls': open ? menuId : undefined,
      onClick: () => (open ? close(false) : show(0)),
      onKeyDown: onButtonKey,
    },
    menuProps: { ref: menu, id: menuId, role: 'menu', onKeyDown: onMenuKey },
    itemProps,
  };
}
