import type { Content, ContentNode } from '../theme';

/** What the converted blocks of a body need once converted: headings kept with what follows, ids attached. */

/**
 * A heading must not end a page: the layout keeps it with the first lines (or the first table row)
 * of what follows it, however long that is (`keepWithNext`).
 */
export function keepHeadingsWithNext(blocks: ContentNode[]): ContentNode[] {
  for (const block of blocks) if (block.headlineLevel !== undefined) block.keepWithNext = true;
  return blocks;
}

export function attachId(content: Content, id: string): boolean {
  if (typeof content !== 'object' || content === null) return false;
  if (Array.isArray(content)) return content.some((item) => attachId(item, id));
  if ('text' in content) {
    content.id = id;
    return true;
  }
  const children = childrenOf(content);
  return children !== undefined && attachId(children, id);
}

/** The blocks a stack, a list or columns hold. */
function childrenOf(node: ContentNode): Content[] | undefined {
  if ('stack' in node) return node.stack;
  if ('ul' in node) return node.ul;
  if ('ol' in node) return node.ol;
  if ('columns' in node) return node.columns;
  return undefined;
}
