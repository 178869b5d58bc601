/**
 * Sensors shared by the board and the calendar. The pointer starts a drag after 5 px (so a click still
 * opens a card); the keyboard picks up with Space, drops with Space and cancels with Escape. Arrow keys
 * do not move the dragged card's picture: they move a target the view keeps (a slot, a day, a lane),
 * which the view draws, announces and drops onto. That keeps keyboard moves exact in virtualised lists.
 */
import { KeyboardSensor, PointerSensor, useSensor, useSensors, type CollisionDetection, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { useRef } from 'react';

export const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space'] };

export type MoveKey = 'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown' | 'home' | 'end';

const KEYS: Record<string, MoveKey> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  PageUp: 'pageUp',
  PageDown: 'pageDown',
  Home: 'home',
  End: 'end',
};

export function moveKeyOf(code: string): MoveKey | null {
  return KEYS[code] ?? null;
}

/** Pointer and keyboard sensors; `onKey` gets each move key of a keyboard drag (with Shift). */
export function useContentSensors(onKey: (id: string, key: MoveKey, shift: boolean) => void) {
  const handler = useRef(onKey);
  handler.current = onKey;
  const getter = useRef<KeyboardCoordinateGetter>((event, { active }) => {
    const key = moveKeyOf(event.code);
    if (!key) return undefined;
    event.preventDefault();
    handler.current(String(active), key, event.shiftKey);
    return undefined;
  });
  const pointer = useSensor(PointerSensor, { activationConstraint: { distance: 5 } });
  const keyboard = useSensor(KeyboardSensor, { keyboardCodes: KEYBOARD_CODES, coordinateGetter: getter.current });
  return useSensors(pointer, keyboard);
}

/** Whether a drag is on (cards check it before Enter opens them; a plain object, so reading it re-renders nothing). */
export const dragState = { active: false };

export function isKeyboardDrag(activatorEvent: Event | null): boolean {
  return typeof KeyboardEvent !== 'undefined' && activatorEvent instanceof KeyboardEvent;
}

/**
 * Scroll a list or the page only when the pointer comes close to its edge (dnd-kit's default is a fifth
 * of it), one step a frame: dnd-kit's default step every 5 ms re-measures the drop targets and redraws
 * three times a frame. The step is as many times larger, so the scroll is as fast.
 */
export const AUTO_SCROLL = { threshold: { x: 0.1, y: 0.12 }, interval: 16, acceleration: 32 };

/** Where the pointer is (client coordinates), as the window last heard it; not known after a key press (a keyboard drag). */
const pointer = { x: 0, y: 0 };
let pointerKnown = false;

type Box = { top: number; left: number; bottom: number; right: number };
/**
 * Rects read during a drag, kept until something could move them: a new press, a key, a scroll or a
 * resize. Reading layout on each move, right after React changed the page, costs a layout each move.
 */
let boxes = new WeakMap<Element, Box>();
if (typeof window !== 'undefined') {
  const forget = () => (boxes = new WeakMap());
  const note = (e: PointerEvent) => {
    pointer.x = e.clientX;
    pointer.y = e.clientY;
    pointerKnown = true;
  };
  window.addEventListener('pointerdown', (e) => (forget(), note(e)), true);
  window.addEventListener('pointermove', note, true);
  window.addEventListener('keydown', () => (forget(), (pointerKnown = false)), true);
  window.addEventListener('scroll', forget, true);
  window.addEventListener('resize', forget);
}

/** An element's client rect, measured once while nothing has moved it (see `boxes`). */
export function boxOf(el: Element): Box {
  let r = boxes.get(el);
  if (!r) {
    r = el === document.scrollingElement ? { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth } : el.getBoundingClientRect();
    boxes.set(el, r);
  }
  return r;
}

/**
 * dnd-kit asks every scroll container around the dragged card, on every move, whether it is at its
 * ends (scrollTop, scrollHeight…), which reads layout. A container only scrolls while the pointer is
 * near its edge, so it is asked only then (a keyboard drag: always, as before).
 */
function nearEdge(el: Element): boolean {
  if (!pointerKnown) return true;
  const r = boxOf(el);
  const dy = (r.bottom - r.top) * AUTO_SCROLL.threshold.y;
  const dx = (r.right - r.left) * AUTO_SCROLL.threshold.x;
  return pointer.y <= r.top + dy || pointer.y >= r.bottom - dy || pointer.x <= r.left + dx || pointer.x >= r.right - dx;
}

/** AUTO_SCROLL with the edge check above: what both views give DndContext. */
export const EDGE_AUTO_SCROLL = { ...AUTO_SCROLL, canScroll: nearEdge };

/**
 * The droppable under the pointer, for views whose droppables carry data-drop-id (their dnd-kit id):
 * from rects kept for the drag (boxOf). pointerWithin reads each droppable's rect and, for each of its
 * sides, the scroll offsets of its scroll containers, on every move.
 */
export const dropUnderPointer: CollisionDetection = ({ pointerCoordinates, droppableContainers }) => {
  if (!pointerCoordinates) return [];
  const { x, y } = pointerCoordinates;
  for (const el of document.querySelectorAll<HTMLElement>('[data-drop-id]')) {
    const r = boxOf(el);
    if (x < r.left || x > r.right || y < r.top || y > r.bottom) continue;
    const container = droppableContainers.find((c) => c.id === el.dataset.dropId);
    if (container && !container.disabled) return [{ id: container.id, data: { droppableContainer: container, value: 0 } }];
  }
  return [];
};
