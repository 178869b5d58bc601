import crypto from 'node:crypto';
import fs from 'node:fs';
import nodePath from 'node:path';
import type { ApiResult, PlanInfo, PlannerApi, RestoredRow, Result } from '../../shared/api.ts';
import { PlannerError } from '../../shared/errors.ts';
import { PLAN_ID } from '../../shared/model/plan.ts';
import type { EntityName } from '../../shared/model/registry.ts';
import { buildTemplate } from '../../shared/templates/index.ts';
import { sameFile } from '../store/atomic-write.ts';
import { onFile } from '../store/file-errors.ts';
import { withLabels } from '../store/history-labels.ts';
import { merge, previewMerge } from '../store/merge.ts';
import { PlanFile } from '../store/plan-file.ts';
import { stepInfo } from './step-info.ts';
import { previewImport } from './import/preview-import.ts';
import { writeExport } from './export/index.ts';
import type { PdfPrinter } from './export/pdf.ts';

export interface ServiceOptions {
  author: string;
  /** identifies this writer in clocks; one per machine and user in the app, random when not given */
  siteId?: string;
  now?: () => number;
  /** how the PDF report is printed (the desktop app: its own Chromium); headless Chromium when not given */
  printPdf?: PdfPrinter;
}

async function run<T>(fn: () => T | Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    if (e instanceof PlannerError) return { ok: false, error: e.toApiError() };
    const err = new PlannerError('INTERNAL', { detail: e instanceof Error ? e.message : String(e) });
    return { ok: false, error: err.toApiError() };
  }
}

/** PlannerApi for one open plan (one window, one web host, one CLI call). */
export class PlanService implements PlannerApi {
  private file: PlanFile | null = null;
  private author: string;
  private readonly site: string;
  private readonly now: (() => number) | undefined;
  private readonly printPdf: PdfPrinter | undefined;

  constructor(opts: ServiceOptions) {
    this.author = opts.author;
    this.site = opts.siteId ?? crypto.randomBytes(6).toString('hex');
    this.now = opts.now;
    this.printPdf = opts.printPdf;
  }

  private writer() {
    return { author: this.author, site: this.site, ...(this.now ? { now: this.now } : {}) };
  }

  private get plan(): PlanFile {
    if (!this.file) throw new PlannerError('NO_PLAN');
    return this.file;
  }

  /** The open plan file, for the hosts' own needs (window title, merge). */
  get current(): PlanFile | null {
    return this.file;
  }

  private info(): PlanInfo {
    const f = this.plan;
    const settings = f.handle.prepare('SELECT name FROM settings WHERE id = ?').get(PLAN_ID) as { name: string } | undefined;
    return {
      path: f.path,
      fileName: nodePath.basename(f.path),
      name: settings?.name ?? nodePath.basename(f.path, '.cplan'),
      schemaVersion: f.schemaVersion,
      readOnly: f.readOnly,
      lockHolder: f.lockHolder,
      revision: f.revision,
      canUndo: f.canUndo,
      canRedo: f.canRedo,
      author: f.author,
      siteId: f.site,
    };
  }

  private applied(r: { changes: ApiResult<'applyChanges'>['changes'] }): ApiResult<'applyChanges'> {
    const f = this.plan;
    const restored = this.restored(r.changes);
    return { revision: f.revision, canUndo: f.canUndo, canRedo: f.canRedo, changes: r.changes, ...(restored.length ? { restored } : {}) };
  }

  /** The rows the changes undeleted, read whole, so the renderer can put them back without reading the plan again. */
  private restored(changes: ApiResult<'applyChanges'>['changes']): RestoredRow[] {
    const out: RestoredRow[] = [];
    for (const c of changes) {
      if (c.field !== 'deleted' || c.value !== false || c.old !== true) continue;
      const row = this.plan.row(c.entity as EntityName, c.id);
      if (row && row.deleted === false) out.push({ entity: c.entity as EntityName, row: row as RestoredRow['row'] });
    }
    return out;
  }

  private stepped(r: { txn: number; changes: ApiResult<'applyChanges'>['changes'] }): ApiResult<'undo'> {
    return { ...this.applied(r), step: stepInfo(this.plan, r.txn) };
  }

