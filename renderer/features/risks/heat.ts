/** The heat map's grid arithmetic: cell and chip ids, a risk's cell, the cell one arrow key away. */
import type { UniqueIdentifier } from '@dnd-kit/core';
import type { Risk } from '../../../shared/model/registry.ts';

export type MapKind = 'inherent' | 'residual';
export const SCALE = [1, 2, 3, 4, 5] as const;

export function ratingOf(r: Pick<Risk, 'likelihood' | 'impact' | 'residual_likelihood' | 'residual_impact'>, kind: MapKind): { l: number; i: number } {
  return kind === 'inherent' ? { l: r.likelihood, i: r.impact } : { l: r.residual_likelihood, i: r.residual_impact };
}

export const cellId = (kind: MapKind, l: number, i: number) => `cell:${kind}:${l}:${i}`;
export const chipId = (kind: MapKind, riskId: string) => `chip:${kind}:${riskId}`;

export function parseCell(id: UniqueIdentifier | undefined | null): { kind: MapKind; l: number; i: number } | null {
  const m = /^cell:(inherent|residual):([1-5]):([1-5])$/.exec(String(id ?? ''));
  return m ? { kind: m[1] as MapKind, l: Number(m[2]), i: Number(m[3]) } : null;
}

export function parseChip(id: UniqueIdentifier | undefined | null): { kind: MapKind; riskId: string } | null {
  const m = /^chip:(inherent|residual):(.+)$/.exec(String(id ?? ''));
  return m ? { kind: m[1] as MapKind, riskId: m[2]! } : null;
}

/** The cell one arrow key away (likelihood grows upwards, impact to the right), kept on the grid. */
export function stepCell(l: number, i: number, code: string): { l: number; i: number } {
  const clamp = (v: number) => Math.min(5, Math.max(1, v));
  switch (code) {
    case 'ArrowUp':
      return { l: clamp(l + 1), i };
    case 'ArrowDown':
      return { l: clamp(l - 1), i };
    case 'ArrowRight':
      return { l, i: clamp(i + 1) };
    case 'ArrowLeft':
      return { l, i: clamp(i - 1) };
    default:
      return { l, i };
  }
}

