import { isRecord } from '../util/guards';
import type { SocialDocument } from '../document/document';
import type { Fix, Localized, TextEdit } from '../types';
import { insertKey, replaceValue } from '../document/yaml-edits';
import { valueRange } from '../document/yaml-location';
import type { DocumentRule } from './rule';
import { asLocale } from '../i18n/localized';

/**
 * Looks at one document at a time: a plan or a charter carries its own status and approvals, and a
 * charter shared by several plans is then reported once, not once per plan.
 */
export const approval: DocumentRule = {
  id: 'approval',
  scope: 'document',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'A plan or charter marked `approved` lists at least one approval with a date.',
    fr: 'Un plan ou une charte au statut `approved` mentionne au moins une approbation datée.',
  },
  check(document, _context, report) {
    if (document.kind !== 'plan' && document.kind !== 'charter') return;
    const data = document.data;
    if (data.status !== 'approved') return;
    const approvals = data.approvals;
    if (approvals !== undefined && approvals !== null && !Array.isArray(approvals)) return;
    const entries = Array.isArray(approvals) ? approvals : [];
    if (entries.some((entry) => !isRecord(entry))) return;
    if (entries.some((entry) => isRecord(entry) && typeof entry.date === 'string' && entry.date.trim() !== '')) return;
    const words = WORDS[document.kind];
    report({
      file: document.file,
      range: valueRange(document, ['status']),
      message:
        entries.length === 0
          ? {
              en: `${words.en} is marked \`approved\` but lists no approval: add who signed it off and when under \`approvals\` (\`name\`, \`role\`, \`date\`), or set the status back to \`review\`.`,
              fr: `${words.fr} \`approved\` mais ne mentionne aucune approbation : indiquez sous \`approvals\` qui l’a validé${words.e} et quand (\`name\`, \`role\`, \`date\`), ou remettez le statut à \`review\`.`,
            }
          : {
              en: `${words.en} is marked \`approved\` but none of its approvals has a \`date\`: add the day the approval was given.`,
              fr: `${words.fr} \`approved\` mais aucune de ses approbations n’a de \`date\` : ajoutez le jour où l’approbation a été donnée.`,
            },
      fixes: approvalFix(document, entries),
    });
  },
};

const WORDS = {
  plan: { en: 'This plan', fr: 'Ce plan est marqué', e: '' },
  charter: { en: 'This charter', fr: 'Cette charte est marquée', e: 'e' },
};

/** Today as `YYYY-MM-DD`, local time: the day someone usually records an approval. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** What the fix writes in a new approval, for the author to replace. */
const APPROVER_PLACEHOLDER: Record<'name' | 'role', Localized> = {
  name: { en: 'Name of the approver', fr: 'Nom de la personne qui approuve' },
  role: { en: 'Role', fr: 'Fonction' },
};

function approvalFix(document: SocialDocument, entries: readonly unknown[]): Fix[] | undefined {
  const date = `"${today()}"`;
  const locale = asLocale(document.data.locale);
  const name = JSON.stringify(APPROVER_PLACEHOLDER.name[locale]);
  const role = JSON.stringify(APPROVER_PLACEHOLDER.role[locale]);
  let edit: TextEdit | undefined;
  let title: Localized;
  if (entries.length > 0) {
    // Approvals without dates: date the first one, which the author can then correct.
    edit = insertKey(document, ['approvals', 0], 'date', date);
    title = { en: 'Add a date to the first approval', fr: 'Ajouter une date à la première approbation' };
  } else if (document.data.approvals === undefined) {
    edit = insertKey(document, [], 'approvals', `\n  - name: ${name}\n    role: ${role}\n    date: ${date}`);
    title = { en: 'Add an approval to fill in', fr: 'Ajouter une approbation à compléter' };
  } else {
    // `approvals: []` or `approvals:` with nothing after it.
    edit = replaceValue(document, ['approvals'], `[{ name: ${name}, role: ${role}, date: ${date} }]`);
    title = { en: 'Add an approval to fill in', fr: 'Ajouter une approbation à compléter' };
  }
  return edit ? [{ title, edits: [edit], safe: false }] : undefined;
}
