import {
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { SocialDocument } from '../document/document';
import type { SchemaNavigator, SchemaNode } from '../schema/navigator';
import { closest, isOnlyClosest } from '../util/suggest';
import { keyText } from '../document/yaml-location';
import type { Fix } from '../types';
import type { DocumentRule, Reporter } from './rule';
import { mergeFix } from './unknown-key-merge';

export const unknownKey: DocumentRule = {
  id: 'unknown-key',
  scope: 'document',
  defaultSeverity: 'warning',
  fixable: true,
  description: {
    en: 'Every frontmatter key is known to a schema; near misses get a "did you mean".',
    fr: 'Chaque clé du frontmatter est connue d’un schéma ; les fautes de frappe reçoivent une suggestion.',
  },
  check(document, context, report) {
    if (document.kind === undefined) return;
    const navigator = context.schemas.navigatorWith(context.customSchemas);
    const bundled = context.schemas.forKind(document.kind).root;
    const roots =
      context.customSchemas.length === 0
        ? bundledRoots(navigator, bundled)
        : [bundled, ...context.customSchemas.map((custom) => custom.root)].flatMap((root) => navigator.expand(root));
    visit({ document, navigator, report }, document.yaml.contents, roots);
  },
};

interface Walker {
  document: SocialDocument;
  navigator: SchemaNavigator;
  report: Reporter;
}

/** Walks the YAML alongside the schemas; below an unknown key nothing more is reported. */
function visit(walker: Walker, node: unknown, schemas: SchemaNode[]): void {
  if (schemas.length === 0) return;
  const shape = shapeOf(walker.navigator, schemas);
  if (isSeq(node)) {
    node.items.forEach((item, index) => visit(walker, item, itemSchemas(walker.navigator, shape, schemas, index)));
    return;
  }
  if (!isMap(node)) return;
  for (let index = 0; index < node.items.length; index++) {
    const pair = node.items[index];
    if (!isPair(pair)) continue;
    const name = keyText(pair.key);
    if (name === undefined) {
      if (isCollection(pair.key)) reportCollectionKey(walker, pair.key);
      continue;
    }
    const known = childSchemas(walker.navigator, shape, name);
    if (known) visit(walker, pair.value, known);
    else if (shape.closed) {
      const pieces = node.flow ? commaPieces(walker, node, index, shape) : 0;
      if (pieces > 0) {
        reportCommaInFlowMap(walker, node.items[index - 1] as Pair<Scalar, Scalar>, node.items[index + pieces - 1]);
        index += pieces - 1;
      } else reportUnknown(walker, pair, name, [...shape.properties.keys()], node);
    }
  }
}

/**
 * `{ label: Gestionnaire (0,5 ETP), amount: 18000 }`: in a flow mapping a comma ends the value, so
 * `label` holds `Gestionnaire (0` and `5 ETP)` became a key with no value. The number of such
 * pieces from `index` on (keys no schema knows, with no `:`, each right after a comma that follows
 * a plain value); 0 when the pair at `index` is not one.
 */
function commaPieces(walker: Walker, map: YAMLMap, index: number, shape: Shape): number {
  const previous = map.items[index - 1];
  if (!isPair(previous) || !isPlain(previous.value) || !isPlain(previous.key)) return 0;
  const text = walker.document.text;
  const yamlStart = walker.document.yamlStart;
  let end = (previous.value as Scalar).range?.[1] ?? 0;
  let count = 0;
  for (let at = index; at < map.items.length; at++) {
    const pair = map.items[at];
    if (!isPair(pair) || pair.value !== null || !isPlain(pair.key)) break;
    const name = keyText(pair.key);
    if (name === undefined || shape.properties.has(name)) break;
    const [start, keyEnd] = (pair.key as Scalar).range ?? [0, 0];
    if (!/^[ \t]*,[ \t]*$/.test(text.slice(yamlStart + end, yamlStart + start))) break;
    end = keyEnd;
    count++;
  }
  return count;
}

function isPlain(node: unknown): node is Scalar {
  return isScalar(node) && node.type === 'PLAIN' && node.range !== undefined && node.range !== null;
}

function reportCommaInFlowMap(walker: Walker, before: Pair<Scalar, Scalar>, last: unknown): void {
  const { document } = walker;
  const start = document.yamlStart + (before.value?.range?.[0] ?? 0);
  const end = document.yamlStart + (((last as Pair<Scalar>).key?.range?.[1] ?? 0) as number);
  const written = document.text.slice(start, end);
  const cut = String(before.value?.source ?? before.value?.value);
  const key = String(before.key?.value);
  const quoted = JSON.stringify(written);
  walker.report({
    file: document.file,
    range: { start, end },
    message: {
      en: `A comma inside \`{ }\` ends the value: \`${key}\` reads \`${cut}\`, and the rest became keys of their own. Put the text in quotes: \`${key}: ${quoted}\`.`,
      fr: `Une virgule entre \`{ }\` termine la valeur : \`${key}\` se lit \`${cut}\`, et la suite est devenue des clés à part. Mettez le texte entre guillemets : \`${key}: ${quoted}\`.`,
    },
    fixes: [
      {
        title: { en: `Put \`${written}\` in quotes`, fr: `Mettre \`${written}\` entre guillemets` },
        edits: [{ file: document.file, range: { start, end }, newText: quoted }],
        safe: false,
      },
    ],
  });
}

/**
 * What is offered for a key no schema knows that is a near miss of `suggestion`. A key no schema
 * knows is read by nothing, so renaming it to the one known key it is a typo of cannot change what
 * the plan says: a safe fix; not safe when another known key is as close (which one is a choice).
 * When the mapping already has the suggested key, a rename would write it twice and break the YAML:
 * "Merge into" where that is well defined, else nothing.
 */
function fixesFor(walker: Walker, pair: Pair, name: string, suggestion: string, known: string[], map: YAMLMap): Fix[] {
  const { document } = walker;
  if (keysOf(map).has(suggestion)) {
    const merge = mergeFix(document, map, pair, suggestion);
    return merge ? [merge] : [];
  }
  const [start, end] = (pair.key as Node).range ?? [0, 0];
  const range = { start: document.yamlStart + start, end: document.yamlStart + end };
  return [
    {
      title: { en: `Rename to \`${suggestion}\``, fr: `Renommer en \`${suggestion}\`` },
      edits: [{ file: document.file, range, newText: suggestion }],
      safe: isOnlyClosest(name, suggestion, known),
    },
  ];
}

/** The key names of a mapping, gathered once: a mapping may hold thousands of unknown keys. */
const keySets = new WeakMap<YAMLMap, Set<string>>();
function keysOf(map: YAMLMap): Set<string> {
  let keys = keySets.get(map);
  if (!keys) {
    keys = new Set();
    for (const pair of map.items) {
      const name = isPair(pair) ? keyText(pair.key) : undefined;
      if (name !== undefined) keys.add(name);
    }
    keySets.set(map, keys);
  }
  return keys;
}

/**
 * What a set of schema nodes allows, worked out once per set: a plan lists dozens of objectives
 * and budget lines that all share one item schema, and the editor lints on every keystroke.
 */
interface Shape {
  properties: Map<string, SchemaNode[]>;
  closed: boolean;
  children: Map<string, SchemaNode[]>;
  items?: SchemaNode[];
  positional: boolean;
}

const shapes = new WeakMap<SchemaNode[], Shape>();
const rootsByKind = new WeakMap<SchemaNode, SchemaNode[]>();

function bundledRoots(navigator: SchemaNavigator, root: SchemaNode): SchemaNode[] {
  let roots = rootsByKind.get(root);
  if (!roots) rootsByKind.set(root, (roots = navigator.expand(root)));
  return roots;
}

function shapeOf(navigator: SchemaNavigator, schemas: SchemaNode[]): Shape {
  let shape = shapes.get(schemas);
  if (!shape) {
    shape = {
      properties: navigator.properties(schemas),
      closed: navigator.isClosed(schemas),
      children: new Map(),
      positional: schemas.some((node) => Array.isArray(node.schema.prefixItems)),
    };
    shapes.set(schemas, shape);
  }
  return shape;
}

function childSchemas(navigator: SchemaNavigator, shape: Shape, name: string): SchemaNode[] | undefined {
  let children = shape.children.get(name);
  if (!children) {
    const known = shape.properties.get(name);
    if (!known) return undefined;
    shape.children.set(name, (children = known.flatMap((schema) => navigator.expand(schema))));
  }
  return children;
}

function itemSchemas(navigator: SchemaNavigator, shape: Shape, schemas: SchemaNode[], index: number): SchemaNode[] {
  const compute = (position: number) => schemas.flatMap((schema) => navigator.at(schema, [position]));
  if (shape.positional) return compute(index);
  shape.items ??= compute(0);
  return shape.items;
}

/** `? [a, b]` or `? {a: 1}`: YAML allows a list or a map as a key; no schema can name one. */
function reportCollectionKey(walker: Walker, keyNode: YAMLMap | YAMLSeq): void {
  const { document } = walker;
  const [start, end] = keyNode.range ?? [0, 0];
  const kind = isSeq(keyNode) ? { en: 'a list', fr: 'une liste' } : { en: 'a map', fr: 'un dictionnaire' };
  walker.report({
    file: document.file,
    range: { start: document.yamlStart + start, end: document.yamlStart + end },
    message: {
      en: `This key is ${kind.en}: keys must be plain names (\`title\`, \`budget\`…), which no schema here can match otherwise.`,
      fr: `Cette clé est ${kind.fr} : une clé doit être un simple nom (\`title\`, \`budget\`…), sans quoi aucun schéma ne peut la reconnaître.`,
    },
  });
}

function reportUnknown(walker: Walker, pair: Pair, name: string, known: string[], map: YAMLMap): void {
  const { document } = walker;
  const [start, end] = (pair.key as Node).range ?? [0, 0];
  const range = { start: document.yamlStart + start, end: document.yamlStart + end };
  const suggestion = closest(name, known);
  const fixes = suggestion ? fixesFor(walker, pair, name, suggestion, known, map) : [];
  walker.report({
    file: document.file,
    range,
    message: suggestion
      ? {
          en: `Unknown key \`${name}\`. Did you mean \`${suggestion}\`?`,
          fr: `Clé inconnue \`${name}\`. Vouliez-vous dire \`${suggestion}\` ?`,
        }
      : {
          en: `Unknown key \`${name}\`: no schema expects it here.`,
          fr: `Clé inconnue \`${name}\` : aucun schéma ne l’attend ici.`,
        },
    fixes: fixes.length > 0 ? fixes : undefined,
  });
}
