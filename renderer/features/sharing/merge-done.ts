/**
 * What happens once a merge is written (the store has read the plan again): the toast counts the changes the way
 * the review counted them, and codes both copies gave out are renumbered if the user kept that choice
 * (a separate edit through the one change pipeline, so Undo takes it back on its own).
 */
import type { MergePreview, MergeResult } from '../../../shared/api.ts';
import { renumberChanges } from '../../../shared/logic/codes.ts';
import type { EntityName } from '../../../shared/model/registry.ts';
import type { PlanStore } from '../../app/store/index.ts';
import type { Translate } from './describe.ts';
import { mergedCount, type Decisions } from './MergeReview.tsx';
import { sharingStore } from './state.ts';

export async function finishMerge(store: PlanStore, t: Translate, preview: MergePreview, decisions: Decisions, result: MergeResult): Promise<void> {
  const count = mergedCount(preview, decisions);
  store.getState().pushToast({ kind: 'info', key: result.incoming === 0 ? 'sharing.merge.mergedNothing' : 'sharing.merge.merged', params: { count } });
  if (!preview.duplicates.length || !sharingStore.getState().renumber) return;
  const { byId } = store.getState();
  const rows = Object.fromEntries(preview.duplicates.map((d) => [d.entity, Object.values(byId[d.entity]) as { id: string }[]])) as Partial<Record<EntityName, { id: string }[]>>;
  const changes = renumberChanges(preview.duplicates, rows);
  if (changes.length && (await store.getState().apply(changes, t('sharing.merge.renumberLabel')))) {
    store.getState().pushToast({ kind: 'info', key: 'sharing.merge.renumbered', params: { count: changes.length } });
  }
}