  planInfo = () => run(() => this.info());
  snapshot = () => run(() => ({ info: this.info(), rows: this.plan.rows() }));
  applyChanges: PlannerApi['applyChanges'] = (changes, opts) => run(() => this.applied(this.plan.apply(changes as never, { label: opts?.label ?? '' })));
  undo = () => run(() => this.stepped(this.plan.undo()));
  redo = () => run(() => this.stepped(this.plan.redo()));
  history: PlannerApi['history'] = (opts) => run(() => withLabels(this.plan, this.plan.history(opts?.limit ?? 100, opts?.entity as EntityName | undefined)));

  newPlan: PlannerApi['newPlan'] = ({ path, template, lang, calendars, overwrite }) =>
    run(() => {
      if (this.file && sameFile(path, this.file.path)) throw new PlannerError('TARGET_IS_THIS_PLAN', { path });
      const created = PlanFile.create(path, this.writer(), buildTemplate(template, lang, calendars), overwrite ?? false);
      this.replace(created);
      return this.info();
    });

  openPlan: PlannerApi['openPlan'] = ({ path }) =>
    run(() => {
      const opened = PlanFile.open(path, this.writer());
      this.replace(opened);
      return this.info();
    });

  closePlan = () =>
    run(() => {
      this.file?.close();
      this.file = null;
      return null;
    });

  saveAs: PlannerApi['saveAs'] = ({ path }) =>
    run(() => {
      this.file = this.plan.saveAs(path);
      return this.info();
    });

  exportCopy: PlannerApi['exportCopy'] = ({ path }) => run(() => ({ path, bytes: this.plan.exportCopy(path) }));

  /** What merging a colleague's copy would change, grouped by view, with the conflicts to review. Writes nothing. */
  previewMerge: PlannerApi['previewMerge'] = ({ path }) => run(() => previewMerge(this.plan, path));

  /** What is at a path: nothing, a file or a folder, with its size and time. Opens nothing. */
  stat: PlannerApi['stat'] = ({ path }) =>
    run(() => {
      // a missing file (or a missing folder on the way) is an answer, not an error; no permission is one
      let at: fs.Stats | undefined;
      try {
        at = onFile(path, () => fs.statSync(path, { throwIfNoEntry: false }), true);
      } catch (e) {
        if (!(e instanceof PlannerError && e.code === 'FILE_NOT_FOUND')) throw e;
      }
      if (!at) return { exists: false, kind: null, size: 0, modified: null };
      return { exists: true, kind: at.isDirectory() ? ('folder' as const) : ('file' as const), size: at.isDirectory() ? 0 : at.size, modified: at.mtime.toISOString() };
    });

  /** Merges a colleague's copy (one undo step); decisions settle conflicts against the clock order. */
  merge: PlannerApi['merge'] = ({ path, decisions }) =>
    run(() => {
      const r = merge(this.plan, path, (decisions ?? []) as Parameters<typeof merge>[2]);
      return {
        ...this.applied(r),
        incoming: r.incoming, applied: r.applied, conflictsResolved: r.conflictsResolved, overridden: r.overridden, suspicious: r.suspicious, issues: r.issues,
      };
    });

  /** Reverts one history entry as a new, undoable edit. */
  revert: PlannerApi['revert'] = ({ txn }) => run(() => this.applied(this.plan.revert(txn)));

  /** What importing a project file would create and leave out, with the one change list that does it. Writes nothing. */
  previewImport: PlannerApi['previewImport'] = ({ format, data }) => run(() => previewImport(this.plan, format, Buffer.from(data, 'base64')));
  /** Writes a deliverable (report, workbook, calendar, MS Project, CSV) from the plan's rows; never writes the plan. */
  exportPlan: PlannerApi['exportPlan'] = ({ path, format, lang, table }) =>
    run(async () => {
      const f = this.plan;
      const r = await writeExport(f.rows(), f.path, path, { format, lang, ...(table ? { table } : {}) }, this.printPdf ? { printPdf: this.printPdf } : {});
      return { ...r, format };
    });

  setAuthor: PlannerApi['setAuthor'] = ({ name }) =>
    run(() => {
      this.author = name;
      this.file?.setAuthor(name);
      return this.info();
    });

  private replace(next: PlanFile): void {
    this.file?.close();
    this.file = next;
  }

  dispose(): void {
    this.file?.close();
    this.file = null;
  }
}
