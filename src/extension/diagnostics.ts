import * as vscode from 'vscode';
import { plainMessage } from '../core/i18n/code-spans';
import type { Finding, Locale } from '../core/types';
import { ruleDocsLink } from './commands/rule-docs';
import { toRange, type PositionSource } from './positions';

function severityOf(severity: Finding['severity']): vscode.DiagnosticSeverity {
  if (severity === 'error') return vscode.DiagnosticSeverity.Error;
  return severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
}

/**
 * The Problems panel: one diagnostic per finding, in the display language, at the positions VS
 * Code counts. What is linted when, and which findings a file has, is the session's (session.ts).
 */
export class DiagnosticsPublisher implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('socialplan');

  /** Replaces the diagnostics of `file` by its `findings` (none: the file's diagnostics are cleared). */
  publish(
    file: string,
    findings: readonly Finding[],
    locale: Locale,
    positionsOf: (file: string) => PositionSource,
  ): void {
    const uri = vscode.Uri.file(file);
    if (findings.length === 0) {
      this.collection.delete(uri);
      return;
    }
    this.collection.set(
      uri,
      findings.map((finding) => toDiagnostic(finding, locale, positionsOf)),
    );
  }

  dispose(): void {
    this.collection.dispose();
  }
}

export function toDiagnostic(
  finding: Finding,
  locale: Locale,
  positionsOf: (file: string) => PositionSource,
): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(
    toRange(positionsOf(finding.file), finding.range),
    diagnosticMessage(finding, locale),
    severityOf(finding.severity),
  );
  diagnostic.source = 'socialplan';
  const docs = ruleDocsLink(finding.rule);
  diagnostic.code = docs ? { value: finding.rule, target: docs } : finding.rule;
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map(
      (related) =>
        new vscode.DiagnosticRelatedInformation(
          new vscode.Location(vscode.Uri.file(related.file), toRange(positionsOf(related.file), related.range)),
          plainMessage(related.message[locale], locale),
        ),
    );
  }
  return diagnostic;
}

/**
 * The Problems panel and the hovers show plain text: a message's code spans go between quotes
 * (i18n/code-spans.ts), not as raw backticks.
 */
export function diagnosticMessage(finding: Finding, locale: Locale): string {
  return plainMessage(finding.message[locale], locale);
}

/** The rule id behind a diagnostic of ours, whatever form its `code` took on the way. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== 'socialplan') return undefined;
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}
