import { isRecord } from '../util/guards';
import { isScalar } from 'yaml';
import type { SocialDocument } from '../document/document';
import { locate, valueRange } from '../document/yaml-location';
import { disclosureTablesFor, missingMentions, type RequiredMention } from '../compliance/disclosure';
import { isPlaceholder } from '../method/placeholders';
import type { Locale, Localized } from '../types';
import { planCharter } from './charter-legal';
import type { PlanRule } from './rule';

/**
 * The charter's advertising-disclosure policy names the mentions the laws of its jurisdictions ask
 * for, read from the one table of src/core/compliance/disclosure.ts (docs/rules/disclosure-policy.md).
 */
export const disclosurePolicy: PlanRule = {
  id: 'disclosure-policy',
  scope: 'plan',
  defaultSeverity: 'error',
  fixable: false,
  appliesTo: 'running-presence',
  description: {
    en: 'The charter’s `advertising_disclosure` names the mentions its jurisdictions require (France: « Publicité » and « Images retouchées »; United States: a clear disclosure such as “#ad”; Canada: Ad Standards’ hashtags).',
    fr: 'La règle `advertising_disclosure` de la charte nomme les mentions qu’exigent ses juridictions (France : « Publicité » et « Images retouchées » ; États-Unis : une mention claire comme « #ad » ; Canada : les mots-clics des Normes de la publicité).',
  },
  check(plan, _context, report) {
    const charter = planCharter(plan);
    const legal = charter?.data.legal;
    if (!charter || !isRecord(legal) || !Array.isArray(legal.jurisdictions)) return;
    const text = policyText(legal.advertising_disclosure);
    // No policy at all, or only a placeholder: `charter-legal` asks for it first.
    if (text === undefined) return;
    const gaps = disclosureTablesFor(legal.jurisdictions)
      .map((table) => ({ table, missing: missingMentions(table, text) }))
      .filter((gap) => gap.missing.length > 0);
    if (gaps.length === 0) return;
    const sentence = (locale: Locale) =>
      gaps
        .map(
          ({ table, missing }) =>
            `${table.name[locale]}: ${missing.map((mention) => named(mention, locale)).join('; ')}`,
        )
        .join(locale === 'fr' ? ' ; ' : '; ');
    const count = gaps.reduce((total, gap) => total + gap.missing.length, 0);
    const cut = cutByComment(charter);
    const message: Localized = {
      en: `The advertising-disclosure policy does not name ${count === 1 ? 'the mention' : `${count} mentions`} the charter's jurisdictions require — ${sentence('en')}. Write the exact words the brand and its creators put on paid, gifted or sponsored content.${cut ? ' The text stops before its `#`: in YAML, a `#` after a space starts a comment, so put the whole text in quotes.' : ''}`,
      fr: `La règle de transparence publicitaire ne nomme pas ${count === 1 ? 'la mention' : `${count} mentions`} qu’exigent les juridictions de la charte — ${sentence('fr').replace(/: /g, ' : ')}. Écrivez les mots exacts que la marque et ses créateurs apposent sur les contenus payés, offerts ou commandités.${cut ? ' Le texte s’arrête avant son `#` : en YAML, un `#` après une espace ouvre un commentaire ; mettez tout le texte entre guillemets.' : ''}`,
    };
    // A text is pointed at itself, a structured policy at its key.
    report({ file: charter.file, range: valueRange(charter, ['legal', 'advertising_disclosure']), message });
  },
};

/**
 * Whether a plain text policy is followed by a comment on its line: `… marked #pub` is read as
 * "… marked", the hashtag becoming a comment, the most common way a real mention goes missing.
 */
function cutByComment(charter: SocialDocument): boolean {
  const node = locate(charter, ['legal', 'advertising_disclosure']).valueNode;
  if (!isScalar(node) || node.type !== 'PLAIN' || !node.range) return false;
  const end = charter.yamlStart + node.range[1];
  const lineEnd = charter.text.indexOf('\n', end);
  const rest = charter.text.slice(end, lineEnd === -1 ? undefined : lineEnd);
  return /^[ \t]+#\S/.test(rest);
}

/** "the advertising mention, « Publicité » or « Collaboration commerciale » (loi n° 2023-451 …, art. 5)". */
function named(mention: RequiredMention, locale: Locale): string {
  return `${mention.purpose[locale]}, ${mention.wording[locale]} (${mention.source.title[locale]})`;
}

/** The words of the policy: the text, or the structured form's policy and mentions; `undefined` when nothing is written. */
function policyText(value: unknown): string | undefined {
  const parts: string[] = [];
  if (typeof value === 'string') parts.push(value);
  else if (isRecord(value)) {
    if (typeof value.policy === 'string') parts.push(value.policy);
    if (Array.isArray(value.mentions))
      for (const mention of value.mentions) if (typeof mention === 'string') parts.push(`“${mention}”`);
  }
  const written = parts.filter((part) => part.trim() !== '' && !isPlaceholder(part));
  return written.length === 0 ? undefined : written.join('\n');
}
