/**
 * Renders the bundled JSON Schemas as one Markdown reference (`docs/schema.md`).
 *
 * The schemas are the single source of truth for keys, types and bilingual descriptions; this
 * module only reads them, so the reference cannot say something the validator does not enforce.
 * A test compares `docs/schema.md` with this output, so the file cannot drift from the schemas.
 */
import annex from '../../schemas/annex.schema.json';
import budget from '../../schemas/budget.schema.json';
import charter from '../../schemas/charter.schema.json';
import common from '../../schemas/common.schema.json';
import config from '../../schemas/config.schema.json';
import legal from '../../schemas/legal.schema.json';
import objectives from '../../schemas/objectives.schema.json';
import plan from '../../schemas/plan.schema.json';
import platforms from '../../schemas/platforms.schema.json';
import resources from '../../schemas/resources.schema.json';
import step from '../../schemas/step.schema.json';
import results from '../../schemas/results.schema.json';
import calendar from '../../schemas/calendar.schema.json';
import postList from '../../schemas/post-list.schema.json';
import resultList from '../../schemas/result-list.schema.json';

/** The subset of JSON Schema (plus our `x-` annotations) that the bundled schemas use. */
export interface SchemaNode {
  $id?: string;
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  title?: string;
  description?: string;
  'x-title-fr'?: string;
  'x-description-fr'?: string;
  'x-examples'?: unknown[];
  'x-enum-descriptions'?: string[];
  'x-enum-descriptions-fr'?: string[];
  type?: string;
  const?: unknown;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  if?: SchemaNode;
  then?: SchemaNode;
}

export type SchemaGroup = 'document' | 'block' | 'shared' | 'config';

export interface BundledSchema {
  /** File name without `.schema.json`; also the frontmatter key for blocks. */
  name: string;
  group: SchemaGroup;
  schema: SchemaNode;
}

export const SCHEMA_BASE_URI = 'https://socialplan.dev/schemas/';

// The JSON imports are typed as their literal shapes; going through `unknown` states that we only
// rely on the SchemaNode subset.
const node = (json: unknown): SchemaNode => json as SchemaNode;

/** Every bundled schema, in the order the reference presents them. */
export const BUNDLED_SCHEMAS: readonly BundledSchema[] = [
  { name: 'plan', group: 'document', schema: node(plan) },
  { name: 'step', group: 'document', schema: node(step) },
  { name: 'charter', group: 'document', schema: node(charter) },
  { name: 'annex', group: 'document', schema: node(annex) },
  { name: 'results', group: 'document', schema: node(results) },
  { name: 'calendar', group: 'document', schema: node(calendar) },
  { name: 'objectives', group: 'block', schema: node(objectives) },
  { name: 'resources', group: 'block', schema: node(resources) },
  { name: 'budget', group: 'block', schema: node(budget) },
  { name: 'legal', group: 'block', schema: node(legal) },
  { name: 'platforms', group: 'block', schema: node(platforms) },
  { name: 'result-list', group: 'block', schema: node(resultList) },
  { name: 'post-list', group: 'block', schema: node(postList) },
  { name: 'common', group: 'shared', schema: node(common) },
  { name: 'config', group: 'config', schema: node(config) },
];

const GROUP_HEADINGS: Record<SchemaGroup, string> = {
  document: 'Documents · Documents',
  block: 'Frontmatter blocks · Blocs du frontmatter',
  shared: 'Shared types · Types communs',
  config: 'Configuration file · Fichier de configuration',
};

const TABLE_HEADER =
  '| Key | Type / allowed values | Required | Description | Description (français) |\n| --- | --- | --- | --- | --- |';

/** Anchors of every node that gets its own heading or row, by node identity. */
type Anchors = Map<SchemaNode, string>;

export function renderSchemaDocs(): string {
  const anchors = assignAnchors();
  const parts = [renderIntro()];
  for (const group of Object.keys(GROUP_HEADINGS) as SchemaGroup[]) {
    parts.push(`## ${GROUP_HEADINGS[group]}`);
    for (const entry of BUNDLED_SCHEMAS.filter((e) => e.group === group)) {
      parts.push(renderSchema(entry, anchors));
    }
  }
  return `${parts.join('\n\n')}\n`;
}

