import { relative } from 'node:path';
import { NodeFileHost } from '../core/workspace/host';
import { LineIndex } from '../core/document/lines';
import type { Linter } from '../core/lint/linter';
import type { Finding, Locale } from '../core/types';
import type { ReportedFinding } from './formatters';

/**
 * A finding as the CLI prints it (`lint` and `export` alike): the file relative to the working
 * directory, 1-based lines and columns, the message in the chosen language.
 */
export function toReported(finding: Finding, locale: Locale, cwd: string, linter: Linter): ReportedFinding {
  const lines = linesOf(finding.file, linter);
  const start = lines.positionAt(finding.range.start);
  const end = lines.positionAt(finding.range.end);
  return {
    file: displayPath(finding.file, cwd),
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message[locale],
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

/** The lines of a linted document, else of the file as it is now (a config file's findings: few). */
function linesOf(file: string, linter: Linter): LineIndex {
  const document = linter.documents.document(file);
  if (document) return document.lines;
  const source = new NodeFileHost().read(file);
  return new LineIndex(source && source !== 'binary' ? source.text : '');
}

/** A path as the CLI prints it: relative to the working directory, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  return relative(cwd, file).split('\\').join('/') || file;
}
