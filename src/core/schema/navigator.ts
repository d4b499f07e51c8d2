import { isRecord } from '../util/guards';
import type { JsonSchema } from './bundled';

/** A schema node together with the URI its relative `$ref`s resolve against. */
export interface SchemaNode {
  schema: JsonSchema;
  base: string;
}

const MAX_REF_DEPTH = 32;

/**
 * Walks JSON Schemas along a data path, following `$ref`, `allOf`, `anyOf`, `oneOf` and
 * `if/then/else`. Unknown-key detection, hover and completion all ask it "what may be here?".
 */
export class SchemaNavigator {
  constructor(private readonly schemasById: ReadonlyMap<string, JsonSchema>) {}

  root(schema: JsonSchema, fallbackBase = 'urn:socialplan:custom'): SchemaNode {
    return { schema, base: typeof schema.$id === 'string' ? schema.$id : fallbackBase };
  }

  /** Every schema node that may describe the value at `path`. Empty when nothing does. */
  at(start: SchemaNode, path: readonly (string | number)[]): SchemaNode[] {
    let nodes = this.expand(start);
    for (const segment of path) {
      nodes = nodes.flatMap((node) => this.child(node, segment)).flatMap((node) => this.expand(node));
      if (nodes.length === 0) break;
    }
    return nodes;
  }

  /** Property name → schema nodes, over every given node. */
  properties(nodes: readonly SchemaNode[]): Map<string, SchemaNode[]> {
    const found = new Map<string, SchemaNode[]>();
    for (const node of nodes) {
      const properties = node.schema.properties;
      if (!isRecord(properties)) continue;
      for (const [name, schema] of Object.entries(properties)) {
        if (!isRecord(schema)) continue;
        found.set(name, [...(found.get(name) ?? []), { schema, base: node.base }]);
      }
    }
    return found;
  }

  /**
   * True when some node closes the object (`additionalProperties: false` or
   * `unevaluatedProperties: false`) and none explicitly accepts other keys (a schema for
   * `additionalProperties`, or `patternProperties`). Nodes that say nothing stay neutral: a
   * `then` fragment (`{ properties: { skip_reason: true } }`) or an agency schema that only adds
   * keys must not reopen the bundled schema, or every typo next to them would go unreported.
   */
  isClosed(nodes: readonly SchemaNode[]): boolean {
    const closes = (schema: JsonSchema) =>
      schema.additionalProperties === false || schema.unevaluatedProperties === false;
    const opens = (schema: JsonSchema) => isRecord(schema.additionalProperties) || isRecord(schema.patternProperties);
    return nodes.some((node) => closes(node.schema)) && !nodes.some((node) => opens(node.schema));
  }

  /** The node itself plus everything it is combined with, with `$ref`s followed. */
  expand(node: SchemaNode, depth = 0): SchemaNode[] {
    if (depth > 0) return this.expandUncached(node, depth);
    // Walking a long list asks for the same item schema thousands of times: remember the answer.
    let byBase = this.expanded.get(node.schema);
    if (!byBase) this.expanded.set(node.schema, (byBase = new Map()));
    let found = byBase.get(node.base);
    if (!found) byBase.set(node.base, (found = this.expandUncached(node, 0)));
    return found;
  }

  private readonly expanded = new WeakMap<JsonSchema, Map<string, SchemaNode[]>>();

  private expandUncached(node: SchemaNode, depth: number): SchemaNode[] {
    if (depth > MAX_REF_DEPTH) return [];
    const base = typeof node.schema.$id === 'string' ? new URL(node.schema.$id, node.base).href : node.base;
    const here = { schema: node.schema, base };
    const combined = ['allOf', 'anyOf', 'oneOf']
      .flatMap((keyword) => asSchemaList(node.schema[keyword]))
      .concat(['then', 'else'].flatMap((keyword) => asSchemaList([node.schema[keyword]])));
    const referenced = typeof node.schema.$ref === 'string' ? this.resolve(node.schema.$ref, base) : undefined;
    return [
      here,
      ...(referenced ? this.expand(referenced, depth + 1) : []),
      ...combined.flatMap((schema) => this.expand({ schema, base }, depth + 1)),
    ];
  }

  resolve(reference: string, base: string): SchemaNode | undefined {
    const url = new URL(reference, base);
    const pointer = decodeURIComponent(url.hash.replace(/^#/, ''));
    url.hash = '';
    const document = this.schemasById.get(url.href);
    if (!document) return undefined;
    const target = followPointer(document, pointer);
    return target ? { schema: target, base: url.href } : undefined;
  }

  private child(node: SchemaNode, segment: string | number): SchemaNode[] {
    const { schema, base } = node;
    if (typeof segment === 'number') {
      const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems[segment] : undefined;
      const items = isRecord(prefix) ? prefix : schema.items;
      return isRecord(items) ? [{ schema: items, base }] : [];
    }
    const properties = schema.properties;
    const property = isRecord(properties) ? properties[segment] : undefined;
    if (isRecord(property)) return [{ schema: property, base }];
    const additional = schema.additionalProperties;
    return isRecord(additional) ? [{ schema: additional, base }] : [];
  }
}

function asSchemaList(value: unknown): JsonSchema[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function followPointer(document: JsonSchema, pointer: string): JsonSchema | undefined {
  if (pointer === '' || pointer === '/') return document;
  let current: unknown = document;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    current = isRecord(current) ? current[token] : Array.isArray(current) ? current[Number(token)] : undefined;
  }
  return isRecord(current) ? current : undefined;
}
