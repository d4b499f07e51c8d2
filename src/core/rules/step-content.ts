import { valueRange } from '../document/yaml-location';
import type { Localized } from '../types';
import type { DocumentRule } from './rule';

export const stepContent: DocumentRule = {
  id: 'step-content',
  scope: 'document',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: 'A step marked `done` says what it found and decided: its body holds more than the template’s headings and guidance comments.',
    fr: 'Une étape marquée `done` dit ce qu’elle a constaté et décidé : son texte contient plus que les titres et les commentaires de consigne du modèle.',
  },
  check(document, _context, report) {
    if (document.kind !== 'step' || document.data.status !== 'done') return;
    const body = document.text.slice(document.bodyStart);
    const written = writtenText(body);
    if (written.text) return;
    const id = typeof document.data.step === 'string' ? `\`${document.data.step}\`` : undefined;
    const subject: Localized = id
      ? { en: `Step ${id} is marked done`, fr: `L’étape ${id} est marquée terminée` }
      : { en: 'This step is marked done', fr: 'Cette étape est marquée terminée' };
    const what: Localized =
      written.headings > 0
        ? {
            en: `its text is still the template: ${written.headings} ${written.headings === 1 ? 'heading' : 'headings'} and guidance comments, no finding or decision`,
            fr: `son texte est encore le modèle : ${written.headings} ${written.headings === 1 ? 'titre' : 'titres'} et des commentaires de consigne, aucun constat ni aucune décision`,
          }
        : { en: 'it has no text', fr: 'elle n’a aucun texte' };
    report({
      file: document.file,
      range: valueRange(document, ['status']),
      message: {
        en: `${subject.en}, but ${what.en}. Write under the headings what the step found and decided (the report shows only that), or set it back to \`in-progress\`.`,
        fr: `${subject.fr}, mais ${what.fr}. Écrivez sous les titres ce que l’étape a constaté et décidé (le rapport ne montre que cela), ou remettez-la à \`in-progress\`.`,
      },
    });
  },
};

/** `---`, `***`, `___`: a line across the page, not text. */
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/**
 * What a reader of the report would see of a body besides its headings: the body without HTML
 * comments (an unclosed one runs to the end, as in the report), heading lines and thematic breaks.
 */
export function writtenText(body: string): { text: boolean; headings: number } {
  const uncommented = body.replace(/<!--[\s\S]*?(?:-->|$)/g, '\n');
  let headings = 0;
  let text = false;
  for (const line of uncommented.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)) headings += 1;
    else if (!THEMATIC_BREAK.test(line)) text = true;
  }
  return { text, headings };
}
