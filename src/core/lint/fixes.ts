import type { Finding, Fix, OffsetRange, TextEdit } from '../types';

/**
 * The one definition of which fix is applied without asking, for `lint --fix`, fix-all on save,
 * the "Fix All" command and "Fix all of this kind" alike: the finding's first safe fix. A fix is
 * safe when it cannot change the meaning of the plan (a date rewritten as YYYY-MM-DD, a total that
 * is the sum of its lines, a misspelt key renamed to the one key it can be); every other fix is a
 * choice left to the author, offered as a quick fix only.
 */
export function safeFixOf(finding: Finding): Fix | undefined {
  return finding.fixes?.find((fix) => fix.safe);
}

/** A finding with fixes on offer, none of them safe: the author picks one from the light bulb. */
export function needsChoice(finding: Finding): boolean {
  return (finding.fixes?.length ?? 0) > 0 && safeFixOf(finding) === undefined;
}

export interface FixOutcome {
  /** New text per file, for files the fixes changed. */
  changed: Map<string, string>;
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
  const outcome: FixOutcome = { changed: new Map(), created: new Map(), applied: [], deferred: [] };
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
    if (text !== undefined) outcome.changed.set(file, applyEdits(text, edits));
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

/** Two insertions at the same point, or ranges sharing a character, cannot both apply. */
function overlaps(a: OffsetRange, b: OffsetRange): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}
