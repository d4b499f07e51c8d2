import { basename, extname } from 'node:path';
import { anchorId, finite, text } from '../format';
import type { Annex } from '../model';
import { body, compare, type Context } from './context';

export function assembleAnnexes(context: Context): Annex[] {
  return context
    .documentsOf('annex')
    .map((document) => ({ document, order: finite(document.data.order), path: context.relativePath(document.file) }))
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || compare(a.path, b.path))
    .map(({ document, order }) => {
      const title = text(document.data.title) ?? basename(document.file, extname(document.file));
      const anchor = anchorId('annex', title, context.usedAnchors);
      return {
        anchor,
        title,
        order,
        body: body(context, document, anchor, 4),
        source: context.ref(document, document.openFence.start),
      };
    });
}
