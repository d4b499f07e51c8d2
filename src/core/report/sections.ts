import type { Labels } from '../i18n/labels';
import { showsSources, type PlanModel, type TocEntry } from './model';

/**
 * The report's sections, in reading order: the one list the table of contents, the HTML export
 * and the PDF export follow. Each renderer is a `Record<SectionId, …>`, so a section added here
 * and forgotten by a renderer fails the type-check. The cover and the table of contents frame the
 * sections and are not among them.
 */

export interface Section<Id extends string = SectionId> {
  id: Id;
  /** HTML id and PDF destination of the section's heading. */
  anchor: `sp-${Id}`;
  /** Key of the section's heading in `labels.ts`. */
  label: keyof Labels;
  /** Whether the report has this section at all: some are left out rather than shown empty. */
  shown(model: PlanModel): boolean;
  /** The plan's report, the monthly report (`model.month`), or both. */
  report: 'plan' | 'month' | 'both';
  inContents: boolean;
  /** Entries of the table of contents under the section's own (its steps, its annexes). */
  children(model: PlanModel): TocEntry[];
}

type SectionOptions = Partial<Pick<Section<string>, 'label' | 'shown' | 'report' | 'inContents' | 'children'>>;

/** A section whose id is not a key of `labels.ts` must name its heading's label. */
function section<const Id extends string>(
  id: Id,
  options: SectionOptions & (Id extends keyof Labels ? unknown : { label: keyof Labels }) = {} as never,
): Section<Id> {
  return {
    id,
    anchor: `sp-${id}`,
    label: id as keyof Labels,
    shown: () => true,
    report: 'plan',
    inContents: true,
    children: () => [],
    ...options,
  };
}

const REGISTRY = [
  // For the agency: the client edition leaves it out (docs/exporting.md, "Editions").
  section('validation', { shown: showsSources }),
  section('overview', { shown: (model) => model.overview !== undefined }),
  section('objectives'),
  // The monthly report (docs/measuring.md): the month's readings first, then where each objective stands.
  section('monthResults', { report: 'month' }),
  section('progress', { shown: (model) => model.progress.length > 0, report: 'both' }),
  section('stepsDue', { report: 'month' }),
  section('monthAnalysis', { report: 'month' }),
  section('steps', {
    children: (model) =>
      model.steps.map((step) => ({
        id: step.anchor,
        title: step.number === undefined ? step.title : `${step.number}. ${step.title}`,
        level: 2,
      })),
  }),
  section('platforms'),
  section('resources'),
  section('budget'),
  section('timeline'),
  section('charter'),
  section('annexes', {
    shown: (model) => model.annexes.length > 0,
    children: (model) => model.annexes.map((annex) => ({ id: annex.anchor, title: annex.title, level: 2 })),
  }),
  section('approvals'),
] as const;

export type SectionId = (typeof REGISTRY)[number]['id'];

export const SECTIONS: readonly Section[] = REGISTRY;

/** The fixed anchors of the sections (steps and annexes get `sp-step-…`, `sp-annex-…`). */
export const SECTION_IDS = Object.fromEntries(SECTIONS.map(({ id, anchor }) => [id, anchor])) as {
  readonly [Id in SectionId]: `sp-${Id}`;
};

/** The sections this model shows, in order. */
export function shownSections(model: PlanModel): Section[] {
  const report = model.month ? 'month' : 'plan';
  return SECTIONS.filter((entry) => (entry.report === report || entry.report === 'both') && entry.shown(model));
}

export function tableOfContents(model: PlanModel): TocEntry[] {
  return shownSections(model)
    .filter((entry) => entry.inContents)
    .flatMap((entry) => [
      { id: entry.anchor, title: model.labels[entry.label], level: 1 } satisfies TocEntry,
      ...entry.children(model),
    ]);
}
