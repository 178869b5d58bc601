import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../electron/services/import/cli-import.ts';
import { previewImport } from '../../../electron/services/import/preview-import.ts';
import { PlanService } from '../../../electron/services/plan-service.ts';
import { toBase64 } from '../../../shared/exchange/text.ts';
import { PlannerError } from '../../../shared/errors.ts';
import { fixture, freshPlan, tempDir, writer } from './helpers.ts';

const gan = (tasks: string) => `<?xml version="1.0" encoding="UTF-8"?><project name="x" version="3.2.3240"><tasks>${tasks}</tasks></project>`;
const utf8 = (s: string) => new TextEncoder().encode(s);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<project name="&lol4;"><tasks><task id="1" name="&lol4;" start="2026-03-02" duration="1"/></tasks></project>`;

const CASES: [string, 'mspdi' | 'gan', Uint8Array, string][] = [
  ['malformed XML (an unclosed element)', 'mspdi', utf8('<Project xmlns="http://schemas.microsoft.com/project"><Tasks><Task><UID>1</UID></Tasks></Project>'), 'IMPORT_MALFORMED'],
  ['an XXE entity reading a local file', 'gan', utf8(`<?xml version="1.0"?><!DOCTYPE project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${gan('<task id="1" name="&xxe;" start="2026-03-02" duration="1"/>').replace(/^<\?xml[^>]*\?>/, '')}`), 'IMPORT_DTD'],
  ['an external DTD', 'mspdi', utf8('<?xml version="1.0"?><!DOCTYPE Project SYSTEM "http://127.0.0.1:9/project.dtd"><Project xmlns="http://schemas.microsoft.com/project"><Tasks/></Project>'), 'IMPORT_DTD'],
  ['billion laughs', 'gan', utf8(LAUGHS), 'IMPORT_DTD'],
  ['a file over the size limit', 'gan', utf8(gan(`<task id="1" name="${'x'.repeat(9 * 1024 * 1024)}" start="2026-03-02" duration="1"/>`)), 'IMPORT_TOO_LARGE'],
  ['a .gan file given as MS Project XML', 'mspdi', fixture('new-product-launch.gan'), 'IMPORT_WRONG_FORMAT'],
  ['an MS Project file given as .gan', 'gan', fixture('spring-launch.xml'), 'IMPORT_WRONG_FORMAT'],
  ['a PNG image', 'gan', PNG, 'IMPORT_NOT_TEXT'],
  ['a CSV file', 'mspdi', utf8('name,start\nShoot,2026-03-02\n'), 'IMPORT_NOT_XML'],
  ['a task without a start date', 'gan', utf8(gan('<task id="1" name="Shoot" duration="1"/>')), 'IMPORT_STRUCTURE'],
  ['a task with a date that is not one', 'gan', utf8(gan('<task id="1" name="Shoot" start="March" duration="1"/>')), 'IMPORT_STRUCTURE'],
  ['an MS Project file without tasks', 'mspdi', utf8('<Project xmlns="http://schemas.microsoft.com/project"><Name>x</Name><Tasks/></Project>'), 'IMPORT_EMPTY'],
  ['tasks nested thousands deep', 'gan', utf8(gan(`${'<task id="1" name="a" start="2026-03-02" duration="1">'.repeat(5000)}${'</task>'.repeat(5000)}`)), 'IMPORT_TOO_DEEP'],
];

describe('hostile and wrong files', () => {
  it.each(CASES)('%s: refused through PlannerApi with its own code, the plan file byte-identical', async (_what, format, bytes, code) => {
    const plan = freshPlan();
    const file = plan.path;
    plan.close();
    const service = new PlanService({ author: 'Tester', siteId: 'site-tester' });
    expect((await service.openPlan({ path: file })).ok).toBe(true);
    const before = fs.readFileSync(file);
    const r = await service.previewImport({ format, data: toBase64(bytes) });
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
    // nothing of the entities made it into the message
    if (!r.ok) expect(r.error.message).not.toMatch(/root:|lollol/);
    service.dispose();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it.each(CASES)('%s: refused by cplan import, the plan file byte-identical', (_what, format, bytes, code) => {
    const plan = freshPlan();
    const file = plan.path;
    plan.close();
    const source = path.join(tempDir(), 'in.file');
    fs.writeFileSync(source, bytes);
    const before = fs.readFileSync(file);
    let caught: unknown;
    try {
      importFile(source, format, file, { dryRun: false, json: false, writer: writer() });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PlannerError);
    expect((caught as PlannerError).code).toBe(code);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reads a file whose notes only mention a DOCTYPE (inside CDATA): text is not markup', () => {
    const plan = freshPlan();
    const bytes = utf8(gan('<task id="1" name="Shoot" start="2026-03-02" duration="2"><notes><![CDATA[<!DOCTYPE x [<!ENTITY a "b">]> &amp;]]></notes></task>'));
    const p = previewImport(plan, 'gan', bytes);
    expect(p.changes.find((c) => c.field === 'notes')?.value).toBe('<!DOCTYPE x [<!ENTITY a "b">]> &amp;');
    plan.close();
  });
});
