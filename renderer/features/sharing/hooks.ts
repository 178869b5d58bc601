import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rowTitle } from '../../../shared/logic/merge.ts';
import type { EntityName } from '../../../shared/model/registry.ts';
import { usePlan } from '../../app/store/context.tsx';
import type { ById } from '../../app/store/entities.ts';
import type { DescribeContext, Translate } from './describe.ts';

type AnyRow = Record<string, unknown> | undefined;

/** A row's name from the plan store; links and RACI cells are named by the rows they join. */
export function labelIn(byId: ById, entity: EntityName, id: string): string | null {
  return rowTitle(entity, id, (e, x) => (byId[e] as Record<string, AnyRow>)[x]);
}

/** What describe.ts needs, in the current language, with names from the plan as it is now. */
export function useDescribe(): DescribeContext {
  const { t, i18n } = useTranslation();
  const byId = usePlan((s) => s.byId);
  return useMemo(
    () => ({
      t: t as unknown as Translate,
      lang: i18n.language,
      exists: (key: string) => i18n.exists(key),
      label: (entity: EntityName, id: string) => labelIn(byId, entity, id),
    }),
    [t, i18n, i18n.language, byId],
  );
}
