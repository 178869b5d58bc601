/** zod readers for XML text: every value arrives as a string (or '' for an empty element). */
import { z } from 'zod';

export const int = z.string().trim().regex(/^-?\d+$/, 'expected a whole number').transform(Number);
export const num = z.string().trim().regex(/^-?\d+(\.\d+)?$/, 'expected a number').transform(Number);
export const flag = z.string().trim().transform((s) => s === '1' || s.toLowerCase() === 'true');
export const text = z.string().default('');
export const dateTime = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?/, 'expected a date as YYYY-MM-DD');
export const day = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
/** a wrapper element that is empty in the file ('') counts as absent */
export const list = <T extends z.ZodType>(item: T, key: string) =>
  z.preprocess((v) => (v === '' ? {} : v), z.object({ [key]: z.array(item).default([]) })).optional();

/** The first problem of a failed parse, as "Tasks.Task.3.Start: expected a date". */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const where = issue.path.map((p) => String(p).replace(/^@_/, '')).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}
