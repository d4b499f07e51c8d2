import { isScalar, parseDocument, visit, YAMLParseError, type Document } from 'yaml';
import { append } from '../util/arrays';
import { unclosedOpening } from './yaml-unclosed';
import { parsePlainLists } from './yaml-lists';

/**
 * How every frontmatter and config file is parsed: YAML 1.2, core schema. `uniqueKeys` is off
 * because `yaml` checks it by comparing each key with every key before it in its mapping: a
 * frontmatter of 100,000 keys took 80 s. `parseYaml` makes the same check with one map per mapping
 * and reports it as `yaml` does (DUPLICATE_KEY, "Map keys must be unique", at the key), at every
 * occurrence of the key where `yaml` reports the second and later ones only.
 */
export const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  prettyErrors: false,
  uniqueKeys: false,
  logLevel: 'error',
} as const;

/** Below this size the `yaml` parser takes under a millisecond or two: long lists only take the plain path. */
const PLAIN_LISTS_FROM = 8_000;

export function parseYaml(text: string): Document.Parsed {
  const yaml =
    (text.length >= PLAIN_LISTS_FROM ? parsePlainLists(text, YAML_OPTIONS) : undefined) ??
    parseDocument(text, YAML_OPTIONS);
  // A runaway nesting is reported once by document.ts; closing its brackets one by one would parse it again for nothing.
  if (yaml.errors.length > 0 && !yaml.errors.some((error) => error.code === 'RESOURCE_EXHAUSTION')) {
    const explained = withoutFollowOnErrors(yaml, text);
    yaml.errors.splice(0, yaml.errors.length);
    append(yaml.errors, keysUnderValuesMerged(explained, text));
  }
  const duplicates = duplicateKeyErrors(yaml, text);
  if (duplicates.length === 0) return yaml;
  // In document order among the parser's own errors, as `yaml` reports them: a duplicate key
  // before an error at the same place (the key is checked before its value is read). One merge:
  // a frontmatter may repeat a key tens of thousands of times.
  const parserErrors = yaml.errors.splice(0, yaml.errors.length);
  let next = 0;
  for (const duplicate of duplicates) {
    while (next < parserErrors.length && parserErrors[next].pos[0] < duplicate.pos[0])
      yaml.errors.push(parserErrors[next++]);
    yaml.errors.push(duplicate);
  }
  while (next < parserErrors.length) yaml.errors.push(parserErrors[next++]);
  return yaml;
}

/**
 * A key that occurs more than once in one mapping. Every occurrence is an error, the first one
 * too: whoever types a key that already exists further down sees the squiggle where they type
 * (as VS Code's JSON support marks every copy). `occurrences` holds where each copy of the key
 * starts, in document order, this one at `copy`; `key` is its text.
 */
export class DuplicateKeyError extends YAMLParseError {
  constructor(
    readonly key: string,
    readonly occurrences: readonly number[],
    readonly copy: number,
  ) {
    const at = occurrences[copy];
    super([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique');
  }
}

/**
 * `yaml`'s rule: two keys of one mapping clash when they are scalars of the same value (NaN never
 * does). One error per occurrence of a clashing key, the first included; one map per mapping.
 */
function duplicateKeyErrors(yaml: Document, text: string): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  visit(yaml, {
    Map(_key, map) {
      const keys = new Map<unknown, { key: string; starts: number[] }>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || !key.range || (typeof key.value === 'number' && Number.isNaN(key.value))) continue;
        const at = keyStart(text, key.range[0], key.range[0] === key.range[1]);
        const seen = keys.get(key.value);
        if (seen) seen.starts.push(at);
        else keys.set(key.value, { key: text.slice(key.range[0], key.range[1]), starts: [at] });
      }
      for (const { key, starts } of keys.values()) {
        if (starts.length < 2) continue;
        for (let copy = 0; copy < starts.length; copy++) errors.push(new DuplicateKeyError(key, starts, copy));
      }
    },
  });
  return errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

/**
 * Where `yaml` puts a key: its node's start, except for an empty key (`: value`), whose node sits
 * before the blanks, line breaks, comments and `?` that come before its `:`; `yaml` points at the `:`.
 */
function keyStart(text: string, start: number, empty: boolean): number {
  let at = start;
  if (!empty) return at;
  while (at < text.length) {
    if (' \t\r\n?'.includes(text[at])) at++;
    else if (text[at] === '#') while (at < text.length && text[at] !== '\n') at++;
    else break;
  }
  return at;
}

