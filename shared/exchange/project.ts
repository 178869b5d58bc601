/**
 * What an imported file holds, in the planner's terms, before it becomes changes: every format's reader
 * (MSPDI, GanttProject, CSV) produces this, and `planImport` turns it into one change list.
 */
import type { LinkType } from '../model/enums.ts';

/** Larger than any real project file of a campaign (MS Project writes about 2 kB a task). */
export const IMPORT_MAX_BYTES = 8 * 1024 * 1024;

export const IMPORT_FORMATS = ['mspdi', 'gan'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number] | 'csv';

/** Why something in the file is not imported as it was (the renderer words each in the user's language). */
export const DROP_REASONS = [
  'nestedSummary', // a summary below the first level: its tasks join the top-level phase, the summary itself is not kept
  'linkType', // a link type the planner does not know
  'linkSummary', // a link to or from a summary task (phases have no links)
  'linkMissing', // a link to a task that is not in the file
  'linkDuplicate', // a second link between the same two tasks
  'linkCycle', // a link that would close a loop
  'lagPercent', // a lag given in percent of the predecessor: imported as no lag
  'lagRounded', // a lag that is not whole days, rounded to days
  'unnamedResource', // a resource without a name
  'notPerson', // a material or cost resource
  'emptyTask', // a blank row of the file (no name)
  'recurringException', // a calendar exception that repeats: only its first range is imported
  'keyDateExists', // a holiday the plan already has
  'keyDateOutside', // a holiday outside the plan's dates (calendars often hold years of them)
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export interface Dropped {
  reason: DropReason;
  /** the name of the thing dropped, for the preview's examples */
  name: string;
}

export interface ImportedPhase {
  key: string;
  name: string;
  color: string | null;
}

export interface ImportedTask {
  key: string;
  name: string;
  phaseKey: string | null;
  start: string;
  end: string;
  milestone: boolean;
  progress: number;
  notes: string;
  ownerKey: string | null;
  hours: number;
}

export interface ImportedLink {
  from: string;
  to: string;
  type: LinkType;
  lagDays: number;
}

export interface ImportedPerson {
  key: string;
  name: string;
  email: string;
  role: string;
}

export interface ImportedKeyDate {
  /** null: the plan's language words it ("Holiday", "Working day") */
  name: string | null;
  start: string;
  end: string;
  kind: 'holiday' | 'workday';
}

export interface ImportedProject {
  format: ImportFormat;
  name: string;
  phases: ImportedPhase[];
  tasks: ImportedTask[];
  links: ImportedLink[];
  people: ImportedPerson[];
  keyDates: ImportedKeyDate[];
  dropped: Dropped[];
}

export function emptyProject(format: ImportFormat, name: string): ImportedProject {
  return { format, name, phases: [], tasks: [], links: [], people: [], keyDates: [], dropped: [] };
}
