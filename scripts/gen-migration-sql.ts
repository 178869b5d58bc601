// Prints the v1 DDL implied by the model; its output was frozen into electron/store/migrations/001-initial.ts.
// A later schema change gets a new migration file, never an edit of an old one.
import { ENTITY_NAMES } from '../shared/model/registry.ts';
import { modelTableSql } from '../electron/store/columns.ts';

for (const n of ENTITY_NAMES) console.log(`${modelTableSql(n)};\n`);
