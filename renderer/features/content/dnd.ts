/**
 * Sensors shared by the board and the calendar. The pointer starts a drag after 5 px (so a click still
 * opens a card); the keyboard picks up with Space, drops with Space and cancels with Escape. Arrow keys
 * do not move the dragged card's picture: they move a target the view keeps (a slot, a day, a lane),
 * which the view draws, announces and drops onto. That keeps keyboard moves exact in virtualised lists.
 */
import { KeyboardSensor, PointerSensor, useSensor, useSensors, type KeyboardCoordinateGetter } from '@dnd-kit/core';
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
