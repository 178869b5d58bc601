import type Database from 'better-sqlite3';

/** Prepared statements by their SQL, each prepared once per open file: preparing was a large part of a small edit. */
export class Statements {
  private readonly cache = new Map<string, Database.Statement>();

  readonly db: Database.Database;

  constructor(db: Database.Database) {
    this.db = db;
  }

  get(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }
}
