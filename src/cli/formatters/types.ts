import type { Localized, Severity, Locale } from '../../core/types';
/** One finding as the CLI reports it: file relative to the working directory (POSIX separators), 1-based lines and columns, message already in the chosen locale. */
export interface ReportedFinding {
  file: string;
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
export interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  description: Localized;
  docsUrl: string;
}
export interface FormatContext {
  rules: RuleInfo[];
  color: boolean;
  locale: Locale;
  toolVersion: string;
  /** The files the run checked, relative like `ReportedFinding.file`: formats that list clean files too (junit) read it. */
  checkedFiles?: string[];
}
export type Formatter = (findings: ReportedFinding[], context: FormatContext) => string;
