import { parseSocialDocument } from '../document/document';
import type { Finding, Fix } from '../types';
import { applyFixes, type FixOutcome } from './fixes';
import type { Linter } from './linter';

/** The current text of a file (the one its findings were linted on); `undefined` when there is none. */
export type ReadText = (file: string) => string | undefined;

/**
 * A fix must never break a plan (docs/rules/README.md, "Fixes"): a rename that duplicates a key
 * breaks the YAML, and every other finding of the plan then disappears. So a fix is applied in
 * memory before it is offered, and its result is read again by `yaml-syntax` and `schema`: a fix
 * whose result has an error of theirs that the text did not have is never offered, safe or not.
 *
 * The check costs one parse of each document a fix edits, so it runs when fixes are asked for
 * (the light bulb, `lint --fix`, fix-all), never on the linting of each keystroke; a verdict is
 * kept as long as its fix (the linter keeps a document's findings, fixes included, while its
 * frontmatter is unchanged).
 */
export class FixCheck {
  private readonly verdicts = new WeakMap<Fix, boolean>();
  /** The errors of each file's current text, by text: the "before" each fix is compared with. */
  private readonly baselines = new Map<string, { text: string; errors: Map<string, number> | undefined }>();

  constructor(private readonly linter: Linter) {}

  /** The fixes of `finding` that keep the plan well formed, in the rule's order. */
  offeredFixes(finding: Finding, readText: ReadText): Fix[] {
    return (finding.fixes ?? []).filter((fix) => this.keepsWellFormed(fix, readText));
  }

  /** The fix applied without asking (`safeFixOf`'s definition), among the offered ones. */
  safeFixOf(finding: Finding, readText: ReadText): Fix | undefined {
    return finding.fixes?.find((fix) => fix.safe && this.keepsWellFormed(fix, readText));
  }

  /** Fixes on offer, none of them safe: the author picks one from the light bulb. */
  needsChoice(finding: Finding, readText: ReadText): boolean {
    const offered = this.offeredFixes(finding, readText);
    return offered.length > 0 && !offered.some((fix) => fix.safe);
  }

  /** Whether applying `fix` alone to the current texts adds no `yaml-syntax` or `schema` error. */
  keepsWellFormed(fix: Fix, readText: ReadText): boolean {
    let verdict = this.verdicts.get(fix);
    if (verdict === undefined) {
      verdict = this.outcomeKeepsWellFormed(applyFixes([fix], readText), readText);
      this.verdicts.set(fix, verdict);
    }
    return verdict;
  }

  /** Whether what `applyFixes` made of the current texts (one fix, or a pass of several) adds no such error. */
  outcomeKeepsWellFormed(outcome: FixOutcome, readText: ReadText): boolean {
    for (const [file, text] of outcome.changed) if (this.addsError(file, readText(file), text)) return false;
    for (const [file, content] of outcome.created) if (this.addsError(file, readText(file), content)) return false;
    return true;
  }

  /**
   * An error of the well-formedness rules in `after` that `before` does not have as often; or a
   * SocialPlan document that the fix made into none (a frontmatter it broke open).
   */
  private addsError(file: string, before: string | undefined, after: string): boolean {
    const was = this.baseline(file, before);
    const now = this.errorsOf(file, after);
    if (now === undefined) return was !== undefined;
    for (const [identity, count] of now) if (count > (was?.get(identity) ?? 0)) return true;
    return false;
  }

  /** The errors of the current text; `undefined` for no SocialPlan document (or no file yet). */
  private baseline(file: string, text: string | undefined): Map<string, number> | undefined {
    if (text === undefined) return undefined;
    const known = this.baselines.get(file);
    if (known && known.text === text) return known.errors;
    const errors = this.errorsOf(file, text);
    this.baselines.set(file, { text, errors });
    return errors;
  }

  /**
   * The errors of a text, by rule and message (their ranges move with the edit, their words do
   * not: the YAML messages name no line); `undefined` when the text is no SocialPlan document.
   */
  private errorsOf(file: string, text: string): Map<string, number> | undefined {
    const document = parseSocialDocument(file, { text });
    if (!document) return undefined;
    const errors = new Map<string, number>();
    for (const finding of this.linter.wellFormedness(document)) {
      const identity = `${finding.rule}\0${finding.message.en}`;
      errors.set(identity, (errors.get(identity) ?? 0) + 1);
    }
    return errors;
  }
}
