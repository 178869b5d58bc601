/** Which optional columns the task list shows, remembered on this computer like the other layout choices (useStoredFlag). */
import { useCallback, useState } from 'react';
import { OPTIONAL_COLUMNS, type OptionalColumn } from './board-columns.ts';
import { readFlag } from './useStoredFlag.ts';

const keyOf = (c: OptionalColumn) => `campaign-planner.timeline.column.${c}`;

function stored(): ReadonlySet<OptionalColumn> {
  return new Set(OPTIONAL_COLUMNS.filter((c) => readFlag(keyOf(c), false)));
}

export function useStoredColumns(): [ReadonlySet<OptionalColumn>, (c: OptionalColumn) => void] {
  const [chosen, setChosen] = useState(stored);
  const toggle = useCallback((c: OptionalColumn) => {
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(c)) next.delete(c);
      else next.add(c);
      try {
        localStorage.setItem(keyOf(c), next.has(c) ? '1' : '0');
      } catch {
        // remembered for this session only
      }
      return next;
    });
  }, []);
  return [chosen, toggle];
}
