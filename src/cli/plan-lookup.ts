import { dirname, join, resolve } from 'node:path';
import type { SocialDocument } from '../core/document/document';
import { planOf } from '../core/export';
import type { Linter } from '../core/lint/linter';
import { isMarkdownFile } from '../core/workspace/files';
import type { NodeFileHost } from '../core/workspace/host';
import type { Plan } from '../core/workspace/plans';
import { pathKind, UsageError } from './io';

/** The plan of a folder (its plan document) or of any document in it. */
export function findPlan(linter: Linter, host: NodeFileHost, target: string, cwd: string): Plan {
  const path = resolve(cwd, target);
  const kind = pathKind(path);
  if (kind === undefined) throw new UsageError(`no such file or folder: ${target}`);
  if (kind === 'other') throw new UsageError(`not a file or a folder (a pipe, a socket or a device): ${target}`);
  let document: SocialDocument | undefined;
  if (kind === 'folder') {
    document = planDocumentIn(linter, host, path);
    if (!document) throw new UsageError(`no plan document (\`socialplan: plan\`) in ${target}`);
  } else {
    document = linter.documents.document(path);
    if (!document)
      throw new UsageError(`${target} is not a SocialPlan document (no \`socialplan:\` key in its frontmatter)`);
  }
  return planOfDocument(linter, document, target);
}

/** The plan a new file at `file` would belong to: the nearest plan document in its folder or above. */
export function planAround(linter: Linter, host: NodeFileHost, file: string, shown: string): Plan {
  for (let folder = dirname(file); ; folder = dirname(folder)) {
    const document = planDocumentIn(linter, host, folder);
    if (document) return planOfDocument(linter, document, shown);
    if (dirname(folder) === folder) break;
  }
  throw new UsageError(
    `${shown} would belong to no plan: there is no \`socialplan: plan\` document in its folder or above it`,
  );
}

function planDocumentIn(linter: Linter, host: NodeFileHost, folder: string): SocialDocument | undefined {
  return host
    .list(folder)
    .filter((entry) => !entry.directory && isMarkdownFile(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((entry) => linter.documents.document(join(folder, entry.name)))
    .find((found) => found?.kind === 'plan');
}

function planOfDocument(linter: Linter, document: SocialDocument, shown: string): Plan {
  const plan = planOf(linter, document);
  if (!plan)
    throw new UsageError(
      `${shown} belongs to no plan: there is no \`socialplan: plan\` document in its folder or above it`,
    );
  return plan;
}
