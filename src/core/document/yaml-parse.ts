import { isScalar, parseDocument, visit, YAMLParseError, type Document } from 'yaml';

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

export function parseYaml(text: string): Document.Parsed {
  const yaml = parseDocument(text, YAML_OPTIONS);
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
