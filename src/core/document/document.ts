import { type Document, isMap, isScalar } from 'yaml';
import { splitFrontmatter, type FrontmatterSplit } from './frontmatter';
import { frontmatterSizeProblem } from './limits';
import { LineIndex } from './lines';
import { DuplicateKeyError, parseYaml } from './yaml-parse';
import {
  clampRange,
  describeYamlError,
  duplicateKeyRelatedMessage,
  widenToToken,
  yamlData,
  yamlErrorRange,
} from './yaml-messages';
import type { Localized, OffsetRange } from '../types';
import { isRecord } from '../util/guards';

export const DOCUMENT_KINDS = ['plan', 'step', 'charter', 'annex', 'results', 'calendar'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface SyntaxProblem {
  message: Localized;
  range: OffsetRange;
  /** Other places of the same problem: the other copies of a duplicate key. */
  related?: { range: OffsetRange; message: Localized }[];
}

/**
 * At most this many other copies are listed in the related information of each copy of a
 * duplicate key: a key repeated 20,000 times would otherwise carry 400 million related places.
 */
export const MAX_DUPLICATE_KEY_RELATED = 10;

/** A Markdown file whose frontmatter has the key `socialplan`. */
export interface SocialDocument {
  file: string;
  text: string;
  /** `undefined` when `socialplan:` holds something other than a known kind (the schema rule says so). */
  kind: DocumentKind | undefined;
  openFence: OffsetRange;
  /** Offset of the YAML text in the file: add it to every YAML node range. */
  yamlStart: number;
  /** Offset of the Markdown body; equals the text length when the frontmatter is never closed. */
  bodyStart: number;
  yaml: Document.Parsed;
  /** The frontmatter as plain data; `{}` when it is not a mapping. */
  data: Record<string, unknown>;
  /** YAML or encoding errors: when present, no other rule looks at this document. */
  syntaxProblems: SyntaxProblem[];
  lines: LineIndex;
}

export interface SourceText {
  text: string;
  /** The bytes were not valid UTF-8 and were decoded with replacement characters. */
  invalidUtf8?: boolean;
  /** Text read from bytes that are not UTF-8 text: UTF-16, or a NUL byte in the frontmatter. */
  notUtf8Text?: 'utf-16le' | 'utf-16be' | 'nul';
}

const SOCIALPLAN_KEY = /^socialplan[ \t]*:[ \t]*["']?([A-Za-z-]*)/m;
// logLevel 'error': the yaml package would otherwise print its warnings (a list used as a key…) on
// stderr, in the middle of a report; what matters in them is reported as findings.

/** Parses a Markdown file; returns `undefined` for anything that is not a SocialPlan document. */
export function parseSocialDocument(file: string, source: SourceText): SocialDocument | undefined {
  const { text } = source;
  const split = splitFrontmatter(text);
  if (split.status === 'none') return undefined;
  if (split.status === 'unterminated') {
    const unterminated = parseUnterminated(file, text, split.openFence, split.yamlStart);
    if (unterminated && source.notUtf8Text)
      unterminated.syntaxProblems.unshift(notUtf8TextProblem(text, source.notUtf8Text, split.openFence));
    return unterminated;
  }

  const tooLarge = frontmatterSizeProblem(text, split.yamlStart, split.yamlEnd);
  if (tooLarge) return parseTooLarge(file, text, split, tooLarge);
  const yamlText = text.slice(split.yamlStart, split.yamlEnd);
  const yaml = parseYaml(yamlText);
  const declaredKind = socialplanValue(yaml, yamlText);
  if (declaredKind === undefined) return undefined;

  const document: SocialDocument = {
    file,
    text,
    kind: toKind(declaredKind),
    openFence: split.openFence,
    yamlStart: split.yamlStart,
    bodyStart: split.bodyStart,
    yaml,
    data: {},
    syntaxProblems: yamlProblems(yaml, yamlText, text, split.yamlStart, split.yamlEnd),
    lines: new LineIndex(text),
  };
  if (source.invalidUtf8) document.syntaxProblems.unshift(invalidUtf8Problem(text));
  if (source.notUtf8Text)
    document.syntaxProblems.unshift(notUtf8TextProblem(text, source.notUtf8Text, split.openFence));
  if (document.syntaxProblems.length === 0) document.data = toPlainData(document);
  return document;
}

/**
 * One problem per distinct `yaml` error. A runaway nesting (thousands of `[`) makes `yaml` run out
 * of stack: it then reports RESOURCE_EXHAUSTION plus the same error once per level, hundreds of
 * times; nothing after the exhaustion can be trusted, so only that one is kept.
 */
function yamlProblems(
  yaml: Document.Parsed,
  yamlText: string,
  text: string,
  yamlStart: number,
  yamlEnd: number,
): SyntaxProblem[] {
  const exhausted = yaml.errors.find((error) => error.code === 'RESOURCE_EXHAUSTION');
  const errors = exhausted ? [exhausted] : yaml.errors;
  const seen = new Set<string>();
  const problems: SyntaxProblem[] = [];
  for (const error of errors) {
    const identity = `${error.code}|${error.pos[0]}|${error.pos[1]}|${error.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    const located = (range: OffsetRange) =>
      widenToToken(text, shifted(clampRange(range, yamlEnd - yamlStart), yamlStart));
    const problem: SyntaxProblem = {
      message: describeYamlError(error),
      range: located(errorRange(yaml, yamlText, error)),
    };
    if (error instanceof DuplicateKeyError) {
      const message = duplicateKeyRelatedMessage(error);
      const others: number[] = [];
      for (let copy = 0; copy < error.occurrences.length && others.length < MAX_DUPLICATE_KEY_RELATED; copy++)
        if (copy !== error.copy) others.push(error.occurrences[copy]);
      problem.related = others.map((at) => ({ range: located({ start: at, end: at + 1 }), message }));
    }
    problems.push(problem);
  }
  return problems;
}

/** The refined range of an error, or yaml's own when refining fails (it walks the tree). */
function errorRange(yaml: Document.Parsed, yamlText: string, error: Document.Parsed['errors'][number]): OffsetRange {
  try {
    return yamlErrorRange(yaml, yamlText, error);
  } catch {
    return { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0] + 1) };
  }
}

/**
 * Whether the first bytes of a file (`head`, decoded) open a frontmatter with a `socialplan:` key:
 * what the editor's start-up check reads of candidate files, without parsing them. A frontmatter
 * longer than `head` counts when the key is within it.
 */
export function headDeclaresSocialPlan(head: string): boolean {
  const split = splitFrontmatter(head);
  if (split.status === 'none') return false;
  const yamlText = head.slice(split.yamlStart, split.status === 'closed' ? split.yamlEnd : head.length);
  return SOCIALPLAN_KEY.test(yamlText);
}

/** `undefined` when the frontmatter has no `socialplan` key at all. */
export function socialplanValue(yaml: Document.Parsed, yamlText: string): string | undefined {
  if (isMap(yaml.contents) && yaml.errors.length === 0) {
    const value = yaml.contents.get('socialplan', true);
    if (value === undefined && !yaml.contents.has('socialplan')) return undefined;
    return isScalar(value) ? String(value.value ?? '') : '';
  }
  // Broken YAML: still recognise the document, so its errors are reported rather than hidden.
  const match = SOCIALPLAN_KEY.exec(yamlText);
  return match ? match[1] : undefined;
}

export function toKind(value: string): DocumentKind | undefined {
  return (DOCUMENT_KINDS as readonly string[]).includes(value) ? (value as DocumentKind) : undefined;
}

function parseUnterminated(
  file: string,
  text: string,
  openFence: OffsetRange,
  yamlStart: number,
): SocialDocument | undefined {
  const match = SOCIALPLAN_KEY.exec(text.slice(yamlStart));
  if (!match) return undefined;
  return {
    file,
    text,
    kind: toKind(match[1]),
    openFence,
    yamlStart,
    bodyStart: text.length,
    yaml: parseYaml(''),
    data: {},
    syntaxProblems: [
      {
        message: {
          en: 'The frontmatter opened by `---` on this line is never closed: add a `---` line after the last YAML key.',
          fr: 'Le frontmatter ouvert par `---` sur cette ligne n’est jamais fermé : ajoutez une ligne `---` après la dernière clé YAML.',
        },
        range: openFence,
      },
    ],
    lines: new LineIndex(text),
  };
}

/** A frontmatter past the limits (limits.ts): recognised by its `socialplan:` line, never parsed. */
function parseTooLarge(
  file: string,
  text: string,
  split: Extract<FrontmatterSplit, { status: 'closed' }>,
  message: Localized,
): SocialDocument | undefined {
  const match = SOCIALPLAN_KEY.exec(text.slice(split.yamlStart, split.yamlEnd));
  if (!match) return undefined;
  return {
    file,
    text,
    kind: toKind(match[1]),
    openFence: split.openFence,
    yamlStart: split.yamlStart,
    bodyStart: split.bodyStart,
    yaml: parseYaml(''),
    data: {},
    syntaxProblems: [{ message, range: split.openFence }],
    lines: new LineIndex(text),
  };
}

/** What is wrong with a file that is not UTF-8 text, and how to save it (see workspace/host.ts). */
function notUtf8TextProblem(
  text: string,
  kind: 'utf-16le' | 'utf-16be' | 'nul',
  openFence: OffsetRange,
): SyntaxProblem {
  if (kind === 'nul') {
    const at = text.indexOf('\u0000');
    return {
      message: {
        en: 'This file has a NUL byte (a zero byte) in its frontmatter, here: a text file never holds one, so the file was damaged or written by a program that does not save text. Delete it, then save the file as UTF-8 text.',
        fr: 'Ce fichier contient un octet nul (un octet à zéro) dans son frontmatter, ici : un fichier texte n’en contient jamais, le fichier a donc été abîmé ou écrit par un programme qui n’enregistre pas du texte. Supprimez-le, puis enregistrez le fichier en texte UTF-8.',
      },
      range: { start: at, end: at + 1 },
    };
  }
  const order = kind === 'utf-16le' ? 'little-endian' : 'big-endian';
  const ordre = kind === 'utf-16le' ? 'petit-boutiste' : 'gros-boutiste';
  return {
    message: {
      en: `This file is saved as UTF-16 (${order}; Notepad calls it "Unicode"), which Git, CI and most tools do not read as text: save it as UTF-8 (in Notepad, "Save as", Encoding "UTF-8"; in VS Code, "Save with Encoding", "UTF-8"). Nothing in it is checked until then.`,
      fr: `Ce fichier est enregistré en UTF-16 (${ordre} ; le Bloc-notes l’appelle « Unicode »), que Git, la CI et la plupart des outils ne lisent pas comme du texte : enregistrez-le en UTF-8 (dans le Bloc-notes, « Enregistrer sous », Encodage « UTF-8 » ; dans VS Code, « Enregistrer avec l’encodage », « UTF-8 »). Rien n’y est vérifié d’ici là.`,
    },
    range: openFence,
  };
}

function invalidUtf8Problem(text: string): SyntaxProblem {
  const bad = Math.max(0, text.indexOf('\uFFFD'));
  return {
    message: {
      en: 'This file is not valid UTF-8: save it with UTF-8 encoding (the first invalid byte is here).',
      fr: 'Ce fichier n’est pas en UTF-8 valide : enregistrez-le en UTF-8 (le premier octet invalide est ici).',
    },
    range: { start: bad, end: bad + 1 },
  };
}

function toPlainData(document: SocialDocument): Record<string, unknown> {
  const read = yamlData(document.yaml);
  if ('data' in read) return isRecord(read.data) ? read.data : {};
  // An alias bomb, an alias with no anchor…: reported, never expanded.
  const { message, range } = read.problem;
  document.syntaxProblems.push({
    message,
    range: range
      ? { start: document.yamlStart + range.start, end: document.yamlStart + range.end }
      : document.openFence,
  });
  return {};
}

function shifted(range: OffsetRange, by: number): OffsetRange {
  return { start: range.start + by, end: range.end + by };
}
