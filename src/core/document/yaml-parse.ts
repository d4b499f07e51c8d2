import { isScalar, parseDocument, visit, YAMLParseError, type Document } from 'yaml';

/**
 * How every frontmatter and config file is parsed: YAML 1.2, core schema. `uniqueKeys` is off
 * because `yaml` checks it by comparing each key with every key before it in its mapping: a
 * frontmatter of 100,000 keys took 80 s. `parseYaml` makes the same check with one set per mapping
 * and reports it as `yaml` does (DUPLICATE_KEY, "Map keys must be unique", at the key).
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
  // In document order among the parser's own errors, as `yaml` reports them: a duplicate key
  // before an error at the same place (the key is checked before its value is read).
  for (const duplicate of duplicates) {
    const index = yaml.errors.findIndex((error) => error.pos[0] >= duplicate.pos[0]);
    yaml.errors.splice(index === -1 ? yaml.errors.length : index, 0, duplicate);
  }
  return yaml;
}

/** `yaml`'s rule: two keys of one mapping clash when they are scalars of the same value (NaN never does). */
function duplicateKeyErrors(yaml: Document, text: string): YAMLParseError[] {
  const errors: YAMLParseError[] = [];
  visit(yaml, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || !key.range || (typeof key.value === 'number' && Number.isNaN(key.value))) continue;
        if (seen.has(key.value)) {
          const at = keyStart(text, key.range[0], key.range[0] === key.range[1]);
          errors.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        } else seen.add(key.value);
      }
    },
  });
  return errors;
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
