import { isAlias, isMap, isNode, isPair, isScalar, isSeq, visit, type Document, type Node, type Pair } from 'yaml';
import type { LineIndex } from './lines';
import type { OffsetRange } from '../types';

export type DataPath = readonly (string | number)[];

/** Parsed YAML placed in a file: a document's frontmatter, or a whole config file. */
export interface YamlSource {
  yaml: Document;
  /** Offset of the YAML text in the file. */
  yamlStart: number;
  lines: LineIndex;
  /** Where problems about the whole YAML point (the opening `---`). */
  openFence: OffsetRange;
}

export interface Located {
  /** The key of the last pair on the path, when the path ends at a mapping key. */
  key?: OffsetRange;
  /** The value node's source range, when the value exists and is written out. */
  value?: OffsetRange;
  valueNode?: Node;
  /** How many path segments were found; less than the path length when the path is missing. */
  depth: number;
}

/**
 * The single place that turns a data path (`['objectives', 0, 'kpi']`) into source ranges.
 * `yaml`'s own `getIn(path, true)` is going away in its next major, so the walk is ours.
 */
export function locate(document: YamlSource, path: DataPath): Located {
  const yaml = document.yaml;
  let node: unknown = yaml.contents;
  const located: Located = { depth: 0 };
  for (const segment of path) {
    node = resolveAlias(yaml, node);
    const step = childOf(node, segment);
    if (!step) break;
    located.key = step.pair && isNode(step.pair.key) ? shift(document, step.pair.key) : undefined;
    located.depth++;
    node = step.node;
  }
  node = resolveAlias(yaml, node);
  if (located.depth === path.length && isNode(node)) {
    located.valueNode = node;
    if (node.range && !(isScalar(node) && node.source === '' && node.range[0] === node.range[1])) {
      located.value = shift(document, node);
    }
  }
  return located;
}

/** The best range for a problem with the value at `path` (scalars: the value; blocks: their key). */
export function valueRange(document: YamlSource, path: DataPath): OffsetRange {
  const found = locate(document, path);
  if (found.depth === path.length && found.value && isScalar(found.valueNode)) return found.value;
  if (found.depth === path.length && found.key) return found.key;
  if (found.depth === path.length && found.value) return firstLine(document, found.value, found.valueNode);
  return nearestRange(document, found);
}

/** The best range for a problem with the key at the end of `path` (or the object it names). */
export function keyRange(document: YamlSource, path: DataPath): OffsetRange {
  if (path.length === 0) return document.openFence;
  const found = locate(document, path);
  if (found.depth === path.length && found.key) return found.key;
  // A list item has no key: point at the item's first line.
  if (found.depth === path.length && found.value) return firstLine(document, found.value, found.valueNode);
  return nearestRange(document, found);
}

function nearestRange(document: YamlSource, found: Located): OffsetRange {
  if (found.key) return found.key;
  return document.openFence;
}

function childOf(node: unknown, segment: string | number): { node: unknown; pair?: Pair } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
    return pair ? { node: pair.value, pair } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    return segment < node.items.length ? { node: node.items[segment] } : undefined;
  }
  return undefined;
}

export function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return typeof key === 'string' ? key : undefined;
}

function resolveAlias(yaml: Document, node: unknown): unknown {
  return isAlias(node) ? node.resolve(yaml) : node;
}

function shift(document: YamlSource, node: Node): OffsetRange {
  const [start, valueEnd] = node.range ?? [0, 0];
  return { start: document.yamlStart + start, end: document.yamlStart + valueEnd };
}

/**
 * The first line of a block value (a list item, a mapping), up to the end of the last node written
 * on that line: a trailing comment is not part of the value.
 */
function firstLine(document: YamlSource, range: OffsetRange, node: Node | undefined): OffsetRange {
  const line = document.lines.lineRangeAt(range.start);
  let end = range.start;
  visit(node ?? null, (_key, child) => {
    if (!isNode(child) || !child.range) return;
    const childEnd = document.yamlStart + child.range[1];
    if (document.yamlStart + child.range[0] >= range.start && childEnd <= line.end) end = Math.max(end, childEnd);
  });
  return { start: range.start, end: end > range.start ? end : Math.min(range.end, line.end) };
}
