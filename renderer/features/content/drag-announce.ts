/**
 * What a screen reader hears while a content card is dragged, the same on the board and the calendar:
 * where it was picked up, each new place a pointer drag reaches (said once, not on every pointer move),
 * what the drop did, and a cancel. A keyboard drag says its moves through the view's own live region (its
 * targets move without the pointer), so dnd-kit's move events stay quiet for it.
 */
import type { Announcements, DndContextProps } from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type Translate = (key: string, params: Record<string, unknown>) => string;

export interface AnnounceSource {
  /** where the dragged item would land now, in words ('' when nowhere) */
  where(activeId: string): string;
  /** a pointer drag is on (not a keyboard one) */
  pointerDrag(): boolean;
  /** what the last drop did, in words */
  result(): string;
}

const titleOf = (active: { data: { current?: unknown } }) => (active.data.current as { item?: { title?: string } } | undefined)?.item?.title ?? '';

/** dnd-kit announcements for a source; `last` keeps the last place said, so the same place is not said twice. */
export function dragAnnouncements(t: Translate, src: AnnounceSource, last: { current: string }): Announcements {
  const moved = ({ active }: { active: { id: string | number } }) => {
    if (!src.pointerDrag()) return undefined;
    const text = src.where(String(active.id));
    if (!text || text === last.current) return undefined;
    last.current = text;
    return text;
  };
  return {
    onDragStart: ({ active }) => t('views.content.dnd.pickedUpAt', { title: titleOf(active), where: src.where(String(active.id)) }),
    onDragMove: moved,
    onDragOver: moved,
    onDragEnd: () => src.result(),
    onDragCancel: ({ active }) => t('views.content.dnd.cancelled', { title: titleOf(active) }),
  };
}

/**
 * The announcements and instructions for a view's DndContext, plus its live region's text. `started`
 * goes in the view's onDragStart; `result` is set by its onDragEnd before the drop is announced.
 */
export function useDragAnnouncements(src: Omit<AnnounceSource, 'result'>, instructions: string) {
  const { t } = useTranslation();
  const source = useRef(src);
  source.current = src;
  const last = useRef('');
  const result = useRef('');
  const [live, setLive] = useState('');
  const accessibility = useMemo<NonNullable<DndContextProps['accessibility']>>(
    () => ({
      announcements: dragAnnouncements((key, params) => t(key, params), { where: (id) => source.current.where(id), pointerDrag: () => source.current.pointerDrag(), result: () => result.current }, last),
      screenReaderInstructions: { draggable: instructions },
    }),
    [t, instructions],
  );
  const started = useCallback(() => {
    last.current = '';
    result.current = '';
    setLive('');
  }, []);
  return { accessibility, live, say: setLive, result, started };
}
