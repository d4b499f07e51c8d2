import type { RegExpEngine } from 'ajv/dist/types';
import type { RE2JS } from 're2js';

/**
 * The regular expressions of agencies' schemas (`pattern`, `patternProperties`, `propertyNames`)
 * are matched with RE2 (`re2js`, pure JavaScript: no native module, no WebAssembly, so it also runs
 * in a web build), whose time is linear in the text: a pattern such as `^(a+)+$`, which takes
 * JavaScript's backtracking engine longer than a minute on 36 characters, cannot freeze the lint
 * typed in the editor. RE2 has no backreferences and no lookarounds: a pattern that uses them is
 * refused with an `UnsupportedPatternError`, which the config loader reports at the pattern.
 * The bundled schemas keep JavaScript's engine; test/core/schema/regexp.test.ts checks that their
 * patterns cannot backtrack.
 */
export const linearRegExp: RegExpEngine = Object.assign(
  (pattern: string, flags: string) => {
    const { RE2JS: Engine } = loadRe2js();
    let compiled: RE2JS;
    try {
      compiled = Engine.compile(Engine.translateRegExp(pattern), flags.includes('i') ? Engine.CASE_INSENSITIVE : 0);
    } catch (error) {
      throw new UnsupportedPatternError(pattern, error instanceof Error ? error.message : String(error));
    }
    // ajv keys its compiled patterns by `toString()`: two patterns must not share one.
    return { test: (text: string) => compiled.test(text), toString: () => `/${pattern}/${flags}` };
  },
  // What ajv would write in standalone code; custom schemas are compiled at run time, never standalone.
  { code: 'require("re2js").RE2JS' },
);

/** A pattern that RE2 cannot read (a backreference, a lookaround, a repetition over 1000…). */
export class UnsupportedPatternError extends Error {
  constructor(
    readonly pattern: string,
    readonly reason: string,
  ) {
    super(`unsupported pattern ${pattern}: ${reason}`);
    this.name = 'UnsupportedPatternError';
  }
}

/** re2js (260 KB) is loaded when an agency's schema is compiled, not by every lint. */
function loadRe2js(): typeof import('re2js') {
  return require('re2js') as typeof import('re2js');
}
