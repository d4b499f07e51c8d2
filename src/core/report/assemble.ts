import { basename, dirname, extname, relative, resolve } from 'node:path';
import type { ResolvedConfig } from '../lint/config';
import { isRecord, type SocialDocument } from '../document/document';
import { planMethod } from '../method/methods';
import { isAmount, sumAmounts } from '../util/money';
import { buildPlanIndex, inPlanOrder, type PlanIndex, type Site } from '../workspace/plan-index';
import type { Plan } from '../workspace/plans';
import { Pauser } from '../util/pause';
import { renderMarkdown, type MarkdownOptions } from './markdown';
import type { Finding, Locale, Severity } from '../types';
import { keyRange, valueRange, type DataPath } from '../document/yaml-location';
import { amountText, anchorId, finite, formatDate, numberText, percentText, text } from './format';
import { enumLabel, labelsFor, withinHours, type EnumKind, type Labels } from '../i18n/labels';
import type {
  Annex,
  ApprovalRow,
  Body,
  Branding,
  Budget,
  BudgetCategory,
  BudgetLine,
  Charter,
  Cover,
  FindingRow,
  Labelled,
  LegalItem,
  ObjectiveRow,
  Person,
  PlanModel,
  PlatformRow,
  Platforms,
  ResourceRow,
  Resources,
  SourceRef,
  StepEntry,
  StepStatus,
  TimelineEntry,
  TimelineKind,
  TocEntry,
  Validation,
} from './model';

/** The fixed anchors of the report's sections (steps and annexes get `sp-step-…`, `sp-annex-…`). */
export const SECTION_IDS = {
  validation: 'sp-validation',
  overview: 'sp-overview',
  objectives: 'sp-objectives',
  steps: 'sp-steps',
  platforms: 'sp-platforms',
  resources: 'sp-resources',
  budget: 'sp-budget',
  timeline: 'sp-timeline',
  charter: 'sp-charter',
  annexes: 'sp-annexes',
  approvals: 'sp-approvals',
} as const;

export const DEFAULT_ACCENT = '#1F4E79';

/** The config's `export:` block, checked, with the logo path made absolute. */
export interface ExportSettings {
  logo?: string;
  color?: string;
  footer?: string;
  paper?: string;
  locale?: Locale;
}

export interface AssembleOptions {
  /** Language of the labels; by default the config's `export.locale`, then the plan's `locale`, then English. */
  locale?: Locale;
  export?: ExportSettings;
}

/**
 * Reads the `export:` block of a config. The logo is a file the config points at: in an untrusted
 * workspace it is not used (design.md §4).
 */
export function exportSettings(config: ResolvedConfig, trusted: boolean): ExportSettings {
  const options = config.exportOptions;
  const settings: ExportSettings = {};
  const logo = text(options.logo);
  if (logo && trusted && config.file) settings.logo = resolve(dirname(config.file), logo);
  if (typeof options.color === 'string') settings.color = options.color;
  if (typeof options.footer === 'string') settings.footer = options.footer;
  if (typeof options.paper === 'string') settings.paper = options.paper;
  if (options.locale === 'en' || options.locale === 'fr') settings.locale = options.locale;
  return settings;
}

