import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentItem } from '../../../shared/model/registry.ts';
import { DraggableCard } from './Card.tsx';
import type { Lookups } from './lookups.ts';

/** The items without a date, beside the calendar: drop one on a day to schedule it, drop a card here to unschedule it. */
const TRAY_ROW = 62;
const trayRow = () => TRAY_ROW;

export const Tray = memo(function Tray({ items, lk, onOpen, readOnly, isTarget }: { items: ContentItem[]; lk: Lookups; onOpen: (id: string) => void; readOnly: boolean; isTarget: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { setNodeRef } = useDroppable({ id: 'tray', data: { type: 'tray' } });
  const scroller = useRef<HTMLDivElement>(null);
  const getItemKey = useCallback((i: number) => items[i]!.id, [items]);
  const getScrollElement = useCallback(() => scroller.current, []);
  const virt = useVirtualizer({ count: items.length, getScrollElement, estimateSize: trayRow, overscan: 6, getItemKey });
  return (
    <aside ref={setNodeRef} data-drop-id="tray" className={isTarget ? 'tray is-target' : 'tray'} aria-labelledby={headingId} data-cal-target={isTarget ? 'true' : undefined}>
      <h2 id={headingId} className="tray-title">
        {t('views.content.tray.title')} <span className="board-count">{items.length}</span>
      </h2>
      <p className="tray-hint">{t('views.content.tray.hint')}</p>
      <div className="tray-list" ref={scroller}>
        <div role="list" aria-labelledby={headingId} style={{ height: virt.getTotalSize(), position: 'relative' }}>
          {virt.getVirtualItems().map((v) => (
            <div key={v.key} role="listitem" aria-setsize={items.length} aria-posinset={v.index + 1} className="tray-slot" style={{ transform: `translateY(${v.start}px)` }}>
              <DraggableCard item={items[v.index]!} lk={lk} variant="tray" onOpen={onOpen} disabled={readOnly} />
            </div>
          ))}
        </div>
        {items.length === 0 ? <p className="tray-empty">{t('views.content.tray.empty')}</p> : null}
      </div>
    </aside>
  );
});
