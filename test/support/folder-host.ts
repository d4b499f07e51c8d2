import { basename, dirname } from 'node:path';
import type { SourceText } from '../../src/core/document/document';
import type { DirectoryEntry, FileHost } from '../../src/core/workspace/host';

/** Where `OneFolderHost` puts its files: a plan folder at the root of a repository. */
export const PLAN_FOLDER = '/workspace/plan';

/**
 * A file host that holds one folder of files in memory (name → text), in a repository (a `.git`
 * folder beside them, so that the search for a config file stops there).
 */
export class OneFolderHost implements FileHost {
  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  read(file: string): SourceText | undefined {
    const text = dirname(file) === PLAN_FOLDER ? this.texts.get(basename(file)) : undefined;
    return text === undefined ? undefined : { text };
  }

  list(directory: string): DirectoryEntry[] {
    if (directory !== PLAN_FOLDER) return [];
    return [{ name: '.git', directory: true }, ...[...this.texts.keys()].map((name) => ({ name, directory: false }))];
  }

  isFile(file: string): boolean {
    return dirname(file) === PLAN_FOLDER && this.texts.has(basename(file));
  }
}