/**
 * Assembles one plan (design.md §5). `findings` are the lint findings of the plan's documents
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

type MarkdownRenderer = (markdown: string, options: MarkdownOptions) => string;

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
  const locale: Locale =
    options.locale ?? options.export?.locale ?? (data.locale === 'fr' || data.locale === 'en' ? data.locale : 'en');
  const context = new Context(plan, index, locale, dirname(planDocument.file), markdown);

  const overview = body(context, planDocument, 'overview', 3);
  const steps = assembleSteps(context);
  const annexes = assembleAnnexes(context);
  const model: PlanModel = {
    modelVersion: 1,
    locale,
    root: context.root,
    labels: context.labels,
    cover: assembleCover(context, options.export ?? {}),
    toc: [],
    validation: assembleValidation(context, findings),
    overview: overview.html === '' ? undefined : overview,
    objectives: assembleObjectives(context),
    steps,
    platforms: assemblePlatforms(context),
    resources: assembleResources(context),
    budget: assembleBudget(context),
    timeline: assembleTimeline(context, steps),
    charter: assembleCharter(context),
    annexes,
    approvals: assembleApprovals(context),
    branding: branding(options.export ?? {}),
  };
  model.toc = tableOfContents(model);
  return model;
}

class Context {
  readonly labels: Labels;
  readonly planDocument: SocialDocument;
  readonly usedAnchors = new Set<string>(Object.values(SECTION_IDS));

  constructor(
    readonly plan: Plan,
    readonly index: PlanIndex,
    readonly locale: Locale,
    readonly root: string,
    readonly markdown: MarkdownRenderer,
  ) {
    this.labels = labelsFor(locale);
    this.planDocument = index.planDocument;
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
    const key = text(id);
    if (key === undefined) return undefined;
    const site = this.index.definitions.resource.get(key)?.[0];
    return { id: key, name: text(site?.value.name) ?? key };
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

function body(context: Context, document: SocialDocument, idPrefix: string, headingLevel: number): Body {
  const markdown = document.text.slice(document.bodyStart);
  const source = context.ref(document, document.bodyStart);
  if (markdown.trim() === '') return { html: '', source };
  return {
    html: context.markdown(markdown, { locale: context.locale, idPrefix, headingLevel, firstLine: source.line }),
    source,
  };
}

function assembleCover(context: Context, settings: ExportSettings): Cover {
  const data = context.planDocument.data;
  const start = isRecord(data.period) ? context.date(data.period.start) : undefined;
  const end = isRecord(data.period) ? context.date(data.period.end) : undefined;
  const status = text(data.status) ?? 'draft';
  const method = planMethod(data);
  return {
    title: text(data.title) ?? basename(context.root),
    client: text(data.client),
    agency: text(data.agency),
    period: start || end ? { start, end, text: [start?.text ?? '…', end?.text ?? '…'].join(' – ') } : undefined,
    status: context.label('planStatus', status),
    version: text(data.version),
    method: method ? { id: method.id, title: method.title[context.locale] } : undefined,
    draft: status !== 'approved',
    logo: settings.logo,
    source: context.ref(context.planDocument, context.planDocument.openFence.start),
  };
}

function assembleValidation(context: Context, findings: readonly Finding[]): Validation {
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
  return { counts, findings: rows.map(({ order: _order, ...row }) => row) };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function assembleObjectives(context: Context): ObjectiveRow[] {
  return inPlanOrder(context.index, context.index.objectives).map((site) => {
    const value = site.value;
    const kpi = isRecord(value.kpi) ? value.kpi : {};
    return {
      id: text(value.id) ?? '',
      goal: text(value.goal) === undefined ? undefined : context.label('goal', text(value.goal) as string),
      statement: text(value.statement),
      metric: text(kpi.metric),
      baseline: context.number(kpi.baseline),
      target: context.number(kpi.target),
      unit: text(kpi.unit),
      dataSource: text(kpi.source),
      deadline: context.date(value.deadline),
      owner: context.person(value.owner),
      source: context.at(site.document, site.path),
    };
  });
}

function assembleSteps(context: Context): StepEntry[] {
  const method = planMethod(context.planDocument.data);
  const documents = context.documentsOf('step');
  const placed = new Set<SocialDocument>();
  const entries: StepEntry[] = [];
  method?.steps.forEach((methodStep, position) => {
    const title = methodStep.title[context.locale];
    const matching = documents.filter((document) => document.data.step === methodStep.id);
    if (matching.length === 0) {
      entries.push({
        anchor: anchorId('step', methodStep.id, context.usedAnchors),
        id: methodStep.id,
        number: position + 1,
        title,
        inMethod: true,
        status: stepStatus(context, 'missing'),
        skipReason: undefined,
        owner: undefined,
        due: undefined,
        source: undefined,
        body: undefined,
      });
    }
    for (const document of matching) {
      placed.add(document);
      entries.push(stepEntry(context, document, methodStep.id, position + 1, title));
    }
  });
  for (const document of documents) {
    if (placed.has(document)) continue;
    const id = text(document.data.step) ?? basename(document.file, extname(document.file));
    entries.push(stepEntry(context, document, id, undefined, text(document.data.title) ?? id));
  }
  return entries;
}

function stepEntry(
  context: Context,
  document: SocialDocument,
  id: string,
  number: number | undefined,
  title: string,
): StepEntry {
  const data = document.data;
  const anchor = anchorId('step', id, context.usedAnchors);
  const status = text(data.status);
  return {
    anchor,
    id,
    number,
    title,
    inMethod: number !== undefined,
    status: stepStatus(context, (status ?? 'todo') as StepStatus),
    skipReason: text(data.skip_reason),
    owner: context.person(data.owner),
    due: context.date(data.due),
    source: context.at(document, data.step === undefined ? [] : ['step']),
    body: body(context, document, anchor, 4),
  };
}

function stepStatus(context: Context, status: StepStatus): Labelled<StepStatus> {
  return { value: status, label: enumLabel('stepStatus', status, context.locale) };
}

const POSTS_PER_WEEK: Record<string, number> = { day: 7, week: 1, month: 12 / 52 };

function assemblePlatforms(context: Context): Platforms {
  let total = 0;
  const rows = inPlanOrder(context.index, context.index.platforms).map((site): PlatformRow => {
    const value = site.value;
    const frequency = isRecord(value.frequency) ? value.frequency : undefined;
    const posts = finite(frequency?.posts);
    const per = text(frequency?.per);
    let weekly: number | undefined;
    if (posts !== undefined && per !== undefined && Object.hasOwn(POSTS_PER_WEEK, per)) {
      weekly = posts * POSTS_PER_WEEK[per];
      total += weekly;
    }
    const perLabel = per === undefined ? undefined : context.label('per', per);
    return {
      id: text(value.id) ?? '',
      name: text(value.name) ?? text(value.id) ?? '',
      handle: text(value.handle),
      secured: context.yesNo(value.secured),
      objectives: Array.isArray(value.objectives) ? value.objectives.map(text).filter((id) => id !== undefined) : [],
      audience: text(value.audience),
      frequency:
        posts !== undefined && perLabel
          ? { posts, per: perLabel, text: `${numberText(posts, context.locale).text} / ${perLabel.label}` }
          : undefined,
      postsPerWeek: weekly === undefined ? undefined : numberText(weekly, context.locale),
      source: context.at(site.document, site.path),
    };
  });
  return { rows, postsPerWeek: numberText(total, context.locale) };
}

function assembleResources(context: Context): Resources {
  let hours = 0;
  const rows = inPlanOrder(context.index, context.index.resources).map((site): ResourceRow => {
    const value = site.value;
    const weekly = finite(value.hours_per_week);
    if (weekly !== undefined) hours += weekly;
    const role = text(value.role);
    return {
      id: text(value.id) ?? '',
      name: text(value.name) ?? text(value.id) ?? '',
      role: role === undefined ? undefined : context.label('role', role),
      internal: context.yesNo(value.internal),
      dedicated: context.yesNo(value.dedicated),
      hoursPerWeek: weekly === undefined ? undefined : numberText(weekly, context.locale),
      cost: costText(context, value.cost),
      source: context.at(site.document, site.path),
    };
  });
  return { rows, hoursPerWeek: numberText(hours, context.locale) };
}

function costText(context: Context, cost: unknown): string | undefined {
  if (!isRecord(cost) || !isAmount(cost.amount)) return undefined;
  const currency = planCurrency(context);
  const amount = amountText(cost.amount, currency, context.locale).text;
  const per = text(cost.per);
  return per ? `${amount} / ${enumLabel('per', per, context.locale)}` : amount;
}

function planCurrency(context: Context): string | undefined {
  const fromPlan = text(context.planDocument.data.currency);
  if (fromPlan) return fromPlan;
  for (const site of context.index.budgets) {
    const currency = text(site.value.currency);
    if (currency) return currency;
  }
  return undefined;
}

const CATEGORY_ORDER = ['staff', 'agency', 'ads', 'content', 'tools', 'training', 'events', 'other'];

function assembleBudget(context: Context): Budget {
  const currency = planCurrency(context);
  const money = (value: number) => amountText(value, currency, context.locale);
  const sites = inPlanOrder(context.index, context.index.budgets);
  const byCategory = new Map<string, BudgetLine[]>();
  const amounts = new Map<string, number[]>();
  const totals: number[] = [];
  const blocks = sites.map((site) => {
    const total = isAmount(site.value.total) ? site.value.total : undefined;
    if (total !== undefined) totals.push(total);
    const lines = Array.isArray(site.value.lines) ? site.value.lines : [];
    lines.forEach((line, position) => {
      if (!isRecord(line)) return;
      const category = text(line.category) ?? 'uncategorised';
      const amount = isAmount(line.amount) ? line.amount : 0;
      const entry: BudgetLine = {
        label: text(line.label) ?? '',
        amount: money(amount),
        resource: context.person(line.resource),
        platform: text(line.platform),
        objective: text(line.objective),
        source: context.at(site.document, [...site.path, 'lines', position]),
      };
      byCategory.set(category, [...(byCategory.get(category) ?? []), entry]);
      amounts.set(category, [...(amounts.get(category) ?? []), amount]);
    });
    const period = text(site.value.period);
    return {
      period: period === undefined ? undefined : context.label('budgetPeriod', period),
      total: total === undefined ? undefined : money(total),
      source: context.at(site.document, site.path),
    };
  });
  const allocated = sumAmounts([...amounts.values()].flat());
  const total = totals.length > 0 ? sumAmounts(totals) : undefined;
  const rank = (category: string) =>
    CATEGORY_ORDER.includes(category) ? CATEGORY_ORDER.indexOf(category) : CATEGORY_ORDER.length;
  const categories: BudgetCategory[] = [...byCategory.entries()]
    .map(([category, lines]) => {
      const amount = sumAmounts(amounts.get(category) ?? []);
      return {
        category: context.label('category', category),
        amount: money(amount),
        share: percentText(allocated > 0 ? (amount / allocated) * 100 : 0, context.locale),
        lines,
      };
    })
    .sort((a, b) => b.amount.value - a.amount.value || rank(a.category.value) - rank(b.category.value));
  return {
    currency,
    total: total === undefined ? undefined : money(total),
    allocated: money(allocated),
    unallocated: total !== undefined && total - allocated > 0.005 ? money(sumAmounts([total, -allocated])) : undefined,
    blocks,
    categories,
  };
}

const TIMELINE_ORDER: Record<TimelineKind, number> = {
  'plan-start': 0,
  'step-due': 1,
  'objective-deadline': 2,
  'plan-end': 3,
};

function assembleTimeline(context: Context, steps: StepEntry[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const kind = (value: TimelineKind): Labelled<TimelineKind> => ({
    value,
    label: enumLabel('timeline', value, context.locale),
  });
  const data = context.planDocument.data;
  if (isRecord(data.period)) {
    for (const [key, value] of [
      ['start', 'plan-start'],
      ['end', 'plan-end'],
    ] as const) {
      const date = context.date(data.period[key]);
      if (date)
        entries.push({
          date,
          kind: kind(value),
          title: text(data.title) ?? basename(context.root),
          status: undefined,
          anchor: undefined,
          source: context.valueAt(context.planDocument, ['period', key]),
        });
    }
  }
  for (const step of steps) {
    if (!step.due || !step.source) continue;
    const title = step.number === undefined ? step.title : `${step.number}. ${step.title}`;
    entries.push({
      date: step.due,
      kind: kind('step-due'),
      title,
      status: step.status,
      anchor: step.anchor,
      source: step.source,
    });
  }
  for (const site of inPlanOrder(context.index, context.index.objectives)) {
    const date = context.date(site.value.deadline);
    if (!date) continue;
    const title = text(site.value.statement) ?? text(site.value.id) ?? '';
    entries.push({
      date,
      kind: kind('objective-deadline'),
      title,
      status: undefined,
      anchor: SECTION_IDS.objectives,
      source: context.valueAt(site.document, [...site.path, 'deadline']),
    });
  }
  // ISO dates sort as text; anything else (a schema error) goes last, as written.
  const sortable = (entry: TimelineEntry) =>
    /^\d{4}-\d{2}-\d{2}$/.test(entry.date.iso) ? entry.date.iso : `~${entry.date.iso}`;
  return entries
    .map((entry, position) => ({ entry, position }))
    .sort(
      (a, b) =>
        compare(sortable(a.entry), sortable(b.entry)) ||
        TIMELINE_ORDER[a.entry.kind.value] - TIMELINE_ORDER[b.entry.kind.value] ||
        a.position - b.position,
    )
    .map(({ entry }) => entry);
}

function assembleCharter(context: Context): Charter {
  const document = context.plan.charterLink?.document ?? context.documentsOf('charter')[0];
  const legal = inPlanOrder(context.index, context.index.legal).flatMap((site) => legalItems(context, site));
  const charterBody = document ? body(context, document, 'charter', 3) : undefined;
  return {
    anchor: SECTION_IDS.charter,
    title: (document && text(document.data.title)) ?? context.labels.charter,
    legal,
    body: charterBody && charterBody.html !== '' ? charterBody : undefined,
    source: document ? context.ref(document, document.openFence.start) : undefined,
  };
}

function legalItems(context: Context, site: Site): LegalItem[] {
  const items: LegalItem[] = [];
  const legal = site.value;
  const add = (key: string, labelKey: string, value: string | string[] | undefined, path: DataPath) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
    items.push({
      key,
      label: enumLabel('legal', labelKey, context.locale),
      value,
      source: context.at(site.document, [...site.path, ...path]),
    });
  };
  const list = (value: unknown) =>
    Array.isArray(value)
      ? value.map(text).filter((item) => item !== undefined)
      : text(value) === undefined
        ? undefined
        : [text(value) as string];
  const names = (value: unknown) => list(value)?.map((id) => context.person(id)?.name ?? id);
  add('jurisdictions', 'jurisdictions', list(legal.jurisdictions), ['jurisdictions']);
  add('intellectual_property', 'intellectual_property', text(legal.intellectual_property), ['intellectual_property']);
  add('defamation', 'defamation', text(legal.defamation), ['defamation']);
  if (isRecord(legal.privacy)) {
    add('privacy', 'privacy', text(legal.privacy.policy), ['privacy', 'policy']);
    add('privacy.regulations', 'regulations', list(legal.privacy.regulations), ['privacy', 'regulations']);
  } else add('privacy', 'privacy', text(legal.privacy), ['privacy']);
  add('advertising_disclosure', 'advertising_disclosure', text(legal.advertising_disclosure), [
    'advertising_disclosure',
  ]);
  add('confidentiality', 'confidentiality', text(legal.confidentiality), ['confidentiality']);
  if (isRecord(legal.moderation)) {
    const hours = context.number(legal.moderation.response_time_hours);
    add(
      'moderation.response_time_hours',
      'response_time_hours',
      hours ? withinHours(hours.text, context.locale) : undefined,
      ['moderation', 'response_time_hours'],
    );
    add('moderation.remove', 'remove', list(legal.moderation.remove), ['moderation', 'remove']);
    add('moderation.escalate_to', 'escalate_to', context.person(legal.moderation.escalate_to)?.name, [
      'moderation',
      'escalate_to',
    ]);
  }
  add('spokespersons', 'spokespersons', names(legal.spokespersons), ['spokespersons']);
  return items;
}

function assembleAnnexes(context: Context): Annex[] {
  return context
    .documentsOf('annex')
    .map((document) => ({ document, order: finite(document.data.order), path: context.relativePath(document.file) }))
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || compare(a.path, b.path))
    .map(({ document, order }) => {
      const title = text(document.data.title) ?? basename(document.file, extname(document.file));
      const anchor = anchorId('annex', title, context.usedAnchors);
      return {
        anchor,
        title,
        order,
        body: body(context, document, anchor, 4),
        source: context.ref(document, document.openFence.start),
      };
    });
}

function assembleApprovals(context: Context): ApprovalRow[] {
  const approvals = context.planDocument.data.approvals;
  if (!Array.isArray(approvals)) return [];
  return approvals.flatMap((approval, position): ApprovalRow[] => {
    if (!isRecord(approval)) return [];
    return [
      {
        name: text(approval.name) ?? '',
        role: text(approval.role),
        date: context.date(approval.date),
        source: context.at(context.planDocument, ['approvals', position]),
      },
    ];
  });
}

function branding(settings: ExportSettings): Branding {
  return {
    paper: settings.paper === 'Letter' ? 'Letter' : 'A4',
    color:
      typeof settings.color === 'string' && /^#[0-9A-Fa-f]{6}$/.test(settings.color)
        ? settings.color.toUpperCase()
        : DEFAULT_ACCENT,
    footer: text(settings.footer),
  };
}

function tableOfContents(model: PlanModel): TocEntry[] {
  const labels = model.labels;
  const toc: TocEntry[] = [{ id: SECTION_IDS.validation, title: labels.validation, level: 1 }];
  if (model.overview) toc.push({ id: SECTION_IDS.overview, title: labels.overview, level: 1 });
  toc.push({ id: SECTION_IDS.objectives, title: labels.objectives, level: 1 });
  toc.push({ id: SECTION_IDS.steps, title: labels.steps, level: 1 });
  for (const step of model.steps)
    toc.push({
      id: step.anchor,
      title: step.number === undefined ? step.title : `${step.number}. ${step.title}`,
      level: 2,
    });
  toc.push(
    { id: SECTION_IDS.platforms, title: labels.platforms, level: 1 },
    { id: SECTION_IDS.resources, title: labels.resources, level: 1 },
    { id: SECTION_IDS.budget, title: labels.budget, level: 1 },
    { id: SECTION_IDS.timeline, title: labels.timeline, level: 1 },
    { id: SECTION_IDS.charter, title: labels.charter, level: 1 },
  );
  if (model.annexes.length > 0) {
    toc.push({ id: SECTION_IDS.annexes, title: labels.annexes, level: 1 });
    for (const annex of model.annexes) toc.push({ id: annex.anchor, title: annex.title, level: 2 });
  }
  toc.push({ id: SECTION_IDS.approvals, title: labels.approvals, level: 1 });
  return toc;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
