/**
 * Which characters the PDF can draw. The report uses Roboto (assets/fonts/Roboto: Latin, Greek,
 * Cyrillic, every French character, typographic quotes and dashes) and, for code, DejaVu Sans Mono
 * (assets/fonts/DejaVuSansMono; code keeps to Windows-1252 in it, which a test checks the font
 * has, and falls back to Roboto beyond). A character a font has no glyph for would print as an empty box
 * or nothing at all, silently; so every text is passed through `drawable()` first: characters
 * Roboto lacks are replaced by a close equivalent it has (`→` by `->`, `✓` by `√`), and the rest
 * (emoji, CJK…) by U+FFFD, and reported once per export as a warning.
 */

/** Code points that all four Roboto faces cover (checked against the fonts by a test). */
const ROBOTO_RANGES: readonly [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x18f, 0x18f],
  [0x192, 0x192],
  [0x1a0, 0x1a1],
  [0x1af, 0x1b0],
  [0x1f0, 0x1f0],
  [0x1fa, 0x1ff],
  [0x218, 0x21b],
  [0x237, 0x237],
  [0x259, 0x259],
  [0x2bc, 0x2bc],
  [0x2c6, 0x2c7],
  [0x2c9, 0x2c9],
  [0x2d8, 0x2dd],
  [0x2f3, 0x2f3],
  [0x300, 0x301],
  [0x303, 0x303],
  [0x309, 0x309],
  [0x30f, 0x30f],
  [0x323, 0x323],
  [0x384, 0x38a],
  [0x38c, 0x38c],
  [0x38e, 0x3a1],
  [0x3a3, 0x3ce],
  [0x3d1, 0x3d2],
  [0x3d6, 0x3d6],
  [0x400, 0x486],
  [0x488, 0x513],
  [0x1e00, 0x1e01],
  [0x1e3e, 0x1e3f],
  [0x1e80, 0x1e85],
  [0x1e9e, 0x1e9e],
  [0x1ea0, 0x1ef9],
  [0x1f4d, 0x1f4d],
  [0x2000, 0x200b],
  [0x2010, 0x2011],
  [0x2013, 0x2015],
  [0x2017, 0x201e],
  [0x2020, 0x2022],
  [0x2025, 0x2027],
  [0x2030, 0x2030],
  [0x2032, 0x2033],
  [0x2039, 0x203a],
  [0x203c, 0x203c],
  [0x2044, 0x2044],
  [0x2070, 0x2070],
  [0x2074, 0x208e],
  [0x20a3, 0x20a4],
  [0x20a6, 0x20ac],
  [0x20b1, 0x20b1],
  [0x20b9, 0x20ba],
  [0x20bc, 0x20bd],
  [0x20c1, 0x20c1],
  [0x2105, 0x2105],
  [0x2113, 0x2113],
  [0x2116, 0x2116],
  [0x2122, 0x2122],
  [0x2126, 0x2126],
  [0x212e, 0x212e],
  [0x215b, 0x215e],
  [0x2202, 0x2202],
  [0x2206, 0x2206],
  [0x220f, 0x220f],
  [0x2211, 0x2212],
  [0x221a, 0x221a],
  [0x221e, 0x221e],
  [0x222b, 0x222b],
  [0x2248, 0x2248],
  [0x2260, 0x2260],
  [0x2264, 0x2265],
  [0x25a0, 0x25a0],
  [0x25ca, 0x25cb],
  [0x25cf, 0x25cf],
  [0xfb01, 0xfb04],
  [0xfffd, 0xfffd],
];

export function robotoRanges(): readonly [number, number][] {
  return ROBOTO_RANGES;
}

function inRanges(code: number): boolean {
  let low = 0;
  let high = ROBOTO_RANGES.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ROBOTO_RANGES[middle];
    if (code < start) high = middle - 1;
    else if (code > end) low = middle + 1;
    else return true;
  }
  return false;
}

/** Close equivalents Roboto has, for symbols plans often hold. */
const SUBSTITUTES: Record<string, string> = {
  '\u202F': '\u00A0', // narrow no-break space (French typography) → no-break space
  '\u2007': '\u00A0',
  '\u2060': '',
  '\u200D': '',
  '\uFE0F': '', // emoji presentation selector
  '\uFE0E': '',
  '\u00AD': '', // soft hyphen: never shown unless a break falls there
  '\t': '    ',
  '\u2192': '->',
  '\u27F6': '->',
  '\u2794': '->',
  '\u279C': '->',
  '\u27A1': '->',
  '\u21D2': '=>',
  '\u2190': '<-',
  '\u21D0': '<=',
  '\u2194': '<->',
  '\u2191': '^',
  '\u2193': 'v',
  '\u2713': '√',
  '\u2714': '√',
  '\u2705': '√',
  '\u2611': '[√]',
  '\u2612': '[×]',
  '\u2610': '[ ]',
  '\u2717': '×',
  '\u2718': '×',
  '\u274C': '×',
  '\u2605': '*',
  '\u2606': '*',
  '\u25AA': '■',
  '\u25FE': '■',
  '\u25A1': '○',
  '\u25E6': '○',
  '\u2023': '•',
  '\u25B8': '›',
  '\u25BA': '›',
  '\u25B6': '›',
};

/** Windows-1252 beyond ASCII and Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** What code is drawn with the monospace face for: Windows-1252 (both DejaVu Sans Mono faces have it). */
export function monospaceCan(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(character);
}

export function robotoCan(character: string): boolean {
  return inRanges(character.codePointAt(0) ?? 0);
}

/** Characters Roboto cannot draw, collected over one export for the warning. */
export class GlyphReport {
  readonly missing = new Set<string>();

  /** `text` with every character Roboto can draw kept, the others substituted or replaced by U+FFFD. */
  drawable(text: string): string {
    // Fast path: nearly every text of a plan is fully covered.
    let covered = true;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      // Combining marks (decomposed accents) take the slow path too: they are composed there.
      if ((code < 0x20 && code !== 0x0a) || (code > 0x7e && (!inRanges(code) || (code >= 0x300 && code <= 0x36f)))) {
        covered = false;
        break;
      }
    }
    if (covered) return text;
    let out = '';
    for (const character of text.normalize('NFC')) {
      if (character === '\n' || robotoCan(character)) out += character;
      else if (Object.hasOwn(SUBSTITUTES, character))
        out += SUBSTITUTES[character].split('').every((c) => c === '' || robotoCan(c)) ? SUBSTITUTES[character] : '';
      else if ((character.codePointAt(0) ?? 0) < 0x20) out += ' ';
      else if (/\p{M}/u.test(character))
        continue; // a combining mark Roboto lacks: the base letter stays
      else {
        this.missing.add(character);
        out += '\uFFFD';
      }
    }
    return out;
  }
}
