import type { Element, Root } from 'hast';

/** Reading the sanitized HTML tree of a body. */

/** Elements that start a block of their own; anything else is inline content. */
export const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'blockquote',
  'pre',
  'hr',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'nav',
  'main',
  'details',
  'summary',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'address',
  'center',
  'hgroup',
]);

export function walk(
  node: Root | Element,
  visit: (element: Element) => void,
  skip?: (element: Element) => boolean,
): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (skip?.(child)) continue;
    visit(child);
    walk(child, visit, skip);
  }
}

export function hasId(tree: Root, id: string): boolean {
  let found = false;
  walk(tree, (element) => {
    if (element.properties.id === id) found = true;
  });
  return found;
}

export function textOf(node: Element): string {
  let text = '';
  for (const child of node.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element') text += child.tagName === 'br' ? '\n' : textOf(child);
  }
  return text;
}

export function hasClass(element: Element, name: string): boolean {
  const value = element.properties.className;
  return Array.isArray(value) ? value.includes(name) : value === name;
}

export function styleAlign(style: unknown): string | undefined {
  return typeof style === 'string' ? /text-align:\s*(left|right|center)/i.exec(style)?.[1]?.toLowerCase() : undefined;
}

export function decode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
