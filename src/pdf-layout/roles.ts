import type { ContentNode, PageReferenceNode, TextNode } from './content';
import { tag, type Tag } from './structure';

/**
 * The structure role of each kind of node, for the tagged PDF (docs/exporting.md,
 * "Accessibility"): what the builder (`./build.ts`) gives the boxes it makes.
 */

/** A picture described by its `alt` is content (of its figure); else it only decorates. */
export function meaningOf(node: ContentNode): 'content' | 'decoration' {
  return node.alt ? 'content' : 'decoration';
}

/** The element of a text node: a heading (by its level or its named style), code, or a paragraph. */
export function textTag(node: TextNode | PageReferenceNode): Tag {
  if (node.role === 'Code') return tag('Code');
  const level = node.headlineLevel ?? headingStyleLevel(node.style);
  return level !== undefined ? tag('H', { level }) : tag('P');
}

function headingStyleLevel(style: string | readonly string[] | undefined): number | undefined {
  const names = typeof style === 'string' ? [style] : (style ?? []);
  for (const name of names) {
    if (name === 'title') return 1;
    const match = /^h([1-6])$/.exec(name);
    if (match) return Number(match[1]);
  }
  return undefined;
}

export function cellTag(role: 'TH' | 'TD', colSpan: number): Tag {
  return tag(role, {
    ...(role === 'TH' ? { scope: 'Column' as const } : {}),
    ...(colSpan > 1 ? { colSpan } : {}),
  });
}

/** A node that is a figure, a block quote or an artifact as a whole, whatever it holds. */
export function blockTag(node: ContentNode): Tag | undefined {
  const picture = 'image' in node || 'svg' in node || 'canvas' in node;
  const asked = node.role ?? (picture && node.alt ? 'Figure' : undefined);
  // A figure nobody described is decoration: a reader is better told nothing than "image".
  const role = asked === 'Figure' && !node.alt ? 'Artifact' : asked;
  if (role === 'Figure') return tag(role, { alt: node.alt });
  return role === 'BlockQuote' || role === 'Artifact' ? tag(role) : undefined;
}

/** A table of contents, a data table (it has header rows), or only layout (a callout, a box, a chart). */
export function tableKind(node: ContentNode, headerRows: number): 'toc' | 'data' | 'layout' {
  if (node.role === 'TOC') return 'toc';
  return headerRows > 0 && node.role === undefined ? 'data' : 'layout';
}

/** The element of a table, or of one of its rows: `Table`/`TR`, `TOC`/`TOCI`, none for layout. */
export function partTag(kind: 'toc' | 'data' | 'layout', part: 'table' | 'row'): Tag | undefined {
  if (kind === 'layout') return undefined;
  if (kind === 'toc') return tag(part === 'table' ? 'TOC' : 'TOCI');
  return tag(part === 'table' ? 'Table' : 'TR');
}
