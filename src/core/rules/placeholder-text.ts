import { isPair, isScalar, isSeq, type Node, visit } from 'yaml';
import type { SocialDocument } from '../document/document';
import { mayHoldPlaceholder, placeholderIn } from '../method/placeholders';
import type { Localized, OffsetRange, Severity } from '../types';
import { planCharter } from './charter-legal';
import type { PlanRule, Reporter } from './rule';
import { append } from '../util/arrays';

/**
 * Template text left in a document: SocialPlan's own placeholders (method/placeholders.ts, the list
 * the scaffolds, snippets and quick fixes write from) and the usual TODO, TBD and lorem ipsum, in the
 * frontmatter's values and in the body's text. Comments are guidance and are not read
 * (docs/rules/placeholder-text.md).
 */
export const placeholderText: PlanRule = {
  id: 'placeholder-text',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: 'No template text is left in a document (“To write: …”, `YYYY-MM-DD`, `resource-id`, TODO, TBD, lorem ipsum): a warning in a draft, an error once the plan or the charter is in `review` or `approved`.',
    fr: 'Aucun texte de modèle ne reste dans un document (« À rédiger : … », `AAAA-MM-JJ`, `id-ressource`, TODO, TBD, lorem ipsum) : un avertissement dans un brouillon, une erreur dès que le plan ou la charte est en `review` ou `approved`.',
  },
  check(plan, _context, report) {
    const planStatus = plan.planDocuments[0]?.data.status;
    const charter = planCharter(plan);
    const documents = charter && !plan.documents.includes(charter) ? [...plan.documents, charter] : plan.documents;
    for (const document of documents) {
      const status = document.kind === 'charter' && isFinal(document.data.status) ? document.data.status : planStatus;
      checkDocument(document, isFinal(status) ? status : undefined, report);
    }
  },
};

type FinalStatus = 'review' | 'approved';

function isFinal(status: unknown): status is FinalStatus {
  return status === 'review' || status === 'approved';
}

/** A document full of lorem ipsum gets this many findings, the last one counting the rest. */
const MAX_FINDINGS_PER_DOCUMENT = 20;

/**
 * What a document holds does not depend on the plan's status: kept with the document, which the
 * engine keeps while its text is unchanged, so a keystroke in one document does not re-read its siblings.
 */
const FOUND_BY_DOCUMENT = new WeakMap<SocialDocument, readonly Found[]>();

function placeholdersOf(document: SocialDocument): readonly Found[] {
  let found = FOUND_BY_DOCUMENT.get(document);
  if (!found) {
    found = append(frontmatterPlaceholders(document), bodyPlaceholders(document));
    FOUND_BY_DOCUMENT.set(document, found);
  }
  return found;
}

function checkDocument(document: SocialDocument, final: FinalStatus | undefined, report: Reporter): void {
  const severity: Severity = final ? 'error' : 'warning';
  const found = placeholdersOf(document);
  const shown = found.slice(0, MAX_FINDINGS_PER_DOCUMENT);
  const more = found.length - shown.length;
  shown.forEach((item, position) => {
    const text = message(item, final);
    if (more > 0 && position === shown.length - 1) {
      text.en += ` ${more} more placeholders in this document are not listed.`;
      text.fr += ` ${more} autres textes de modèle de ce document ne sont pas listés.`;
    }
    report({ file: document.file, range: item.range, severity, message: text });
  });
}

interface Found {
  text: string;
  range: OffsetRange;
  /** `legal.defamation`; `undefined` in the body. */
  key?: string;
}

function message(found: Found, final: FinalStatus | undefined): Localized {
  const where = found.key
    ? { en: `\`${found.key}\` still holds`, fr: `\`${found.key}\` contient encore` }
    : { en: 'The text still holds', fr: 'Le texte contient encore' };
  const why = final
    ? {
        en: ` The document is in \`${final}\`: template text must not reach the client.`,
        fr: ` Le document est en \`${final}\` : un texte de modèle ne doit pas parvenir au client.`,
      }
    : { en: '', fr: '' };
  return {
    en: `${where.en} the template text “${found.text}”: replace it with what the plan decides.${why.en}`,
    fr: `${where.fr} le texte de modèle « ${found.text} » : remplacez-le par ce que le plan décide.${why.fr}`,
  };
}

/** Every string value of the frontmatter (keys and comments are not read) that holds a placeholder. */
function frontmatterPlaceholders(document: SocialDocument): Found[] {
  const found: Found[] = [];
  if (!mayHoldPlaceholder(document.text.slice(0, document.bodyStart))) return found;
  visit(document.yaml, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const text = placeholderIn(node.value);
      if (text === undefined) return;
      const start = document.yamlStart + node.range[0];
      const end = document.yamlStart + node.range[1];
      found.push({ text, range: narrowed(document.text, { start, end }, text), key: keyPath(path, node) });
    },
  });
  return found;
}

/** The placeholder's own characters when they appear as such in the source; the whole value otherwise. */
function narrowed(text: string, range: OffsetRange, placeholder: string): OffsetRange {
  const at = text.slice(range.start, range.end).toLowerCase().indexOf(placeholder.toLowerCase());
  return at === -1 ? range : { start: range.start + at, end: range.start + at + placeholder.length };
}

/** `legal.spokespersons[0]`, from the nodes above a scalar. */
function keyPath(path: readonly unknown[], leaf: Node): string {
  const parts: string[] = [];
  path.forEach((ancestor, position) => {
    const child = path[position + 1] ?? leaf;
    if (isPair(ancestor) && isScalar(ancestor.key) && ancestor.value === child) parts.push(String(ancestor.key.value));
    else if (isSeq(ancestor)) parts.push(`[${ancestor.items.indexOf(child as Node)}]`);
  });
  return parts.join('.').replace(/\.\[/g, '[');
}

/**
 * Placeholders in the Markdown body, line by line, outside HTML comments (the scaffolds' guidance),
 * fenced code and inline code (a plan may quote `TODO` as an example).
 */
function bodyPlaceholders(document: SocialDocument): Found[] {
  const found: Found[] = [];
  if (!mayHoldPlaceholder(document.text.slice(document.bodyStart))) return found;
  const body = maskedBody(document.text.slice(document.bodyStart));
  let offset = 0;
  for (const line of body.split('\n')) {
    // The line's text after any list, quote or heading marker, so that "- To write: …" is found.
    const lead = /^[\s>#*+-]*(?:\d+[.)]\s*)?/.exec(line)?.[0].length ?? 0;
    const text = placeholderIn(line.slice(lead));
    if (text !== undefined) {
      const at = line.toLowerCase().indexOf(text.toLowerCase(), lead);
      const start = document.bodyStart + offset + (at === -1 ? lead : at);
      found.push({ text, range: { start, end: start + (at === -1 ? line.length - lead : text.length) } });
    }
    offset += line.length + 1;
  }
  return found;
}

/** The body with comments, fenced blocks and code spans blanked out, every offset kept. */
function maskedBody(body: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return body
    .replace(/<!--[\s\S]*?(?:-->|$)/g, blank)
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm, blank)
    .replace(/`[^`\n]+`/g, blank);
}
