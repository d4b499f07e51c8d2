import { OPEN_COMMENT, VOID_TAGS, settleRawHtml, unformattedBecause, type SettledElement } from '../document/raw-html';
import type { Localized } from '../types';
import type { DocumentRule } from './rule';

/**
 * Points at the raw HTML of a body that the report drops or changes, and says what the reader
 * sees instead. It reads the report's own settling of raw HTML (document/raw-html.ts), so it says
 * exactly what the export does.
 */
export const rawHtml: DocumentRule = {
  id: 'raw-html',
  scope: 'document',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: 'Raw HTML in a body is shown in the report as written: no element is dropped, unwrapped or left open.',
    fr: 'Le HTML brut d’un texte est montré tel quel dans le rapport : aucun élément n’est supprimé, déballé ou laissé ouvert.',
  },
  check(document, _context, report) {
    const body = document.text.slice(document.bodyStart);
    // Without a `<` there is no raw HTML; an unformatted body shows its HTML as plain text.
    if (!body.includes('<') || unformattedBecause(body)) return;
    for (const element of settleRawHtml(body).elements) {
      const message = messageFor(element, body.slice(element.start, element.end));
      if (!message) continue;
      report({
        file: document.file,
        range: { start: document.bodyStart + element.start, end: document.bodyStart + element.end },
        message,
      });
    }
  },
};

/** What the reader sees instead of the element, and what to do; `undefined` for what the report keeps. */
function messageFor(element: SettledElement, written: string): Localized | undefined {
  const tag = `\`<${element.tag}>\``;
  const closing = `\`</${element.tag}>\``;
  switch (element.outcome) {
    case 'kept':
      return undefined;
    case 'unclosed':
      if (element.tag === OPEN_COMMENT)
        return {
          en: 'This HTML comment is never closed: the report leaves `<!--` out and shows the text after it. End the comment with `-->`.',
          fr: 'Ce commentaire HTML n’est jamais fermé : le rapport omet `<!--` et montre le texte qui suit. Terminez le commentaire par `-->`.',
        };
      return {
        en: `${tag} is never closed: the report leaves this tag out and shows the text after it as if the tag were not there. Close it with ${closing}, or remove it.`,
        fr: `L’élément ${tag} n’est jamais fermé : le rapport omet cette balise et montre le texte qui suit comme si elle n’y était pas. Fermez-le par ${closing}, ou supprimez-le.`,
      };
    case 'dropped':
      if (VOID_TAGS.has(element.tag)) return droppedVoid(tag);
      return {
        en: `${tag} is not shown in the report: it is dropped with everything up to ${closing} (a report holds no scripts, styles, frames, forms or embedded documents). Remove it, or write what it should say in Markdown.`,
        fr: `L’élément ${tag} n’apparaît pas dans le rapport : il est supprimé avec tout ce qui le suit jusqu’à ${closing} (un rapport ne contient ni scripts, ni styles, ni cadres, ni formulaires, ni documents intégrés). Supprimez-le, ou écrivez en Markdown ce qu’il doit dire.`,
      };
    case 'unwrapped':
      if (VOID_TAGS.has(element.tag)) return droppedVoid(tag);
      return {
        en: `${tag} is not kept in the report: its text is shown without it, as ordinary text. Use Markdown, or an element the report keeps (docs/rules/raw-html.md).`,
        fr: `L’élément ${tag} n’est pas conservé dans le rapport : son texte est montré sans lui, comme du texte ordinaire. Utilisez le Markdown, ou un élément que le rapport conserve (docs/rules/raw-html.md).`,
      };
    case 'image': {
      const alt = altText(written);
      return {
        en: `${tag} is not shown as a picture: the report shows the link “[Image${alt ? `: ${alt}` : ''}]” to it instead (a report never loads anything).`,
        fr: `L’élément ${tag} n’est pas affiché comme une image : le rapport montre à sa place le lien « [Image${alt ? ` : ${alt}` : ''}] » vers elle (un rapport ne charge jamais rien).`,
      };
    }
    case 'removed':
      return droppedVoid(tag);
  }
}

function altText(tag: string): string | undefined {
  const match = /\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(tag);
  const alt = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
  return alt === '' ? undefined : alt;
}

function droppedVoid(tag: string): Localized {
  return {
    en: `${tag} is dropped from the report: nothing is shown in its place.`,
    fr: `L’élément ${tag} est supprimé du rapport : rien n’est affiché à sa place.`,
  };
}
