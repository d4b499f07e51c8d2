import type { Localized } from '../types';

/**
 * How much frontmatter SocialPlan reads. The `yaml` parser keeps about 1 KB per value: a 50 MB
 * frontmatter of 330,000 objectives took 66 s and 3.9 GB, and 6 MB of `[1,1,1…]` 32 s and 3 GB.
 * Past either limit the frontmatter is not parsed at all and gets one `yaml-syntax` finding
 * (docs/limits.md, "Frontmatter size"). Lines and commas stand for the values: each value of a
 * block collection takes a line, each of a flow collection a comma.
 */
export const FRONTMATTER_LIMITS = { characters: 8_000_000, linesAndCommas: 500_000 } as const;

/** The problem with a frontmatter that lies between `start` and `end` of `text`, if it is too large. */
export function frontmatterSizeProblem(text: string, start: number, end: number): Localized | undefined {
  const characters = end - start;
  // Each line or comma takes a character: a short frontmatter needs no count.
  if (characters <= FRONTMATTER_LIMITS.linesAndCommas) return undefined;
  if (characters > FRONTMATTER_LIMITS.characters) return tooLarge();
  let count = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if ((code === 10 || code === 44) && ++count > FRONTMATTER_LIMITS.linesAndCommas) return tooLarge();
  }
  return undefined;
}

function tooLarge(): Localized {
  return {
    en: 'This frontmatter is too large to check fully: SocialPlan reads at most 500,000 lines and commas, or 8 MB, of frontmatter, so that the editor and CI stay responsive; nothing in it was checked. Move long lists into documents of their own (an annex, a step), or keep the data in a separate file.',
    fr: 'Ce frontmatter est trop volumineux pour être vérifié entièrement : SocialPlan lit au plus 500 000 lignes et virgules, ou 8 Mo, de frontmatter, pour que l’éditeur et la CI restent réactifs ; rien n’y a été vérifié. Déplacez les longues listes dans des documents à part (une annexe, une étape), ou gardez les données dans un fichier séparé.',
  };
}
