import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { NodeFileHost } from '../../src/core/workspace/host';
import { LineIndex } from '../../src/core/document/lines';
import { INTERNAL_ERROR_RULE, Linter } from '../../src/core/lint/linter';
import type { Finding } from '../../src/core/types';

/**
 * Fixture files carry their own expectations, so a reader sees the case and the answer together:
 * - on a YAML line: a trailing comment `# expect: rule-id` (or `# expect: rule-id 9-25` to pin the
 *   columns of that line, or several separated by `;`);
 * - anywhere (for lines that cannot hold a comment, such as the `---` fence):
 *   `<!-- expect: rule-id 1:1-1:4 -->` with explicit start and end.
 */
export const FIXTURES = join(__dirname, '..', 'fixtures');

/**
 * The rules that say whether a fixture or a docs example is itself well formed (YAML, schema, keys,
 * plan layout, config, crashes): their findings are always judged, whatever rule a case is about.
 */
export const ALWAYS_JUDGED: ReadonlySet<string> = new Set([
  'yaml-syntax',
  'schema',
  'unknown-key',
  'plan-structure',
  'config',
  INTERNAL_ERROR_RULE,
]);

/**
 * A case may name a shared base plan instead of holding copies of its files: a file `_base.yaml` in
 * the case folder, `base: <name>` (a folder of `test/fixtures/rules/_bases/`), and optionally
 * `without: [path, …]` for base files the case must not have. The case is the base's files with the
 * case's own files in their place (a case file replaces the base file of the same path); a base may
 * itself name a base. `caseRoot` gives the folder to lint.
 */
export const BASES = join(FIXTURES, 'rules', '_bases');
export const BASE_FILE = '_base.yaml';

/**
 * Relative path → the file it is read from, for a case or a base folder, its bases resolved.
 * `bases` is the folder of the bases it may name (the docs examples have their own).
 */
export function caseFiles(folder: string, bases = BASES, seen: readonly string[] = []): Map<string, string> {
  const files = baseFiles(folder, bases, seen);
  for (const file of filesUnder(folder)) {
    const path = relative(folder, file).split('\\').join('/');
    if (path !== BASE_FILE) files.set(path, file);
  }
  return files;
}

/** The files a case or base folder gets from the base it names (`without` left out); none if it names none. */
export function baseFiles(folder: string, bases = BASES, seen: readonly string[] = []): Map<string, string> {
  const files = new Map<string, string>();
  const declaration = join(folder, BASE_FILE);
  if (!existsSync(declaration)) return files;
  const { base, without = [], ...rest } = parse(readFileSync(declaration, 'utf8')) ?? {};
  const where = relative(join(FIXTURES, '..', '..'), declaration);
  if (typeof base !== 'string' || !Array.isArray(without) || Object.keys(rest).length > 0)
    throw new Error(`${where}: expected \`base: <name>\` and an optional \`without: [paths]\``);
  const baseFolder = join(bases, base);
  if (!existsSync(baseFolder))
    throw new Error(`${where}: no base folder ${base} in ${relative(join(FIXTURES, '..', '..'), bases)}`);
  if (seen.includes(baseFolder)) throw new Error(`${where}: the bases name each other in a loop`);
  for (const [path, source] of caseFiles(baseFolder, bases, [...seen, folder])) files.set(path, source);
  for (const path of without) {
    if (!files.delete(String(path)))
      throw new Error(`${where}: \`without\` names ${path}, which the base does not hold`);
  }
  return files;
}

/** Writes the case's files (its base's and its own) into `target`. */
export function writeCase(folder: string, target: string, bases = BASES): void {
  for (const [path, source] of caseFiles(folder, bases)) {
    mkdirSync(dirname(join(target, path)), { recursive: true });
    copyFileSync(source, join(target, path));
  }
}

const composed = new Map<string, string>();
let composedRoot: string | undefined;

/**
 * The folder holding the case as it is linted: the case folder itself when it names no base, else a
 * copy of base + case in a temporary folder (made once per run, removed when the process exits).
 */
export function caseRoot(folder: string): string {
  if (!existsSync(join(folder, BASE_FILE))) return folder;
  const known = composed.get(folder);
  if (known) return known;
  if (!composedRoot) {
    const root = mkdtempSync(join(tmpdir(), 'socialplan-cases-'));
    composedRoot = root;
    process.on('exit', () => rmSync(root, { recursive: true, force: true }));
  }
  const target = join(composedRoot, basename(dirname(folder)), basename(folder));
  writeCase(folder, target);
  composed.set(folder, target);
  return target;
}

const YAML_MARKER = /#\s*expect:\s*([^#\n]+?)\s*$/;
const HTML_MARKER = /<!--\s*expect:\s*([\w-]+)\s+(\d+):(\d+)-(\d+):(\d+)\s*-->/g;

export function expectedFindings(root: string): string[] {
  const expected: string[] = [];
  // A `.fixed` golden file shows a file after its fixes: its markers are the original's, not findings.
  for (const file of filesUnder(root).filter((path) => !path.endsWith('.fixed'))) {
    const name = relative(root, file);
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    lines.forEach((line, index) => {
      const yaml = YAML_MARKER.exec(line);
      if (yaml && !line.trimStart().startsWith('<!--')) {
        for (const item of yaml[1].split(';')) {
          const [rule, columns] = item.trim().split(/\s+/);
          expected.push(
            columns
              ? `${name}:${index + 1}:${columns.replace('-', `-${index + 1}:`)} ${rule}`
              : `${name}:${index + 1} ${rule}`,
          );
        }
      }
      for (const html of line.matchAll(HTML_MARKER))
        expected.push(`${name}:${html[2]}:${html[3]}-${html[4]}:${html[5]} ${html[1]}`);
    });
  }
  return expected.sort();
}

/** Findings described the way the markers are: with columns when the marker pinned them. */
export function actualFindings(root: string, findings: Finding[], expected: string[]): string[] {
  return findings
    .map((finding) => {
      const name = relative(root, finding.file);
      const lines = new LineIndex(readFileSync(finding.file, 'utf8'));
      const start = lines.positionAt(finding.range.start);
      const end = lines.positionAt(finding.range.end);
      const precise = `${name}:${start.line}:${start.column}-${end.line}:${end.column} ${finding.rule}`;
      const short = `${name}:${start.line} ${finding.rule}`;
      return expected.includes(precise) ? precise : short;
    })
    .sort();
}

export function lintFixture(root: string): Finding[] {
  const linter = new Linter(new NodeFileHost(), { trusted: true });
  return linter.lint(filesUnder(root).filter((file) => file.endsWith('.md'))).findings;
}

export function filesUnder(root: string): string[] {
  if (statSync(root).isFile()) return [root];
  return readdirSync(root, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(root, entry.name)) : [join(root, entry.name)]))
    .sort();
}

export function caseFolders(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(folder, entry.name))
    .sort();
}