/** At most this many unclosed quotes or brackets are closed to tell their follow-on errors apart (one parse each). */
const MAX_CLOSED_OPENINGS = 3;

/**
 * The parser's errors less those that an unclosed quote or bracket explains. Once `yaml` gives up
 * on an unclosed `[`, `{` or quote it reads the lines after it from a confused state, and reports
 * them as keys spanning lines or nested blocks used as keys: lines that are fine, with wrong
 * advice. To tell them from independent mistakes, the text is parsed again with the construct
 * closed where its closing character belongs (yaml-unclosed.ts): an error after the opening that
 * this parse no longer reports was caused by it. The unclosed error itself is kept, and everything
 * before the opening.
 */
function withoutFollowOnErrors(yaml: Document.Parsed, text: string): YAMLParseError[] {
  let errors: YAMLParseError[] = yaml.errors.slice();
  let current = { yaml: yaml as Document, text };
  // Where closing characters were added to `current.text`, in its offsets, to map errors back.
  const insertions: number[] = [];
  const original = (at: number) => at - insertions.filter((inserted) => inserted < at).length;
  let from = 0;
  for (let closed = 0; closed < MAX_CLOSED_OPENINGS; closed++) {
    const found = firstOpening(current.yaml, current.text, from);
    if (!found) break;
    const { error, opening } = found;
    const repairedText = current.text.slice(0, opening.end) + opening.closer + current.text.slice(opening.end);
    const repaired = parseDocument(repairedText, YAML_OPTIONS);
    const insertion = opening.end;
    const inRepaired = (at: number) => (at > insertion ? at - 1 : at);
    const stillReported = new Set(
      repaired.errors.map((other) => `${other.code}|${original(inRepaired(other.pos[0]))}`),
    );
    const openedAt = original(opening.start);
    const unclosedAt = original(error.pos[0]);
    errors = errors.filter(
      (kept) =>
        kept.pos[0] < openedAt ||
        (kept.code === error.code && kept.pos[0] === unclosedAt) ||
        stillReported.has(`${kept.code}|${kept.pos[0]}`),
    );
    insertions.push(insertion);
    current = { yaml: repaired, text: repairedText };
    from = opening.end + 1;
  }
  return errors;
}

/** The first unclosed quote or bracket opened at or after `from`, with the error that reports it. */
function firstOpening(yaml: Document, text: string, from: number) {
  for (const error of yaml.errors) {
    const opening = unclosedOpening(yaml, text, error);
    if (opening && opening.start >= from) return { error, opening };
  }
  return undefined;
}

/**
 * A key indented under a plain value (`title: Spring launch` then `  client: Rive-Sud`): YAML reads
 * the value and the indented line as one key spanning two lines, and `yaml` reports it twice, as a
 * nested block used as a key and as a key on several lines, both at the value. It is one mistake,
 * made on the indented line: one error there, at the key of that line.
 */
export class KeyUnderValueError extends YAMLParseError {
  /** `multiline`: the parser's error for the key on several lines, which this one replaces. */
  constructor(
    at: number,
    readonly multiline: YAMLParseError,
  ) {
    super([at, multiline.pos[1]], 'MULTILINE_IMPLICIT_KEY', multiline.message);
  }
}

function keysUnderValuesMerged(errors: readonly YAMLParseError[], text: string): YAMLParseError[] {
  const nestedAt = new Set<number>();
  for (const error of errors) if (error.code === 'BLOCK_AS_IMPLICIT_KEY') nestedAt.add(error.pos[0]);
  const multilineAt = new Set<number>();
  for (const error of errors) if (error.code === 'MULTILINE_IMPLICIT_KEY') multilineAt.add(error.pos[0]);
  const merged: YAMLParseError[] = [];
  for (const error of errors) {
    const both = nestedAt.has(error.pos[0]) && multilineAt.has(error.pos[0]);
    if (!both) merged.push(error);
    else if (error.code === 'MULTILINE_IMPLICIT_KEY') merged.push(indentedKeyError(error, text));
  }
  return merged;
}

/** The error moved to the key of the last line the multi-line key takes, where the indentation is wrong. */
function indentedKeyError(error: YAMLParseError, text: string): YAMLParseError {
  const [start, end] = error.pos;
  const lastLine = text.lastIndexOf('\n', end - 1);
  if (lastLine < start) return error;
  let at = lastLine + 1;
  while (at < end && text[at] === ' ') at++;
  return at < end ? new KeyUnderValueError(at, error) : error;
}
