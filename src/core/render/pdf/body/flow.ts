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
function size(content: unknown, limit = Infinity): number {
  if (typeof content === 'string') return content.length;
  if (Array.isArray(content)) {
    let total = 0;
    for (const item of content) {
      total += size(item, limit - total);
      if (total >= limit) break;
    }
    return total;
  }
  if (!content || typeof content !== 'object') return 0;
  const node = content as ContentNode;
  const table = node.table as { body?: unknown[][] } | undefined;
  let total = table?.body ? table.body.length * 60 : 0;
  for (const key of ['text', 'stack', 'ul', 'ol', 'columns']) {
    if (total >= limit) return total;
    if (node[key] !== undefined) total += size(node[key], limit - total);
  }
  if (table?.body && total < limit) total += size(table.body, limit - total);
  return total;
}

export function attachId(content: Content, id: string): boolean {
  if (typeof content !== 'object' || content === null) return false;
  if (Array.isArray(content)) return content.some((item) => attachId(item, id));
  if (content.text !== undefined) {
    content.id = id;
    return true;
  }
  for (const key of ['stack', 'ul', 'ol', 'columns']) {
    const value = content[key];
    if (Array.isArray(value) && attachId(value as Content[], id)) return true;
  }
  return false;
}
