import type { OffsetRange } from '../types';

/**
 * Where the YAML frontmatter of a Markdown file lies. We split by hand instead of running
 * remark: finding two fences is a single scan, and most rules never need the Markdown body.
 * `test/core/document/frontmatter.test.ts` checks that this agrees with remark-frontmatter.
 */
export type FrontmatterSplit =
  | { status: 'none' }
  | { status: 'unterminated'; openFence: OffsetRange; yamlStart: number }
  | {
      status: 'closed';
      openFence: OffsetRange;
      closeFence: OffsetRange;
      /** offset of the first character of the YAML text */
      yamlStart: number;
      /** offset just past the YAML text (the start of the closing fence line) */
      yamlEnd: number;
      /** offset of the first character after the closing fence line */
      bodyStart: number;
    };

const BOM = '\uFEFF';

export function splitFrontmatter(text: string): FrontmatterSplit {
  const fenceStart = text.startsWith(BOM) ? 1 : 0;
  if (!text.startsWith('---', fenceStart)) return { status: 'none' };
  const openLineEnd = lineEndAt(text, fenceStart);
  // Only spaces and tabs may follow the fence, as in CommonMark and remark-frontmatter
  // (`trim()` would also accept a no-break space or a form feed, which remark rejects).
  if (!/^[ \t]*\r?$/.test(text.slice(fenceStart + 3, openLineEnd))) return { status: 'none' };
  const openFence = { start: fenceStart, end: fenceStart + 3 };
  const yamlStart = skipNewline(text, openLineEnd);
  for (let lineStart = yamlStart; lineStart < text.length; ) {
    const lineEnd = lineEndAt(text, lineStart);
    if (isClosingFence(text.slice(lineStart, lineEnd))) {
      return {
        status: 'closed',
        openFence,
        closeFence: { start: lineStart, end: lineStart + 3 },
        yamlStart,
        yamlEnd: lineStart,
        bodyStart: skipNewline(text, lineEnd),
      };
    }
    lineStart = skipNewline(text, lineEnd);
  }
  return { status: 'unterminated', openFence, yamlStart };
}

function isClosingFence(line: string): boolean {
  return /^(?:---|\.\.\.)[ \t]*\r?$/.test(line);
}

/** Offset of the `\n` ending the line that contains `offset` (or the text's length). */
function lineEndAt(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
}

function skipNewline(text: string, lineEnd: number): number {
  return lineEnd < text.length ? lineEnd + 1 : lineEnd;
}
