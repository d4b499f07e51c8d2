import { createHash } from 'node:crypto';
import { codeSpan, messageParts } from '../../core/i18n/code-spans';
import type { Locale, Severity } from '../../core/types';
import type { FormatContext, Formatter, ReportedFinding, RuleInfo } from './types';

/**
 * `--format sarif`: one SARIF 2.1.0 run, shaped for GitHub code scanning (`upload-sarif`), which wants
 * rule metadata with help links, 1-based regions, relative URIs under `%SRCROOT%` and
 * `partialFingerprints` so that alerts keep their identity from one upload to the next.
 */

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Mirrors `repository.url` in package.json. */
export const TOOL_INFORMATION_URI = 'https://github.com/socialplan/socialplan';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

const DOCS_LINK_LABEL: Record<Locale, string> = {
  en: 'Rule documentation',
  fr: 'Documentation de la règle',
};

/** French typography puts a space before a colon. */
const COLON: Record<Locale, string> = { en: ': ', fr: ' : ' };

const SRCROOT_DESCRIPTION: Record<Locale, string> = {
  en: 'The working directory socialplan lint ran in; every result URI is relative to it.',
  fr: 'Le dossier de travail où socialplan lint a tourné ; chaque URI de résultat lui est relative.',
};

export const formatSarif: Formatter = (findings, context) => {
  const descriptors = ruleDescriptors(findings, context);
  const ruleIndexes = new Map(descriptors.map((descriptor, index) => [descriptor.id, index] as const));
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'socialplan',
            informationUri: TOOL_INFORMATION_URI,
            version: context.toolVersion,
            semanticVersion: context.toolVersion,
            rules: descriptors,
          },
        },
        // The formatter is pure and does not know the absolute working directory, so the base is
        // described rather than given a `uri`, as SARIF allows when the root is not known.
        originalUriBaseIds: { [SRCROOT]: { description: { text: SRCROOT_DESCRIPTION[context.locale] } } },
        // Our columns count UTF-16 code units, which is what viewers must know to place them.
        columnKind: 'utf16CodeUnits',
        language: context.locale,
        results: toResults(findings, ruleIndexes),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

type ReportingDescriptor = ReturnType<typeof fullDescriptor> | ReturnType<typeof bareDescriptor>;

/**
 * Every known rule, in the caller's order, then a bare descriptor for any rule a finding names that
 * the caller did not describe, so that each result's `ruleIndex` points at a real entry.
 */
function ruleDescriptors(findings: ReportedFinding[], context: FormatContext): ReportingDescriptor[] {
  const descriptors: ReportingDescriptor[] = [];
  const seen = new Set<string>();
  for (const rule of context.rules) {
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    descriptors.push(fullDescriptor(rule, context.locale));
  }
  for (const { rule } of findings) {
    if (seen.has(rule)) continue;
    seen.add(rule);
    descriptors.push(bareDescriptor(rule));
  }
  return descriptors;
}

function fullDescriptor(rule: RuleInfo, locale: Locale) {
  const description = rule.description[locale];
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: firstSentence(description) },
    fullDescription: { text: description },
    helpUri: rule.docsUrl,
    help: {
      text: `${description}\n\n${DOCS_LINK_LABEL[locale]}${COLON[locale]}${rule.docsUrl}`,
      markdown: `${description}\n\n[${DOCS_LINK_LABEL[locale]}](${rule.docsUrl})`,
    },
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
  };
}

function bareDescriptor(ruleId: string) {
  return { id: ruleId, name: pascalCase(ruleId), shortDescription: { text: ruleId } };
}

function toResults(findings: ReportedFinding[], ruleIndexes: Map<string, number>) {
  const occurrences = new Map<string, number>();
  return findings.map((finding) => {
    const identity = findingIdentity(finding);
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    return {
      ruleId: finding.rule,
      ruleIndex: ruleIndexes.get(finding.rule) ?? -1,
      level: LEVELS[finding.severity],
      message: { text: finding.message, markdown: markdownMessage(finding.message) },
      locations: [{ physicalLocation: physicalLocation(finding) }],
      partialFingerprints: { primaryLocationLineHash: `${identity}:${occurrence}` },
    };
  });
}

/**
 * SARIF's `message.markdown` (GitHub Flavored Markdown, in SARIF 2.1.0's message object) for viewers that render
 * it: the message's code spans stay code spans, and every other Markdown character is escaped, so
 * that `bounce_rate` or `[CA-QC` outside a span shows as written. `message.text` keeps the message
 * as the contract has it, backticks included, like `--format json` (docs/exporting.md).
 */
export function markdownMessage(message: string): string {
  return messageParts(message)
    .map((part) => (part.kind === 'code' ? codeSpan(part.text) : escapeMarkdown(part.text)))
    .join('');
}

/** Backslash escapes for the characters that start emphasis, links, HTML, entities or strikethrough inline. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>&~]/g, '\\$&');
}

/**
 * GitHub matches alerts across uploads by `primaryLocationLineHash`. Its own value hashes the text
 * around the line, which we do not have here; rule, file and message are stable while the plan is
 * edited elsewhere, and the occurrence counter (as in GitHub's `hash:n` form) keeps repeats apart.
 * Lines are left out on purpose, so that an alert survives lines inserted above it.
 */
function findingIdentity(finding: ReportedFinding): string {
  return createHash('sha256')
    .update([finding.rule, finding.file, finding.message].join('\0'))
    .digest('hex')
    .slice(0, 16);
}

function physicalLocation(finding: ReportedFinding) {
  return {
    artifactLocation: { uri: relativeUri(finding.file), uriBaseId: SRCROOT },
    // Both our input and SARIF are 1-based with an exclusive end column, so values pass through.
    region: {
      startLine: finding.line,
      startColumn: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
    },
  };
}

/** A POSIX path as a relative URI reference: each segment percent-encoded, slashes kept. */
export function relativeUri(posixPath: string): string {
  return posixPath.split('/').map(encodeURIComponent).join('/');
}

/** `plan-missing-goal` → `PlanMissingGoal`: SARIF's `name` is meant to be a readable identifier. */
export function pascalCase(id: string): string {
  return id
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('');
}

/**
 * GitHub shows `shortDescription` as the alert title, so it gets only the description's first
 * sentence; a sentence ends before a capital letter so that "e.g. a post" does not cut it short.
 */
export function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s+\p{Lu}|\s*$)/su.exec(text);
  return (match ? match[0] : text).trim();
}
