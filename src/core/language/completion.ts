import { DOCUMENT_KINDS } from '../document/document';
import { METHOD_PRESETS, PRESET_NAMES, type Method } from '../method/methods';
import type { IdKind } from '../workspace/plan-index';
import type { OffsetRange } from '../types';
import { yamlScalar } from '../document/yaml-edits';
import type { SchemaNode } from '../schema/navigator';
import type { DataPath } from '../document/yaml-location';
import {
  analyse,
  definedKind,
  displayPath,
  infoAt,
  nodesAt,
  type Analysis,
  type LanguageEnvironment,
  type LanguageRequest,
} from './analysis';
import { keyMarkdown, methodMarkdown, siteMarkdown, stepMarkdown, words } from './describe';
import { schemaInfo, type SchemaInfo } from './schema-info';

export type CompletionKind = 'key' | 'enum' | 'reference' | 'method' | 'step' | 'kind' | 'value';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** One line shown next to the label: the key's title, the id's name. */
  detail?: string;
  /** Markdown shown beside the list. */
  documentation?: string;
  /** The text that replaces `range`; a VS Code snippet (`$1`, `${1|a,b|}`) when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  /** Orders the list: required keys and unused steps first. */
  sortText: string;
  /** Matched against what is typed, when it differs from the label (`- id` items). */
  filterText?: string;
}

export interface CompletionResult {
  items: CompletionEntry[];
  /** What the items replace: the key or value at the cursor. */
  range: OffsetRange;
}

/**
 * Completion in a frontmatter: the keys the schemas allow at the cursor (minus those already
 * written), enum values, the ids the plan defines where an id is expected, method presets, and
 * the steps of the plan's method for `step:`.
 */
export function complete(
  request: LanguageRequest,
  environment: LanguageEnvironment = {},
): CompletionResult | undefined {
  const analysis = analyse(request, environment);
  if (!analysis) return undefined;
  const { cursor } = analysis;
  // Past a closing quote, or in the spaces after a value: nothing to complete there (and an
  // editor only takes a completion whose range holds the cursor).
  if (request.offset < cursor.range.start || request.offset > cursor.range.end) return undefined;
  let items: CompletionEntry[];
  if (cursor.target === 'key') items = keyItems(analysis, cursor.parentPath, cursor.siblingKeys);
  else {
    const info = analysis.kind ? infoAt(analysis, cursor.path) : undefined;
    items =
      cursor.itemMayBeKey && info?.hasProperties
        ? keyItems(analysis, cursor.path, cursor.siblingKeys)
        : valueItems(analysis, info);
  }
  return { items, range: cursor.range };
}

function keyItems(analysis: Analysis, parentPath: DataPath, siblingKeys: readonly string[]): CompletionEntry[] {
  const { cursor, request } = analysis;
  const locale = request.locale;
  if (!analysis.kind) {
    // A new file's frontmatter: the one key that makes it a SocialPlan document. Only in an empty
    // frontmatter, so that other tools' frontmatter (a blog's `title:`) is never offered it.
    if (parentPath.length > 0 || siblingKeys.length > 0) return [];
    const w = words(locale);
    return [
      {
        label: 'socialplan',
        kind: 'key',
        detail: w.documentKind,
        documentation: w.documentKindDescription,
        insertText: cursor.hasColon ? 'socialplan' : 'socialplan: ${1|plan,step,charter,annex|}',
        snippet: !cursor.hasColon,
        sortText: '0socialplan',
      },
    ];
  }
  const parentNodes = nodesAt(analysis, parentPath);
  const parent = schemaInfo(parentNodes);
  // On a new line below `objectives:`: a new item of the list, with its first key.
  if (!parent.hasProperties && parent.isList && !cursor.inFlow) {
    const itemPath = [...parentPath, 0];
    const item = infoAt(analysis, itemPath);
    if (!item.hasProperties) return [];
    return propertyItems(analysis, itemPath, [], { dash: true });
  }
  return propertyItems(analysis, parentPath, siblingKeys, { dash: false });
}

function propertyItems(
  analysis: Analysis,
  parentPath: DataPath,
  siblingKeys: readonly string[],
  options: { dash: boolean },
): CompletionEntry[] {
  const { cursor, request } = analysis;
  const locale = request.locale;
  const parentNodes = nodesAt(analysis, parentPath);
  const required = schemaInfo(parentNodes).required;
  const properties = analysis.navigator.properties(parentNodes);
  const taken = new Set(siblingKeys);
  const items: CompletionEntry[] = [];
  for (const [name, nodes] of properties) {
    if (taken.has(name) || (name === 'socialplan' && parentPath.length === 0)) continue;
    const expanded = expandAll(analysis, nodes);
    const info = schemaInfo(expanded);
    const isRequired = required.includes(name);
    const body = cursor.hasColon
      ? name
      : keyInsertText(analysis, name, expanded, cursor.inFlow, childIndent(analysis, options.dash));
    items.push({
      label: options.dash ? `- ${name}` : name,
      kind: 'key',
      detail: info.title?.[locale],
      documentation: keyMarkdown(name, info, locale, { required: isRequired }),
      insertText: options.dash ? `- ${body}` : body,
      snippet: !cursor.hasColon,
      sortText: `${isRequired ? 0 : 1}${name === 'id' ? '0' : '1'}${name}`,
      filterText: options.dash ? `- ${name}` : undefined,
    });
  }
  return items;
}

