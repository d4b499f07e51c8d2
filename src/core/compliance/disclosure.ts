import type { Localized } from '../types';

/**
 * What each jurisdiction asks a sponsored post to say: one table per country, each mention with the
 * words that satisfy it and the text it comes from. The charter's `disclosure-policy` rule reads it,
 * and so will the calendar's `sponsored-disclosure`: both check against this one table. Sources and
 * dates: docs/compliance.md. This is a check that the words are named, not legal advice.
 */

export type DisclosureCountry = 'FR' | 'US' | 'CA';

export interface DisclosureSource {
  /** The text, named precisely (law and article, regulator's guide and edition). */
  title: Localized;
  url: string;
}

export interface RequiredMention {
  /** What the mention is for: "the advertising mention". */
  purpose: Localized;
  /** The words a reader would quote: « Publicité » or « Collaboration commerciale ». */
  wording: Localized;
  /** Any of these, on text lowered and stripped of accents (`normaliseForMentions`), satisfies the mention. */
  patterns: readonly RegExp[];
  source: DisclosureSource;
}

export interface DisclosureTable {
  country: DisclosureCountry;
  /** The jurisdiction's name in a sentence: "France", "the United States". */
  name: Localized;
  mentions: readonly RequiredMention[];
}

const FRENCH_INFLUENCE_LAW: DisclosureSource = {
  title: {
    en: 'Loi n° 2023-451 du 9 juin 2023 visant à encadrer l’influence commerciale (France), art. 5',
    fr: 'loi n° 2023-451 du 9 juin 2023 visant à encadrer l’influence commerciale, art. 5',
  },
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047663185',
};

const FTC_ENDORSEMENT_GUIDES: DisclosureSource = {
  title: {
    en: 'FTC Guides Concerning the Use of Endorsements and Testimonials in Advertising, 16 CFR Part 255 (revised 2023), §§ 255.0(f) and 255.5',
    fr: 'guides de la FTC sur les recommandations et témoignages publicitaires, 16 CFR Part 255 (révisés en 2023), §§ 255.0(f) et 255.5',
  },
  url: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-255',
};

const AD_STANDARDS_GUIDELINES: DisclosureSource = {
  title: {
    en: 'Ad Standards (Canada), Influencer Marketing Disclosure Guidelines, under clauses 1, 2 and 7 of the Canadian Code of Advertising Standards',
    fr: 'Normes de la publicité (Canada), lignes directrices sur la divulgation en marketing d’influence, en vertu des articles 1, 2 et 7 du Code canadien des normes de la publicité',
  },
  url: 'https://adstandards.ca/resources/library/influencer-marketing-disclosure-guidelines/',
};

/** Mentions that mark a post as advertising in English: the FTC's and Ad Standards' examples. */
const ENGLISH_AD_MENTIONS: readonly RegExp[] = [
  /#ad\b/,
  /["“'‘]ad\b/,
  /\bad:/,
  /\badvertis(?:ement|ing)\b/,
  /\bsponsored\b/,
  /#sponsor\b/,
  /\bpaid partnerships?\b/,
  /\bpaid promotion\b/,
  /#\w*(?:partner|ambassador)\b/,
];

/** Ad Standards' French hashtags, and the words a Quebec charter writes. */
const FRENCH_AD_MENTIONS: readonly RegExp[] = [
  /#pub\b/,
  /\bpublicite\b/,
  /\bcommandite(?:e|s|es)?\b/,
  /#\w*(?:partenaire|ambassadeur|ambassadrice)\b/,
  /#partenariat\b/,
  /\bpartenariats? (?:payes?|remuneres?|commerciale?s?|commerciaux)\b/,
  /\bsponsorise(?:e|s|es)?\b/,
  /\bcollaboration commerciale\b/,
];

export const DISCLOSURE_TABLES: Readonly<Record<DisclosureCountry, DisclosureTable>> = {
  FR: {
    country: 'FR',
    name: { en: 'France', fr: 'la France' },
    mentions: [
      {
        purpose: { en: 'the advertising mention', fr: 'la mention publicitaire' },
        wording: {
          en: '“Publicité” or “Collaboration commerciale”',
          fr: '« Publicité » ou « Collaboration commerciale »',
        },
        patterns: [/\bpublicite\b/, /\bcollaboration commerciale\b/],
        source: FRENCH_INFLUENCE_LAW,
      },
      {
        purpose: { en: 'the mention of altered images', fr: 'la mention des images modifiées' },
        wording: {
          en: '“Images retouchées” or “Images virtuelles”',
          fr: '« Images retouchées » ou « Images virtuelles »',
        },
        patterns: [/\bimages? retouchees?\b/, /\bimages? virtuelles?\b/],
        source: FRENCH_INFLUENCE_LAW,
      },
    ],
  },
  US: {
    country: 'US',
    name: { en: 'the United States', fr: 'les États-Unis' },
    mentions: [
      {
        purpose: { en: 'a clear and conspicuous disclosure', fr: 'une mention claire et bien visible' },
        wording: {
          en: '“#ad”, “Sponsored” or “Paid partnership”',
          fr: '« #ad », « Sponsored » ou « Paid partnership »',
        },
        patterns: ENGLISH_AD_MENTIONS,
        source: FTC_ENDORSEMENT_GUIDES,
      },
    ],
  },
  CA: {
    country: 'CA',
    name: { en: 'Canada', fr: 'le Canada' },
    mentions: [
      {
        purpose: { en: 'a clear disclosure of the material connection', fr: 'une divulgation claire du lien matériel' },
        wording: {
          en: '“#ad”, “#sponsored”, “#[brand]partner”, or in French “#pub”, “#commandité”, « Publicité »',
          fr: '« #pub », « #commandité », « Publicité », « #[marque]partenaire », ou en anglais « #ad », « #sponsored »',
        },
        patterns: [...ENGLISH_AD_MENTIONS, ...FRENCH_AD_MENTIONS],
        source: AD_STANDARDS_GUIDELINES,
      },
    ],
  },
};

/** The tables of the countries among `jurisdictions` (`US-MA` is the United States), once each, in their order. */
export function disclosureTablesFor(jurisdictions: readonly unknown[]): DisclosureTable[] {
  const tables: DisclosureTable[] = [];
  for (const jurisdiction of jurisdictions) {
    if (typeof jurisdiction !== 'string') continue;
    const country = jurisdiction.trim().slice(0, 2).toUpperCase();
    const table = (DISCLOSURE_TABLES as Record<string, DisclosureTable | undefined>)[country];
    if (table && !tables.includes(table)) tables.push(table);
  }
  return tables;
}

/** The mentions of `table` that `text` does not name. */
export function missingMentions(table: DisclosureTable, text: string): RequiredMention[] {
  const normalised = normaliseForMentions(text);
  return table.mentions.filter((mention) => !mention.patterns.some((pattern) => pattern.test(normalised)));
}

/** Lower case, accents and typographic quotes' variants folded: « Publicité » and "publicite" read alike. */
export function normaliseForMentions(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .toLowerCase();
}
