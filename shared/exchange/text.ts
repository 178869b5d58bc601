/**
 * Bytes of an imported file as text. Chinese Excel and WPS save CSV in GBK/GB18030 without saying so,
 * so 'auto' reads UTF-8 (with or without BOM) and UTF-16 with a BOM, and falls back to GB18030 (a
 * superset of GBK) when the bytes are not valid UTF-8. The user may also pick the encoding.
 */
export const ENCODINGS = ['auto', 'utf-8', 'gb18030'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export interface DecodedText {
  text: string;
  /** the encoding actually used */
  used: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

export function decodeText(bytes: Uint8Array, encoding: Encoding = 'auto'): DecodedText {
  if (encoding === 'gb18030') return { text: new TextDecoder('gb18030').decode(bytes), used: 'gb18030' };
  if (encoding === 'utf-8') return { text: new TextDecoder('utf-8').decode(bytes), used: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), used: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), used: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), used: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), used: 'gb18030' };
  }
}

/** What a binary file is, from its first bytes (for the error message); null when it may be text. */
export function binaryKind(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'PNG image';
  if (starts(0xff, 0xd8, 0xff)) return 'JPEG image';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'PDF document';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'ZIP archive (e.g. .xlsx, .mpp exported as zip)';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'OLE document (e.g. .mpp, .xls)';
  if (starts(0x53, 0x51, 0x4c, 0x69, 0x74, 0x65)) return 'SQLite database';
  // UTF-16 text has NULs too; it starts with a BOM
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  const head = bytes.subarray(0, 8192);
  return head.includes(0) ? 'binary file' : null;
}

/** Base64 of bytes and back, without Node's Buffer (this module also runs in the browser). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
