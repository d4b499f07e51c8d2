import { isMap, isPair, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { SocialDocument } from '../document/document';
import { keyText } from '../document/yaml-location';
import type { Fix, OffsetRange, TextEdit } from '../types';

/**
 * "Merge into `budget`" for a misspelt `budjet:` in a mapping that already has `budget:`, where a
 * rename would write the key twice and break the YAML (docs/rules/unknown-key.md, "Fixes"). It is
 * well defined only when both keys hold a block of the same shape and nothing is lost or doubled:
 * two block mappings with no key in common (the entries of `budjet` join those of `budget`), or two
 * block lists (the items of `budjet` follow those of `budget`); the misspelt key's line holds
 * nothing else (no comment, anchor or tag to lose). Otherwise `undefined`: no fix is offered.
 * The fix checker still reads the result before it is offered (lint/fix-check.ts).
 */
export function mergeFix(document: SocialDocument, map: YAMLMap, typo: Pair, into: string): Fix | undefined {
  const target = map.items.find((pair) => isPair(pair) && keyText(pair.key) === into) as Pair | undefined;
  if (!target || map.flow) return undefined;
  const from = blockOf(document, typo);
  const to = blockOf(document, target);
  if (!from || !to || from.kind !== to.kind) return undefined;
  if (from.kind === 'map' && sharesAKey(typo.value as YAMLMap, target.value as YAMLMap)) return undefined;
  const moved = reindent(document.text.slice(from.body.start, from.body.end), from.indent, to.indent);
  if (moved === undefined) return undefined;
  const newline = document.text.slice(from.whole.end).match(/^\r?\n/)?.[0] ?? '\n';
  const edits: TextEdit[] = [
    { file: document.file, range: { start: to.body.end, end: to.body.end }, newText: `${newline}${moved}` },
    { file: document.file, range: { start: from.whole.start, end: from.whole.end + newline.length }, newText: '' },
  ];
  return {
    title: { en: `Merge into \`${into}\``, fr: `Fusionner dans \`${into}\`` },
    edits,
    safe: false,
  };
}

interface Block {
  kind: 'map' | 'list';
  /** From the start of the key's line to the end of the value's last line (no line break). */
  whole: OffsetRange;
  /** The value's lines, from the line after the key's (comments above the first entry included). */
  body: OffsetRange;
  /** The columns before the value's first entry or `-`. */
  indent: number;
}

/** A key alone on its line (nothing but spaces before it, nothing after its colon) with a block value. */
function blockOf(document: SocialDocument, pair: Pair): Block | undefined {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  if (!key?.range || !value?.range) return undefined;
  const kind = isMap(value) && !value.flow ? 'map' : isSeq(value) && !value.flow ? 'list' : undefined;
  if (!kind) return undefined;
  const { text, yamlStart, lines } = document;
  const keyStart = yamlStart + key.range[0];
  const keyLine = lines.lineRangeAt(keyStart);
  if (text.slice(keyLine.start, keyStart).trim() !== '') return undefined;
  if (!/^\s*:\s*$/.test(text.slice(yamlStart + key.range[1], keyLine.end))) return undefined;
  const valueStart = yamlStart + value.range[0];
  const firstLine = lines.lineRangeAt(valueStart);
  if (firstLine.start <= keyLine.start || text.slice(firstLine.start, valueStart).trim() !== '') return undefined;
  const end = lines.lineRangeAt(Math.max(valueStart, yamlStart + value.range[1] - 1)).end;
  // From the line after the key: a comment above the first entry moves with the entries.
  const bodyStart = keyLine.end + (/^\r?\n/.exec(text.slice(keyLine.end))?.[0].length ?? 0);
  return {
    kind,
    whole: { start: keyLine.start, end },
    body: { start: bodyStart, end },
    indent: valueStart - firstLine.start,
  };
}

function sharesAKey(a: YAMLMap, b: YAMLMap): boolean {
  const names = new Set(b.items.map((pair) => (isPair(pair) ? keyText(pair.key) : undefined)));
  return a.items.some((pair) => !isPair(pair) || keyText(pair.key) === undefined || names.has(keyText(pair.key)));
}

/**
 * The lines moved from one indentation to another; `undefined` when a line with text is indented
 * less than the block (it would not be part of it) or with a tab.
 */
function reindent(block: string, from: number, to: number): string | undefined {
  const lines = block.split(/(?<=\n)/);
  const moved: string[] = [];
  for (const line of lines) {
    const content = line.replace(/\r?\n$/, '');
    if (content.trim() === '') {
      moved.push(line);
      continue;
    }
    const indent = /^ */.exec(content)?.[0].length ?? 0;
    if (indent < from || content[indent] === '\t') return undefined;
    moved.push(' '.repeat(to) + line.slice(from));
  }
  return moved.join('');
}
