import {
  Alias,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Pair,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type Document,
  type Range,
} from 'yaml';
import { isRecord } from '../util/guards';
import { socialplanValue, toKind, type SocialDocument, type SourceText } from './document';
import { splitFrontmatter } from './frontmatter';
import { frontmatterSizeProblem } from './limits';
import { LineIndex } from './lines';
import { parseYaml } from './yaml-parse';

/**
 * Re-parsing a frontmatter after an edit confined to one top-level entry (typing in `title:`,
 * in one objective…): only that entry's lines go through the YAML parser; the entries before it
 * are kept as they were and the entries after it are copied with their ranges shifted. The result
 * is exactly what `parseSocialDocument` gives for the new text — same YAML tree (node classes,
 * values, ranges, comments, blank-line flags), same plain data, same kind — and
 * `test/core/document/frontmatter-edit.test.ts` checks it against a full parse on random documents and
 * edits. Returns `undefined` whenever that cannot be guaranteed cheaply, and the caller then does
 * a full parse: YAML errors or warnings before or after, the edit touching more than one entry,
 * the fences or the body, the indentation before the key, a changed key, a comment, an anchor or an alias in the edited entry, an
 * edit that changes whether the next key follows a blank line, an entry that does not parse alone
 * as one key of a block mapping at the same column.
 *
 * Why one entry can be parsed alone: in a block mapping, a top-level key starts a line, and
 * everything from that line to the next key's line belongs to that entry; parsed alone and
 * followed by a stand-in for the next key, it ends as it does in the whole text. What crosses
 * entries is handled: the comment and blank lines before the key are kept from the previous parse
 * (the text before the key did not change); the stand-in tells whether the next key still follows
 * a blank line; comments (which attach to the next key or to the mapping), anchors and aliases in
 * the entry, and a changed key (duplicates) make it fall back.
 */
