import type { Content, ContentNode } from '../theme';

/** What the converted blocks of a body need once converted: headings kept with what follows, ids attached. */

/**
 * A heading must not end a page: it is tied to what follows it when that is short enough to move
 * with it (a block kept whole that is taller than a page would break anyway, so long ones stay free).
 */
export function keepHeadingsWithNext(blocks: ContentNode[]): ContentNode[] {
  const out: ContentNode[] = [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    const next = blocks[index + 1];
    if (block.headlineLevel !== undefined && next && next.headlineLevel === undefined && size(next, 900) < 900) {
      out.push({ stack: [block, next], unbreakable: true });
      index++;
    } else out.push(block);
  }
  return out;
}

/** A rough size of some content, in characters (rows of a table count extra); counting stops past `limit`. */
function size(content: Content, limit = Infinity): number {
  if (typeof content === 'string') return content.length;
  if (Array.isArray(content)) {
    let total = 0;
    for (const item of content) {
      total += size(item, limit - total);
      if (total >= limit) break;
    }
    return total;
  }
  const table = 'table' in content ? content.table : undefined;
  let total = table ? table.body.length * 60 : 0;
  if (total >= limit) return total;
  const inner = 'text' in content ? content.text : childrenOf(content);
  if (inner !== undefined) total += size(inner, limit - total);
  if (table && total < limit) total += size(table.body, limit - total);
  return total;
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
