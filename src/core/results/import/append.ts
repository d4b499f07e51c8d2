import { isMap, isScalar, isSeq, type Node, type YAMLSeq } from 'yaml';
import { parseSocialDocument, type SocialDocument } from '../../document/document';
import { frontmatterNewline, yamlScalar } from '../../document/yaml-edits';
import { frontmatterSizeProblem } from '../../document/limits';
import { splitFrontmatter } from '../../document/frontmatter';
import { locate } from '../../document/yaml-location';
import { monthAndYear } from '../../i18n/dates';
import type { Locale, Localized, TextEdit } from '../../types';

/** One result to write, as docs/measuring.md describes the entry. */
export interface NewResult {
  objective: string;
  date: string;
  value: number;
  periodStart?: string;
  source?: string;
}

/** The kinds whose frontmatter may hold `results:`. */
const HOLDS_RESULTS = new Set(['results', 'step', 'annex']);

/**
 * The edit that adds `entries` at the end of the document's `results:` list, written like the
 * entries already there (one line each `{ … }`, or one key per line), and nothing else in the file
 * touched: comments, quoting and layout stay. The edited text is parsed before it is offered: it
 * must hold the same results plus the new ones, and parse as cleanly as before.
 */
export function appendResults(
  document: SocialDocument,
  entries: readonly NewResult[],
): TextEdit | { problem: Localized } {
  if (document.syntaxProblems.length > 0) return { problem: DOES_NOT_PARSE };
  if (!document.kind || !HOLDS_RESULTS.has(document.kind)) return { problem: notAResultsHolder(document.kind) };
  if (!isMap(document.yaml.contents) || document.yaml.contents.flow) return { problem: NOT_A_BLOCK_MAPPING };
  const edit = appendEdit(document, entries);
  if ('problem' in edit) return edit;
  const text = document.text.slice(0, edit.range.start) + edit.newText + document.text.slice(edit.range.end);
  if (tooLargeToRead(text)) return { problem: TOO_LARGE };
  return keepsEverything(document, text, entries.length) ? edit : { problem: CANNOT_APPEND_CLEANLY };
}

/** Past the frontmatter limits the linter would read none of it (docs/limits.md). */
export function tooLargeToRead(text: string): boolean {
  const split = splitFrontmatter(text);
  return split.status === 'closed' && frontmatterSizeProblem(text, split.yamlStart, split.yamlEnd) !== undefined;
}

function appendEdit(document: SocialDocument, entries: readonly NewResult[]): TextEdit | { problem: Localized } {
  const newline = frontmatterNewline(document);
  const found = locate(document, ['results']);
  const { file } = document;
  if (found.depth === 0 || !found.key) {
    // No `results:` yet: after the frontmatter's last line, at the root's indentation (none).
    const at = endOfLine(document, document.yamlStart + lastContentOffset(document.yaml.contents as Node));
    return {
      file,
      range: { start: at, end: at },
      newText: `${newline}results:${blockItems(entries, '  ', 2, true, newline)}`,
    };
  }
  const node = found.valueNode;
  const keyColumn = columnOf(document, found.key.start);
  if (node === undefined || (isScalar(node) && (node.value === null || node.value === undefined))) {
    // `results:` with nothing after it (or `~`, `null`): the items go on the next lines.
    const at = found.value ? found.value.end : endOfLine(document, found.key.end);
    const start = found.value ? found.value.start - (document.text[found.value.start - 1] === ' ' ? 1 : 0) : at;
    const items = blockItems(entries, ' '.repeat(keyColumn + 2), 2, true, newline);
    return { file, range: { start, end: at }, newText: items };
  }
  if (!isSeq(node)) return { problem: NOT_A_LIST };
  return node.flow
    ? appendToFlow(document, node, keyColumn, entries, newline)
    : appendToBlock(document, node, entries, newline);
}

/** After the last item of a block list, at the items' column, in their style. */
function appendToBlock(
  document: SocialDocument,
  seq: YAMLSeq,
  entries: readonly NewResult[],
  newline: string,
): TextEdit {
  const seqStart = document.yamlStart + (seq.range?.[0] ?? 0);
  const column = columnOf(document, seqStart);
  const first = seq.items[0] as Node | undefined;
  const flowItems = isMap(first) && first.flow;
  // How far the keys of a block item sit from its dash (`- objective:` is 2).
  const keyOffset = isMap(first) && first.range ? columnOf(document, document.yamlStart + first.range[0]) - column : 2;
  const at = endOfLine(document, document.yamlStart + lastContentOffset(seq));
  const newText = blockItems(entries, ' '.repeat(column), Math.max(2, keyOffset), Boolean(flowItems), newline);
  return { file: document.file, range: { start: at, end: at }, newText };
}

/** `[]` becomes a block list under the key; `[ {…}, {…} ]` gets `, {…}` after its last item. */
function appendToFlow(
  document: SocialDocument,
  seq: YAMLSeq,
  keyColumn: number,
  entries: readonly NewResult[],
  newline: string,
): TextEdit {
  const [start, end] = [document.yamlStart + (seq.range?.[0] ?? 0), document.yamlStart + (seq.range?.[1] ?? 0)];
  const last = seq.items.at(-1) as Node | undefined;
  if (!last?.range) {
    const begin = document.text[start - 1] === ' ' ? start - 1 : start;
    return {
      file: document.file,
      range: { start: begin, end },
      newText: blockItems(entries, ' '.repeat(keyColumn + 2), 2, true, newline),
    };
  }
  const after = document.yamlStart + last.range[1];
  return {
    file: document.file,
    range: { start: after, end: after },
    newText: entries.map((entry) => `, ${flowEntry(entry)}`).join(''),
  };
}

