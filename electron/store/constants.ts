/** `PRAGMA application_id` of every plan file: "CPLN" in ASCII, so `file` and SQLite tools can tell our files apart. */
export const APPLICATION_ID = 0x43504c4e;
/** The schema version this build writes; `PRAGMA user_version` of a current plan file. */
export const SCHEMA_VERSION = 4;
export const PLAN_EXTENSION = '.cplan';
