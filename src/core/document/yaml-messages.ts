import { isAlias, visit, type Alias, type Document, type YAMLError } from 'yaml';
import { codeSpan } from '../i18n/code-spans';
import type { Localized, OffsetRange } from '../types';
import { DuplicateKeyError, KeyUnderValueError } from './yaml-parse';
import { unclosedKind, unclosedOpening } from './yaml-unclosed';

/** Plain-language explanations of the `yaml` package's error codes, in English and French. */
const EXPLANATIONS: Record<string, Localized> = {
  DUPLICATE_KEY: {
    en: 'This key appears more than once in the same mapping: keep one of them.',
    fr: 'Cette clé apparaît plusieurs fois dans le même bloc : n’en gardez qu’une.',
  },
  TAB_AS_INDENT: {
    en: 'Tabs cannot indent YAML: indent with spaces.',
    fr: 'Une tabulation ne peut pas indenter du YAML : indentez avec des espaces.',
  },
  BAD_INDENT: {
    en: 'The indentation here does not line up with the keys around it.',
    fr: 'L’indentation ici ne s’aligne pas avec les clés voisines.',
  },
  UNCLOSED_DOUBLE_QUOTE: {
    en: 'This `"` is never closed: close the quoted text with `"` at the end of the value, usually at the end of this line (until then, the lines below are read as part of this text).',
    fr: 'Ce `"` n’est jamais fermé : fermez le texte entre guillemets par `"` à la fin de la valeur, en général en fin de ligne (sinon les lignes suivantes sont lues comme faisant partie de ce texte).',
  },
  UNCLOSED_SINGLE_QUOTE: {
    en: "This `'` is never closed: close the quoted text with `'` at the end of the value, usually at the end of this line (until then, the lines below are read as part of this text).",
    fr: "Ce `'` n’est jamais fermé : fermez le texte entre apostrophes par `'` à la fin de la valeur, en général en fin de ligne (sinon les lignes suivantes sont lues comme faisant partie de ce texte).",
  },
  UNCLOSED_FLOW_SEQUENCE: {
    en: 'This `[` is never closed: close the list with `]` after its last item, usually at the end of this line.',
    fr: 'Ce `[` n’est jamais fermé : fermez la liste par `]` après son dernier élément, en général en fin de ligne.',
  },
  UNCLOSED_FLOW_MAP: {
    en: 'This `{` is never closed: close the block with `}` after its last key, usually at the end of this line.',
    fr: 'Ce `{` n’est jamais fermé : fermez le bloc par `}` après sa dernière clé, en général en fin de ligne.',
  },
  MISSING_CHAR: {
    en: 'A closing character is missing (a quote, `]` or `}`).',
    fr: 'Il manque un caractère fermant (un guillemet, `]` ou `}`).',
  },
  MULTILINE_IMPLICIT_KEY: {
    en: 'A key cannot span several lines: is a `:` or a quote missing on the line before?',
    fr: 'Une clé ne peut pas s’étendre sur plusieurs lignes : manque-t-il un `:` ou un guillemet à la ligne précédente ?',
  },
  KEY_UNDER_VALUE: {
    en: 'This key is indented under the value of the line above, which cannot hold keys: YAML reads both lines as one key. Line it up with the keys above it (or, if the line continues that value, put the value in quotes).',
    fr: 'Cette clé est indentée sous la valeur de la ligne précédente, qui ne peut pas contenir de clés : YAML lit les deux lignes comme une seule clé. Alignez-la sur les clés au-dessus (ou, si la ligne prolonge cette valeur, mettez la valeur entre guillemets).',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    en: 'A nested block cannot be used as a key: check the indentation and the `:`.',
    fr: 'Un bloc imbriqué ne peut pas servir de clé : vérifiez l’indentation et les `:`.',
  },
  UNEXPECTED_TOKEN: {
    en: 'Unexpected text here: check the indentation, a missing `:` or an unquoted special character.',
    fr: 'Texte inattendu ici : vérifiez l’indentation, un `:` manquant ou un caractère spécial non cité.',
  },
  BAD_SCALAR_START: {
    en: 'A value cannot start with this character unless it is quoted.',
    fr: 'Une valeur ne peut pas commencer par ce caractère sans guillemets.',
  },
  BAD_DQ_ESCAPE: {
    en: 'Invalid escape sequence inside double quotes: use single quotes or escape the backslash.',
    fr: 'Séquence d’échappement invalide entre guillemets doubles : utilisez des apostrophes ou doublez la barre oblique inverse.',
  },
  BAD_ALIAS: {
    en: 'This alias refers to an anchor that does not exist.',
    fr: 'Cet alias renvoie à une ancre qui n’existe pas.',
  },
  MULTIPLE_DOCS: {
    en: 'The frontmatter holds several YAML documents: remove the extra `---`.',
    fr: 'Le frontmatter contient plusieurs documents YAML : retirez le `---` en trop.',
  },
  ALIAS_EXPANSION: {
    en: 'The aliases in this frontmatter expand to too much data.',
    fr: 'Les alias de ce frontmatter produisent trop de données.',
  },
  RESOURCE_EXHAUSTION: {
    en: 'The frontmatter is nested too deeply to be read (lists or blocks inside each other, hundreds of levels deep): flatten it.',
    fr: 'Le frontmatter est trop imbriqué pour être lu (listes ou blocs les uns dans les autres, sur des centaines de niveaux) : aplatissez-le.',
  },
};

/** Codes whose raw detail is a JavaScript engine message (`Maximum call stack size exceeded`), not for users. */
const DETAIL_HIDDEN = new Set(['RESOURCE_EXHAUSTION']);

