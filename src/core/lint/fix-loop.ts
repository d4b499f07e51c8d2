import type { Finding, Fix } from '../types';
import { applyFixes, type FixOutcome } from './fixes';

/** A fix may make room for another: passes go on until none applies, at most this many. */
export const MAX_FIX_PASSES = 10;

/** What one surface (`lint --fix`, fix-all in the editor) brings to the fix-until-stable loop. */
export interface FixLoop {
  /** Lints the files as they are now (after the passes taken so far). */
  lint(): readonly Finding[];
  /** The fix to take for `finding` in this pass, if any (at most one per finding). */
  choose(finding: Finding): Fix | undefined;
  /** The current text of a file the chosen fixes edit. */
  readText(file: string): string | undefined;
  /** Takes what a pass changed (writes the files, or keeps the new texts), before the next pass. */
  take(outcome: FixOutcome): void;
}

/**
 * The one "fix until nothing changes" loop: lint, apply the chosen fixes with `applyFixes`
 * (overlapping ones wait for the next pass), take the outcome, lint again; stops when a pass
 * applies nothing, or after `MAX_FIX_PASSES`.
 */
export function fixUntilStable(loop: FixLoop): void {
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes: Fix[] = [];
    for (const finding of loop.lint()) {
      const fix = loop.choose(finding);
      if (fix) fixes.push(fix);
    }
    const outcome = applyFixes(fixes, (file) => loop.readText(file));
    if (outcome.applied.length === 0) return;
    loop.take(outcome);
  }
}
