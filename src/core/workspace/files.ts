import { join } from 'node:path';
import type { FileHost } from './host';

const MARKDOWN = /\.(?:md|markdown)$/i;
/** Never worth descending into: dependencies, VCS data, and hidden tool folders. */
const SKIPPED_FOLDER = /^(?:node_modules|\..*)$/;

export function isMarkdownFile(name: string): boolean {
  return MARKDOWN.test(name);
}

/**
 * Every Markdown file below `folder`, sorted, skipping `node_modules` and hidden folders. Linked
 * folders are followed, each real folder once: a link to a parent folder does not loop.
 */
export function markdownFilesUnder(host: FileHost, folder: string): string[] {
  const found: string[] = [];
  const pending = [folder];
  const visited = new Set<string>();
  while (pending.length > 0) {
    const current = pending.pop() as string;
    const real = host.realPath?.(current) ?? current;
    if (visited.has(real)) continue;
    visited.add(real);
    for (const entry of host.list(current)) {
      const path = join(current, entry.name);
      if (entry.directory) {
        if (!SKIPPED_FOLDER.test(entry.name)) pending.push(path);
      } else if (isMarkdownFile(entry.name)) found.push(path);
    }
  }
  return found.sort();
}