/** The message of any `yaml` error: a duplicate key names itself and its count, the others go by code. */
export function describeYamlError(error: YAMLError): Localized {
  if (error instanceof DuplicateKeyError) return duplicateKeyMessage(error);
  if (error instanceof KeyUnderValueError) return yamlErrorMessage('KEY_UNDER_VALUE', error.message);
  return yamlErrorMessage(error.code, error.message);
}

/** Past this length a key is shortened in messages (a key may be a whole line of text). */
const KEY_SHOWN_LENGTH = 60;

function shownKey(key: string): string | undefined {
  const line = key.replace(/\s+/g, ' ').trim();
  if (line === '') return undefined;
  return codeSpan(line.length > KEY_SHOWN_LENGTH ? `${line.slice(0, KEY_SHOWN_LENGTH)}…` : line);
}

function duplicateKeyMessage(error: DuplicateKeyError): Localized {
  const key = shownKey(error.key);
  const count = error.occurrences.length;
  return {
    en: `YAML syntax error: ${key ? `The key ${key}` : 'This key'} appears ${count} times in the same mapping: keep one of them.`,
    fr: `Erreur de syntaxe YAML : ${key ? `La clé ${key}` : 'Cette clé'} apparaît ${count} fois dans le même bloc : n’en gardez qu’une.`,
  };
}

/** What the other occurrences of a duplicate key say, in the related information of each one. */
export function duplicateKeyRelatedMessage(error: DuplicateKeyError): Localized {
  const key = shownKey(error.key);
  return key
    ? { en: `${key} also appears here`, fr: `${key} apparaît aussi ici` }
    : { en: 'The same key also appears here', fr: 'La même clé apparaît aussi ici' };
}

export function yamlErrorMessage(code: string, detail: string): Localized {
  const firstLine = detail
    .split('\n')[0]
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
  const explanation = EXPLANATIONS[explanationKey(code, detail)];
  if (!explanation) {
    return { en: `YAML syntax error: ${firstLine}`, fr: `Erreur de syntaxe YAML : ${firstLine}` };
  }
  if (DETAIL_HIDDEN.has(code))
    return { en: `YAML syntax error: ${explanation.en}`, fr: `Erreur de syntaxe YAML : ${explanation.fr}` };
  return {
    en: `YAML syntax error: ${explanation.en} (${firstLine})`,
    fr: `Erreur de syntaxe YAML : ${explanation.fr} (${firstLine})`,
  };
}

/** The explanation for an error: an unclosed quote or bracket by its character, the others by code. */
function explanationKey(code: string, detail: string): string {
  const kind = unclosedKind(code, detail);
  if (kind !== 'UNCLOSED_QUOTE') return kind ?? code;
  return detail.includes("'quote") ? 'UNCLOSED_SINGLE_QUOTE' : 'UNCLOSED_DOUBLE_QUOTE';
}

/**
 * Where a `yaml` error is, in offsets of the YAML text. `yaml` notices an unclosed quote or
 * bracket where the text runs out (often the closing fence, lines later); point instead at the
 * line that opened it, from the quote or bracket to the end of what was written after it there.
 */
export function yamlErrorRange(yaml: Document, yamlText: string, error: YAMLError): OffsetRange {
  const opening = unclosedOpening(yaml, yamlText, error);
  if (opening) return { start: opening.start, end: opening.end };
  return { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0] + 1) };
}

/**
 * `yaml` marks many errors with one character; a whole key or word is easier to see and to click.
 * An error placed on the spaces that indent a line moves to the first word of that line.
 */
export function widenToToken(text: string, range: OffsetRange): OffsetRange {
  if (range.end - range.start > 1) return range;
  let start = range.start;
  while (text[start] === ' ') start++;
  let end = start;
  while (end < text.length && !/[\s:,[\]{}#]/.test(text[end])) end++;
  return end > start ? { start, end } : range;
}

/** `range` kept inside a text of `length` characters (`yaml` may point one past the end). */
export function clampRange(range: OffsetRange, length: number): OffsetRange {
  const start = Math.max(0, Math.min(range.start, length));
  return { start, end: Math.max(start, Math.min(range.end, length)) };
}

/** Why a parsed YAML document has no plain data; `range` (in the YAML text) when one node is the cause. */
export interface YamlDataProblem {
  message: Localized;
  range?: OffsetRange;
}

/**
 * The plain data of a parsed YAML document, or the problem that keeps it from having any: an
 * alias with no anchor before it (at the alias), aliases that expand to too much data, nesting
 * too deep for the stack. `yaml` reports none of these while parsing: `toJS` throws them.
 */
export function yamlData(yaml: Document, maxAliasCount = 1000): { data: unknown } | { problem: YamlDataProblem } {
  try {
    return { data: yaml.toJS({ maxAliasCount }) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // A RangeError is a stack overflow (nesting deep enough to pass the parser, not `toJS`).
    if (error instanceof RangeError) return { problem: { message: yamlErrorMessage('RESOURCE_EXHAUSTION', detail) } };
    const alias = unresolvedAlias(yaml);
    if (alias?.range)
      return {
        problem: {
          message: yamlErrorMessage('BAD_ALIAS', detail),
          range: { start: alias.range[0], end: alias.range[1] },
        },
      };
    return { problem: { message: yamlErrorMessage('ALIAS_EXPANSION', detail) } };
  }
}

/** The first alias whose anchor is not set before it, in one pass (`Alias.resolve` walks the whole document each time). */
function unresolvedAlias(yaml: Document): Alias | undefined {
  const anchors = new Set<string>();
  let found: Alias | undefined;
  visit(yaml, {
    Node(_key, node) {
      if (isAlias(node)) {
        if (!anchors.has(node.source)) {
          found = node;
          return visit.BREAK;
        }
      } else if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  return found;
}
