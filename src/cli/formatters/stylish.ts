import type { Locale, Severity } from '../../core/types';
import { plainMessage } from '../../core/i18n/code-spans';
import { plural, type LocalizedPlural } from '../../core/i18n/plural';
import { maxOf } from '../../core/util/arrays';
import type { FormatContext, Formatter, ReportedFinding } from './types';

/**
 * `--format stylish`, modelled on ESLint's: one block per file (path underlined), one aligned row per
 * finding (`line:column  severity  message  rule`), then a summary. Nothing at all when there is
 * nothing to report, so a clean run prints no noise.
 */
export const formatStylish: Formatter = (findings, context) => {
  if (findings.length === 0) return '';
  const blocks = groupByFile(findings).map(([file, group]) => fileBlock(file, group, context));
  return `${blocks.join('')}\n${summaryLine(findings, context)}\n`;
};

// Plain ANSI SGR codes, each closed by its own reset so that styles can nest.
const STYLES = {
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  blue: ['\u001b[34m', '\u001b[39m'],
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  underline: ['\u001b[4m', '\u001b[24m'],
} as const;

type Style = keyof typeof STYLES;

function paint(text: string, style: Style, color: boolean): string {
  if (!color) return text;
  const [open, close] = STYLES[style];
  return `${open}${text}${close}`;
}

const SEVERITY_STYLES: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

const SEVERITY_LABELS: Record<Locale, Record<Severity, string>> = {
  en: { error: 'error', warning: 'warning', info: 'info' },
  fr: { error: 'erreur', warning: 'avertissement', info: 'info' },
};

/** Files in path order (code-unit order, so the output does not depend on the machine's locale). */
function groupByFile(findings: ReportedFinding[]): [string, ReportedFinding[]][] {
  const groups = new Map<string, ReportedFinding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function byPosition(a: ReportedFinding, b: ReportedFinding): number {
  return a.line - b.line || a.column - b.column;
}

/**
 * Widths are measured on the plain text and colour is added after padding, so escape codes never
 * upset the alignment. Line numbers are right-aligned and columns left-aligned: the colons line up.
 */
function fileBlock(file: string, findings: ReportedFinding[], context: FormatContext): string {
  // Code spans are shown between quotes: a terminal shows no code style (docs/exporting.md).
  const sorted = [...findings]
    .sort(byPosition)
    .map((finding) => ({ ...finding, message: plainMessage(finding.message, context.locale) }));
  const labels = SEVERITY_LABELS[context.locale];
  const lineWidth = maxWidth(sorted.map((f) => String(f.line)));
  const columnWidth = maxWidth(sorted.map((f) => String(f.column)));
  const severityWidth = maxWidth(sorted.map((f) => labels[f.severity]));
  const messageWidth = maxWidth(sorted.map((f) => f.message));
  const rows = sorted.map((finding) => {
    const position = `${String(finding.line).padStart(lineWidth)}:${String(finding.column).padEnd(columnWidth)}`;
    const severity = labels[finding.severity].padEnd(severityWidth);
    const cells = [
      paint(position, 'dim', context.color),
      paint(severity, SEVERITY_STYLES[finding.severity], context.color),
      finding.message.padEnd(messageWidth),
      paint(finding.rule, 'dim', context.color),
    ];
    return `  ${cells.join('  ')}\n`;
  });
  return `\n${paint(file, 'underline', context.color)}\n${rows.join('')}`;
}

function maxWidth(texts: string[]): number {
  return maxOf(
    texts.map((text) => text.length),
    0,
  );
}

function summaryLine(findings: ReportedFinding[], context: FormatContext): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  const text = SUMMARIES[context.locale](findings.length, counts);
  const style: Style = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : 'blue';
  return paint(paint(text, style, context.color), 'bold', context.color);
}

type Summary = (total: number, counts: Record<Severity, number>) => string;

const PROBLEMS: LocalizedPlural = {
  en: { one: '{count} problem', other: '{count} problems' },
  fr: { one: '{count} problème', other: '{count} problèmes' },
};

const SEVERITY_COUNTS: Record<Severity, LocalizedPlural> = {
  error: {
    en: { one: '{count} error', other: '{count} errors' },
    fr: { one: '{count} erreur', other: '{count} erreurs' },
  },
  warning: {
    en: { one: '{count} warning', other: '{count} warnings' },
    fr: { one: '{count} avertissement', other: '{count} avertissements' },
  },
  // `info` findings are "notes", as the report's validation summary calls them (i18n/labels.ts).
  info: {
    en: { one: '{count} note', other: '{count} notes' },
    fr: { one: '{count} remarque', other: '{count} remarques' },
  },
};

/** `✖ 3 problems (1 error, 2 warnings, 0 notes)`; the plural forms come from Intl.PluralRules (i18n/plural.ts). */
const SUMMARIES: Record<Locale, Summary> = {
  en: (total, counts) => summaryText(total, counts, 'en'),
  fr: (total, counts) => summaryText(total, counts, 'fr'),
};

function summaryText(total: number, counts: Record<Severity, number>, locale: Locale): string {
  const severities = (['error', 'warning', 'info'] as const).map((severity) =>
    plural(counts[severity], SEVERITY_COUNTS[severity][locale], locale),
  );
  return `✖ ${plural(total, PROBLEMS[locale], locale)} (${severities.join(', ')})`;
}