function renderIntro(): string {
  const toc = BUNDLED_SCHEMAS.map((e) => `- [${e.schema.title} · ${e.schema['x-title-fr']}](#${e.name})`);
  return [
    '# SocialPlan schema reference · Référence des schémas SocialPlan',
    '<!-- Generated from schemas/*.schema.json by scripts/generate/gen-schema-docs.ts. Do not edit by hand: ' +
      'change the schemas, then run `npx tsx scripts/generate/gen-schema-docs.ts`. -->',
    'Every key SocialPlan understands in the YAML frontmatter of a plan, a step, a charter, an annex or results, ' +
      'and in the `.socialplan.yaml` configuration file.',
    '_Toutes les clés que SocialPlan comprend dans le frontmatter YAML d’un plan, d’une étape, d’une charte' +
      ', d’une annexe ou de résultats, et dans le fichier de configuration `.socialplan.yaml`._',
    toc.join('\n'),
  ].join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Walking and resolving

/** Every node written inside `root` (properties, items, branches, $defs), in document order. */
function localNodes(root: SchemaNode): SchemaNode[] {
  const found: SchemaNode[] = [];
  const visit = (n: SchemaNode): void => {
    found.push(n);
    const children = [
      ...Object.values(n.properties ?? {}),
      ...(n.items ? [n.items] : []),
      ...(n.oneOf ?? []),
      ...(n.anyOf ?? []),
      ...Object.values(n.$defs ?? {}),
    ];
    children.forEach(visit);
  };
  visit(root);
  return found;
}

const isObjectTable = (n: SchemaNode): boolean => n.type === 'object' && n.properties !== undefined;
const hasEnumTable = (n: SchemaNode): boolean => n.enum !== undefined && n['x-enum-descriptions'] !== undefined;

interface Resolved {
  entry: BundledSchema;
  node: SchemaNode;
}

/** Resolves the `$ref` forms the bundled schemas use: `file.schema.json`, `#/$defs/x`, or both. */
export function resolveRef(ref: string, from: BundledSchema): Resolved {
  const [file, pointer = ''] = ref.split('#');
  const entry = file ? BUNDLED_SCHEMAS.find((e) => e.schema.$id === SCHEMA_BASE_URI + file) : from;
  if (!entry) throw new Error(`Unknown schema in $ref "${ref}"`);
  const segments = pointer.split('/').filter(Boolean).map(decodePointerSegment);
  const target = segments.reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], entry.schema);
  if (!target || typeof target !== 'object') throw new Error(`Dangling $ref "${ref}" in ${from.name}`);
  return { entry, node: target as SchemaNode };
}

const decodePointerSegment = (s: string): string => s.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * Gives an anchor to each schema root, each object table, each enumeration with value
 * descriptions and each shared definition, before rendering, so links may point forward.
 */