/** The entries as block list items, each on its own line after a line break. */
function blockItems(
  entries: readonly NewResult[],
  indent: string,
  keyOffset: number,
  flow: boolean,
  newline: string,
): string {
  return entries
    .map((entry) => {
      if (flow) return `${newline}${indent}- ${flowEntry(entry)}`;
      const pad = `${newline}${indent}${' '.repeat(keyOffset)}`;
      const [firstLine, ...rest] = entryPairs(entry);
      return `${newline}${indent}-${' '.repeat(keyOffset - 1)}${firstLine}${rest.map((line) => `${pad}${line}`).join('')}`;
    })
    .join('');
}

function flowEntry(entry: NewResult): string {
  return `{ ${entryPairs(entry).join(', ')} }`;
}

function entryPairs(entry: NewResult): string[] {
  const pairs = [`objective: ${yamlScalar(entry.objective)}`, `date: "${entry.date}"`, `value: ${String(entry.value)}`];
  if (entry.periodStart) pairs.push(`period: { start: "${entry.periodStart}" }`);
  if (entry.source) pairs.push(`source: ${yamlScalar(entry.source)}`);
  return pairs;
}

/** The offset (in the YAML) where a node's own text ends: the range's value end, not the trailing comments. */
function lastContentOffset(node: Node): number {
  return node.range?.[1] ?? 0;
}

/** The end of the line holding `offset - 1` (before its line break): a value's text ends there. */
function endOfLine(document: SocialDocument, offset: number): number {
  let at = offset;
  while (at > document.yamlStart && /\s/.test(document.text[at - 1])) at--;
  return document.lines.lineRangeAt(Math.max(document.yamlStart, at - 1)).end;
}

function columnOf(document: SocialDocument, offset: number): number {
  return offset - document.lines.lineRangeAt(offset).start;
}

/** The edited text parses as cleanly, and its results are the old ones followed by `added` more. */
function keepsEverything(document: SocialDocument, text: string, added: number): boolean {
  const after = parseSocialDocument(document.file, { text });
  if (!after || after.syntaxProblems.length > 0 || after.kind !== document.kind) return false;
  const before = Array.isArray(document.data.results) ? document.data.results : [];
  const now = after.data.results;
  if (!Array.isArray(now) || now.length !== before.length + added) return false;
  const { results: _old, ...otherBefore } = document.data;
  const { results: _new, ...otherAfter } = after.data;
  return (
    JSON.stringify(now.slice(0, before.length)) === JSON.stringify(before) &&
    JSON.stringify(otherAfter) === JSON.stringify(otherBefore) &&
    text.slice(after.bodyStart) === document.text.slice(document.bodyStart)
  );
}

/** A new results document holding `entries`, titled after the months they cover, in the plan's language. */
export function newResultsDocument(entries: readonly NewResult[], locale: Locale): string {
  const title = `${TITLE[locale]}, ${monthsCovered(entries, locale)}`;
  const items = blockItems(entries, '  ', 2, true, '\n');
  return `---\nsocialplan: results\ntitle: ${yamlScalar(title)}\nresults:${items}\n---\n`;
}

const TITLE: Record<Locale, string> = { en: 'Results', fr: 'Résultats' };

function monthsCovered(entries: readonly NewResult[], locale: Locale): string {
  const dates = entries.map((entry) => entry.date).sort();
  const month = (date: string) => monthAndYear(Date.parse(`${date.slice(0, 7)}-01T00:00:00Z`), locale, 'long');
  const [first, last] = [month(dates[0]), month(dates[dates.length - 1])];
  if (first === last) return first;
  return locale === 'fr' ? `de ${first} à ${last}` : `${first} to ${last}`;
}

const DOES_NOT_PARSE: Localized = {
  en: 'its frontmatter does not parse: fix it first (socialplan lint shows where), nothing was written',
  fr: 'son frontmatter ne s’analyse pas : corrigez-le d’abord (socialplan lint montre où), rien n’a été écrit',
};

function notAResultsHolder(kind: string | undefined): Localized {
  return {
    en: `it is ${kind ? `a \`${kind}\` document` : 'not a SocialPlan document'}: results go in a \`socialplan: results\` document (or a step or an annex)`,
    fr: `c’est ${kind ? `un document \`${kind}\`` : 'autre chose qu’un document SocialPlan'} : les résultats vont dans un document \`socialplan: results\` (ou une étape, ou une annexe)`,
  };
}

const NOT_A_BLOCK_MAPPING: Localized = {
  en: 'its frontmatter is written on one line (`{ … }`): write it one key per line to import into it',
  fr: 'son frontmatter tient sur une ligne (`{ … }`) : écrivez-le une clé par ligne pour y importer',
};

const NOT_A_LIST: Localized = {
  en: 'its `results:` is not a list',
  fr: 'son `results:` n’est pas une liste',
};

const TOO_LARGE: Localized = {
  en: 'with these results its frontmatter would be past what SocialPlan reads (500,000 lines and commas, or 8 MB; docs/limits.md): import them into a new results document, one per month or quarter',
  fr: 'avec ces résultats, son frontmatter dépasserait ce que lit SocialPlan (500 000 lignes et virgules, ou 8 Mo ; docs/limits.md) : importez-les dans un nouveau document de résultats, un par mois ou par trimestre',
};

const CANNOT_APPEND_CLEANLY: Localized = {
  en: 'the new results could not be added without changing what the file already says (anchors or an unusual layout): add them by hand, nothing was written',
  fr: 'les nouveaux résultats ne pouvaient pas être ajoutés sans changer ce que dit déjà le fichier (ancres ou mise en page inhabituelle) : ajoutez-les à la main, rien n’a été écrit',
};
