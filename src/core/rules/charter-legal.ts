import { isMap } from 'yaml';
import { isRecord } from '../util/guards';
import type { SocialDocument } from '../document/document';
import { inPlanOrder, type PlanIndex } from '../workspace/plan-index';
import type { Plan } from '../workspace/plans';
import type { Fix, Locale, Localized, TextEdit } from '../types';
import { insertKey, replaceValue, yamlScalar } from '../document/yaml-edits';
import { keyRange, locate, valueRange } from '../document/yaml-location';
import type { PlanRule, Reporter } from './rule';
import { isLocale } from '../i18n/localized';
import { isPlaceholder, toWrite } from '../method/placeholders';

type Topic = 'intellectual_property' | 'defamation' | 'privacy' | 'advertising_disclosure' | 'spokespersons';

/** What a charter's `legal` block must cover, in the order the fix writes them. */
const TOPICS: Record<Topic, { name: Localized; placeholder: Localized }> = {
  intellectual_property: {
    name: { en: 'intellectual property', fr: 'la propriété intellectuelle' },
    placeholder: {
      en: toWrite('en', 'which texts, images, music and videos we may use, and how we credit their creators.'),
      fr: toWrite(
        'fr',
        'quels textes, images, musiques et vidéos nous pouvons utiliser, et comment nous créditons leurs auteurs.',
      ),
    },
  },
  defamation: {
    name: { en: 'defamation', fr: 'la diffamation' },
    placeholder: {
      en: toWrite('en', 'what we never say about people, competitors or institutions.'),
      fr: toWrite('fr', 'ce que nous ne disons jamais sur des personnes, des concurrents ou des institutions.'),
    },
  },
  privacy: {
    name: { en: 'privacy', fr: 'la vie privée' },
    placeholder: {
      en: toWrite('en', 'how we protect the personal data of customers, fans and employees.'),
      fr: toWrite('fr', 'comment nous protégeons les données personnelles des clients, des abonnés et des employés.'),
    },
  },
  advertising_disclosure: {
    name: { en: 'advertising disclosure', fr: 'la transparence publicitaire' },
    placeholder: {
      en: toWrite('en', 'how paid partnerships, sponsored posts and gifts are marked as advertising.'),
      fr: toWrite(
        'fr',
        'comment les partenariats rémunérés, publications commanditées et cadeaux sont signalés comme publicité.',
      ),
    },
  },
  spokespersons: { name: { en: 'spokespersons', fr: 'porte-parole' }, placeholder: { en: '', fr: '' } },
};

export const charterLegal: PlanRule = {
  id: 'charter-legal',
  scope: 'plan',
  defaultSeverity: 'error',
  fixable: true,
  appliesTo: 'running-presence',
  description: {
    en: 'The plan has a charter whose `legal` block covers intellectual property, defamation, privacy and advertising disclosure, and names spokespersons.',
    fr: 'Le plan a une charte dont le bloc `legal` couvre la propriété intellectuelle, la diffamation, la vie privée et la transparence publicitaire, et nomme les porte-parole.',
  },
  check(plan, context, report) {
    const index = context.index;
    if (!index) return;
    // A `charter:` link that does not resolve is `plan-structure`'s finding.
    if (plan.charterLink && !plan.charterLink.document) return;
    const charter = plan.charterLink?.document ?? charterInFolder(plan);
    if (!charter) {
      reportNoCharter(index, report);
      return;
    }
    const legal = charter.data.legal;
    const written = (topic: Topic) => (isRecord(legal) ? legal[topic] : undefined);
    const missing = (Object.keys(TOPICS) as Topic[]).filter((topic) => !covers(written(topic)));
    if (missing.length === 0) return;
    const hasBlock = 'legal' in charter.data;
    // A topic that holds only a placeholder is not written, and gets no new placeholder either.
    const templated = missing.filter((topic) => holdsPlaceholder(written(topic)));
    const fix = placeholderFix(
      charter,
      index,
      missing.filter((topic) => !templated.includes(topic)),
    );
    const gaps = describeGaps(missing, templated);
    report({
      file: charter.file,
      range: hasBlock ? keyRange(charter, ['legal']) : valueRange(charter, ['socialplan']),
      message: hasBlock
        ? {
            en: `The charter's \`legal\` block ${gaps.en}. Write these limits down, so everyone who speaks for the brand knows them.`,
            fr: `Le bloc \`legal\` de la charte ${gaps.fr}. Écrivez ces limites, pour que chaque personne qui parle au nom de la marque les connaisse.`,
          }
        : {
            en: 'The charter has no `legal` block: add one that covers intellectual property, defamation, privacy and advertising disclosure and names the spokespersons, so everyone who speaks for the brand knows the limits.',
            fr: 'La charte n’a pas de bloc `legal` : ajoutez-en un qui couvre la propriété intellectuelle, la diffamation, la vie privée et la transparence publicitaire et qui nomme les porte-parole, pour que chaque personne qui parle au nom de la marque en connaisse les limites.',
          },
      fixes: fix ? [fix] : undefined,
    });
  },
};

/**
 * "does not cover defamation (`defamation`) and privacy (`privacy`), and names no spokespersons
 * (`spokespersons`)", and which of them still hold a placeholder.
 */
