// Writes electron/store/SCHEMA.md from the model (npm run docs:schema).
import fs from 'node:fs';
import { schemaDoc } from '../electron/store/schema-doc.ts';

fs.writeFileSync(new URL('../electron/store/SCHEMA.md', import.meta.url), schemaDoc());
console.log('wrote electron/store/SCHEMA.md');
