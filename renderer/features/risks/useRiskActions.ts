/**
 * The register's edits: one field, a new risk, a copy, a deletion; each one apply = one undo step.
 * The actions keep their identity while the rows change (they read the rows as they are when called), so
 * the register's rows, which hold them, redraw only when their own risk changes.
 */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { linkRiskToPlaybook } from '../../../shared/logic/playbook.ts';
import { inherentScore, residualRaised, residualScore } from '../../../shared/logic/risk.ts';
import type { Change } from '../../../shared/model/change.ts';
import type { Risk } from '../../../shared/model/registry.ts';
import { usePlan } from '../../app/store/context.tsx';
import { useRows } from '../../app/store/selectors.ts';
import { newId } from '../../ui/ids.ts';
import { useApply } from '../../ui/useEdit.ts';
import { useRisks } from './context.tsx';
import { deleteRiskChanges, duplicateRiskChanges, newRiskChanges, nextCode } from './model.ts';

const name = (r: Pick<Risk, 'code' | 'title'>) => r.code || r.title;

export function useRiskActions() {
  const { t } = useTranslation();
  const apply = useApply();
  const pushToast = usePlan((s) => s.pushToast);
  const pushUndoable = usePlan((s) => s.pushUndoable);
  const risks = useRows('risk');
  const playbooks = useRows('playbook');
  const compliance = useRows('compliance_item');
  const { today, openRisk } = useRisks();
  const current = useRef({ risks, playbooks, compliance });
  current.current = { risks, playbooks, compliance };

  return useMemo(() => {
    const rows = () => current.current;
    /** Refuses, with the reason, an edit that would rate a risk worse after its response than before. */
    const refused = (r: Risk, values: Partial<Risk>): boolean => {
      const next = { ...r, ...values };
      if (!residualRaised(r, next)) return false;
      pushToast({ kind: 'info', key: 'views.risks.residualRaised', params: { risk: name(r), residual: residualScore(next), inherent: inherentScore(next) } });
      return true;
    };
    return {
      apply,
      set<K extends keyof Risk & string>(r: Risk, field: K, value: Risk[K]): void {
        if (r[field] === value || refused(r, { [field]: value })) return;
        void apply([{ entity: 'risk', id: r.id, field, value }], t('views.risks.history.edit', { field: t(`views.risks.field.${field}`, { defaultValue: field }), risk: name(r) }));
      },
      /** several fields of one risk at once (a drop on the heat map sets likelihood and impact together) */
      setMany(r: Risk, values: Partial<Risk>, label: string): Promise<boolean> {
        if (refused(r, values)) return Promise.resolve(false);
        const changes: Change[] = Object.entries(values)
          .filter(([k, v]) => r[k as keyof Risk] !== v)
          .map(([field, value]) => ({ entity: 'risk', id: r.id, field, value }));
        return apply(changes, label);
      },
      /** links a risk to a playbook (or none), keeping the playbook's own list of risks in step */
      linkPlaybook(r: Risk, playbookId: string | null, label: string): void {
        const { risks, playbooks } = rows();
        void apply(linkRiskToPlaybook(r.id, playbookId, risks, playbooks), label);
      },
      async create(category?: Risk['category']): Promise<void> {
        const { risks } = rows();
        const id = newId('risk');
        const code = nextCode(risks.map((r) => r.code));
        const last = risks[risks.length - 1];
        const ok = await apply(
          newRiskChanges(id, { title: t('views.risks.newRiskTitle'), code, today, category, lastOrder: last?.sort_order ?? null }),
          t('views.risks.history.create', { risk: code }),
        );
        if (ok) openRisk(id);
      },
      async duplicate(r: Risk): Promise<void> {
        const { risks, playbooks } = rows();
        const id = newId('risk');
        const code = nextCode(risks.map((x) => x.code));
        const i = risks.findIndex((x) => x.id === r.id);
        const next = risks[i + 1];
        const ok = await apply(
          duplicateRiskChanges(r, id, { title: t('views.risks.copyOf', { title: r.title }), code, nextOrder: next?.sort_order ?? null, risks, playbooks }),
          t('views.risks.history.duplicate', { risk: name(r) }),
        );
        if (ok) pushToast({ kind: 'info', key: 'views.risks.duplicated', params: { risk: name(r), code } });
      },
      async remove(r: Risk): Promise<void> {
        const { risks, playbooks, compliance } = rows();
        const ok = await apply(deleteRiskChanges([r.id], risks, playbooks, compliance), t('views.risks.history.delete', { risk: name(r) }));
        if (ok) pushUndoable('views.risks.deleted', { risk: name(r) });
      },
    };
  }, [t, apply, pushToast, pushUndoable, today, openRisk]);
}