function assignAnchors(): Anchors {
  const anchors: Anchors = new Map();
  const used = new Set<string>();
  const give = (n: SchemaNode, wanted: string): void => {
    if (anchors.has(n)) return;
    let id = wanted;
    for (let i = 2; used.has(id); i++) id = `${wanted}-${i}`;
    used.add(id);
    anchors.set(n, id);
  };
  for (const entry of BUNDLED_SCHEMAS) {
    give(entry.schema, entry.name);
    const defs = entry.group === 'shared' ? Object.values(entry.schema.$defs ?? {}) : [];
    for (const n of [...defs, ...localNodes(entry.schema)]) {
      if (defs.includes(n) || isObjectTable(n) || hasEnumTable(n))
        give(n, `${entry.name}-${slugify(n.title ?? 'node')}`);
    }
  }
  return anchors;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// ---------------------------------------------------------------------------------------------
// Sections

function renderSchema(entry: BundledSchema, anchors: Anchors): string {
  const root = entry.schema;
  const parts = [
    `<a id="${entry.name}"></a>\n\n### ${root.title} · ${root['x-title-fr']}`,
    `\`schemas/${entry.name}.schema.json\``,
    describe(root),
  ];
  if (entry.group === 'block') parts.push(blockShape(entry, anchors));
  if (entry.group === 'shared') parts.push(renderDefinitions(entry, anchors));
  const rendered = new Set<SchemaNode>();
  for (const n of localNodes(root).filter(isObjectTable)) {
    parts.push(renderObject(n, entry, anchors, rendered));
  }
  for (const n of localNodes(root).filter((n) => hasEnumTable(n) && !rendered.has(n))) {
    parts.push(renderEnum(n, anchors));
  }
  return parts.join('\n\n');
}

function describe(n: SchemaNode): string {
  return `${n.description}\n\n_${n['x-description-fr']}_`;
}

function blockShape(entry: BundledSchema, anchors: Anchors): string {
  const items = entry.schema.items;
  const shape = items ? `a list; each item is ${objectLink(items, anchors)}` : 'an object with the keys below';
  return `Allowed in every SocialPlan document: \`${entry.name}:\` is ${shape}.`;
}

function renderDefinitions(entry: BundledSchema, anchors: Anchors): string {
  const header = '| Type | Definition | Description | Description (français) |\n| --- | --- | --- | --- |';
  const rows = Object.values(entry.schema.$defs ?? {}).map((def) => {
    // Enumerations and objects get their own heading, which carries the anchor instead.
    const ownHeading = hasEnumTable(def) || isObjectTable(def);
    const name = ownHeading ? `${def.title}` : `<a id="${anchors.get(def)}"></a>${def.title}`;
    return row([name, typeLabel(def, entry, anchors, true), describeCell(def, 'en'), describeCell(def, 'fr')]);
  });
  return [header, ...rows].join('\n');
}

/** One object's table, then the value tables of its own enumerations. */
function renderObject(obj: SchemaNode, entry: BundledSchema, anchors: Anchors, rendered: Set<SchemaNode>): string {
  const parts: string[] = [];
  if (obj !== entry.schema) {
    parts.push(`<a id="${anchors.get(obj)}"></a>\n\n#### ${obj.title} · ${obj['x-title-fr']}`, describe(obj));
  }
  const properties = Object.entries(obj.properties ?? {});
  const rows = properties.map(([key, prop]) =>
    row([
      `\`${key}\``,
      typeLabel(prop, entry, anchors),
      requiredLabel(obj, key),
      describeCell(prop, 'en'),
      describeCell(prop, 'fr'),
    ]),
  );
  parts.push([TABLE_HEADER, ...rows].join('\n'));
  for (const [, prop] of properties.filter(([, p]) => hasEnumTable(p) && !rendered.has(p))) {
    rendered.add(prop);
    parts.push(renderEnum(prop, anchors));
  }
  return parts.join('\n\n');
}

function renderEnum(n: SchemaNode, anchors: Anchors): string {
  const en = n['x-enum-descriptions'] ?? [];
  const fr = n['x-enum-descriptions-fr'] ?? [];
  const rows = (n.enum ?? []).map((value, i) => row([code(value), en[i] ?? '', fr[i] ?? '']));
  return [
    `<a id="${anchors.get(n)}"></a>\n\n#### ${n.title}: values · ${n['x-title-fr']} : valeurs`,
    ['| Value | Meaning | Signification |\n| --- | --- | --- |', ...rows].join('\n'),
  ].join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Cells

function row(cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`;
}

function describeCell(n: SchemaNode, lang: 'en' | 'fr'): string {
  const text = (lang === 'en' ? n.description : n['x-description-fr']) ?? '';
  const examples = n['x-examples'];
  if (!examples?.length) return text;
  const label =
    lang === 'en' ? (examples.length > 1 ? 'Examples:' : 'Example:') : examples.length > 1 ? 'Exemples :' : 'Exemple :';
  return `${text} ${label} ${examples.map(code).join(', ')}`;
}

function requiredLabel(obj: SchemaNode, key: string): string {
  if (obj.required?.includes(key)) return 'yes';
  if (obj.then?.required?.includes(key)) return `when ${conditionLabel(obj.if)}`;
  return 'no';
}

/** Describes the `const` clauses of an `if`, e.g. `status: skipped`. */
function conditionLabel(condition: SchemaNode | undefined): string {
  const clauses = Object.entries(condition?.properties ?? {}).filter(([, p]) => typeof p === 'object' && 'const' in p);
  return clauses.map(([key, p]) => `\`${key}: ${flowYaml(p.const)}\``).join(' and ');
}

/**
 * A short description of what a node accepts, with links to the tables of named types.
 * `self` renders the node's own shape even when it has an anchor (used where the anchor is).
 */
function typeLabel(n: SchemaNode, entry: BundledSchema, anchors: Anchors, self = false): string {
  if (!self && anchors.has(n) && n.type !== 'object') return namedLabel(n, anchors);
  if (n.$ref) {
    const target = resolveRef(n.$ref, entry);
    return typeLabel(target.node, target.entry, anchors);
  }
  if (n.const !== undefined) return code(n.const);
  if (n.enum) return n.enum.map(code).join(', ');
  const branches = n.oneOf ?? n.anyOf;
  if (branches) return branches.map((b) => typeLabel(b, entry, anchors)).join(' **or** ');
  return baseTypeLabel(n, entry, anchors);
}

function namedLabel(n: SchemaNode, anchors: Anchors): string {
  const link = `[${n.title}](#${anchors.get(n)})`;
  if (n.enum) return `${link}: ${n.enum.map(code).join(', ')}`;
  return n.type === 'array' ? `list: ${link}` : link;
}

function baseTypeLabel(n: SchemaNode, entry: BundledSchema, anchors: Anchors): string {
  switch (n.type) {
    case 'array':
      return n.items ? `list of ${itemLabel(n.items, entry, anchors)}` : 'list';
    case 'object':
      return anchors.has(n) ? `object: ${objectLink(n, anchors)}` : 'object';
    case 'string':
      return stringLabel(n);
    case 'number':
    case 'integer':
      return numberLabel(n);
    case 'boolean':
      return '`true` or `false`';
    default:
      return 'any value';
  }
}

/** "list of [Objective](…)" reads better than "list of object: [Objective](…)". */
function itemLabel(items: SchemaNode, entry: BundledSchema, anchors: Anchors): string {
  return isObjectTable(items) ? objectLink(items, anchors) : typeLabel(items, entry, anchors);
}

const objectLink = (n: SchemaNode, anchors: Anchors): string => `[${n.title}](#${anchors.get(n)})`;

function stringLabel(n: SchemaNode): string {
  if (n.format === 'date') return 'date `YYYY-MM-DD`';
  if (n.format === 'uri') return 'URL';
  if (n.pattern) return `text matching \`${n.pattern}\``;
  return n.minLength ? 'non-empty text' : 'text';
}

function numberLabel(n: SchemaNode): string {
  const name = n.type === 'integer' ? 'whole number' : 'number';
  if (n.minimum !== undefined && n.maximum !== undefined) return `${name} from ${n.minimum} to ${n.maximum}`;
  if (n.minimum !== undefined) return `${name} ≥ ${n.minimum}`;
  if (n.maximum !== undefined) return `${name} ≤ ${n.maximum}`;
  return name;
}

const code = (value: unknown): string => `\`${flowYaml(value)}\``;

/** Writes an example value the way an author would type it in YAML flow style. */
function flowYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const pairs = Object.entries(value).map(([k, v]) => `${k}: ${flowYaml(v)}`);
    return `{ ${pairs.join(', ')} }`;
  }
  if (typeof value !== 'string') return String(value);
  return needsQuotes(value) ? JSON.stringify(value) : value;
}

/** Quotes strings YAML would read as another type, or that hold indicator or flow characters. */
function needsQuotes(s: string): boolean {
  const startsWithIndicator = /^[-?:,[\]{}#&*!|>'"%@`\s]/.test(s);
  const breaksFlow = /: | #|[,[\]{}]|:$|\s$/.test(s);
  // YAML 1.2 core schema: only numbers, booleans and null turn plain text into another type.
  const otherType = /^(?:[-+]?\.?[0-9][0-9_.]*(?:e[-+]?[0-9]+)?|true|false|null|~)$/i.test(s);
  return s === '' || startsWithIndicator || breaksFlow || otherType;
}
