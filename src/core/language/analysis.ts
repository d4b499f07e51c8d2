import { dirname, relative } from 'node:path';
import { parseSocialDocument, type DocumentKind, type SocialDocument } from '../document/document';
import type { Linter } from '../lint/linter';
import { planMethod, type Method } from '../method/methods';
import { buildPlanIndex, type IdKind, type PlanIndex } from '../workspace/plan-index';
import type { Plan } from '../workspace/plans';
import type { SchemaNavigator, SchemaNode } from '../schema/navigator';
import { bundledSchemas, type CompiledSchema } from '../schema/validator';
import type { Locale, OffsetRange } from '../types';
import type { DataPath } from '../document/yaml-location';
import { cursorContext, type CursorContext } from './cursor';
import { schemaInfo, type IdTarget, type SchemaInfo } from './schema-info';

/** A question asked about one place of one file: hover, completion, definition, references. */
export interface LanguageRequest {
  /** Absolute path of the file. */
  file: string;
  /** Its current text (unsaved edits included). */
  text: string;
  /** UTF-16 offset of the cursor in `text`. */
  offset: number;
  locale: Locale;
}

/**
 * Where the answers come from. With a `Linter` (the one that computes the diagnostics, reading
 * the same texts), the plan's other documents are read; without one, only this file is known.
 */
export interface LanguageEnvironment {
  linter?: Linter;
}

/** A place in a file, for definitions and references. */
export interface SourceLocation {
  file: string;
  range: OffsetRange;
}

/** Everything hover, completion and definition need to know about the cursor's surroundings. */
export interface Analysis {
  request: LanguageRequest;
  cursor: CursorContext;
  /** The document as parsed for the index (repaired when the cursor's line breaks the YAML). */
  document: SocialDocument | undefined;
  kind: DocumentKind | undefined;
  navigator: SchemaNavigator;
  /** Root schema nodes of the document: the bundled one, then the agency's custom ones. */
  roots: SchemaNode[];
  index: PlanIndex | undefined;
  /** The plan's method; `undefined` when the document has no plan (or the plan's method is unusable). */
  method: Method | undefined;
  /** True when the document belongs to a folder with a plan document. */
  hasPlan: boolean;
}

export function analyse(request: LanguageRequest, environment: LanguageEnvironment = {}): Analysis | undefined {
  const cursor = cursorContext(request.text, request.offset);
  if (!cursor) return undefined;
  const document = parseForIndex(request);
  const kind = document?.kind;
  const schemas = environment.linter?.schemas ?? bundledSchemas();
  const custom: CompiledSchema[] =
    kind && environment.linter
      ? safely(() => environment.linter?.configs.customSchemasFor(request.file) ?? [], [])
      : [];
  const navigator = schemas.navigatorWith(custom);
  const roots = kind ? [schemas.forKind(kind).root, ...custom.map((schema) => schema.root)] : [];
  const plan = document && kind ? planOf(document, environment.linter) : undefined;
  const index = plan ? indexOf(plan, document as SocialDocument) : undefined;
  const hasPlan = plan !== undefined && plan.planDocuments.length > 0;
  const method = hasPlan && index ? planMethod(index.plan) : undefined;
  return { request, cursor, document, kind, navigator, roots, index, method, hasPlan };
}

/** Schema nodes describing the value at `path` of the analysed document. */
export function nodesAt(analysis: Analysis, path: DataPath): SchemaNode[] {
  return analysis.roots.flatMap((root) => analysis.navigator.at(root, path));
}

export function infoAt(analysis: Analysis, path: DataPath): SchemaInfo {
  return schemaInfo(nodesAt(analysis, path));
}

/** What the value at the cursor names, when it is an id: a reference to it, or its definition. */
export interface IdAtCursor {
  target: IdTarget;
  id: string;
  role: 'reference' | 'definition';
}

const BLOCKS: Record<string, IdKind> = {
  objectives: 'objective',
  resources: 'resource',
  platforms: 'platform',
  pillars: 'pillar',
};

export function idAtCursor(analysis: Analysis): IdAtCursor | undefined {
  const { cursor } = analysis;
  if (cursor.target !== 'value' || cursor.word === '' || !analysis.kind) return undefined;
  const path = cursor.path;
  const defined = definedKind(path);
  if (defined) return { target: defined, id: cursor.word, role: 'definition' };
  const target = infoAt(analysis, path).idTarget;
  return target ? { target, id: cursor.word, role: 'reference' } : undefined;
}

/** The kind of id defined at `path` (`['resources', 0, 'id']`), if it is where a block item's id goes. */
export function definedKind(path: DataPath): IdKind | undefined {
  const [block, position, key] = path;
  return path.length === 3 &&
    typeof block === 'string' &&
    Object.hasOwn(BLOCKS, block) &&
    typeof position === 'number' &&
    key === 'id'
    ? BLOCKS[block]
    : undefined;
}

/** A file's path as the author would write it: relative to the plan folder when there is one. */
export function displayPath(analysis: Analysis, file: string): string {
  const base = analysis.index ? dirname(analysis.index.planDocument.file) : dirname(analysis.request.file);
  return relative(base, file).split('\\').join('/') || file;
}

/**
 * The document to index. While the author types, the cursor's line often breaks the YAML
 * (`  ow`, `objectives: [a, `), and a broken document contributes no data: its ids would vanish
 * from completion just when they are needed. The line is then blanked (same length, so offsets
 * hold) and the rest parsed again.
 */
function parseForIndex(request: LanguageRequest): SocialDocument | undefined {
  const document = parseSocialDocument(request.file, { text: request.text });
  if (!document || document.syntaxProblems.length === 0) return document;
  const { text, offset } = request;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd === -1) lineEnd = text.length;
  if (text[lineEnd - 1] === '\r') lineEnd--;
  const repaired = parseSocialDocument(request.file, {
    text: text.slice(0, lineStart) + ' '.repeat(lineEnd - lineStart) + text.slice(lineEnd),
  });
  return repaired && repaired.syntaxProblems.length === 0 && repaired.kind === document.kind ? repaired : document;
}

function planOf(document: SocialDocument, linter: Linter | undefined): Plan {
  const alone: Plan = {
    folder: undefined,
    planDocuments: document.kind === 'plan' ? [document] : [],
    documents: [document],
  };
  if (!linter) return alone;
  const plans = safely(() => linter.documents.plansAround([document]), []);
  return plans.find((plan) => plan.documents.includes(document)) ?? alone;
}

/** The plan's index; for a document outside any plan, an index of that document alone. */
function indexOf(plan: Plan, document: SocialDocument): PlanIndex | undefined {
  const usable =
    plan.planDocuments.length === 1
      ? plan
      : {
          ...plan,
          planDocuments: [
            plan.planDocuments.find((candidate) => candidate === document) ?? plan.planDocuments[0] ?? document,
          ],
        };
  return safely(() => buildPlanIndex(usable), undefined);
}

/** Hover and completion must never throw into the editor; a failed lookup just answers less. */
function safely<T>(compute: () => T, fallback: T): T {
  try {
    return compute();
  } catch {
    return fallback;
  }
}
