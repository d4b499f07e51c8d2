import { basename, relative } from 'node:path';
import { enumLabel, hasEnumLabel, labelsFor, type EnumKind, type Labels } from '../../i18n/labels';
import type { SocialDocument } from '../../document/document';
import type { DataPath } from '../../document/yaml-location';
import { keyRange, valueRange } from '../../document/yaml-location';
import type { Locale } from '../../types';
import type { IdKind, PlanIndex } from '../../workspace/plan-index';
import type { Plan } from '../../workspace/plans';
import { finite, formatDate, numberText, text } from '../format';
import type { MarkdownOptions } from '../markdown';
import type { Body, Labelled, Named, Person, SourceRef } from '../model';
import { SECTION_IDS } from '../sections';
import { planProgress, type Measuring, type Progress } from '../../results/progress';

/**
 * What every section's assembly reads: the plan, its index, the language, and the helpers that
 * turn YAML values into the model's labelled, formatted and located values.
 */

export type MarkdownRenderer = (markdown: string, options: MarkdownOptions) => string;

export class Context {
  readonly labels: Labels;
  readonly planDocument: SocialDocument;
  readonly usedAnchors = new Set<string>(Object.values(SECTION_IDS));
  /** Where each measured objective stands, as the rules judge it (docs/measuring.md). */
  readonly progress: Progress[];

  constructor(
    readonly plan: Plan,
    readonly index: PlanIndex,
    readonly locale: Locale,
    readonly root: string,
    readonly markdown: MarkdownRenderer,
    measuring: Measuring,
  ) {
    this.labels = labelsFor(locale);
    this.planDocument = index.planDocument;
    this.progress = index.results.length === 0 ? [] : planProgress(index, measuring.today, measuring.trend);
  }

  ref(document: SocialDocument, offset: number): SourceRef {
    const position = document.lines.positionAt(offset);
    return {
      file: document.file,
      path: this.relativePath(document.file),
      offset,
      line: position.line,
      column: position.column,
    };
  }

  /** Where a YAML value is written (its key for blocks and list items). */
  at(document: SocialDocument, path: DataPath): SourceRef {
    return this.ref(document, (path.length === 0 ? document.openFence : keyRange(document, path)).start);
  }

  valueAt(document: SocialDocument, path: DataPath): SourceRef {
    return this.ref(document, valueRange(document, path).start);
  }

  relativePath(file: string): string {
    return relative(this.root, file).split('\\').join('/') || basename(file);
  }

  label(kind: EnumKind, value: string): Labelled {
    return { value, label: enumLabel(kind, value, this.locale) };
  }

  yesNo(value: unknown): Labelled<'yes' | 'no'> | undefined {
    if (typeof value !== 'boolean') return undefined;
    const key = value ? 'yes' : 'no';
    return { value: key, label: enumLabel('yesNo', key, this.locale) };
  }

  person(id: unknown): Person | undefined {
    return this.named('resource', id, (value) => text(value.name));
  }

  platform(id: unknown): Named | undefined {
    return this.named('platform', id, (value) => text(value.name));
  }

  objective(id: unknown): Named | undefined {
    return this.named('objective', id, (value) => this.objectiveName(value));
  }

  /** What a reader calls an objective: its statement, else its goal's label. */
  objectiveName(objective: Record<string, unknown>): string | undefined {
    const goal = text(objective.goal);
    return (
      text(objective.statement) ??
      (goal && hasEnumLabel('goal', goal) ? enumLabel('goal', goal, this.locale) : undefined)
    );
  }

  /** An id referenced by the plan, with the name its definition gives (the id itself when none does). */
  private named(
    kind: IdKind,
    id: unknown,
    nameOf: (value: Record<string, unknown>) => string | undefined,
  ): Named | undefined {
    const key = text(id);
    if (key === undefined) return undefined;
    const site = this.index.definitions[kind].get(key)?.[0];
    return { id: key, name: (site && nameOf(site.value)) ?? key };
  }

  date(value: unknown) {
    return formatDate(value, this.locale);
  }

  number(value: unknown) {
    const number = finite(value);
    return number === undefined ? undefined : numberText(number, this.locale);
  }

  /** Documents of one kind in a stable order: by path. */
  documentsOf(kind: SocialDocument['kind']): SocialDocument[] {
    return this.plan.documents
      .filter((document) => document.kind === kind)
      .sort((a, b) => compare(this.relativePath(a.file), this.relativePath(b.file)));
  }
}

export function body(context: Context, document: SocialDocument, idPrefix: string, headingLevel: number): Body {
  const markdown = document.text.slice(document.bodyStart);
  const source = context.ref(document, document.bodyStart);
  if (markdown.trim() === '') return { html: '', source };
  return {
    html: context.markdown(markdown, { locale: context.locale, idPrefix, headingLevel, firstLine: source.line }),
    source,
  };
}

/** The plan's currency: the plan document's, else the first budget block's that names one. */
export function planCurrency(context: Context): string | undefined {
  const fromPlan = text(context.planDocument.data.currency);
  if (fromPlan) return fromPlan;
  for (const site of context.index.budgets) {
    const currency = text(site.value.currency);
    if (currency) return currency;
  }
  return undefined;
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
