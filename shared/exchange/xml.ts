/**
 * XML from other programs, read safely: fast-xml-parser resolves no external entities, and a file that
 * declares a DOCTYPE or entities is refused before parsing (no XXE, no external DTD, no billion
 * laughs). Only XML's five predefined entities and character references are expanded.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { PlannerError } from '../errors.ts';

/** Elements that may repeat in MSPDI and .gan files: always read as arrays so one child looks like many. */
const REPEATED = new Set([
  'Task', 'PredecessorLink', 'Resource', 'Assignment', 'Calendar', 'Exception', 'WeekDay', 'ExtendedAttribute', 'Baseline', 'TimephasedData',
  'task', 'depend', 'resource', 'allocation', 'date', 'taskproperty', 'customproperty', 'role', 'vacation',
]);

/** Real project files nest a few levels (GanttProject: one per outline level); a deep file is an attack on the stack. */
export const MAX_DEPTH = 100;

const NAMED: Record<string, string> = { amp: '&', apos: "'", gt: '>', lt: '<', quot: '"' };

/**
 * XML's own decoding: the five predefined entities and character references (&#10; &#x4e2d;), in one
 * pass so "&amp;#67;" stays "&#67;". The parser's default leaves character references undecoded, and
 * its HTML table knows names XML does not. Files declaring entities never get here.
 */
const xmlEntities = {
  decode: (text: string) =>
    text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
      if (ref[0] !== '#') return NAMED[ref] ?? whole;
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }),
  setExternalEntities: () => {},
  addInputEntities: () => {},
  reset: () => {},
  setXmlVersion: () => {},
};

const parser = new XMLParser({
  maxNestedTags: MAX_DEPTH,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  entityDecoder: xmlEntities,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => REPEATED.has(name),
});

/** Comments and CDATA may mention "<!DOCTYPE" as text; markup outside them may not. */
function declaresDtd(text: string): boolean {
  const markup = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  return /<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)\b/i.test(markup);
}

/** Whether elements nest deeper than `limit` (tags counted outside comments and CDATA; self-closing ones do not nest). */
function depthOver(text: string, limit: number): boolean {
  const markup = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  let depth = 0;
  for (const m of markup.matchAll(/<(\/?)[A-Za-z_][^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else if (!m[2] && ++depth > limit) return true;
  }
  return false;
}

export interface XmlDocument {
  /** the root element's name */
  root: string;
  /** its xmlns attribute, '' when none */
  namespace: string;
  /** the root element's content as fast-xml-parser gives it (attributes under "@_name") */
  body: unknown;
}

export function parseXml(text: string): XmlDocument {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (!trimmed.startsWith('<')) throw new PlannerError('IMPORT_NOT_XML');
  if (declaresDtd(trimmed)) throw new PlannerError('IMPORT_DTD');
  const valid = XMLValidator.validate(trimmed);
  if (valid !== true) throw new PlannerError('IMPORT_MALFORMED', { line: valid.err.line, detail: valid.err.msg });
  // the parser enforces the depth limit while it reads: count it first so the refusal has its own code
  if (depthOver(trimmed, MAX_DEPTH)) throw new PlannerError('IMPORT_TOO_DEEP', { limit: MAX_DEPTH });
  const doc = parser.parse(trimmed) as Record<string, unknown>;
  const roots = Object.keys(doc);
  if (roots.length !== 1) throw new PlannerError('IMPORT_MALFORMED', { line: 1, detail: 'the document must have exactly one root element' });
  const root = roots[0]!;
  const body = doc[root];
  const namespace = body && typeof body === 'object' && typeof (body as Record<string, unknown>)['@_xmlns'] === 'string' ? ((body as Record<string, unknown>)['@_xmlns'] as string) : '';
  return { root, namespace, body };
}
