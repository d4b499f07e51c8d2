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
  /**
   * Whether what a pass would write adds no \`yaml-syntax\` or \`schema\` error (\`FixCheck\`); when it
   * does, the pass keeps its fixes one by one, each only if the texts stay well formed with it.
   * Absent: every pass is taken as it is.
   */
  keepsWellFormed?(outcome: FixOutcome): boolean;
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
    const outcome = wellFormedPass(loop, fixes);
    if (outcome.applied.length === 0) return;
    loop.take(outcome);
  }
}

/**
 * The pass's fixes applied together, as long as their result stays well formed: each fix was
 * checked alone when it was offered, but two renames to the same key are each fine and together a
 * duplicate. Checking the pass costs one parse per file; only a pass that breaks the texts pays
 * one parse per fix, to find the fixes that do.
 */
function wellFormedPass(loop: FixLoop, fixes: readonly Fix[]): FixOutcome {
  const read = (file: string) => loop.readText(file);
  const outcome = applyFixes(fixes, read);
  if (!loop.keepsWellFormed || loop.keepsWellFormed(outcome)) return outcome;
  const kept: Fix[] = [];
  let best = applyFixes([], read);
  for (const fix of outcome.applied) {
    const trial = applyFixes(kept.concat(fix), read);
    if (!loop.keepsWellFormed(trial)) continue;
    kept.push(fix);
    best = trial;
  }
  return best;
}
