/**
 * An imported file's bytes → the project it holds, for a format the user named. Every refusal is a
 * PlannerError with its own code (too large, not text, not XML, DTD, malformed, wrong format, bad
 * structure), so a bad file changes nothing and says why.
 */
import { PlannerError } from '../errors.ts';
import { readGan } from './gan.ts';
import { MSPDI_NAMESPACE, readMspdi } from './mspdi.ts';
import { IMPORT_MAX_BYTES, type ImportedProject } from './project.ts';
import { binaryKind, decodeText } from './text.ts';
import { parseXml, type XmlDocument } from './xml.ts';

export { IMPORT_MAX_BYTES };

const FORMAT_NAMES = { mspdi: 'MS Project XML', gan: 'GanttProject (.gan)' } as const;

function looksLike(doc: XmlDocument): string {
  if (doc.root === 'Project' && doc.namespace === MSPDI_NAMESPACE) return FORMAT_NAMES.mspdi;
  if (doc.root === 'project' && doc.body && typeof doc.body === 'object' && 'tasks' in doc.body) return FORMAT_NAMES.gan;
  return `XML with root element <${doc.root}>`;
}

export function readProjectFile(bytes: Uint8Array, format: 'mspdi' | 'gan'): ImportedProject {
  if (bytes.length > IMPORT_MAX_BYTES) {
    throw new PlannerError('IMPORT_TOO_LARGE', { size: (bytes.length / 1024 / 1024).toFixed(1), limit: IMPORT_MAX_BYTES / 1024 / 1024 });
  }
  const binary = binaryKind(bytes);
  if (binary) throw new PlannerError('IMPORT_NOT_TEXT', { kind: binary });
  const doc = parseXml(decodeText(bytes).text);
  const found = looksLike(doc);
  if (found !== FORMAT_NAMES[format]) throw new PlannerError('IMPORT_WRONG_FORMAT', { expected: FORMAT_NAMES[format], found });
  return format === 'mspdi' ? readMspdi(doc) : readGan(doc);
}
