import type { Localized, TextEdit } from '../types';
import { decodeBytes } from '../workspace/host';
import { applyEdits } from './fixes';

/** Why a file's fixes could not be written into its bytes. */
export const NOT_THE_TEXT_READ: Localized = {
  en: 'it changed since it was read',
  fr: 'il a changé depuis sa lecture',
};
export const NOT_PLAIN_UTF8: Localized = {
  en: 'it is not plain UTF-8 text, which a fix could not edit without changing other bytes',
  fr: 'ce n’est pas du texte UTF-8 simple, qu’une correction ne saurait modifier sans toucher à d’autres octets',
};

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const LF = 0x0a;
const CR = 0x0d;

/**
 * A file's bytes with the edits of its fixes written in, and no other byte changed
 * (docs/authoring.md, "Encodings and line endings"): its byte order mark, its line endings (LF,
 * CRLF, mixed, or classic Mac CR, which the engine reads as CRLF), its last line with or without a
 * break stay as they were. `edits` are offsets into `text`, the text `decodeBytes` made of `bytes`
 * (without the byte order mark). Returns a reason instead when `bytes` no longer decode to `text`
 * (changed on disk since), or are not UTF-8 that decodes without loss (invalid UTF-8, UTF-16, a NUL
 * byte): no edit could then be placed exactly.
 */
export function editBytes(bytes: Uint8Array, text: string, edits: readonly TextEdit[]): Uint8Array | Localized {
  const decoded = decodeBytes(bytes);
  if (decoded === 'binary' || decoded.invalidUtf8 || decoded.notUtf8Text) return NOT_PLAIN_UTF8;
  if (decoded.text !== text) return NOT_THE_TEXT_READ;
  const bom = UTF8_BOM.every((byte, index) => bytes[index] === byte) ? UTF8_BOM.length : 0;
  // Read as CRLF (decodeBytes): every LF of the text is one the file does not have.
  const crOnly = bytes.includes(CR) && !bytes.includes(LF);
  const ordered = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const pieces: Uint8Array[] = [];
  let textAt = 0;
  let byteAt = bom;
  let copiedTo = 0;
  for (const edit of ordered) {
    const start = byteAt + byteLength(text.slice(textAt, edit.range.start), crOnly);
    const end = start + byteLength(text.slice(edit.range.start, edit.range.end), crOnly);
    pieces.push(bytes.subarray(copiedTo, start), encode(edit.newText, crOnly));
    [textAt, byteAt, copiedTo] = [edit.range.end, end, end];
  }
  pieces.push(bytes.subarray(copiedTo));
  const result = Buffer.concat(pieces);
  // What is written reads back as the fixed text, or nothing is written.
  const reread = decodeBytes(result);
  if (reread === 'binary' || reread.text !== applyEdits(text, edits)) return NOT_PLAIN_UTF8;
  return result;
}

function byteLength(text: string, crOnly: boolean): number {
  const length = Buffer.byteLength(text, 'utf8');
  return crOnly ? length - countLineFeeds(text) : length;
}

function countLineFeeds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function encode(text: string, crOnly: boolean): Uint8Array {
  return Buffer.from(crOnly ? text.replace(/\r?\n/g, '\r') : text, 'utf8');
}
