/**
 * This file's hybrid logical clock (shared/logic/hlc.ts): the clock of each local transaction, folding
 * in the clocks merges bring, and the ceiling that keeps a colleague's broken clock from dragging ours
 * along (see merge.ts, "Clocks").
 */
import type { EntityName } from '../../shared/model/registry.ts';
import { formatHlc, type Hlc, MAX_DRIFT_MS, parseHlc, receive, tick } from '../../shared/logic/hlc.ts';
import { CEILING_KEY } from './plan-types.ts';
import type { Statements } from './statements.ts';

export interface ClockState {
  last: Hlc | null;
  ceiling: string | null;
  dirty: boolean;
}

export class PlanClock {
  private last: Hlc | null;
  /**
   * The greatest clock in the log that our own clock did not follow (a colleague's clock beyond MAX_DRIFT_MS,
   * see merge.ts), or null. While it is ahead of us, a local edit of a field checks that field's newest clock.
   */
  private ceiling: string | null;
  private ceilingDirty = false;

  private readonly stmts: Statements;
  private readonly site: () => string;
  private readonly now: () => number;

  constructor(stmts: Statements, site: () => string, now: () => number) {
    this.stmts = stmts;
    this.site = site;
    this.now = now;
    const newest = (stmts.get('SELECT max(clock) AS c FROM _txn').get() as { c: string | null }).c;
    this.last = newest && /^\d{15}-\d{5}-.+$/.test(newest) ? parseHlc(newest) : null;
    this.ceiling = (stmts.get('SELECT value FROM _meta WHERE key = ?').get(CEILING_KEY) as { value: string } | undefined)?.value ?? null;
  }

  /** The clock of the next local transaction. */
  next(): string {
    this.last = tick(this.last, this.now(), this.site());
    return formatHlc(this.last);
  }

  /**
   * Folds a clock from a colleague's copy into ours (hlc.receive) so our next edit sorts after it.
   * A clock more than MAX_DRIFT_MS ahead of our wall clock is not followed: it is remembered as the
   * ceiling instead, and local edits of the fields it touched are stamped just above it (see stampLocal).
   * Returns false for such a clock.
   */
  observe(clock: string): boolean {
    const remote = parseHlc(clock);
    const now = this.now();
    if (remote.wall - now > MAX_DRIFT_MS) {
      this.raiseCeiling(clock);
      return false;
    }
    if (!this.last || clock > formatHlc(this.last)) this.last = receive(this.last, remote, now, this.site());
    return true;
  }

  /** Whether a clock runs too far ahead to follow (it raises the ceiling instead). */
  tooFarAhead(clock: string): boolean {
    return parseHlc(clock).wall - this.now() > MAX_DRIFT_MS;
  }

  raiseCeiling(clock: string): void {
    if (!this.ceiling || clock > this.ceiling) {
      this.ceiling = clock;
      this.ceilingDirty = true;
    }
  }

  /**
   * The clock of a local change to one field: the transaction's, unless the field already holds a newer
   * clock (one beyond the drift limit that we did not follow): then just above that one, so the later
   * local edit still wins there and in every copy it reaches.
   */
  stampLocal(entity: EntityName, id: string, field: string, clock: string, known?: string | null): string {
    let top = known ?? null;
    if (this.ceiling && this.ceiling >= clock) {
      const logged = this.maxLoggedClock(entity, id, field);
      if (logged && (!top || logged > top)) top = logged;
    }
    if (!top || top < clock) return clock;
    const above = formatHlc(tick({ ...parseHlc(top) }, -1, this.site()));
    this.raiseCeiling(above);
    return above;
  }

  private maxLoggedClock(entity: EntityName, id: string, field: string): string | null {
    const r = this.stmts.get('SELECT clock FROM _change_log WHERE entity = ? AND row_id = ? AND field = ? ORDER BY clock DESC LIMIT 1').get(entity, id, field) as { clock: string } | undefined;
    return r?.clock ?? null;
  }

  /** Inside the writing transaction: keeps a raised ceiling in the file. */
  persist(): void {
    if (this.ceilingDirty && this.ceiling) this.stmts.get('INSERT OR REPLACE INTO _meta (key, value) VALUES (?, ?)').run(CEILING_KEY, this.ceiling);
  }

  /** After the writing transaction committed. */
  persisted(): void {
    this.ceilingDirty = false;
  }

  save(): ClockState {
    return { last: this.last, ceiling: this.ceiling, dirty: this.ceilingDirty };
  }

  restore(s: ClockState): void {
    this.last = s.last;
    this.ceiling = s.ceiling;
    this.ceilingDirty = s.dirty;
  }
}
