import type { DataPath } from '../document/yaml-location';
import type { CursorContext } from './cursor';
import { type Line, unquote } from './cursor-line';

/*
 * The cursor context inside a flow collection written on one line (`[a, b]`, `{ posts: 3 }`),
 * scanned character by character: the block structure around it is cursor.ts's.
 */

interface FlowFrame {
  type: 'seq' | 'map';
  /** seq: index of the current item. */
  index: number;
  /** map: the key of the current pair, once its `:` is read. */
  key: string | undefined;
  /** Column where the current item or key starts. */
  itemStart: number;
  /** Column of the opening bracket. */
  open: number;
}

/**
 * The context in a flow collection written on one line (`[a, b]`, `{ posts: 3, per: week }`,
 * nested too), from the bracket at `valueColumn` to the cursor.
 */
export function flowContext(
  line: Line,
  basePath: DataPath,
  valueColumn: number,
  column: number,
  keyColumn: number,
): CursorContext | undefined {
  const text = line.text;
  const stack: FlowFrame[] = [];
  let quote: string | undefined;
  for (let index = valueColumn; index < column && index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === '\\' && quote === '"') index++;
      else if (char === quote) quote = undefined;
      continue;
    }
    const top = stack.at(-1);
    if (char === '"' || char === "'") quote = char;
    else if (char === '[' || char === '{')
      stack.push({ type: char === '[' ? 'seq' : 'map', index: 0, key: undefined, itemStart: index + 1, open: index });
    else if (char === ']' || char === '}') {
      stack.pop();
      if (stack.length === 0) return undefined; // past the end of the collection
    } else if (char === ',' && top) {
      top.index++;
      top.key = undefined;
      top.itemStart = index + 1;
    } else if (
      char === ':' &&
      top?.type === 'map' &&
      top.key === undefined &&
      /[\s,}\]]|^$/.test(text[index + 1] ?? '')
    ) {
      top.key = unquote(text.slice(top.itemStart, index).trim());
      top.itemStart = index + 1;
    } else if (char === '#' && /\s/.test(text[index - 1] ?? '')) return undefined;
  }
  const top = stack.at(-1);
  if (!top) return undefined;
  const path: (string | number)[] = [...basePath];
  for (const frame of stack.slice(0, -1)) {
    if (frame.type === 'seq') path.push(frame.index);
    else if (frame.key !== undefined) path.push(frame.key);
  }
  const atKey = top.type === 'map' && top.key === undefined;
  if (top.type === 'seq') path.push(top.index);
  else if (!atKey) path.push(top.key as string);

  // The word around the cursor, between the delimiters of this collection.
  let start = top.itemStart;
  while (start < column && /\s/.test(text[start])) start++;
  let end = column;
  while (end < text.length && !/[,\]}]/.test(text[end]) && !(atKey && text[end] === ':')) end++;
  let raw = text.slice(start, end).trimEnd();
  if (start > column) start = column;
  const quoted = /^["']/.exec(raw)?.[0];
  if (quoted) {
    start++;
    raw = raw.slice(1);
    const close = raw.indexOf(quoted);
    if (close !== -1) raw = raw.slice(0, close);
  }
  const siblings = flowSiblings(text, top.open, top.type);
  const word = raw;
  const own = atKey ? word : top.type === 'map' ? top.key : word;
  const cursor = Math.max(start, Math.min(column, start + word.length));
  return {
    target: atKey ? 'key' : 'value',
    path: atKey ? [...path, word] : path,
    parentPath: path.slice(0, atKey ? path.length : -1),
    word,
    prefix: word.slice(0, cursor - start),
    range: { start: line.start + start, end: line.start + start + word.length },
    siblingKeys: top.type === 'map' ? removeOnce(siblings.keys, atKey ? own : top.key) : [],
    siblingValues: top.type === 'seq' ? removeOnce(siblings.values, word) : [],
    hasColon:
      atKey &&
      text
        .slice(start + word.length)
        .trimStart()
        .startsWith(':'),
    itemMayBeKey: false,
    inFlow: true,
    column: keyColumn,
  };
}

/** The keys (map) or scalar items (seq) written at the top level of the collection opened at `open`. */
function flowSiblings(text: string, open: number, type: 'seq' | 'map'): { keys: string[]; values: string[] } {
  const keys: string[] = [];
  const values: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let itemStart = open + 1;
  let nested = false;
  let closed = false;
  const finish = (end: number) => {
    const raw = text.slice(itemStart, end).trim();
    if (type === 'map') {
      const colon = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:]+?)\s*:(?=\s|$)/.exec(raw);
      if (colon) keys.push(unquote(colon[1].trim()));
    } else if (!nested && raw !== '') values.push(unquote(raw));
    nested = false;
  };
  for (let index = open; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === '\\' && quote === '"') index++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    else if (char === '[' || char === '{') {
      depth++;
      if (depth > 1) nested = true;
    } else if (char === ']' || char === '}') {
      depth--;
      if (depth === 0) {
        finish(index);
        closed = true;
        break;
      }
    } else if (char === ',' && depth === 1) {
      finish(index);
      itemStart = index + 1;
    } else if (char === '#' && /\s/.test(text[index - 1] ?? '') && depth === 1) {
      finish(index);
      closed = true;
      break;
    }
  }
  if (!closed) finish(text.length);
  return { keys, values };
}

function removeOnce(list: string[], item: string | undefined): string[] {
  const at = item === undefined ? -1 : list.indexOf(item);
  return at === -1 ? list : [...list.slice(0, at), ...list.slice(at + 1)];
}
