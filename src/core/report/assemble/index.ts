import { dirname, resolve } from 'node:path';
import { localDate, type ResolvedConfig } from '../../lint/config';
import type { Finding, Locale } from '../../types';
import { Pauser } from '../../util/pause';
import { buildPlanIndex, type PlanIndex } from '../../workspace/plan-index';
import type { Plan } from '../../workspace/plans';
import { text } from '../format';
import { renderMarkdown, type MarkdownOptions } from '../markdown';
import type { Branding, Edition, PlanModel } from '../model';
import { tableOfContents } from '../sections';
import { assembleAnnexes } from './annexes';
import { assembleApprovalChain, assembleApprovals } from './approvals';
import { assembleBudget } from './budget';
import { assembleCharter } from './charter';
import { body, Context, type MarkdownRenderer } from './context';
import type { Measuring } from '../../results/progress';
import { assembleCover } from './cover';
import { assembleMonth } from './month';
import { monthSpan, reportDay } from '../../results/month';
import { assembleObjectives } from './objectives';
import { assemblePlatforms } from './platforms';
import { assembleProgress } from './progress';
import { assembleResources } from './resources';
import { assembleSteps } from './steps';
import { assembleTimeline } from './timeline';
import { assembleValidation } from './validation';
import { asLocale, isLocale } from '../../i18n/localized';

/**
 * The plan's documents → the plan model, one file per section of the model beside this one
 * (`context.ts` holds what they share).
 */

export const DEFAULT_ACCENT = '#1F4E79';

/** The config's `export:` block, checked, with the logo path made absolute. */
export interface ExportSettings {
  logo?: string;
  color?: string;
  footer?: string;
  paper?: string;
  locale?: Locale;
  stepsOnNewPage?: boolean;
}

export interface AssembleOptions {
  /** Language of the labels; by default the config's `export.locale`, then the plan's `locale`, then English. */
  locale?: Locale;
  export?: ExportSettings;
  /** `review` (the default: the preview's) or `client` (docs/exporting.md, "Editions"). */
  edition?: Edition;
  /** The day the progress section is judged on, and the projection: by default the clock and `linear`. */
  measuring?: Measuring;
  /**
   * `YYYY-MM`: assemble the monthly report of that month instead of the plan, judged as of the
   * month's last day (or today while it runs). Check it with `isMonth` first.
   */
  month?: string;
}

/**
 * Reads the `export:` block of a config. The logo is a file the config points at: in an untrusted
 * workspace it is not used (README, "In VS Code").
 */
export function exportSettings(config: ResolvedConfig, trusted: boolean): ExportSettings {
  const options = config.exportOptions;
  const settings: ExportSettings = {};
  const logo = text(options.logo);
  if (logo && trusted && config.file) settings.logo = resolve(dirname(config.file), logo);
  if (typeof options.color === 'string') settings.color = options.color;
  if (typeof options.footer === 'string') settings.footer = options.footer;
  if (typeof options.paper === 'string') settings.paper = options.paper;
  if (isLocale(options.locale)) settings.locale = options.locale;
  if (options.stepsOnNewPage === true) settings.stepsOnNewPage = true;
  return settings;
}

/**
 * Assembles one plan (docs/architecture.md, "How data flows"). `findings` are the lint findings of the plan's documents
 * (others are ignored); the plan is assembled whatever they say, so that a preview can show a
 * broken plan and an export can be forced.
 */
export function assemblePlan(plan: Plan, findings: readonly Finding[], options: AssembleOptions = {}): PlanModel {
  return assemble(plan, findings, options, renderMarkdown);
}

/**
 * `assemblePlan` that lets the event loop run: rendering the Markdown bodies is most of a cold
 * assembly (0.7 s for a 50-page plan), so they are rendered first, one at a time with pauses, and
 * the assembly then finds them in the cache. For exports in the editor's extension host.
 */
export async function assemblePlanPausing(
  plan: Plan,
  findings: readonly Finding[],
  options: AssembleOptions = {},
  pause = new Pauser(),
): Promise<PlanModel> {
  const bodies: [string, MarkdownOptions][] = [];
  assemble(plan, findings, options, (markdown, markdownOptions) => {
    bodies.push([markdown, markdownOptions]);
    return '';
  });
  for (const [markdown, markdownOptions] of bodies) {
    renderMarkdown(markdown, markdownOptions);
    await pause.now();
  }
  return assemble(plan, findings, options, renderMarkdown);
}

function assemble(
  plan: Plan,
  findings: readonly Finding[],
  options: AssembleOptions,
  markdown: MarkdownRenderer,
): PlanModel {
  const planDocument = plan.planDocuments[0];
  if (!planDocument) throw new Error('assemblePlan needs a plan with a `socialplan: plan` document.');
  const index = buildPlanIndex({ ...plan, planDocuments: [planDocument] }) as PlanIndex;
  const data = planDocument.data;
  const locale: Locale = options.locale ?? options.export?.locale ?? asLocale(data.locale);
  const today = options.measuring ?? { today: localDate(new Date()), trend: 'linear' };
  const span = options.month === undefined ? undefined : monthSpan(options.month);
  if (options.month !== undefined && !span) throw new Error(`not a month (YYYY-MM): ${options.month}`);
  const measuring = span ? { ...today, today: reportDay(span, today.today) } : today;
  const context = new Context(plan, index, locale, dirname(planDocument.file), markdown, measuring);

  // A monthly report shows no body of the plan's: they are not rendered for nothing.
  const overview = span ? undefined : body(context, planDocument, 'overview', 3);
  const steps = assembleSteps(context, !span);
  const annexes = span ? [] : assembleAnnexes(context);
  const month = span && assembleMonth(context, span, measuring.today, steps);
  const model: PlanModel = {
    modelVersion: 1,
    locale,
    root: context.root,
    labels: context.labels,
    edition: options.edition ?? 'review',
    cover: assembleCover(context, options.export ?? {}, month),
    toc: [],
    validation: assembleValidation(context, findings),
    overview: overview?.html ? overview : undefined,
    objectives: assembleObjectives(context),
    progress: assembleProgress(context),
    steps,
    platforms: assemblePlatforms(context),
    resources: assembleResources(context),
    budget: assembleBudget(context),
    timeline: assembleTimeline(context, steps),
    charter: assembleCharter(context),
    annexes,
    approvals: assembleApprovals(context),
    approvalChain: assembleApprovalChain(context),
    branding: branding(options.export ?? {}),
    ...(month ? { month } : {}),
  };
  model.toc = tableOfContents(model);
  return model;
}

function branding(settings: ExportSettings): Branding {
  return {
    paper: settings.paper === 'Letter' ? 'Letter' : 'A4',
    color:
      typeof settings.color === 'string' && /^#[0-9A-Fa-f]{6}$/.test(settings.color)
        ? settings.color.toUpperCase()
        : DEFAULT_ACCENT,
    footer: text(settings.footer),
    ...(settings.stepsOnNewPage === true ? { stepsOnNewPage: true } : {}),
  };
}
