import type { Finding, Fix, OffsetRange, TextEdit } from '../types';

/**
 * The one definition of which fix is applied without asking, for `lint --fix`, fix-all on save,
 * the "Fix All" command and "Fix all of this kind" alike: the finding's first safe fix. A fix is
 * safe when it cannot change the meaning of the plan (a date rewritten as YYYY-MM-DD, a total that
 * is the sum of its lines, a misspelt key renamed to the one key it can be); every other fix is a
 * choice left to the author, offered as a quick fix only. Whatever the rule says, no fix is taken
 * or offered whose result adds a YAML or schema error (`FixCheck`, lint/fix-check.ts).
 */
export function safeFixOf(finding: Finding): Fix | undefined {
  return finding.fixes?.find((fix) => fix.safe);
}

export interface FixOutcome {
  /** New text per file, for files the fixes changed. */
  changed: Map<string, string>;
  /** The edits applied to each changed file, their line breaks those of the file (`fitLineEndings`). */
  edits: Map<string, TextEdit[]>;
  /** Files to create (never over an existing file: the caller checks). */
  created: Map<string, string>;
  applied: Fix[];
  /** Fixes left out because they overlap an edit already taken; a later pass may apply them. */
  deferred: Fix[];
}

/**
 * The one function that applies fixes, for the quick fix, fix-all on save, `lint --fix` and the
 * tests alike. A fix is applied whole or not at all; overlapping fixes wait for the next pass.
 */
export function applyFixes(fixes: readonly Fix[], readText: (file: string) => string | undefined): FixOutcome {
  const outcome: FixOutcome = { changed: new Map(), created: new Map(), edits: new Map(), applied: [], deferred: [] };
  const taken = new Map<string, OffsetRange[]>();
  const editsByFile = new Map<string, TextEdit[]>();
  for (const fix of fixes) {
    const clashes = fix.edits.some((edit) => (taken.get(edit.file) ?? []).some((range) => overlaps(range, edit.range)));
    const creates = (fix.createFiles ?? []).some((file) => outcome.created.has(file.file));
    if (clashes || creates) {
      outcome.deferred.push(fix);
      continue;
    }
    for (const edit of fix.edits) {
      taken.set(edit.file, [...(taken.get(edit.file) ?? []), edit.range]);
      editsByFile.set(edit.file, [...(editsByFile.get(edit.file) ?? []), edit]);
    }
    for (const file of fix.createFiles ?? []) outcome.created.set(file.file, file.content);
    outcome.applied.push(fix);
  }
  for (const [file, edits] of editsByFile) {
    const text = readText(file);
    if (text === undefined) continue;
    const fitted = edits.map((edit) => fitLineEndings(text, edit));
    outcome.edits.set(file, fitted);
    outcome.changed.set(file, applyEdits(text, fitted));
  }
  return outcome;
}

/** Applies non-overlapping edits to one text, from the end so offsets stay valid. */
export function applyEdits(text: string, edits: readonly Pick<TextEdit, 'range' | 'newText'>[]): string {
  const ordered = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  let result = text;
  for (const edit of ordered) result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
  return result;
}

/**
 * The edit with the line breaks of its new text made those of the line it edits (its own, or the
 * one before for a last line without a break), so that a fix never mixes `\n` into a CRLF file;
 * a text with no line break gets `\n`. Fixes are written with `\n`, or with the frontmatter's.
 */
export function fitLineEndings<T extends Pick<TextEdit, 'range' | 'newText'>>(text: string, edit: T): T {
  if (!/[\r\n]/.test(edit.newText)) return edit;
  const newline = lineEndingAt(text, edit.range.start);
  const newText = edit.newText.replace(/\r\n|\r|\n/g, newline);
  return newText === edit.newText ? edit : { ...edit, newText };
}

/** The line break that ends the line holding `offset`; the one before when that line has none. */
function lineEndingAt(text: string, offset: number): string {
  const after = /\r\n|\r|\n/g;
  after.lastIndex = offset;
  const next = after.exec(text);
  if (next) return next[0];
  const before = /(\r\n|\r|\n)[^\r\n]*$/.exec(text.slice(0, offset));
  return before ? before[1] : '\n';
}

/** Two insertions at the same point, or ranges sharing a character, cannot both apply. */
function overlaps(a: OffsetRange, b: OffsetRange): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}
