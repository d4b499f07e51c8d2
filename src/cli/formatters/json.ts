import type { Formatter, ReportedFinding } from './types';

/**
 * `--format json`: a flat array of findings. This is a public contract that scripts parse, so every
 * record is rebuilt field by field: the key order is fixed and no extra property can leak into it.
 * Findings keep the order the caller gave them.
 */
export const formatJson: Formatter = (findings) => `${JSON.stringify(findings.map(toJsonRecord), null, 2)}\n`;

function toJsonRecord(finding: ReportedFinding): ReportedFinding {
  return {
    file: finding.file,
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
  };
}