export function reparseEditedEntry(previous: SocialDocument, source: SourceText): SocialDocument | undefined {
  if (source.invalidUtf8 || source.notUtf8Text || previous.syntaxProblems.length > 0) return undefined;
  const before = previous.yaml;
  const map = before.contents;
  if (!isMap(map) || map.flow || !map.range || !before.range || before.errors.length > 0 || before.warnings.length > 0)
    return undefined;

  const { text } = source;
  const old = previous.text;
  const split = splitFrontmatter(text);
  if (split.status !== 'closed' || split.yamlStart !== previous.yamlStart) return undefined;
  // An edit that takes the frontmatter past the limits: the full parse reports it.
  if (frontmatterSizeProblem(text, split.yamlStart, split.yamlEnd)) return undefined;
  const delta = text.length - old.length;
  if (split.bodyStart !== previous.bodyStart + delta) return undefined;
  const yamlStart = split.yamlStart;
  const oldYamlEnd = split.yamlEnd - delta;
  if (oldYamlEnd < yamlStart || old.slice(oldYamlEnd) !== text.slice(split.yamlEnd)) return undefined;

  // The smallest changed span, in offsets of the YAML text: [from, oldTo) became [from, oldTo + delta).
  const limit = Math.min(oldYamlEnd, split.yamlEnd);
  const first = commonPrefix(old, text, limit);
  if (first < yamlStart || (first === limit && delta === 0)) return undefined;
  const tail = commonSuffix(old, oldYamlEnd, text, split.yamlEnd, limit - first);
  const from = first - yamlStart;
  const oldTo = oldYamlEnd - tail - yamlStart;
  const oldLength = oldYamlEnd - yamlStart;

  // The top-level entry whose lines hold the change.
  const items = map.items;
  let index = -1;
  let chunkStart = 0;
  for (let i = 0; i < items.length; i++) {
    const start = entryStart(old, yamlStart, items[i]);
    if (start === undefined) return undefined;
    if (start > from) break;
    index = i;
    chunkStart = start;
  }
  if (index === -1) return undefined;
  const last = index === items.length - 1;
  const nextStart = last ? oldLength : entryStart(old, yamlStart, items[index + 1]);
  if (nextStart === undefined || oldTo > nextStart) return undefined;
  const chunkEnd = nextStart;
  const oldChunk = old.slice(yamlStart + chunkStart, yamlStart + chunkEnd);
  const newChunk = text.slice(yamlStart + chunkStart, yamlStart + chunkEnd + delta);
  if (!last && !newChunk.endsWith('\n')) return undefined;
  if (crossesEntries(oldChunk) || crossesEntries(newChunk)) return undefined;

  // Parse the entry alone — followed, unless it is the last one, by a stand-in for the next key, so
  // that it ends as it does in the whole text (an empty value before blank lines would otherwise
  // take them as its own). It must be one key of a block mapping, the same key at the same column.
  const oldKey = items[index].key as Scalar & { range: Range }; // checked by entryStart
  // An edit in the indentation before the key can add blank lines before it or move it: what
  // precedes the key must be the previous parse's, or the kept comment, flags and ranges are wrong.
  if (from < oldKey.range[0]) return undefined;
  const column = oldKey.range[0] - chunkStart;
  const part = parseYaml(last ? newChunk : `${newChunk}${' '.repeat(column)}${NEXT_KEY}:`);
  const partMap = part.contents;
  if (
    part.errors.length > 0 ||
    part.warnings.length > 0 ||
    part.comment ||
    part.commentBefore ||
    !isMap(partMap) ||
    partMap.flow ||
    partMap.items.length !== (last ? 1 : 2)
  )
    return undefined;
  const pair = partMap.items[0];
  const key = pair.key;
  if (!last && !sameStartAsNext(partMap.items[1].key, items[index + 1].key)) return undefined;
  if (
    !isScalar(key) ||
    !key.range ||
    key.range[0] !== column ||
    key.anchor ||
    key.tag ||
    key.commentBefore ||
    key.spaceBefore
  )
    return undefined;
  if (typeof key.value !== 'string' || key.value !== oldKey.value || key.value === '__proto__' || key.value === '<<')
    return undefined;

  let partData: unknown;
  try {
    partData = part.toJS({ maxAliasCount: 1000 });
  } catch {
    return undefined;
  }
  if (!isRecord(partData) || !Object.hasOwn(partData, key.value)) return undefined;

  // The new tree: the entries before, the re-parsed one, the entries after with shifted ranges.
  shiftTree(pair, chunkStart);
  if (oldKey.commentBefore !== undefined) key.commentBefore = oldKey.commentBefore;
  if (oldKey.spaceBefore !== undefined) key.spaceBefore = oldKey.spaceBefore;
  const newItems: unknown[] = items.slice(0, index);
  newItems.push(pair);
  for (let i = index + 1; i < items.length; i++) newItems.push(delta === 0 ? items[i] : shiftedCopy(items[i], delta));
  const partRange = partMap.range!;
  const contentsRange: Range = last
    ? [map.range[0], partRange[1] + chunkStart, partRange[2] + chunkStart]
    : [map.range[0], map.range[1] + delta, map.range[2] + delta];
  const documentRange: Range = last
    ? [before.range[0], part.range![1] + chunkStart, part.range![2] + chunkStart]
    : [before.range[0], before.range[1] + delta, before.range[2] + delta];
  Object.assign(partMap, map);
  partMap.items = newItems as typeof partMap.items;
  partMap.range = contentsRange;
  const yaml = part as unknown as Document.Parsed;
  yaml.range = documentRange;
  yaml.commentBefore = before.commentBefore;
  yaml.comment = before.comment;

  const data: Record<string, unknown> = { ...previous.data };
  data[key.value] = partData[key.value];
  const declared = socialplanValue(yaml, '');
  if (declared === undefined) return undefined;
  return {
    file: previous.file,
    text,
    kind: toKind(declared),
    openFence: previous.openFence,
    yamlStart,
    bodyStart: split.bodyStart,
    yaml,
    data,
    syntaxProblems: [],
    lines: new LineIndex(text),
  };
}

/*
 * Comparing slices (one native comparison each, bisecting) rather than character by character:
 * `charCodeAt` in a loop is several times slower, and much slower still on a concatenated string.
 */