/**
 * What a key completion writes, as a snippet: the colon and a value shaped by the schema (a choice
 * of enum values, a quoted date, an indented block for a mapping or a list). A mapping's required
 * keys are written out too (`period:` gets `start:` and `end:`), one level deep.
 */
function keyInsertText(
  analysis: Analysis,
  name: string,
  nodes: readonly SchemaNode[],
  inFlow: boolean,
  indent: string,
  stops = { next: 1 },
): string {
  const info = schemaInfo(nodes);
  const stop = () => stops.next++;
  const enumChoice = info.enumValues.filter((item) => typeof item.value === 'string' || typeof item.value === 'number');
  if (enumChoice.length > 0)
    return `${name}: \${${stop()}|${enumChoice.map((item) => escapeChoice(String(item.value))).join(',')}|}`;
  if (info.types.includes('boolean')) return `${name}: \${${stop()}|true,false|}`;
  if (info.format === 'date') return `${name}: "\${${stop()}:YYYY-MM-DD}"`;
  if (inFlow) return `${name}: $${stop()}`;
  if (info.hasProperties && !info.types.includes('string')) {
    const properties = analysis.navigator.properties(nodes);
    const required = info.required.filter((key) => properties.has(key));
    const simple = required.every((key) => {
      const child = schemaInfo(expandAll(analysis, properties.get(key) ?? []));
      return !child.hasProperties && !child.isList;
    });
    if (required.length === 0 || !simple) return `${name}:\n${indent}$0`;
    const lines = required.map(
      (key) =>
        `${indent}${keyInsertText(analysis, key, expandAll(analysis, properties.get(key) ?? []), false, indent, stops)}`,
    );
    return `${name}:\n${lines.join('\n')}`;
  }
  if (info.isList) {
    const items = schemaInfo(nodes.flatMap((node) => analysis.navigator.at(node, [0])));
    return items.hasProperties ? `${name}:\n${indent}- $0` : `${name}: [$${stop()}]`;
  }
  return `${name}: $${stop()}`;
}

function expandAll(analysis: Analysis, nodes: readonly SchemaNode[]): SchemaNode[] {
  return nodes.flatMap((node) => analysis.navigator.expand(node));
}

/**
 * Indentation of a child line in a key completion, relative to the line the key is on (VS Code
 * prefixes every inserted line with that line's own indentation). A key after `- ` sits deeper
 * than its line starts, by the dash and its space.
 */
function childIndent(analysis: Analysis, dash: boolean): string {
  const { text } = analysis.request;
  const lineStart = text.lastIndexOf('\n', analysis.cursor.range.start - 1) + 1;
  const lineIndent = /^[ \t]*/.exec(text.slice(lineStart))?.[0].length ?? 0;
  const keyColumn = analysis.cursor.column + (dash ? 2 : 0);
  return ' '.repeat(Math.max(0, keyColumn - lineIndent) + 2);
}

function valueItems(analysis: Analysis, info: SchemaInfo | undefined): CompletionEntry[] {
  const { cursor, request } = analysis;
  const locale = request.locale;
  if (cursor.path.length === 1 && cursor.path[0] === 'socialplan') return kindItems(analysis);
  if (!info || !analysis.kind) return [];
  // A new id is the author's to choose.
  if (definedKind(cursor.path) || cursor.path.at(-1) === 'id') return [];
  if (info.idTarget === 'step') return stepItems(analysis);
  if (info.idTarget) return idItems(analysis, info.idTarget);
  if (analysis.kind === 'plan' && cursor.path.length === 1 && cursor.path[0] === 'method')
    return methodItems(analysis, info);
  const items: CompletionEntry[] = info.enumValues.map((item, index) => ({
    label: String(item.value),
    kind: 'enum',
    detail: item.description?.[locale],
    documentation: item.description ? `**\`${String(item.value)}\`** — ${item.description[locale]}` : undefined,
    insertText: valueText(analysis, item.value),
    snippet: false,
    sortText: String(index).padStart(3, '0'),
  }));
  if (items.length === 0 && info.types.includes('boolean')) {
    for (const value of [true, false])
      items.push({
        label: String(value),
        kind: 'value',
        insertText: valueText(analysis, value),
        snippet: false,
        sortText: String(value),
      });
  }
  // Codes with a fixed shape (currency, jurisdiction, colour): the schema's examples help.
  if (items.length === 0 && info.pattern && info.examples.length > 0) {
    const planCurrency = typeof analysis.index?.plan.currency === 'string' ? [analysis.index.plan.currency] : [];
    const examples = [
      ...new Set([
        ...(cursor.path.at(-1) === 'currency' ? planCurrency : []),
        ...info.examples.filter((example) => typeof example === 'string'),
      ]),
    ];
    examples
      .filter((example) => !cursor.siblingValues.includes(example as string))
      .forEach((example, index) =>
        items.push({
          label: String(example),
          kind: 'value',
          detail: info.title?.[locale],
          insertText: valueText(analysis, example),
          snippet: false,
          sortText: `9${index}`,
        }),
      );
  }
  return items;
}

