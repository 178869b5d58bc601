/**
 * One side of a conflict as people read it: a long or rich text whole, with the words that differ from
 * the other side marked; a structured value (weights, levels, bands) as labelled fields; the edits a
 * deleted row would be restored with; anything else as the short phrase describe.ts gives.
 */
import type { MergeConflict } from '../../../shared/api.ts';
import { wordDiff } from '../../../shared/logic/word-diff.ts';
import type { EntityName } from '../../../shared/model/registry.ts';
import { describeValue, fieldName, isLongText, plainText, valueParts, type DescribeContext } from './describe.ts';

type Side = 'mine' | 'theirs';

/** Both sides are text and at least one is long or rich: shown whole, as a word diff. */
export function hasDiff(c: MergeConflict): boolean {
  return !c.deletedBy && (isLongText(c.mine.value) || isLongText(c.theirs.value)) && [c.mine.value, c.theirs.value].every((v) => typeof v === 'string' || v === null || v === undefined);
}

function TextDiff({ conflict, side }: { conflict: MergeConflict; side: Side }) {
  const text = (v: unknown) => (typeof v === 'string' ? plainText(v) : '');
  const parts = wordDiff(text(conflict.mine.value), text(conflict.theirs.value));
  return (
    <span className="conflict-value conflict-text">
      {parts.map((p, i) =>
        p.op === 'same' ? (
          <span key={i}>{p.text}</span>
        ) : p.op === 'del' && side === 'mine' ? (
          <del key={i}>{p.text}</del>
        ) : p.op === 'ins' && side === 'theirs' ? (
          <ins key={i}>{p.text}</ins>
        ) : null,
      )}
    </span>
  );
}

export function ConflictValue({ conflict, side, ctx }: { conflict: MergeConflict; side: Side; ctx: DescribeContext }) {
  const entity = conflict.entity as EntityName;
  if (conflict.deletedBy) {
    if (conflict.deletedBy === side || !conflict.edits?.length) return null;
    return (
      <span className="conflict-value conflict-edits" role="list">
        {conflict.edits.map((e) => (
          <span key={e.field} role="listitem">
            <span className="merge-field-name">{ctx.t('sharing.merge.fieldLabel', { field: fieldName(e.field, ctx.t, ctx.exists) })}</span> {describeValue(entity, e.field, e.value, ctx)}
          </span>
        ))}
      </span>
    );
  }
  if (hasDiff(conflict)) return <TextDiff conflict={conflict} side={side} />;
  const parts = valueParts(entity, conflict.field, conflict[side].value, ctx);
  if (parts) {
    const other = new Map((valueParts(entity, conflict.field, conflict[side === 'mine' ? 'theirs' : 'mine'].value, ctx) ?? []).map((p) => [p.label, p.value]));
    return (
      <span className="conflict-value conflict-parts" role="list">
        {parts.map((p, i) => (
          <span key={i} role="listitem" className={other.get(p.label) === p.value ? undefined : 'conflict-part-changed'}>
            <span className="merge-field-name">{p.label}</span> {p.value}
          </span>
        ))}
      </span>
    );
  }
  return <span className="conflict-value">{describeValue(entity, conflict.field, conflict[side].value, ctx)}</span>;
}
