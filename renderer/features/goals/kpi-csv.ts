/** Reading the metric column of a KPI export: a known metric by key or label, or a plain metric name of its own. */
import { matchName, type Named } from '../../../shared/logic/budget-csv.ts';

/**
 * A known metric (by key or by its label in either language, case and spaces ignored), else a name of
 * the team's own written in Latin letters, digits, spaces, _ or - ("Saves", "video views"), kept as a
 * key in lower case with underscores ("saves", "video_views"). Anything else is refused.
 */
export function metricFromCell(raw: string, known: readonly Named[]): { ok: true; value: string } | { ok: false } {
  const text = raw.trim();
  if (text === '') return { ok: false };
  const hit = matchName(text, known);
  if (hit.ok && hit.value !== null) return { ok: true, value: hit.value };
  if (/^[A-Za-z][A-Za-z0-9 _-]{0,62}$/.test(text)) return { ok: true, value: text.toLowerCase().replace(/[\s-]+/g, '_') };
  return { ok: false };
}
