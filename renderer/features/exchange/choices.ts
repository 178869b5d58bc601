import type { ExportFormat, ExportTable } from '../../../shared/api.ts';

/** What the Export dialog offers: the format, the CSV's table, the file extension. */
export const CHOICES = [
  { id: 'docx', format: 'docx', ext: 'docx' },
  { id: 'pdf', format: 'pdf', ext: 'pdf' },
  { id: 'xlsx', format: 'xlsx', ext: 'xlsx' },
  { id: 'ics', format: 'ics', ext: 'ics' },
  { id: 'mspdi', format: 'mspdi', ext: 'xml' },
  { id: 'csvTasks', format: 'csv', table: 'tasks', ext: 'csv' },
  { id: 'csvContent', format: 'csv', table: 'content', ext: 'csv' },
] as const satisfies readonly { id: string; format: ExportFormat; table?: ExportTable; ext: string }[];

export type Choice = (typeof CHOICES)[number];
export type ChoiceId = Choice['id'];

/** The target beside the plan: `<dir>/<plan file name>[ - tasks|content].<ext>`; a typed path keeps its name and takes the new extension. */
export function exportPath(current: string, choice: Choice): string {
  const i = Math.max(current.lastIndexOf('/'), current.lastIndexOf('\\'));
  const dir = current.slice(0, i + 1);
  const base = current.slice(i + 1).replace(/\.(cplan|docx|pdf|xlsx|ics|xml|csv)$/i, '').replace(/ - (tasks|content)$/, '');
  const table = 'table' in choice ? ` - ${choice.table}` : '';
  return `${dir}${base}${table}.${choice.ext}`;
}
