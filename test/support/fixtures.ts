import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { NodeFileHost } from '../../src/core/workspace/host';
import { LineIndex } from '../../src/core/document/lines';
import { Linter } from '../../src/core/lint/linter';
import type { Finding } from '../../src/core/types';

/**
 * Fixture files carry their own expectations, so a reader sees the case and the answer together:
 * - on a YAML line: a trailing comment `# expect: rule-id` (or `# expect: rule-id 9-25` to pin the
 *   columns of that line, or several separated by `;`);
 * - anywhere (for lines that cannot hold a comment, such as the `---` fence):
 *   `<!-- expect: rule-id 1:1-1:4 -->` with explicit start and end.
 */
export const FIXTURES = join(__dirname, '..', 'fixtures');

const YAML_MARKER = /#\s*expect:\s*([^#\n]+?)\s*$/;
const HTML_MARKER = /<!--\s*expect:\s*([\w-]+)\s+(\d+):(\d+)-(\d+):(\d+)\s*-->/g;

export function expectedFindings(root: string): string[] {
  const expected: string[] = [];
  for (const file of filesUnder(root)) {
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
