import type { Locale, Localized } from '../types';

/**
 * The template text SocialPlan itself writes for the author to replace: the scaffolds of `init`, the
 * snippets and the quick fixes take their placeholders from here, and the `placeholder-text` rule
 * (and `charter-legal`, which does not count a placeholder as written) read this same list, so a
 * placeholder one of them writes is always one the others recognise (docs/rules/placeholder-text.md).
 */
export const PLACEHOLDERS = {
  /** The start of every sentence a quick fix leaves to write: "To write: …" / « À rédiger : … ». */
  toWrite: { en: 'To write:', fr: 'À rédiger :' },
  date: { en: 'YYYY-MM-DD', fr: 'AAAA-MM-JJ' },
  resourceId: { en: 'resource-id', fr: 'id-ressource' },
  objectiveId: { en: 'objective-id', fr: 'id-objectif' },
  platformId: { en: 'platform-id', fr: 'id-plateforme' },
  /** The id in the commented example of the charter scaffold. */
  someResourceId: { en: 'a-resource-id', fr: 'id-d-une-ressource' },
  fullName: { en: 'Full name', fr: 'Prénom Nom' },
  statement: {
    en: 'The objective in one sentence, as the client would say it',
    fr: 'L’objectif en une phrase, tel que le client le dirait',
  },
  metric: { en: 'what is measured', fr: 'ce qui est mesuré' },
  source: { en: 'the tool or report the figure is read from', fr: 'l’outil ou le rapport où se lit le chiffre' },
  budgetLabel: { en: 'What the money pays for', fr: 'Ce que paie cette ligne' },
  audience: { en: 'who the brand talks to there', fr: 'à qui la marque s’adresse sur cette plateforme' },
  privacyContact: {
    en: 'the page where their title and contact details are published',
    fr: 'la page où son titre et ses coordonnées sont publiés',
  },
  /** The reason the "create as skipped" fix writes: an instruction, not a reason. */
  skipReason: {
    en: 'Explain why this plan can do without this step.',
    fr: 'Expliquez pourquoi ce plan peut se passer de cette étape.',
  },
} as const satisfies Record<string, Localized>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

/** "To write: …" in `locale`: the text a quick fix inserts for the author to replace. */
export function toWrite(locale: Locale, what: string): string {
  return `${PLACEHOLDERS.toWrite[locale]} ${what}`;
}

/** Words that mark unfinished text in any document, besides SocialPlan's own placeholders. */
const MARKERS: readonly RegExp[] = [
  // Upper case only: the step status `todo` and a "to-do list" in prose are not placeholders.
  /(?<![\p{L}\p{N}_-])(?:TODO|TBD)(?![\p{L}\p{N}_-])/u,
  /lorem ipsum/i,
];

/** Values that are a placeholder when they are the whole value (an id, a name, a snippet's hint). */
const WHOLE_VALUES: ReadonlySet<string> = new Set(
  (Object.keys(PLACEHOLDERS) as PlaceholderName[])
    .filter((name) => name !== 'toWrite' && name !== 'date')
    .flatMap((name) => [PLACEHOLDERS[name].en, PLACEHOLDERS[name].fr])
    .map(normalise),
);

/** "To write:" / « À rédiger : » at the start of a text (the colon may follow a space or a no-break space). */
const TO_WRITE = /^\s*(?:to write|à rédiger|a rediger)\s*[:：]/iu;
const DATE = /YYYY-MM-DD|AAAA-MM-JJ/;

/**
 * The placeholder `text` holds, as written in it, or `undefined`: SocialPlan's own placeholders
 * (whole values, the date pattern, a "To write:" opening) and the usual markers (TODO, TBD, lorem ipsum).
 */
export function placeholderIn(text: string): string | undefined {
  if (WHOLE_VALUES.has(normalise(text))) return text.trim();
  const toWriteMatch = TO_WRITE.exec(text);
  if (toWriteMatch) return toWriteMatch[0].trim();
  for (const pattern of [DATE, ...MARKERS]) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

/** Whether `text` is still template text: a placeholder is not written content. */
export function isPlaceholder(text: string): boolean {
  return placeholderIn(text) !== undefined;
}

/**
 * Whether `text` may hold a placeholder somewhere: a cheap test over a whole body that lets a
 * document without any skip the line-by-line `placeholderIn` (it never says no to a text that holds one).
 */
export function mayHoldPlaceholder(text: string): boolean {
  return text.includes('TODO') || text.includes('TBD') || CANDIDATES.test(text);
}

/**
 * Every candidate in one case-insensitive pattern, spelled the way `normalise` would read it (any
 * run of spaces for a space, either apostrophe): one scan of the text instead of lowering a copy of
 * it and scanning it once per candidate, about 3× faster on a whole body.
 */
const CANDIDATES: RegExp = new RegExp(
  ['to write', 'à rédiger', 'a rediger', 'yyyy-mm-dd', 'aaaa-mm-jj', 'lorem ipsum', ...WHOLE_VALUES]
    .map((candidate) =>
      candidate
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/'/g, "['’]")
        .replace(/ /g, '\\s+'),
    )
    .join('|'),
  'iu',
);

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/’/g, "'").toLowerCase();
}
