import { enumLabel } from '../../i18n/labels';
import { plural, type LocalizedPlural } from '../../i18n/plural';
import type { Finding, Severity } from '../../types';
import type { FindingRow, SeverityCount, Validation } from '../model';
import { compare, type Context } from './context';

export function assembleValidation(context: Context, findings: readonly Finding[]): Validation {
  const documents = new Map(context.plan.documents.map((document) => [document.file, document]));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const rows: (FindingRow & { order: number })[] = [];
  for (const finding of findings) {
    const document = documents.get(finding.file);
    if (!document) continue;
    counts[finding.severity]++;
    const source = context.ref(document, finding.range.start);
    rows.push({
      severity: { value: finding.severity, label: enumLabel('severity', finding.severity, context.locale) },
      rule: finding.rule,
      message: finding.message[context.locale],
      path: source.path,
      line: source.line,
      column: source.column,
      source,
      order: SEVERITY_ORDER[finding.severity],
    });
  }
  rows.sort((a, b) => a.order - b.order || compare(a.path, b.path) || a.source.offset - b.source.offset);
  return { counts, summary: summary(context, counts), findings: rows.map(({ order: _order, ...row }) => row) };
}

/** The word under each count of the summary, singular or plural as the count and the language want. */
const SEVERITY_WORDS: Record<Severity, LocalizedPlural> = {
  error: { en: { one: 'Error', other: 'Errors' }, fr: { one: 'Erreur', other: 'Erreurs' } },
  warning: { en: { one: 'Warning', other: 'Warnings' }, fr: { one: 'Avertissement', other: 'Avertissements' } },
  info: { en: { one: 'Note', other: 'Notes' }, fr: { one: 'Remarque', other: 'Remarques' } },
};

function summary(context: Context, counts: Record<Severity, number>): SeverityCount[] {
  return (['error', 'warning', 'info'] as const).map((severity) => ({
    severity,
    count: counts[severity],
    label: plural(counts[severity], SEVERITY_WORDS[severity][context.locale], context.locale),
  }));
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
