import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { SourceText } from '../../src/core/document/document';
import type { DirectoryEntry, FileHost } from '../../src/core/workspace/host';
import { caseFiles, FIXTURES } from './fixtures';

/** Where `MemoryTreeHost` keeps its files: a repository root (it has a `.git`, so no config is looked up above it). */
export const MEMORY_ROOT = '/memory';

/**
 * A file host over a tree of texts in memory (absolute path → text), under `MEMORY_ROOT`: what a
 * fix would make of a plan can be linted without writing it.
 */
export class MemoryTreeHost implements FileHost {
  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  read(file: string): SourceText | undefined {
    const text = this.texts.get(file);
    return text === undefined ? undefined : { text };
  }

  list(directory: string): DirectoryEntry[] {
    const entries = new Map<string, boolean>();
    if (directory === MEMORY_ROOT) entries.set('.git', true);
    const prefix = `${directory}/`;
    for (const file of this.texts.keys()) {
      if (!file.startsWith(prefix)) continue;
      const [name, ...rest] = file.slice(prefix.length).split('/');
      entries.set(name, rest.length > 0 || entries.get(name) === true);
    }
    return [...entries].map(([name, isDirectory]) => ({ name, directory: isDirectory }));
  }

  isFile(file: string): boolean {
    return this.texts.has(file);
  }
}

/**
 * Every fixture case of the rules (its base's files and its own) and every example plan, as trees
 * of texts under `MEMORY_ROOT/<name>`: the plans a property over "every fixture" runs on.
 */
export function allFixtureTrees(): { name: string; texts: Map<string, string> }[] {
  const trees: { name: string; texts: Map<string, string> }[] = [];
  const rules = join(FIXTURES, 'rules');
  for (const rule of readdirSync(rules)
    .filter((name) => !name.startsWith('_'))
    .sort()) {
    for (const name of readdirSync(join(rules, rule)).sort()) {
      const folder = join(rules, rule, name);
      if (!statSync(folder).isDirectory()) continue;
      const texts = new Map<string, string>();
      for (const [path, source] of caseFiles(folder)) {
        if (path.endsWith('.fixed')) continue;
        texts.set(`${MEMORY_ROOT}/${rule}/${name}/${path}`, readFileSync(source, 'utf8'));
      }
      trees.push({ name: `${rule}/${name}`, texts });
    }
  }
  for (const example of ['en', 'fr', 'broken']) {
    const folder = join(FIXTURES, '..', '..', 'examples', example);
    if (!existsSync(folder)) continue;
    const texts = new Map<string, string>();
    for (const file of filesIn(folder)) {
      texts.set(
        `${MEMORY_ROOT}/examples/${example}/${relative(folder, file).split('\\').join('/')}`,
        readFileSync(file, 'utf8'),
      );
    }
    trees.push({ name: `examples/${example}`, texts });
  }
  return trees;
}

function filesIn(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...filesIn(path));
    else if (/\.(md|ya?ml|json)$/.test(entry.name) || entry.name === '.socialplan.yaml') files.push(path);
  }
  return files;
}

/** The Markdown files of a tree. */
export function markdownOf(texts: ReadonlyMap<string, string>): string[] {
  return [...texts.keys()].filter((file) => file.endsWith('.md') && basename(dirname(file)) !== '.git').sort();
}