/** Length of the common prefix of `a` and `b`, at most `limit`. */
function commonPrefix(a: string, b: string, limit: number): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (a.slice(low, middle) === b.slice(low, middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Length of the common suffix of `a.slice(0, aEnd)` and `b.slice(0, bEnd)`, at most `limit`. */
function commonSuffix(a: string, aEnd: number, b: string, bEnd: number, limit: number): number {
  let low = 0;
  let high = limit;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (a.slice(aEnd - middle, aEnd - low) === b.slice(bEnd - middle, bEnd - low)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The stand-in for the key after the edited entry (a parse where it clashes falls back). */
const NEXT_KEY = 'socialplan-next-entry';

/** Offset (in the YAML text) of the line where a top-level entry starts; `undefined` unless a plain `key:` line. */
function entryStart(text: string, yamlStart: number, pair: unknown): number | undefined {
  if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) return undefined;
  const keyStart = yamlStart + pair.key.range[0];
  let lineStart = keyStart;
  while (lineStart > yamlStart && text.charCodeAt(lineStart - 1) === 32) lineStart--;
  if (lineStart > yamlStart && text.charCodeAt(lineStart - 1) !== 10) return undefined;
  return lineStart - yamlStart;
}

/** A comment (`#` at a line start or after a blank), an anchor or an alias: things that tie entries together. */
function crossesEntries(chunk: string): boolean {
  return /(?:^|[ \t])#|[&*]/m.test(chunk);
}

/**
 * The blank lines that end an entry set `spaceBefore` on the next key — unless a `|+` block
 * scalar keeps them: the stand-in must get what the next key had.
 */
function sameStartAsNext(standIn: unknown, next: unknown): boolean {
  return (
    isScalar(standIn) &&
    standIn.value === NEXT_KEY &&
    isScalar(next) &&
    standIn.spaceBefore === next.spaceBefore &&
    !standIn.commentBefore &&
    !next.commentBefore
  );
}

function shift(range: Range, by: number): Range {
  return [range[0] + by, range[1] + by, range[2] + by];
}

/** Shifts the ranges of a freshly parsed subtree, in place (nobody else holds it). */
function shiftTree(node: unknown, by: number): void {
  if (isPair(node)) {
    shiftTree(node.key, by);
    shiftTree(node.value, by);
  } else if (isScalar(node) || isAlias(node) || isMap(node) || isSeq(node)) {
    if (node.range) node.range = shift(node.range, by);
    if (isMap(node) || isSeq(node)) for (const item of node.items) shiftTree(item, by);
  }
}

// The classes, read once: in a bundle every use of a named import of `yaml` goes through a getter.
const PAIR = Pair;
const SCALAR = Scalar;
const ALIAS = Alias;
const MAP = YAMLMap;
const SEQ = YAMLSeq;

/**
 * A copy of a subtree of the previous parse with shifted ranges; that parse is left untouched.
 * Hot (every node after the edited entry, on every keystroke): `instanceof` and a `for…in` copy
 * of the node's own fields rather than `isScalar()`… and `Object.assign`.
 */
function shiftedCopy(node: unknown, by: number): unknown {
  let copy: Record<string, unknown>;
  if (node instanceof SCALAR) copy = new SCALAR(node.value) as unknown as Record<string, unknown>;
  else if (node instanceof PAIR) copy = new PAIR(null) as unknown as Record<string, unknown>;
  else if (node instanceof MAP) copy = new MAP(node.schema) as unknown as Record<string, unknown>;
  else if (node instanceof SEQ) copy = new SEQ(node.schema) as unknown as Record<string, unknown>;
  else if (node instanceof ALIAS) copy = new ALIAS(node.source) as unknown as Record<string, unknown>;
  else return node;
  const source = node as unknown as Record<string, unknown>;
  for (const key in source) {
    const value = source[key];
    if (key === 'range') copy.range = shift(value as Range, by);
    else if (key === 'items') {
      const items = value as unknown[];
      const copied = new Array<unknown>(items.length);
      for (let i = 0; i < items.length; i++) copied[i] = shiftedCopy(items[i], by);
      copy.items = copied;
    } else if (key === 'key' || key === 'value') copy[key] = node instanceof PAIR ? shiftedCopy(value, by) : value;
    else copy[key] = value;
  }
  return copy;
}