function kindItems(analysis: Analysis): CompletionEntry[] {
  const w = words(analysis.request.locale);
  return DOCUMENT_KINDS.map((kind, index) => ({
    label: kind,
    kind: 'kind',
    detail: w.kindsOfDocument[kind],
    documentation: `**\`${kind}\`** — ${w.kindsOfDocument[kind]}`,
    insertText: valueText(analysis, kind),
    snippet: false,
    sortText: String(index),
  }));
}

function idItems(analysis: Analysis, kind: IdKind): CompletionEntry[] {
  const definitions = analysis.index?.definitions[kind];
  if (!definitions) return [];
  const locale = analysis.request.locale;
  const taken = new Set(analysis.cursor.siblingValues);
  const items: CompletionEntry[] = [];
  for (const [id, sites] of definitions) {
    if (taken.has(id)) continue;
    const value = sites[0].value;
    const name =
      typeof value.name === 'string' ? value.name : typeof value.statement === 'string' ? value.statement : undefined;
    items.push({
      label: id,
      kind: 'reference',
      detail: name ?? displayPath(analysis, sites[0].document.file),
      documentation: siteMarkdown(analysis, kind, id, sites, locale),
      insertText: valueText(analysis, id),
      snippet: false,
      sortText: id,
    });
  }
  return items;
}

function stepItems(analysis: Analysis): CompletionEntry[] {
  const locale = analysis.request.locale;
  const { cursor } = analysis;
  // In the plan's own custom method (`requires: [...]`), the other steps of that method.
  const methods: Method[] = analysis.method ? [analysis.method] : PRESET_NAMES.map((name) => METHOD_PRESETS[name]);
  const covered = new Map<string, string>();
  for (const site of analysis.index?.steps ?? []) {
    if (typeof site.value.step === 'string' && site.document.file !== analysis.request.file)
      covered.set(site.value.step, displayPath(analysis, site.document.file));
  }
  const items: CompletionEntry[] = [];
  const seen = new Set<string>();
  for (const method of methods) {
    method.steps.forEach((step, position) => {
      if (seen.has(step.id) || cursor.siblingValues.includes(step.id)) return;
      seen.add(step.id);
      const elsewhere = analysis.kind === 'step' ? covered.get(step.id) : undefined;
      items.push({
        label: step.id,
        kind: 'step',
        detail: `${step.title[locale]}${elsewhere ? ` — ${elsewhere}` : ''}`,
        documentation: stepMarkdown(method, step, locale),
        insertText: valueText(analysis, step.id),
        snippet: false,
        // The steps that still need a document come first, in method order.
        sortText: `${elsewhere ? 1 : 0}${String(position).padStart(2, '0')}`,
      });
    });
  }
  return items;
}

function methodItems(analysis: Analysis, info: SchemaInfo): CompletionEntry[] {
  const locale = analysis.request.locale;
  return PRESET_NAMES.map((name, index) => {
    const description = info.enumValues.find((item) => item.value === name)?.description;
    return {
      label: name,
      kind: 'method' as const,
      detail: METHOD_PRESETS[name].title[locale],
      documentation: methodMarkdown(METHOD_PRESETS[name], locale, description),
      insertText: valueText(analysis, name),
      snippet: false,
      sortText: String(index),
    };
  });
}

/** A value as YAML text, with a space after a `:`, `-` or `,` typed right before the cursor. */
function valueText(analysis: Analysis, value: unknown): string {
  const { text } = analysis.request;
  const before = text[analysis.cursor.range.start - 1];
  const quotedAlready = before === '"' || before === "'";
  const written = quotedAlready ? String(value) : yamlScalar(value as string | number | boolean);
  return before === ':' || before === '-' || before === ',' ? ` ${written}` : written;
}

function escapeChoice(text: string): string {
  return text.replace(/[$}\\,|]/g, (char) => `\\${char}`);
}
