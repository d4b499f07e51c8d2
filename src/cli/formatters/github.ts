import type { Severity } from '../../core/types';
import type { Formatter, ReportedFinding } from './types';

/**
 * `--format github`: one GitHub Actions workflow command per finding, which the runner turns into an
 * annotation on the file and line of the pull request (docs/ci.md). The runner reads a command up to
 * the end of its line and splits its properties on `,` and `:`, so those are percent-encoded as the
 * runner decodes them: `%`, CR and LF in the message; also `:` and `,` in a property.
 */
export const formatGithub: Formatter = (findings) => findings.map((finding) => `${command(finding)}\n`).join('');

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

function command(finding: ReportedFinding): string {
  const properties = [
    ['file', finding.file],
    ['line', finding.line],
    ['endLine', finding.endLine],
    ['col', finding.column],
    ['endColumn', finding.endColumn],
    ['title', `socialplan ${finding.rule}`],
  ]
    .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${COMMANDS[finding.severity]} ${properties}::${escapeData(finding.message)}`;
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
