import { useDraggable } from '@dnd-kit/core';
import { memo, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentItem } from '../../../shared/model/registry.ts';
import { dragState } from './dnd.ts';
import type { Lookups } from './lookups.ts';

export type CardVariant = 'board' | 'month' | 'week' | 'tray';

/** What a drag carries: the item and where it was picked up. */
export interface DragData {
  item: ContentItem;
  origin: CardVariant;
}

/** Height of a board card and the gap under it: fixed, so long columns can be virtualised. */
export const BOARD_CARD_HEIGHT = 118;
export const BOARD_CARD_GAP = 8;

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length > 1) return (parts[0]![0]! + parts[1]![0]!).toUpperCase();
  return [...name.trim()].slice(-2).join('');
}

/** A comma only a screen reader hears: a card's name comes from its visible text, read as a list. */
const Sep = () => <span className="sr-only">, </span>;

function PeakWarning({ lk }: { lk: Lookups }) {
  const { t } = useTranslation();
  const text = t('views.content.card.outsidePeak', { start: lk.peakStart, end: lk.peakEnd });
  return (
    <>
      <span className="peak-warn" title={text} aria-hidden="true">
        ⚠
      </span>
      <span className="sr-only">
        <Sep />
        {text}
      </span>
    </>
  );
}

/** The face of a card; the same in place and in the drag overlay. Its text is also its accessible name. */
export const CardBody = memo(function CardBody({ item, lk, variant }: { item: ContentItem; lk: Lookups; variant: CardVariant }) {
  const { t } = useTranslation();
  const platform = item.platform_id ? lk.platform.get(item.platform_id) : undefined;
  const owner = item.owner_id ? lk.person.get(item.owner_id) : undefined;
  const segment = item.segment_id ? lk.segment.get(item.segment_id) : undefined;
  const warn = lk.outsidePeak(item) ? <PeakWarning lk={lk} /> : null;
  const swatch = { '--platform': platform?.color ?? 'transparent' } as CSSProperties;
  const platformName = platform?.name ?? t('views.content.noPlatform');
  const hidden = (text: string) => (
    <span className="sr-only">
      <Sep />
      {text}
    </span>
  );

  if (variant === 'month' || variant === 'week') {
    return (
      <span className="ccard-line" style={swatch}>
        <span className="ccard-time">
          {item.publish_time ?? t('views.content.noTime')}
          <Sep />
        </span>
        <span className="ccard-text">
          {item.title}
          {hidden(platformName)}
          {hidden(lk.formatName(item.format))}
        </span>
        {warn}
      </span>
    );
  }
  // the tray and the board open the same way: title, then platform and format
  const head = (
    <>
      <span className="ccard-title">
        {item.title}
        <Sep />
      </span>
      <span className="ccard-meta">
        <span className="platform-tag" style={swatch}>
          {platformName}
          <Sep />
        </span>
        <span className="ccard-format">
          {lk.formatName(item.format)}
          {variant === 'tray' ? null : <Sep />}
        </span>
      </span>
    </>
  );
  if (variant === 'tray') return head;
  return (
    <>
      {head}
      {segment ? (
        <span className="ccard-segment">
          {segment.name}
          <Sep />
        </span>
      ) : (
        <span className="ccard-segment" aria-hidden="true">
          {'\u00a0'}
        </span>
      )}
      <span className="ccard-foot">
        <span className="ccard-owner">
          {owner ? (
            <>
              <span className="avatar" aria-hidden="true">
                {initials(owner.name)}
              </span>
              <span className="ccard-owner-name">
                {owner.name}
                <Sep />
              </span>
            </>
          ) : (
            <span className="ccard-muted">
              {t('views.content.notSet')}
              <Sep />
            </span>
          )}
        </span>
        <span className={item.publish_date ? 'ccard-date' : 'ccard-date ccard-muted'}>
          {item.publish_date ? `${lk.day(item.publish_date)}${item.publish_time ? ` ${item.publish_time}` : ''}` : t('views.content.unscheduled')}
          {warn}
        </span>
      </span>
    </>
  );
});

export interface DraggableCardProps {
  item: ContentItem;
  lk: Lookups;
  variant: CardVariant;
  onOpen: (id: string) => void;
  disabled?: boolean;
  style?: CSSProperties;
  className?: string;
}

/**
 * A card that can be dragged (pointer or keyboard) and opened (click or Enter). useDraggable redraws it
 * on every change of the drag context (the pick-up, each new target); the card's element is CardShell,
 * which redraws only when the card's own props or drag state change.
 */
export const DraggableCard = memo(function DraggableCard(props: DraggableCardProps) {
  const { item, lk, variant, disabled } = props;
  const data: DragData = { item, origin: variant };
  const drag = useDraggable({ id: item.id, data, disabled, attributes: { roleDescription: lk.roleDescription } });
  return <CardShell {...props} isDragging={drag.isDragging} setNodeRef={drag.setNodeRef} attributes={drag.attributes} listeners={drag.listeners} />;
});

type Drag = ReturnType<typeof useDraggable>;

const CardShell = memo(function CardShell({ item, lk, variant, onOpen, disabled, style, className, isDragging, setNodeRef, attributes, listeners }: DraggableCardProps & {
  isDragging: boolean;
  setNodeRef: Drag['setNodeRef'];
  attributes: Drag['attributes'];
  listeners: Drag['listeners'];
}) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    listeners?.onKeyDown?.(e);
    if (e.key === 'Enter' && !e.defaultPrevented && !dragState.active) {
      e.preventDefault();
      onOpen(item.id);
    }
  };
  const classes = ['ccard', `ccard-${variant}`, isDragging ? 'is-dragging' : '', disabled ? 'is-static' : '', lk.outsidePeak(item) ? 'is-off-peak' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      // a card that cannot move (read-only plan) still opens: it is not a disabled button
      aria-disabled={undefined}
      onKeyDown={onKeyDown}
      onClick={() => onOpen(item.id)}
      title={variant === 'board' ? undefined : item.title}
      data-item-id={item.id}
      className={classes}
      style={style}
    >
      <CardBody item={item} lk={lk} variant={variant} />
    </div>
  );
});
