import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Linter } from '../../src/core/lint/linter';
import type { Finding } from '../../src/core/types';
import { NodeFileHost } from '../../src/core/workspace/host';
import { caseFiles } from './fixtures';

/**
 * The failing and passing examples of `docs/rules/<id>.md`, run through the linter (the convention
 * is written down in docs/rules/README.md, "Examples"):
 *
 * - an example is a fenced block whose info string is a language followed by `fail` or `pass`
 *   (```` ```yaml fail ````), then optional `context=<name>` (default `bakery`),
 *   `without=<path>[,<path>…]` and `file=<path>`;
 * - a first line `# <file>` (or `file=`) names the file the block is (default `plan.md`); that line
 *   is not part of the file;
 * - the example is linted inside a plan made of the files of `docs/rules/examples/<context>/`
 *   (a context may name a base context in `_base.yaml`, as fixture cases do), less those `without`
 *   names: a block that starts with `---` replaces the file it names whole;
 *   a Markdown file's block without `---` is a frontmatter fragment, laid over the context's file
 *   of that name (each top-level key of the fragment replaces the key of the same name, the others
 *   are added at the end of the frontmatter); any other file (`.socialplan.yaml`) is the block.
 */
export const RULE_DOCS = join(__dirname, '..', '..', 'docs', 'rules');
export const CONTEXTS = join(RULE_DOCS, 'examples');
export const DEFAULT_CONTEXT = 'bakery';

export interface RuleExample {
  /** 1-based line of the opening fence in the page. */
  line: number;
  expect: 'fail' | 'pass';
  context: string;
  without: string[];
  /** The path of the file, relative to the plan's folder. */
  file: string;
  /** The block's text, the `# <file>` line left out. */
  text: string;
}

const FENCE = /^(`{3,})\s*(\S*)(.*)$/;
const FILE_LINE = /^#\s+(\S+\.(?:md|ya?ml|json))\s*$/;

export function ruleExamples(page: string): RuleExample[] {
  const lines = page.split('\n');
  const examples: RuleExample[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index]);
    if (!open) continue;
    const end = lines.findIndex((line, at) => at > index && line.startsWith(open[1]) && line.trim() === open[1]);
    if (end === -1) throw new Error(`line ${index + 1}: a fenced block that is never closed`);
    const words = open[3].trim().split(/\s+/).filter(Boolean);
    const expect = words.find((word) => word === 'fail' || word === 'pass');
    if (expect === 'fail' || expect === 'pass') {
      const attributes = new Map(
        words.filter((word) => word.includes('=')).map((word) => word.split('=', 2) as [string, string]),
      );
      const body = lines.slice(index + 1, end);
      const named = FILE_LINE.exec(body[0] ?? '');
      examples.push({
        line: index + 1,
        expect,
        context: attributes.get('context') ?? DEFAULT_CONTEXT,
        without: attributes.get('without')?.split(',') ?? [],
        file: attributes.get('file') ?? (named ? named[1] : 'plan.md'),
        text: `${(named ? body.slice(1) : body).join('\n')}\n`,
      });
    }
    index = end;
  }
  return examples;
}

export interface ExampleRun {
  /** Paths relative to the plan's folder. */
  findings: Finding[];
  /** The example's file as linted (a fragment laid over its context's file). */
  text: string;
}

/** The files of an example plan, relative path → text, its base contexts resolved. */
export function contextFiles(name: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const [path, source] of caseFiles(join(CONTEXTS, name), CONTEXTS)) files.set(path, readFileSync(source, 'utf8'));
  return files;
}

/** Lints the example inside its context, in a temporary folder. */
export function lintExample(example: RuleExample): ExampleRun {
  const files = contextFiles(example.context);
  for (const path of example.without) {
    if (!files.delete(path)) throw new Error(`without=${path}: the context ${example.context} has no such file`);
  }
  const base = files.get(example.file);
  files.set(
    example.file,
    example.file.endsWith('.md') && !example.text.startsWith('---')
      ? overlay(base ?? '---\n---\n', example.text)
      : example.text,
  );
  return { findings: lintFiles(files), text: files.get(example.file) as string };
}

/** Writes the files into a temporary folder and lints their Markdown documents; paths relative to it. */
export function lintFiles(files: ReadonlyMap<string, string>): Finding[] {
  const root = mkdtempSync(join(tmpdir(), 'socialplan-rule-example-'));
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    const documents = [...files.keys()].filter((path) => path.endsWith('.md')).map((path) => join(root, path));
    return new Linter(new NodeFileHost(), { trusted: true })
      .lint(documents)
      .findings.map((finding) => ({ ...finding, file: relative(root, finding.file).split('\\').join('/') }));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Top-level blocks of YAML lines: a block starts at an unindented `key:` and runs to the next one. */
function blocks(lines: string[]): { head: string[]; blocks: { key: string; lines: string[] }[] } {
  const head: string[] = [];
  const found: { key: string; lines: string[] }[] = [];
  for (const line of lines) {
    const key = /^([^\s#-][^:]*):/.exec(line);
    if (key) found.push({ key: key[1].trim(), lines: [line] });
    else if (found.length > 0) found[found.length - 1].lines.push(line);
    else head.push(line);
  }
  return { head, blocks: found };
}

/** Lays a frontmatter fragment over a document: the fragment's top-level keys replace the document's. */
export function overlay(document: string, fragment: string): string {
  const lines = document.split('\n');
  if (lines[0] !== '---') throw new Error('the context file has no frontmatter to lay the example over');
  const close = lines.indexOf('---', 1);
  const target = blocks(lines.slice(1, close));
  const source = blocks(fragment.replace(/\n$/, '').split('\n'));
  if (source.head.some((line) => line.trim() !== '' && !line.trimStart().startsWith('#')))
    throw new Error('the fragment must start with a top-level key');
  for (const block of source.blocks) {
    const at = target.blocks.findIndex((existing) => existing.key === block.key);
    if (at === -1) target.blocks.push(block);
    else target.blocks[at] = block;
  }
  const frontmatter = [...target.head, ...target.blocks.flatMap((block) => block.lines)];
  return ['---', ...frontmatter, ...lines.slice(close)].join('\n');
}

const MARK = /#\s*[✗⚠]/;

/**
 * The lines of the example's file that a `# ✗` (or `# ⚠`) comment marks, 1-based: where the page
 * says a finding is. A mark that says `(on the opening ---)` stands for line 1, the fence, which
 * cannot hold a comment.
 */
export function markedLines(example: RuleExample, text: string): { mark: string; line: number }[] {
  const lines = text.split('\n');
  return example.text
    .split('\n')
    .filter((line) => MARK.test(line))
    .map((mark) => ({ mark: mark.trim(), line: mark.includes('(on the opening ---)') ? 1 : lines.indexOf(mark) + 1 }));
}
