import { isMap, isPair, isSeq, type Node } from 'yaml';
import type { SocialDocument } from '../document';
import type { SchemaNavigator, SchemaNode } from '../schema/navigator';
import { closest } from '../suggest';
import { keyText } from '../yaml-location';
import type { DocumentRule, Reporter } from './rule';

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
    const roots = [context.schemas.forKind(document.kind).root, ...context.customSchemas.map((custom) => custom.root)];
    const walker = { document, navigator, report };
    visit(walker, document.yaml.contents, roots.flatMap((root) => navigator.expand(root)));
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
  if (isSeq(node)) {
    node.items.forEach((item, index) => visit(walker, item, schemas.flatMap((schema) => walker.navigator.at(schema, [index]))));
    return;
  }
  if (!isMap(node)) return;
  const properties = walker.navigator.properties(schemas);
  const closed = walker.navigator.isClosed(schemas);
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const name = keyText(pair.key);
    if (name === undefined) continue;
    const known = properties.get(name);
    if (known) visit(walker, pair.value, known.flatMap((schema) => walker.navigator.expand(schema)));
    else if (closed) reportUnknown(walker, pair.key as Node, name, [...properties.keys()]);
  }
}

function reportUnknown(walker: Walker, keyNode: Node, name: string, known: string[]): void {
  const { document } = walker;
  const [start, end] = keyNode.range ?? [0, 0];
  const range = { start: document.yamlStart + start, end: document.yamlStart + end };
  const suggestion = closest(name, known);
  walker.report({
    file: document.file,
    range,
    message: suggestion
      ? { en: `Unknown key \`${name}\`. Did you mean \`${suggestion}\`?`, fr: `Clé inconnue \`${name}\`. Vouliez-vous dire \`${suggestion}\` ?` }
      : { en: `Unknown key \`${name}\`: no schema expects it here.`, fr: `Clé inconnue \`${name}\` : aucun schéma ne l’attend ici.` },
    fixes: suggestion
      ? [
          {
            title: { en: `Rename to \`${suggestion}\``, fr: `Renommer en \`${suggestion}\`` },
            edits: [{ file: document.file, range, newText: suggestion }],
            safe: false,
          },
        ]
      : undefined,
  });
}
