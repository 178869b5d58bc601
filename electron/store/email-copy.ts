/**
 * The copy a plan is e-mailed as: every row and every change-log entry, with the log in a compact
 * encoding, so the copy fits a mail attachment limit and merges exactly as the working file would.
 *
 * Why the whole log and not only each field's newest entry: merging finds conflicts as the entries each
 * side has and the other lacks (merge.ts). An older entry that reached the sender after a newer one of
 * the same field (merged in from a third copy), or a delete the receiver never saw behind a newer
 * delete, is part of that difference; a copy that dropped it lists other conflicts than the full copy
 * (a property test found "they delete a task, I delete it, I merge theirs, they rename it"). Encoding
 * loses nothing, so there is nothing to get wrong; the size goes anyway, since most of the log is the
 * one entry per field that created each row, which pruning would not drop.
 *
 * The encoding: `_change_log` and its indexes stay (empty, so the schema stays ours); the entries are in
 * `_mail_log`, with sites, entity kinds and field names as integers into `_mail_name`, rows as integers
 * into `_mail_row`, and the clock split into wall time, counter and site (the text is kept only for a
 * clock not in the usual form, so decoding always gives back the same text). Opening the copy for
 * editing puts the entries back into `_change_log` and drops these tables (`expandEmailCopy`); merging
 * it reads them through `logSource`.
 */
import type Database from 'better-sqlite3';

export const MAIL_TABLES_SQL = `
CREATE TABLE _mail_name (
  id INTEGER PRIMARY KEY NOT NULL,
  name TEXT NOT NULL
);
CREATE TABLE _mail_row (
  id INTEGER PRIMARY KEY NOT NULL,
  entity INTEGER NOT NULL,
  row_id TEXT NOT NULL
);
CREATE TABLE _mail_log (
  seq INTEGER PRIMARY KEY NOT NULL,
  txn INTEGER NOT NULL,
  wall INTEGER,
  counter INTEGER,
  clock_site INTEGER,
  clock TEXT,
  site INTEGER NOT NULL,
  row INTEGER NOT NULL,
  field INTEGER NOT NULL,
  value TEXT,
  old TEXT,
  created INTEGER NOT NULL
);
`;

export const MAIL_TABLES = ['_mail_log', '_mail_row', '_mail_name'] as const;

/** The clock text as hlc.ts formats it, from the parts `_mail_log` keeps. */
const CLOCK_OF = (l: string, cs: string) => `printf('%015d-%05d-%s', ${l}.wall, ${l}.counter, ${cs}.name)`;

/** Whether a file (or an attached schema) holds an e-mail copy's log. */
export function isEmailCopy(db: Database.Database, schema = 'main'): boolean {
  return !!db.prepare(`SELECT 1 FROM ${schema}.sqlite_master WHERE type = 'table' AND name = '_mail_log'`).get();
}

/**
 * The change log of a file as a relation with `_change_log`'s columns, for reading in SQL: the table
 * itself, or for an e-mail copy its entries decoded.
 */
export function logSource(db: Database.Database, schema = 'main'): string {
  if (!isEmailCopy(db, schema)) return `${schema}._change_log`;
  const s = schema;
  return `(SELECT l.seq AS seq, l.txn AS txn, coalesce(l.clock, ${CLOCK_OF('l', 'cs')}) AS clock, st.name AS site, en.name AS entity,
    r.row_id AS row_id, fd.name AS field, l.value AS value, l.old AS old, l.created AS created
    FROM ${s}._mail_log l JOIN ${s}._mail_name st ON st.id = l.site LEFT JOIN ${s}._mail_name cs ON cs.id = l.clock_site
    JOIN ${s}._mail_row r ON r.id = l.row JOIN ${s}._mail_name en ON en.id = r.entity JOIN ${s}._mail_name fd ON fd.id = l.field)`;
}

/** Turns a fresh full copy (written by VACUUM INTO, open nowhere else) into the e-mail copy, in place. */
export function encodeEmailCopy(db: Database.Database): void {
  db.transaction(() => {
    db.exec(MAIL_TABLES_SQL);
    db.exec(`
      CREATE TEMP TABLE name_of (name TEXT PRIMARY KEY NOT NULL, id INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TEMP TABLE row_of (entity TEXT NOT NULL, row_id TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (entity, row_id)) WITHOUT ROWID;
      -- a clock is kept as parts only when the parts print back to the very same text
      CREATE TEMP TABLE parts (seq INTEGER PRIMARY KEY NOT NULL, wall INTEGER NOT NULL, counter INTEGER NOT NULL, clock_site TEXT NOT NULL);
      INSERT INTO parts SELECT seq, wall, counter, clock_site FROM (
        SELECT seq, clock, CAST(substr(clock, 1, 15) AS INTEGER) AS wall, CAST(substr(clock, 17, 5) AS INTEGER) AS counter, substr(clock, 23) AS clock_site
        FROM _change_log WHERE clock GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9]-?*')
        WHERE printf('%015d-%05d-%s', wall, counter, clock_site) = clock;
      INSERT INTO name_of (name, id) SELECT name, row_number() OVER (ORDER BY name) FROM (
        SELECT site AS name FROM _change_log UNION SELECT entity FROM _change_log UNION SELECT field FROM _change_log
        UNION SELECT clock_site FROM temp.parts);
      INSERT INTO _mail_name (id, name) SELECT id, name FROM name_of;
      INSERT INTO row_of (entity, row_id, id) SELECT entity, row_id, row_number() OVER (ORDER BY entity, row_id) FROM (SELECT DISTINCT entity, row_id FROM _change_log);
      INSERT INTO _mail_row (id, entity, row_id) SELECT r.id, n.id, r.row_id FROM row_of r JOIN name_of n ON n.name = r.entity;
      INSERT INTO _mail_log (seq, txn, wall, counter, clock_site, clock, site, row, field, value, old, created)
        SELECT c.seq, c.txn, p.wall, p.counter, cs.id, CASE WHEN p.seq IS NULL THEN c.clock END, st.id, r.id, fd.id, c.value, c.old, c.created
        FROM _change_log c LEFT JOIN temp.parts p ON p.seq = c.seq LEFT JOIN name_of cs ON cs.name = p.clock_site
        JOIN name_of st ON st.name = c.site JOIN row_of r ON r.entity = c.entity AND r.row_id = c.row_id JOIN name_of fd ON fd.name = c.field
        ORDER BY c.seq;
      DROP TABLE temp.parts;
      DROP TABLE temp.name_of;
      DROP TABLE temp.row_of;
      DELETE FROM _change_log;
    `);
  })();
  db.exec('VACUUM');
}

/** Puts an e-mail copy's log back into `_change_log` (a no-op for every other file); before migrations run. */
export function expandEmailCopy(db: Database.Database): void {
  if (!isEmailCopy(db)) return;
  db.transaction(() => {
    db.exec(`INSERT INTO _change_log (seq, txn, clock, site, entity, row_id, field, value, old, created)
      SELECT seq, txn, clock, site, entity, row_id, field, value, old, created FROM ${logSource(db)} ORDER BY seq`);
    for (const t of MAIL_TABLES) db.exec(`DROP TABLE ${t}`);
  })();
}
