/*
 * Reading one line of a frontmatter as the cursor context sees it (cursor.ts): the dashes, key and
 * scalar it starts, its comment, its quotes. No YAML parser: the text is often broken while typing.
 */

/** One thing a line starts: a `- ` item, a `key:`, or a bare scalar. Columns are in the line. */
export interface Entry {
  type: 'dash' | 'key' | 'scalar';
  column: number;
  /** key: its name (quotes removed); scalar: its text up to a comment. */
  text: string;
  /** key: where its name ends (the name may be quoted: this is past the closing quote). */
  nameEnd: number;
  /** key: column of the `:`. */
  colon: number;
  /** key: column of the first character of the inline value (the line's length when none). */
  valueColumn: number;
  /** key: the inline value, without a trailing comment. */
  value: string;
}

export interface Line {
  start: number;
  text: string;
}

const DASH_MARK = /^-(?=[ \t]|$)/;
/** `|`, `>`, `|-`, `>+2`…: the value continues as text on the lines below. */
export const BLOCK_SCALAR = /^[|>][-+0-9]*$/;
const PLAIN_KEY = /^([^\s#:[\]{},"'&*!|>%@`-][^#]*?|-[^\s#][^#]*?)[ \t]*:(?=[ \t]|$)/;
const QUOTED_KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*:(?=[ \t]|$)/;

/** The dashes, key and scalar a line starts, left to right. A comment-only line has none. */
export function lineEntries(text: string): Entry[] {
  const entries: Entry[] = [];
  let at = 0;
  for (;;) {
    while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
    if (at >= text.length || text[at] === '#') return entries;
    const rest = text.slice(at);
    if (DASH_MARK.test(rest)) {
      entries.push(entry('dash', at));
      at++;
      continue;
    }
    const key = QUOTED_KEY.exec(rest) ?? PLAIN_KEY.exec(rest);
    if (key) {
      const colon = at + key[0].length - 1;
      let valueColumn = colon + 1;
      while (valueColumn < text.length && (text[valueColumn] === ' ' || text[valueColumn] === '\t')) valueColumn++;
      const value = stripComment(text.slice(valueColumn));
      entries.push({
        ...entry('key', at),
        text: unquote(key[1]),
        nameEnd: at + key[1].length,
        colon,
        valueColumn: value === '' ? text.length : valueColumn,
        value,
      });
      return entries;
    }
    entries.push({ ...entry('scalar', at), text: stripComment(rest) });
    return entries;
  }
}

export function indentation(text: string): number {
  return text.length - text.trimStart().length;
}

function entry(type: Entry['type'], column: number): Entry {
  return { type, column, text: '', nameEnd: column, colon: -1, valueColumn: column, value: '' };
}

/** The text without a trailing ` # comment` (a `#` outside quotes, after a space). */
export function stripComment(text: string): string {
  const at = commentStart(text);
  return (at === -1 ? text : text.slice(0, at)).trimEnd();
}

/** Column of the `#` starting a comment on the line, or -1. */
export function commentStart(text: string): number {
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === '\\' && quote === '"') index++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      if (index === 0 || /[\s:[{,-]/.test(text[index - 1])) quote = char;
    } else if (char === '#' && (index === 0 || /\s/.test(text[index - 1]))) return index;
  }
  return -1;
}

export function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    try {
      return JSON.parse(text) as string;
    } catch {
      return text.slice(1, -1);
    }
  }
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  return text;
}
