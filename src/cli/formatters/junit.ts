import type { Formatter, ReportedFinding } from './types';

/**
 * `--format junit`: the JUnit XML that CI servers (GitLab, Jenkins, Azure Pipelines) show as test
 * results. Each checked file is a `testsuite`; each finding a `testcase` named after its rule and
 * place, failed for errors and warnings and passed, with the finding as its output, for infos; a
 * file without findings holds one passing case, so a clean run still lists what it checked.
 */
export const formatJunit: Formatter = (findings, context) => {
  const byFile = new Map<string, ReportedFinding[]>();
  for (const file of context.checkedFiles ?? []) byFile.set(file, []);
  for (const finding of findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  const suites = [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([file, list]) => suite(file, list));
  const failures = findings.filter(failed).length;
  const tests = suites.reduce((sum, entry) => sum + entry.tests, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="socialplan" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites.map((entry) => entry.xml),
    '</testsuites>',
    '',
  ].join('\n');
};

function failed(finding: ReportedFinding): boolean {
  return finding.severity !== 'info';
}

function suite(file: string, findings: ReportedFinding[]): { tests: number; xml: string } {
  const cases = findings.length > 0 ? findings.map((finding) => findingCase(file, finding)) : [cleanCase(file)];
  const failures = findings.filter(failed).length;
  const open = `  <testsuite name="${attribute(file)}" tests="${cases.length}" failures="${failures}" errors="0">`;
  return { tests: cases.length, xml: [open, ...cases, '  </testsuite>'].join('\n') };
}

function findingCase(file: string, finding: ReportedFinding): string {
  const place = `${file}:${finding.line}:${finding.column}`;
  const name = attribute(`${finding.rule} (${finding.line}:${finding.column})`);
  const open = `    <testcase classname="${attribute(file)}" name="${name}" file="${attribute(file)}" line="${finding.line}">`;
  const body = `${place} ${finding.severity} ${finding.message} (${finding.rule})`;
  const inner = failed(finding)
    ? `      <failure type="${finding.severity}" message="${attribute(finding.message)}">${text(body)}</failure>`
    : `      <system-out>${text(body)}</system-out>`;
  return [open, inner, '    </testcase>'].join('\n');
}

function cleanCase(file: string): string {
  return `    <testcase classname="${attribute(file)}" name="socialplan lint" file="${attribute(file)}"/>`;
}

/** Characters XML 1.0 cannot hold at all, even escaped: C0 controls but tab, LF and CR, and lone surrogates. */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(value: string): string {
  return value.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
