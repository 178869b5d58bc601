import type { ViewId } from '../../shared/views.ts';
import type { ViewFeature } from './feature.ts';
import { feature as audience } from '../features/audience/index.ts';
import { feature as brief } from '../features/brief/index.ts';
import { feature as budget } from '../features/budget/index.ts';
import { feature as content } from '../features/content/index.ts';
import { feature as goals } from '../features/goals/index.ts';
import { feature as overview } from '../features/overview/index.ts';
import { feature as risks } from '../features/risks/index.ts';
import { feature as team } from '../features/team/index.ts';
import { feature as timeline } from '../features/timeline/index.ts';

/** Every view's feature module, one per id of shared/views.ts. */
export const FEATURES: { readonly [Id in ViewId]: ViewFeature<Id> } = { overview, timeline, content, budget, risks, goals, audience, team, brief };

/** Carries out a menu command if a view answers to it; false when none does. */
export function runViewCommand(command: string): boolean {
  for (const feature of Object.values(FEATURES)) {
    const found = feature.commands.find((c) => c.id === command);
    if (found) {
      found.run();
      return true;
    }
  }
  return false;
}
