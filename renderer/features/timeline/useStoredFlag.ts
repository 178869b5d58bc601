/** An on/off choice of the Timeline's layout, remembered on this computer (not in the plan: it is how one person likes to look). */
import { useCallback, useState } from 'react';

export function readFlag(key: string, fallback: boolean): boolean {
  try {
    const v = localStorage.getItem(key);
    return v === null ? fallback : v === '1';
  } catch {
    return fallback;
  }
}

export function useStoredFlag(key: string, fallback: boolean): [boolean, () => void] {
  const [on, setOn] = useState(() => readFlag(key, fallback));
  const toggle = useCallback(() => {
    setOn((v) => {
      try {
        localStorage.setItem(key, v ? '0' : '1');
      } catch {
        // remembered for this session only
      }
      return !v;
    });
  }, [key]);
  return [on, toggle];
}
