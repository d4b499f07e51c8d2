import { splitFrontmatter } from '../document/frontmatter';
import type { OffsetRange } from '../types';
import type { DataPath } from '../document/yaml-location';
import { flowContext } from './cursor-flow';
import { BLOCK_SCALAR, commentStart, type Entry, indentation, type Line, lineEntries, unquote } from './cursor-line';

/**
 * Where the cursor is in a frontmatter, read from the text line by line.
 *
 * Hover and completion run while the author types, when the YAML is often broken (`  ow`,
 * `owner: `, `objectives: [a, `). A YAML parser gives up or guesses on such text, so this reads the
 * block structure from indentation instead: a line's parent is the nearest line above it that
 * starts to its left (or, for a `- ` item, a `key:` at the same column). Flow collections
 * (`[a, b]`, `{ posts: 3 }`) on the cursor's line are scanned character by character. One line's
 * entries are read in cursor-line.ts, flow collections in cursor-flow.ts.
 */
export interface CursorContext {
  /** The cursor is on a key (or where a key is being typed) or on a value. */
  target: 'key' | 'value';
  /**
   * The data path at the cursor. For a key, the path of the value it names (`['objectives', 0,
   * 'owner']`); for a value, the path of that value.
   */
  path: DataPath;
  /** For a key, the mapping that holds it; for a value, the collection or key that holds it. */
  parentPath: DataPath;
  /** The key or scalar under the cursor, quotes removed; `''` when nothing is typed yet. */
  word: string;
  /** The part of `word` before the cursor: what completion filters on. */
  prefix: string;
  /** Where `word` lies in the file (inside quotes): what a completion replaces, what hover marks. */
  range: OffsetRange;
  /** The other keys of the mapping the cursor is in (for a key, or a value in a flow mapping). */
  siblingKeys: string[];
  /** The other scalar items of the list the cursor is in (to avoid offering an id twice). */
  siblingValues: string[];
  /** For a key: a `:` already follows it, so a completion only replaces the name. */
  hasColon: boolean;
  /**
   * For a value: it is a list item with no `:` yet (`- ow`), so it may as well be the first key of
   * a mapping item being typed. Completion asks the schema which.
   */
  itemMayBeKey: boolean;
  /** The value is written inside `[…]` or `{…}`. */
  inFlow: boolean;
  /** Column of the key (or of the item) at the cursor: the indentation for multi-line inserts. */
  column: number;
}

/**
 * The cursor context at `offset` in a Markdown file's text, or `undefined` when the offset is not
 * inside the YAML frontmatter, or is in a comment or in the text of a block scalar.
 */
export function cursorContext(text: string, offset: number): CursorContext | undefined {
  const split = splitFrontmatter(text);
  if (split.status === 'none') return undefined;
  const yamlEnd = split.status === 'closed' ? split.yamlEnd : text.length;
  // A closed frontmatter ends where its closing fence's line starts: that line is not YAML.
  if (offset < split.yamlStart || (split.status === 'closed' ? offset >= yamlEnd : offset > yamlEnd)) return undefined;
  const lines = splitLines(text, split.yamlStart, yamlEnd);
  const lineIndex = lines.findIndex(
    (line, index) => offset <= line.start + line.text.length || index === lines.length - 1,
  );
  if (lineIndex === -1) return undefined;
  return new Reader(lines).contextAt(lineIndex, offset - lines[lineIndex].start);
}

function splitLines(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let lineStart = start;
  while (lineStart <= end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > end) lineEnd = end;
    const raw = text.slice(lineStart, lineEnd);
    lines.push({ start: lineStart, text: raw.endsWith('\r') ? raw.slice(0, -1) : raw });
    if (lineEnd >= end) break;
    lineStart = lineEnd + 1;
  }
  return lines;
}

class Reader {
  private readonly entriesCache = new Map<number, Entry[]>();
  /** Lines holding the text of a block scalar (`notes: |`): prose, not structure. */
  private readonly blockText = new Set<number>();

  constructor(private readonly lines: Line[]) {
    for (let index = 0; index < lines.length; index++) {
      const key = lineEntries(lines[index].text).find(
        (entry) => entry.type === 'key' && BLOCK_SCALAR.test(entry.value),
      );
      if (!key) continue;
      while (
        index + 1 < lines.length &&
        (lines[index + 1].text.trim() === '' || indentation(lines[index + 1].text) > key.column)
      ) {
        this.blockText.add(++index);
      }
    }
  }

