import { type Document, Pair, parseDocument, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * A frontmatter of long lists of one-line records — a results document of five years of weekly
 * readings, a file `socialplan results import` wrote — read without the `yaml` parser's lexer,
 * parser and composer, which take about 30 ms per 100 KB of such lists (docs/limits.md, "Long
 * lists"). Only the plainest layout is read here: top-level `key: value` lines and `key:` lines
 * followed by `- { key: value, … }` items, each on its line, with words, dates, whole or decimal
 * numbers and double-quoted strings without escapes. Anything else — a comment, a blank line, a
 * block item, an anchor, a tab, CRLF, a `null` or a `true`, a number written otherwise — returns
 * `undefined` and the `yaml` parser reads the text. What is returned is what `yaml` returns for the
 * same text, node for node (classes, values, ranges, sources, types), which
 * `test/core/document/yaml-lists.test.ts` checks against it on chosen and random documents.
 */
export function parsePlainLists(
  text: string,
  options: Parameters<typeof parseDocument>[1],
): Document.Parsed | undefined {
  if (text.length === 0 || text.includes('\r') || text.includes('\t')) return undefined;
  const template = parseDocument('a: b\n', options);
  const root = new YAMLMap(template.schema);
  let at = 0;
  let seq: YAMLSeq | undefined;
  while (at < text.length) {
    const newline = text.indexOf('\n', at);
    const lineEnd = newline === -1 ? text.length : newline;
    const nodeEnd = newline === -1 ? text.length : newline + 1;
    if (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 45) {
      if (!seq) return undefined;
      const item = flowItem(text, at, lineEnd, nodeEnd, template.schema, seq);
      if (!item) return undefined;
    } else {
      const entry = topEntry(text, at, lineEnd, nodeEnd);
      if (!entry) return undefined;
      if (seq && seq.items.length === 0) return undefined;
      seq = entry.value === undefined ? new YAMLSeq(template.schema) : undefined;
      root.items.push(new Pair(entry.key, entry.value ?? seq));
    }
    at = nodeEnd;
  }
  if (seq && seq.items.length === 0) return undefined;
  root.range = [0, text.length, text.length];
  template.contents = root as never;
  template.range = [0, text.length, text.length];
  return template as Document.Parsed;
}

const KEY = /[A-Za-z_][A-Za-z0-9_-]*/y;

/** `key: value` or `key:` at the start of a line; `undefined` when the line is anything else. */
function topEntry(
  text: string,
  at: number,
  lineEnd: number,
  nodeEnd: number,
): { key: Scalar; value?: Scalar } | undefined {
  KEY.lastIndex = at;
  if (!KEY.test(text)) return undefined;
  const keyEnd = KEY.lastIndex;
  if (text.charCodeAt(keyEnd) !== 58) return undefined; // ':'
  const key = plainScalar(text.slice(at, keyEnd), [at, keyEnd, keyEnd]);
  if (keyEnd + 1 === lineEnd) return { key };
  if (text.charCodeAt(keyEnd + 1) !== 32) return undefined;
  const start = keyEnd + 2;
  const value = scalarAt(text, start, lineEnd, BLOCK_READERS);
  if (!value || value.end !== lineEnd) return undefined;
  value.node.range = [start, lineEnd, nodeEnd];
  return { key, value: value.node };
}

/** `- { key: value, … }` on its own line, at the column of the list's first item. */
function flowItem(
  text: string,
  at: number,
  lineEnd: number,
  nodeEnd: number,
  schema: YAMLMap['schema'],
  seq: YAMLSeq,
): boolean {
  let dash = at;
  while (text.charCodeAt(dash) === 32) dash++;
  if (text.charCodeAt(dash) !== 45 || text.charCodeAt(dash + 1) !== 32 || text.charCodeAt(dash + 2) !== 123)
    return false;
  if (seq.range && dash - at !== seq.range[0] - lineStart(text, seq.range[0])) return false;
  const map = flowMapAt(text, dash + 2, lineEnd, schema);
  if (!map || map.end !== lineEnd) return false;
  map.node.range = [dash + 2, lineEnd, nodeEnd];
  seq.items.push(map.node);
  seq.range = [seq.range ? seq.range[0] : dash, nodeEnd, nodeEnd];
  return true;
}

/** `{ key: value, … }` from the `{` at `open`, on one line; `end` is after its `}`. */
function flowMapAt(
  text: string,
  open: number,
  lineEnd: number,
  schema: YAMLMap['schema'],
): { node: YAMLMap; end: number } | undefined {
  const map = new YAMLMap(schema);
  map.flow = true;
  let position = open + 1;
  while (text.charCodeAt(position) === 32) position++;
  for (;;) {
    KEY.lastIndex = position;
    if (!KEY.test(text) || KEY.lastIndex > lineEnd) return undefined;
    const keyEnd = KEY.lastIndex;
    if (text.charCodeAt(keyEnd) !== 58 || text.charCodeAt(keyEnd + 1) !== 32) return undefined;
    const key = plainScalar(text.slice(position, keyEnd), [position, keyEnd, keyEnd]);
    const valueStart = keyEnd + 2;
    const value =
      text.charCodeAt(valueStart) === 123
        ? flowMapAt(text, valueStart, lineEnd, schema)
        : scalarAt(text, valueStart, lineEnd);
    if (!value) return undefined;
    let after = value.end;
    while (text.charCodeAt(after) === 32) after++;
    const next = text.charCodeAt(after);
    if (next !== 44 && next !== 125) return undefined;
    if (next === 44 && after !== value.end) return undefined;
    value.node.range = [valueStart, value.end, after];
    map.items.push(new Pair(key, value.node));
    if (next === 125) {
      map.range = [open, after + 1, after + 1];
      return { node: map, end: after + 1 };
    }
    position = after + 1;
    while (text.charCodeAt(position) === 32) position++;
  }
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

const WORD = /\p{L}[\p{L}\p{N} _./@+'’-]*/uy;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?/y;
const DATE = /[0-9]{4}-[0-9]{2}-[0-9]{2}/y;
const RESERVED = /^(?:true|false|null|yes|no|on|off)$/i;

/** A double-quoted string without escapes, a number, a date or words, from `start`; stops before `,` `}` or the line's end. */
function scalarAt(
  text: string,
  start: number,
  lineEnd: number,
  readers = FLOW_READERS,
): { node: Scalar; end: number } | undefined {
  if (text.charCodeAt(start) === 34) {
    const close = text.indexOf('"', start + 1);
    if (close === -1 || close >= lineEnd) return undefined;
    const inner = text.slice(start + 1, close);
    if (inner.includes('\\')) return undefined;
    const node = new Scalar(inner);
    node.source = inner;
    node.type = Scalar.QUOTE_DOUBLE;
    return { node, end: close + 1 };
  }
  for (const [pattern, read] of readers) {
    pattern.lastIndex = start;
    if (!pattern.test(text)) continue;
    let end = pattern.lastIndex;
    while (end > start && text.charCodeAt(end - 1) === 32) end--;
    const source = text.slice(start, end);
    let next = pattern.lastIndex;
    while (text.charCodeAt(next) === 32) next++;
    if (!endsScalar(text.charCodeAt(next), next, lineEnd)) return undefined;
    const node = read(source);
    return node ? { node, end } : undefined;
  }
  return undefined;
}

type Reader = [RegExp, (source: string) => Scalar | undefined];

const FLOW_READERS: Reader[] = [
  [DATE, (source) => plainScalar(source)],
  [NUMBER, (source) => numberScalar(source)],
  [WORD, (source) => (RESERVED.test(source) ? undefined : plainScalar(source))],
];

// Outside braces, a plain value may hold commas too (`title: Results, November 2027`).
const BLOCK_WORDS = /\p{L}[\p{L}\p{N} _./@+'’,-]*/uy;
const BLOCK_READERS: Reader[] = [...FLOW_READERS.slice(0, 2), [BLOCK_WORDS, FLOW_READERS[2][1]]];

/** What may follow a scalar: the line's end, spaces, `,` or `}`; a word that runs into `:` or `#` is no plain scalar here. */
function endsScalar(code: number, at: number, lineEnd: number): boolean {
  return at === lineEnd || code === 44 || code === 125;
}

function plainScalar(source: string, range?: [number, number, number]): Scalar {
  const node = new Scalar(source);
  if (range) node.range = range;
  node.source = source;
  node.type = Scalar.PLAIN;
  return node;
}

/** As the core schema reads it: a whole number, or a decimal one keeping its trailing zeros' count. */
function numberScalar(source: string): Scalar {
  const node = new Scalar(Number(source));
  const dot = source.indexOf('.');
  if (dot !== -1 && source.endsWith('0')) node.minFractionDigits = source.length - dot - 1;
  node.source = source;
  node.type = Scalar.PLAIN;
  return node;
}