function describeGaps(missing: Topic[], templated: Topic[]): Localized {
  const topics = missing.filter((topic) => topic !== 'spokespersons' && !templated.includes(topic));
  const named = (topic: Topic, locale: Locale) => `${TOPICS[topic].name[locale]} (\`${topic}\`)`;
  const en: string[] = [];
  const fr: string[] = [];
  if (topics.length > 0) {
    en.push(
      `does not cover ${joinWords(
        topics.map((topic) => named(topic, 'en')),
        'and',
      )}`,
    );
    fr.push(
      `ne couvre pas ${joinWords(
        topics.map((topic) => named(topic, 'fr')),
        'ni',
      )}`,
    );
  }
  if (missing.includes('spokespersons') && !templated.includes('spokespersons')) {
    en.push('names no spokespersons (`spokespersons`)');
    fr.push('ne nomme aucun porte-parole (`spokespersons`)');
  }
  if (templated.length > 0) {
    const keys = templated.map((topic) => `\`${topic}\``);
    en.push(`still holds template text in ${joinWords(keys, 'and')}, which does not count as written`);
    fr.push(`contient encore un texte de modèle dans ${joinWords(keys, 'et')}, qui ne compte pas comme rédigé`);
  }
  return { en: en.join(', and '), fr: fr.join(', et ') };
}

function joinWords(words: string[], last: string): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

/**
 * The charter that serves a plan: the one its `charter:` key points at, or else a charter inside
 * the plan's folder; `undefined` when there is none, or when the link does not resolve.
 */
export function planCharter(plan: Plan): SocialDocument | undefined {
  if (plan.charterLink) return plan.charterLink.document;
  return charterInFolder(plan);
}

/** Without a `charter:` link, a charter inside the plan's folder serves the plan. */
function charterInFolder(plan: Plan): SocialDocument | undefined {
  return plan.documents
    .filter((document) => document.kind === 'charter')
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))[0];
}

function reportNoCharter(index: PlanIndex, report: Reporter): void {
  const planDocument = index.planDocument;
  report({
    file: planDocument.file,
    range:
      'charter' in planDocument.data ? keyRange(planDocument, ['charter']) : valueRange(planDocument, ['socialplan']),
    message: {
      en: "This plan has no charter: add a `socialplan: charter` document to the plan folder, or point `charter:` at the agency's charter. It sets the legal limits and who may speak for the brand.",
      fr: 'Ce plan n’a pas de charte : ajoutez un document `socialplan: charter` dans le dossier du plan, ou indiquez celle de l’agence avec `charter:`. Elle fixe les limites juridiques et qui peut parler au nom de la marque.',
    },
  });
}

/**
 * Written out: text that is not blank and not a placeholder (method/placeholders.ts), a privacy block
 * with a policy or regulations, a list with someone in it.
 */
function covers(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '' && !isPlaceholder(value);
  if (Array.isArray(value)) return value.some(covers);
  if (isRecord(value)) return Object.values(value).some(covers);
  return false;
}

/** Whether a value, or one of its texts, is a placeholder. */
function holdsPlaceholder(value: unknown): boolean {
  if (typeof value === 'string') return isPlaceholder(value);
  if (Array.isArray(value)) return value.some(holdsPlaceholder);
  if (isRecord(value)) return Object.values(value).some(holdsPlaceholder);
  return false;
}

/** Placeholders for the missing topics, in the charter's language; spokespersons from the plan's dedicated people. */
function placeholderFix(charter: SocialDocument, index: PlanIndex, missing: Topic[]): Fix | undefined {
  const locale = localeOf(charter.data.locale) ?? localeOf(index.plan.locale) ?? 'en';
  const speakers = spokespersonCandidates(index);
  const entries = missing.flatMap((topic): [Topic, string][] => {
    if (topic === 'spokespersons')
      return speakers.length > 0 ? [[topic, `[${speakers.map(yamlScalar).join(', ')}]`]] : [];
    const text = yamlScalar(TOPICS[topic].placeholder[locale]);
    return [[topic, topic === 'privacy' ? `{ policy: ${text} }` : text]];
  });
  if (entries.length === 0) return undefined;
  const edits = isRecord(charter.data.legal) ? editsInBlock(charter, entries) : newBlock(charter, entries);
  if (!edits) return undefined;
  const keys = entries.map(([topic]) => `\`${topic}\``).join(', ');
  return {
    title: { en: `Add placeholders for ${keys}`, fr: `Ajouter des textes à rédiger pour ${keys}` },
    edits,
    // Placeholders are a start, not a charter: only when the user asks for them.
    safe: false,
  };
}

function editsInBlock(charter: SocialDocument, entries: [Topic, string][]): TextEdit[] | undefined {
  const block = locate(charter, ['legal']).valueNode;
  if (!isMap(block) || (block.flow && block.items.length === 0)) return undefined;
  const edits: TextEdit[] = [];
  let inserted: TextEdit | undefined;
  for (const [topic, text] of entries) {
    const present = topic in (charter.data.legal as Record<string, unknown>);
    const edit = present ? replaceValue(charter, ['legal', topic], text) : insertKey(charter, ['legal'], topic, text);
    if (!edit) return undefined;
    if (present) edits.push(edit);
    // Insertions all land after the block's last entry: one edit keeps them in order.
    else if (inserted) inserted.newText += edit.newText;
    else edits.push((inserted = edit));
  }
  return edits;
}

function newBlock(charter: SocialDocument, entries: [Topic, string][]): TextEdit[] | undefined {
  if ('legal' in charter.data) return undefined; // `legal:` holding something that is not a block.
  const body = entries.map(([topic, text]) => `\n  ${topic}: ${text}`).join('');
  const edit = insertKey(charter, [], 'legal', body);
  if (!edit) return undefined;
  return [{ ...edit, newText: edit.newText.replace(/legal: (\r?\n)/, 'legal:$1') }];
}

function spokespersonCandidates(index: PlanIndex): string[] {
  const ids = inPlanOrder(index, index.resources)
    .filter((site) => site.value.dedicated === true || site.value.role === 'spokesperson')
    .map((site) => site.value.id)
    .filter((id): id is string => typeof id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id));
  return [...new Set(ids)];
}

function localeOf(value: unknown): Locale | undefined {
  return isLocale(value) ? value : undefined;
}