  contextAt(lineIndex: number, column: number): CursorContext | undefined {
    const line = this.lines[lineIndex];
    const entries = this.entries(lineIndex);
    const commentAt = commentStart(line.text);
    if (commentAt !== -1 && column > commentAt) return undefined;
    if (this.blockText.has(lineIndex) && line.text.trim() !== '') return undefined;

    // A blank line, or the cursor in the indentation before anything is written.
    if (entries.length === 0 || column < entries[0].column) {
      if (
        line.text.slice(column).trim() !== '' &&
        !(commentAt !== -1 && line.text.slice(column, commentAt).trim() === '')
      )
        return undefined;
      const parentPath = this.containerPath(lineIndex, column, entries.length, false);
      return this.keyContext(lineIndex, {
        parentPath,
        word: '',
        column,
        wordStart: column,
        cursor: column,
        hasColon: false,
      });
    }

    let at = entries.length - 1;
    while (at > 0 && entries[at].column > column) at--;
    const entry = entries[at];

    if (entry.type === 'dash') {
      // On the dash itself, or just after it with the item not typed yet.
      if (column === entry.column) return undefined;
      return this.itemContext(lineIndex, at, '', column, column);
    }

    if (entry.type === 'key') {
      if (column <= entry.nameEnd) {
        const parentPath = this.containerPath(lineIndex, entry.column, at, false);
        const quoted = /^["']/.test(line.text.slice(entry.column));
        const wordStart = entry.column + (quoted ? 1 : 0);
        return this.keyContext(lineIndex, {
          parentPath,
          word: entry.text,
          column: entry.column,
          wordStart,
          cursor: column,
          hasColon: true,
          entryIndex: at,
        });
      }
      if (column <= entry.colon) return undefined;
      const parentPath = this.containerPath(lineIndex, entry.column, at, false);
      const path = [...parentPath, entry.text];
      const siblingKeys = this.siblingKeys(lineIndex, entry.column, at);
      return this.valueContext(line, path, entry.valueColumn, entry.value, column, {
        siblingKeys,
        column: entry.column,
      });
    }

    // A bare scalar: a list item's value, or a key being typed.
    const previous = entries[at - 1];
    if (previous?.type === 'dash') return this.itemContext(lineIndex, at - 1, entry.text, entry.column, column);
    if (/^[[{]/.test(entry.text)) return undefined;
    const parentPath = this.containerPath(lineIndex, entry.column, at, false);
    return this.keyContext(lineIndex, {
      parentPath,
      word: entry.text.trimEnd(),
      column: entry.column,
      wordStart: entry.column,
      cursor: column,
      hasColon: false,
      entryIndex: at,
    });
  }

  private keyContext(
    lineIndex: number,
    key: {
      parentPath: DataPath;
      word: string;
      column: number;
      wordStart: number;
      cursor: number;
      hasColon: boolean;
      entryIndex?: number;
    },
  ): CursorContext {
    const line = this.lines[lineIndex];
    const start = line.start + key.wordStart;
    const cursor = Math.max(key.wordStart, Math.min(key.cursor, key.wordStart + key.word.length));
    return {
      target: 'key',
      path: [...key.parentPath, key.word],
      parentPath: key.parentPath,
      word: key.word,
      prefix: key.word.slice(0, cursor - key.wordStart),
      range: { start, end: start + key.word.length },
      siblingKeys: this.siblingKeys(lineIndex, key.column, key.entryIndex ?? Infinity),
      siblingValues: [],
      hasColon: key.hasColon,
      itemMayBeKey: false,
      inFlow: false,
      column: key.column,
    };
  }

  /** The cursor on a `- ` item (`dashIndex` is the dash's entry), whose text starts at `textColumn`. */
  private itemContext(
    lineIndex: number,
    dashIndex: number,
    itemText: string,
    textColumn: number,
    column: number,
  ): CursorContext | undefined {
    const line = this.lines[lineIndex];
    const path = this.pathOfEntry(lineIndex, dashIndex);
    const dash = this.entries(lineIndex)[dashIndex];
    const siblingValues = this.siblingItems(lineIndex, dash.column);
    const context = this.valueContext(line, path, textColumn, itemText, column, {
      siblingKeys: [],
      siblingValues,
      column: textColumn,
    });
    if (context && !context.inFlow) context.itemMayBeKey = true;
    return context;
  }

  /** A value written after a key or a dash: a scalar, or a flow collection scanned to the cursor. */
  private valueContext(
    line: Line,
    path: DataPath,
    valueColumn: number,
    value: string,
    column: number,
    extra: { siblingKeys: string[]; siblingValues?: string[]; column: number },
  ): CursorContext | undefined {
    if (BLOCK_SCALAR.test(value)) return undefined;
    if (/^[[{]/.test(value) && column > valueColumn) return flowContext(line, path, valueColumn, column, extra.column);
    let wordStart = valueColumn;
    let word = value.trimEnd();
    const quote = /^["']/.exec(word)?.[0];
    if (quote) {
      wordStart++;
      word = word.slice(1);
      const close = word.lastIndexOf(quote);
      if (close !== -1) word = word.slice(0, close);
    }
    if (column < valueColumn && value === '') wordStart = column;
    // The cursor in the spaces before a value: what completion replaces starts at the cursor (an
    // editor's completion range must hold the cursor), the value still names what hover is about.
    const rangeStart = line.start + Math.min(wordStart, column);
    const cursor = Math.max(wordStart, Math.min(column, wordStart + word.length));
    return {
      target: 'value',
      path,
      parentPath: path.slice(0, -1),
      word,
      prefix: word.slice(0, cursor - wordStart),
      range: { start: rangeStart, end: line.start + wordStart + word.length },
      siblingKeys: extra.siblingKeys,
      siblingValues: extra.siblingValues ?? [],
      hasColon: false,
      itemMayBeKey: false,
      inFlow: false,
      column: extra.column,
    };
  }

  /** The entries a line starts; cached, since walking up the file reads lines many times. */
  private entries(lineIndex: number): Entry[] {
    let found = this.entriesCache.get(lineIndex);
    if (!found)
      this.entriesCache.set(
        lineIndex,
        (found = this.blockText.has(lineIndex) ? [] : lineEntries(this.lines[lineIndex].text)),
      );
    return found;
  }

  /**
   * The path of the collection holding something that starts at `column` on line `lineIndex`
   * (its entry number `entryIndex` there). `forDash`: the thing is a `- ` item, whose parent may
   * be a `key:` at the same column.
   */
  private containerPath(lineIndex: number, column: number, entryIndex: number, forDash: boolean): DataPath {
    const own = this.entries(lineIndex);
    if (entryIndex > 0 && own[entryIndex - 1] && own[entryIndex - 1].column < column)
      return this.pathOfEntry(lineIndex, entryIndex - 1);
    for (let index = lineIndex - 1; index >= 0; index--) {
      const entries = this.entries(index);
      if (entries.length === 0) continue;
      let parent = -1;
      entries.forEach((entry, position) => {
        if (entry.column < column || (forDash && entry.type === 'key' && entry.column === column)) parent = position;
      });
      if (parent !== -1) return this.pathOfEntry(index, parent);
    }
    return [];
  }

  /** The data path of the node an entry starts. */
  private pathOfEntry(lineIndex: number, entryIndex: number): DataPath {
    const entry = this.entries(lineIndex)[entryIndex];
    if (entry.type === 'key') return [...this.containerPath(lineIndex, entry.column, entryIndex, false), entry.text];
    if (entry.type === 'dash')
      return [...this.containerPath(lineIndex, entry.column, entryIndex, true), this.itemIndex(lineIndex, entryIndex)];
    return this.containerPath(lineIndex, entry.column, entryIndex, false);
  }

  /** How many `- ` items of the same list come before the one at this dash. */
  private itemIndex(lineIndex: number, entryIndex: number): number {
    if (entryIndex > 0) return 0; // `- - x`: the inner list starts on this line
    const column = this.entries(lineIndex)[entryIndex].column;
    let count = 0;
    for (let index = lineIndex - 1; index >= 0; index--) {
      const entries = this.entries(index);
      if (entries.length === 0 || entries[0].column > column) continue;
      if (entries[0].column < column) break;
      if (entries[0].type !== 'dash') break; // `key:` at the same column: the list's parent
      count++;
    }
    return count;
  }

  /** Keys at `column` in the mapping that holds the entry at (`lineIndex`, `entryIndex`). */
  private siblingKeys(lineIndex: number, column: number, entryIndex: number): string[] {
    const keys: string[] = [];
    const keyAt = (index: number, except: number) =>
      this.entries(index).forEach((entry, position) => {
        if (entry.type === 'key' && entry.column === column && position !== except) keys.push(entry.text);
      });
    keyAt(lineIndex, entryIndex);
    const own = this.entries(lineIndex);
    const startsHere = own.length > 0 && own[0].column < column;
    if (!startsHere) {
      for (let index = lineIndex - 1; index >= 0; index--) {
        const entries = this.entries(index);
        if (entries.length === 0 || (entries[0].column > column && !entries.some((entry) => entry.column === column)))
          continue;
        keyAt(index, -1);
        if (entries[0].column < column) break;
      }
    }
    for (let index = lineIndex + 1; index < this.lines.length; index++) {
      const entries = this.entries(index);
      if (entries.length === 0) continue;
      if (entries[0].column < column) break;
      if (entries[0].column === column) keyAt(index, -1);
    }
    return keys;
  }

  /** The scalar values of the other `- ` items of the list whose dashes are at `column`. */
  private siblingItems(lineIndex: number, column: number): string[] {
    const values: string[] = [];
    const collect = (index: number) => {
      const entries = this.entries(index);
      if (entries[0]?.type === 'dash' && entries[0].column === column && entries[1]?.type === 'scalar')
        values.push(unquote(entries[1].text.trim()));
    };
    for (const step of [-1, 1]) {
      for (let index = lineIndex + step; index >= 0 && index < this.lines.length; index += step) {
        const entries = this.entries(index);
        if (entries.length === 0 || entries[0].column > column) continue;
        if (entries[0].column < column || entries[0].type !== 'dash') break;
        collect(index);
      }
    }
    return values;
  }
}
