import type { SocialDocument } from '../document/document';
import { messageLocale, type LanguagePreference } from '../i18n/message-locale';
import type { Locale } from '../types';
import type { Documents } from './documents';
import type { Plan } from './plans';

/** The `locale:` written in the plan document of `plan` (anything, as written), if it has one. */
export function writtenLocale(plan: Plan | undefined): unknown {
  return plan?.planDocuments[0]?.data.locale;
}

/** The plan `document` belongs to (one with a plan document), among the plans around it. */
function planAround(documents: Documents, document: SocialDocument): Plan | undefined {
  if (document.kind === 'plan') return { folder: undefined, planDocuments: [document], documents: [document] };
  return documents
    .plansAround([document])
    .find((plan) => plan.planDocuments.length > 0 && plan.documents.some((member) => member.file === document.file));
}

/**
 * The one answer to "which language for this document": the editor's diagnostics, hovers,
 * completions, preview and export messages, and the CLI's default `--locale`, all ask it.
 */
export function documentLocale(
  documents: Documents,
  file: string,
  preference: LanguagePreference,
  userLocale: Locale,
): Locale {
  if (preference === 'ui') return userLocale;
  const document = documents.document(file);
  return messageLocale(document ? writtenLocale(planAround(documents, document)) : undefined, preference, userLocale);
}

/**
 * The language of each file of `plans` (one look-up per plan rather than per file, for a lint
 * of many files); files of no plan are absent.
 */
export function localesOfPlans(
  plans: readonly Plan[],
  preference: LanguagePreference,
  userLocale: Locale,
): Map<string, Locale> {
  const locales = new Map<string, Locale>();
  for (const plan of plans) {
    if (plan.planDocuments.length === 0) continue;
    const locale = messageLocale(writtenLocale(plan), preference, userLocale);
    for (const document of plan.documents) if (!locales.has(document.file)) locales.set(document.file, locale);
    if (plan.charterLink?.document && !locales.has(plan.charterLink.document.file))
      locales.set(plan.charterLink.document.file, locale);
  }
  return locales;
}
