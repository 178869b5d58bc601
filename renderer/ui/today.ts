/** The plan's today for a view (see shared/logic/today.ts): the day in the plan's zone, not this machine's. */
import { todayDay } from '../../shared/logic/today.ts';
import { useSettings } from '../app/store/selectors.ts';

export function usePlanTodayDay(): number {
  return todayDay(useSettings());
}
