import { isMap, isScalar, type Node } from 'yaml';
import { parseSocialDocument, type SocialDocument } from './document';
import type { TextEdit } from '../types';
import { locate, type DataPath } from './yaml-location';

/**
 * Precise text edits on a frontmatter, so fixes keep the author's comments, quoting and layout
 * (re-serialising the YAML would not).
 */

/**
 * Replaces the value at `path` (which must exist) with `newText`, written as YAML. A block value
 * (`|`, `>-`, a block list or mapping) ends with its line break, and may end with blank lines: only
 * its own text is replaced, so the next key or the closing `---` stays on its own line. An edit
 * that spans lines is checked by parsing its result, and not offered if the YAML would break.
 */
export function replaceValue(document: SocialDocument, path: DataPath, newText: string): TextEdit | undefined {
  const found = locate(document, path);
  if (found.depth !== path.length) return undefined;
  if (found.value) {
    const { start } = found.value;
    let end = found.value.end;
    while (end > start && /\s/.test(document.text[end - 1])) end--;
    const edit = { file: document.file, range: { start, end }, newText };
    const spansLines = /[\r\n]/.test(document.text.slice(start, end)) || /[\r\n]/.test(newText);
    return spansLines ? keptWellFormed(document, path, edit) : edit;
  }
  // `key:` with nothing after it: put the value after the colon.
  if (found.key) {
    const colon = document.text.indexOf(':', found.key.end);
    const at = colon === -1 ? found.key.end : colon + 1;
    return { file: document.file, range: { start: at, end: at }, newText: ` ${newText}` };
  }
  return undefined;
}

/** The edit, when its result still parses as it did (no new syntax problem) and still has `path`. */
function keptWellFormed(document: SocialDocument, path: DataPath, edit: TextEdit): TextEdit | undefined {
  const text = document.text.slice(0, edit.range.start) + edit.newText + document.text.slice(edit.range.end);
  const after = parseSocialDocument(document.file, { text });
  if (!after || after.syntaxProblems.length > document.syntaxProblems.length) return undefined;
  return locate(after, path).depth === path.length ? edit : undefined;
}

/**
 * Adds `key: valueText` to the mapping at `mapPath` (`[]` for the frontmatter root), after its
 * last entry, with the same indentation. `valueText` may span lines (already indented relative
 * to the key). Returns `undefined` when the mapping is not there, or when a block insertion
 * (a `valueText` over several lines, or after a block scalar) would break the YAML.
 */
export function insertKey(
  document: SocialDocument,
  mapPath: DataPath,
  key: string,
  valueText: string,
): TextEdit | undefined {
  const node = mapPath.length === 0 ? document.yaml.contents : locate(document, mapPath).valueNode;
  if (mapPath.length === 0 && (node === null || node === undefined)) {
    return {
      file: document.file,
      range: { start: document.yamlStart, end: document.yamlStart },
      newText: `${key}: ${valueText}\n`,
    };
  }
  if (!isMap(node) || !node.range) return undefined;
  const start = document.yamlStart + node.range[0];
  if (node.flow) {
    const last = node.items.at(-1);
    const lastNode = (last?.value ?? last?.key) as Node | undefined;
    if (lastNode?.range) {
      const after = document.yamlStart + lastNode.range[1];
      return { file: document.file, range: { start: after, end: after }, newText: `, ${key}: ${valueText}` };
    }
    const close = document.yamlStart + node.range[1] - 1;
    return { file: document.file, range: { start: close, end: close }, newText: ` ${key}: ${valueText} ` };
  }
  const indent = ' '.repeat(start - document.lines.lineRangeAt(start).start);
  const end = endOfLastLine(document, node);
  const newline = frontmatterNewline(document);
  const block = valueText.split('\n').join(`${newline}${indent}`);
  const edit = {
    file: document.file,
    range: { start: end, end },
    newText: `${newline}${indent}${key}:${block.startsWith(newline) ? '' : ' '}${block}`,
  };
  // Where the text around the insertion is not one plain line, the result is parsed before it is offered.
  const lastValue = node.items.at(-1)?.value;
  const afterBlockScalar = isScalar(lastValue) && /^BLOCK_/.test(String(lastValue.type));
  return valueText.includes('\n') || afterBlockScalar ? keptWellFormed(document, [...mapPath, key], edit) : edit;
}

/**
 * The frontmatter's own line break, not the body's: the findings of a document (and their fixes)
 * depend on its frontmatter alone, and the linter keeps them while only the body is edited.
 */
export function frontmatterNewline(document: SocialDocument): '\r\n' | '\n' {
  // Searching back from the body's start reads the frontmatter only, never the body.
  return document.bodyStart >= 2 && document.text.lastIndexOf('\r\n', document.bodyStart - 2) !== -1 ? '\r\n' : '\n';
}

/** Offset of the end of the mapping's last line (before its line break), comments included. */
function endOfLastLine(document: SocialDocument, node: Node): number {
  const [, valueEnd] = node.range ?? [0, 0];
  const lastContent = document.yamlStart + valueEnd;
  const line = document.lines.lineRangeAt(Math.max(document.yamlStart, lastContent - 1));
  return line.end;
}

/** The YAML text of a plain value: quoted when plain YAML would read it as something else. */
export function yamlScalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const plainIsSafe =
    /^[A-Za-z_][\w .\-/@]*$/.test(value) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(value) && !/\s$/.test(value);
  return plainIsSafe ? value : JSON.stringify(value);
}
