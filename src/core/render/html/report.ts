import { SECTION_IDS } from '../../report/sections';
import type {
  Annex,
  Budget,
  Charter,
  Labelled,
  ObjectiveRow,
  Person,
  PlanModel,
  Platforms,
  Resources,
  SourceRef,
  StepEntry,
  TimelineEntry,
  Validation,
} from '../../report/model';
import { escapeHtml as e } from '../../util/escape';
import { isLogoDataUri } from '../logo';
import { reportCss } from './styles';

/**
 * The assembled plan as ONE self-contained HTML file: inline CSS, the logo (if any) as a data URI,
 * no script at all, and a Content-Security-Policy that would stop one anyway. Every text from the
 * plan is escaped here; body HTML comes sanitized from `renderMarkdown`.
 */
export const EXPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface HtmlOptions {
  /** `data:image/…;base64,…` from `readLogo`; anything else is ignored. */
  logoDataUri?: string;
  /** Add `data-sp-path` / `data-sp-line` to sections and rows (for the preview's jump to source). */
  sourceAttributes?: boolean;
  /** `SocialPlan 0.1.0`, written in the generator meta tag. */
  generator?: string;
}

export function renderPlanHtml(model: PlanModel, options: HtmlOptions = {}): string {
  const parts = [
    '<!DOCTYPE html>',
    `<html lang="${model.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${e(EXPORT_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${e(options.generator ?? 'SocialPlan')}">`,
    `<title>${e(model.cover.title)}</title>`,
    `<style>${reportCss(model.branding, model.labels.page)}</style>`,
    '</head>',
    `<body class="sp-report${model.cover.draft ? ' sp-is-draft' : ''}">`,
    renderPlanBody(model, options),
    '</body>',
    '</html>',
    '',
  ];
  return parts.filter((part) => part !== '').join('\n');
}

/**
 * The report without the document shell: the DRAFT watermark (when the plan is not approved) and
 * the page with every section, as `renderPlanHtml` puts in its `<body>`. The preview patches this
 * into its webview; an ancestor with the class `sp-is-draft` shows the watermark.
 */
export function renderPlanBody(model: PlanModel, options: HtmlOptions = {}): string {
  const r = new Renderer(model, options);
  const labels = model.labels;
  const parts = [
    model.cover.draft ? `<div class="sp-watermark" aria-hidden="true">${e(labels.draft)}</div>` : '',
    '<div class="sp-page">',
    r.cover(),
    r.toc(),
    r.validation(model.validation),
    r.overview(),
    r.objectives(model.objectives),
    r.steps(model.steps),
    r.platforms(model.platforms),
    r.resources(model.resources),
    r.budget(model.budget),
    r.timeline(model.timeline),
    r.charter(model.charter),
    r.annexes(model.annexes),
    r.approvals(),
    `<footer class="sp-end"><span>${e(model.branding.footer ?? '')}</span><span>${e(labels.generatedBy)}</span></footer>`,
    '</div>',
  ];
  return parts.filter((part) => part !== '').join('\n');
}

class Renderer {
  constructor(
    private readonly model: PlanModel,
    private readonly options: HtmlOptions,
  ) {}

  private get labels() {
    return this.model.labels;
  }

  /** Source attributes for the preview; nothing in an export. */
  private src(source: SourceRef | undefined): string {
    if (!this.options.sourceAttributes || !source) return '';
    return ` data-sp-path="${e(source.path)}" data-sp-line="${source.line}"`;
  }

  private section(id: string, title: string, content: string, source?: SourceRef, extraClass = ''): string {
    return `<section class="sp-section${extraClass}" id="${e(id)}"${this.src(source)}>\n<h2 class="sp-title">${e(title)}</h2>\n${content}\n</section>`;
  }

  private badge(labelled: Labelled, kind = labelled.value): string {
    return `<span class="sp-badge sp-badge-${e(kind)}">${e(labelled.label)}</span>`;
  }

  private empty(text: string): string {
    return `<p class="sp-muted">${e(text)}</p>`;
  }

  private person(person: Person | undefined): string {
    return person ? e(person.name) : '';
  }

  cover(): string {
    const { cover, labels } = this.model;
    const logo =
      this.options.logoDataUri && isLogoDataUri(this.options.logoDataUri)
        ? `<img class="sp-logo" src="${e(this.options.logoDataUri)}" alt="">`
        : '';
    const facts: [string, string][] = [];
    if (cover.client) facts.push([labels.client, e(cover.client)]);
    if (cover.period) facts.push([labels.period, e(cover.period.text)]);
    if (cover.version) facts.push([labels.version, e(cover.version)]);
    facts.push([labels.status, this.badge(cover.status)]);
    if (cover.method) facts.push([labels.method, e(cover.method.title)]);
    return [
      `<header class="sp-cover" id="sp-cover"${this.src(cover.source)}>`,
      `<div class="sp-cover-top"><div class="sp-eyebrow">${e(cover.agency ?? '')}</div>${logo}</div>`,
      '<div class="sp-cover-main">',
      `<h1>${e(cover.title)}</h1>`,
      `<dl class="sp-facts">${facts.map(([term, value]) => `<dt>${e(term)}</dt><dd>${value}</dd>`).join('')}</dl>`,
      cover.draft ? `<div class="sp-draft-banner">${e(labels.draftNotice)}</div>` : '',
      '</div>',
      `<div class="sp-cover-bottom"><span>${e(this.model.branding.footer ?? '')}</span><span>${e(cover.agency ?? '')}</span></div>`,
      '</header>',
    ]
      .filter((line) => line !== '')
      .join('\n');
  }

  toc(): string {
    let major = 0;
    const items = this.model.toc.map((entry) => {
      const number = entry.level === 1 ? `<span class="sp-toc-n">${++major}</span>` : '';
      return `<li class="sp-toc-${entry.level}"><a href="#${e(entry.id)}">${number}<span>${e(entry.title)}</span></a></li>`;
    });
    return `<nav class="sp-toc" id="sp-contents" aria-labelledby="sp-contents-title">\n<h2 class="sp-title" id="sp-contents-title">${e(this.labels.contents)}</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`;
  }

  validation(validation: Validation): string {
    const labels = this.labels;
    const counts = (['error', 'warning', 'info'] as const)
      .map((severity) => {
        const label = { error: labels.errors, warning: labels.warnings, info: labels.infos }[severity];
        return `<div class="sp-count sp-count-${severity}"><b>${validation.counts[severity]}</b>${e(label)}</div>`;
      })
      .join('');
    const content =
      validation.findings.length === 0
        ? `<p class="sp-callout sp-callout-ok">${e(labels.noFindings)}</p>`
        : table(
            [labels.severity, labels.file, labels.message, labels.rule],
            validation.findings.map(
              (finding) =>
                `<tr${this.src(finding.source)}><td>${this.badge(finding.severity)}</td><td class="sp-nowrap">${e(finding.path)}:${finding.line}</td><td>${e(finding.message)}</td><td class="sp-id">${e(finding.rule)}</td></tr>`,
            ),
          );
    return this.section(
      SECTION_IDS.validation,
      labels.validation,
      `<div class="sp-counts">${counts}</div>\n${content}`,
    );
  }

  overview(): string {
    const overview = this.model.overview;
    if (!overview) return '';
    return this.section(
      SECTION_IDS.overview,
      this.labels.overview,
      `<div class="sp-body"${this.src(overview.source)}>\n${overview.html}\n</div>`,
      overview.source,
    );
  }

  objectives(rows: ObjectiveRow[]): string {
    const labels = this.labels;
    if (rows.length === 0)
      return this.section(SECTION_IDS.objectives, labels.objectives, this.empty(labels.noObjectives));
    const body = rows.map((row) => {
      const goal = row.goal ? ` ${this.badge(row.goal, 'goal')}` : '';
      const statement = row.statement ? `<div>${e(row.statement)}</div>` : '';
      const metric = `${e(row.metric ?? '')}${row.dataSource ? `<div class="sp-muted sp-small">${e(row.dataSource)}</div>` : ''}`;
      const change = `${e(row.baseline?.text ?? '?')} → <b>${e(row.target?.text ?? '?')}</b>${row.unit ? `<div class="sp-muted sp-small">${e(row.unit)}</div>` : ''}`;
      return `<tr${this.src(row.source)}><td><span class="sp-id">${e(row.id)}</span>${goal}${statement}</td><td>${metric}</td><td class="sp-nowrap">${change}</td><td class="sp-nowrap">${e(row.deadline?.text ?? '')}</td><td>${this.person(row.owner)}</td></tr>`;
    });
    const headers = [
      labels.objective,
      labels.metric,
      `${labels.baseline} → ${labels.target}`,
      labels.deadline,
      labels.owner,
    ];
    return this.section(SECTION_IDS.objectives, labels.objectives, table(headers, body));
  }

  steps(steps: StepEntry[]): string {
    const labels = this.labels;
    const entries = steps.map((step) => {
      const number = step.number === undefined ? '' : `<span class="sp-step-n">${step.number}</span>`;
      const meta: string[] = [];
      if (step.owner) meta.push(`<span>${e(labels.owner)}: <b>${e(step.owner.name)}</b></span>`);
      if (step.due) meta.push(`<span>${e(labels.due)}: <b>${e(step.due.text)}</b></span>`);
      if (step.source) meta.push(`<span>${e(labels.sourceFile)}: <b>${e(step.source.path)}</b></span>`);
      if (!step.inMethod) meta.push(`<span>${e(labels.notInMethod)}</span>`);
      const notes: string[] = [];
      if (step.status.value === 'missing')
        notes.push(`<p class="sp-callout sp-callout-error">${e(labels.missingStep)}</p>`);
      if (step.skipReason)
        notes.push(`<p class="sp-callout"><b>${e(labels.skipReason)}:</b> ${e(step.skipReason)}</p>`);
      const body = step.body
        ? step.body.html === ''
          ? this.empty(labels.emptyBody)
          : `<div class="sp-body"${this.src(step.body.source)}>\n${step.body.html}\n</div>`
        : '';
      return [
        `<article class="sp-step" id="${e(step.anchor)}"${this.src(step.source)}>`,
        `<div class="sp-step-head">${number}<h3>${e(step.title)}</h3>${this.badge(step.status)}</div>`,
        meta.length > 0 ? `<div class="sp-meta">${meta.join('')}</div>` : '',
        ...notes,
        body,
        '</article>',
      ]
        .filter((line) => line !== '')
        .join('\n');
    });
    return this.section(SECTION_IDS.steps, labels.steps, entries.join('\n'));
  }

  platforms(platforms: Platforms): string {
    const labels = this.labels;
    if (platforms.rows.length === 0)
      return this.section(SECTION_IDS.platforms, labels.platforms, this.empty(labels.noPlatforms));
    const overview = table(
      [labels.platform, labels.handle, labels.objectives, labels.audience, labels.secured],
      platforms.rows.map(
        (row) =>
          `<tr${this.src(row.source)}><td><b>${e(row.name)}</b></td><td>${e(row.handle ?? '')}</td><td>${row.objectives.map((id) => `<div class="sp-id">${e(id)}</div>`).join('')}</td><td>${e(row.audience ?? '')}</td><td>${row.secured ? e(row.secured.label) : ''}</td></tr>`,
      ),
    );
    const max = Math.max(0, ...platforms.rows.map((row) => row.postsPerWeek?.value ?? 0));
    const calendar = table(
      [labels.platform, labels.frequency, `${labels.postsPerWeek}#`, ''],
      platforms.rows.map((row) => {
        const width =
          max > 0 && row.postsPerWeek ? Math.max(1, Math.round((row.postsPerWeek.value / max) * 1000) / 10) : 0;
        const bar = width > 0 ? `<span class="sp-bar" style="width:${width}%"></span>` : '';
        return `<tr${this.src(row.source)}><td>${e(row.name)}</td><td>${e(row.frequency?.text ?? '')}</td><td class="sp-num">${e(row.postsPerWeek?.text ?? '')}</td><td class="sp-bar-cell">${bar}</td></tr>`;
      }),
      `<tr class="sp-total"><td>${e(labels.total)}</td><td></td><td class="sp-num">${e(platforms.postsPerWeek.text)}</td><td></td></tr>`,
    );
    return this.section(
      SECTION_IDS.platforms,
      labels.platforms,
      `${overview}\n<h3>${e(labels.publishingCalendar)}</h3>\n${calendar}`,
    );
  }

  resources(resources: Resources): string {
    const labels = this.labels;
    if (resources.rows.length === 0)
      return this.section(SECTION_IDS.resources, labels.resources, this.empty(labels.noResources));
    const content = table(
      [labels.name, labels.role, labels.internal, labels.dedicated, `${labels.hoursPerWeek}#`, `${labels.cost}#`],
      resources.rows.map(
        (row) =>
          `<tr${this.src(row.source)}><td><b>${e(row.name)}</b></td><td>${e(row.role?.label ?? '')}</td><td>${e(row.internal?.label ?? '')}</td><td>${e(row.dedicated?.label ?? '')}</td><td class="sp-num">${e(row.hoursPerWeek?.text ?? '')}</td><td class="sp-num">${e(row.cost ?? '')}</td></tr>`,
      ),
      `<tr class="sp-total"><td>${e(labels.total)}</td><td></td><td></td><td></td><td class="sp-num">${e(resources.hoursPerWeek.text)}</td><td></td></tr>`,
    );
    return this.section(SECTION_IDS.resources, labels.resources, content);
  }

  budget(budget: Budget): string {
    const labels = this.labels;
    if (budget.categories.length === 0 && !budget.total)
      return this.section(SECTION_IDS.budget, labels.budget, this.empty(labels.noBudget));
    const cards = [
      budget.total ? card(labels.budgetTotal, budget.total.text) : '',
      card(labels.allocated, budget.allocated.text),
      budget.unallocated ? card(labels.unallocated, budget.unallocated.text) : '',
    ].join('');
    const period = budget.blocks.find((block) => block.period)?.period;
    const rows: string[] = [];
    for (const category of budget.categories) {
      rows.push(
        `<tr class="sp-group"><td>${e(category.category.label)}</td><td class="sp-num">${e(category.share.text)}</td><td class="sp-num">${e(category.amount.text)}</td></tr>`,
      );
      for (const line of category.lines) {
        const links = [line.resource?.name, line.platform, line.objective].filter((item) => item !== undefined);
        const detail = links.length > 0 ? `<div class="sp-muted sp-small">${links.map(e).join(' · ')}</div>` : '';
        rows.push(
          `<tr${this.src(line.source)}><td>${e(line.label)}${detail}</td><td></td><td class="sp-num">${e(line.amount.text)}</td></tr>`,
        );
      }
    }
    const footer = `<tr class="sp-total"><td>${e(labels.allocated)}${period ? ` <span class="sp-muted">(${e(period.label)})</span>` : ''}</td><td class="sp-num">${budget.categories.length > 0 ? '100%' : ''}</td><td class="sp-num">${e(budget.allocated.text)}</td></tr>`;
    const content = [
      `<div class="sp-cards">${cards}</div>`,
      `<h3>${e(labels.budgetByCategory)}</h3>`,
      budgetChart(budget, this.model.branding.color),
      table([labels.budgetLine, `${labels.share}#`, `${labels.amount}#`], rows, footer),
    ].join('\n');
    return this.section(SECTION_IDS.budget, labels.budget, content, budget.blocks[0]?.source);
  }

  timeline(entries: TimelineEntry[]): string {
    const labels = this.labels;
    if (entries.length === 0) return this.section(SECTION_IDS.timeline, labels.timeline, this.empty(labels.noTimeline));
    const items = entries.map((entry) => {
      const title = entry.anchor ? `<a href="#${e(entry.anchor)}">${e(entry.title)}</a>` : e(entry.title);
      const status = entry.status ? ` ${this.badge(entry.status)}` : '';
      return `<li class="sp-kind-${e(entry.kind.value)}"${this.src(entry.source)}><time datetime="${e(entry.date.iso)}">${e(entry.date.text)}</time> <span class="sp-muted sp-small">${e(entry.kind.label)}</span><div>${title}${status}</div></li>`;
    });
    return this.section(
      SECTION_IDS.timeline,
      labels.timeline,
      `${timelineChart(entries, this.model.branding.color)}\n<ol class="sp-timeline">\n${items.join('\n')}\n</ol>`,
    );
  }

  charter(charter: Charter): string {
    const labels = this.labels;
    if (charter.legal.length === 0 && !charter.body)
      return this.section(SECTION_IDS.charter, labels.charter, this.empty(labels.noCharter));
    const legal =
      charter.legal.length === 0
        ? ''
        : `<h3>${e(labels.legalLimits)}</h3>\n<dl class="sp-legal">${charter.legal
            .map((item) => {
              const value = Array.isArray(item.value)
                ? `<ul>${item.value.map((entry) => `<li>${e(entry)}</li>`).join('')}</ul>`
                : e(item.value);
              return `<dt${this.src(item.source)}>${e(item.label)}</dt><dd>${value}</dd>`;
            })
            .join('')}</dl>`;
    const title = charter.title !== labels.charter ? `<p class="sp-client">${e(charter.title)}</p>` : '';
    const body = charter.body
      ? `<div class="sp-body"${this.src(charter.body.source)}>\n${charter.body.html}\n</div>`
      : '';
    return this.section(
      SECTION_IDS.charter,
      labels.charter,
      [title, legal, body].filter((part) => part !== '').join('\n'),
      charter.source,
    );
  }

  annexes(annexes: Annex[]): string {
    if (annexes.length === 0) return '';
    const items = annexes.map(
      (annex) =>
        `<article class="sp-step" id="${e(annex.anchor)}"${this.src(annex.source)}>\n<h3>${e(annex.title)}</h3>\n${annex.body.html === '' ? this.empty(this.labels.emptyBody) : `<div class="sp-body">\n${annex.body.html}\n</div>`}\n</article>`,
    );
    return this.section(SECTION_IDS.annexes, this.labels.annexes, items.join('\n'));
  }

  approvals(): string {
    const labels = this.labels;
    const approvals = this.model.approvals;
    const rows = approvals.map(
      (approval) =>
        `<tr${this.src(approval.source)}><td><b>${e(approval.name)}</b></td><td>${e(approval.role ?? '')}</td><td class="sp-nowrap">${e(approval.date?.text ?? '')}</td></tr>`,
    );
    const list =
      approvals.length > 0 ? table([labels.name, labels.role, labels.date], rows) : this.empty(labels.noApprovals);
    // Until the plan is approved, leave room to sign the printed copy.
    const signatures = this.model.cover.draft
      ? `<div class="sp-signatures">${[0, 1].map(() => `<div class="sp-signature">${e(labels.name)} · ${e(labels.role)} · ${e(labels.date)}<br>${e(labels.signature)}</div>`).join('')}</div>`
      : '';
    return this.section(SECTION_IDS.approvals, labels.approvals, `${list}\n${signatures}`, undefined, ' sp-flow');
  }
}

/** A table; headers ending in `#` are numeric columns (right-aligned), the `#` is not shown. */
function table(headers: string[], rows: string[], footer = ''): string {
  const head = headers
    .map((header) =>
      header.endsWith('#') ? `<th class="sp-num">${e(header.slice(0, -1))}</th>` : `<th>${e(header)}</th>`,
    )
    .join('');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>${footer ? `\n<tfoot>${footer}</tfoot>` : ''}\n</table>`;
}

function card(label: string, value: string): string {
  return `<div class="sp-card"><span>${e(label)}</span><b>${e(value)}</b></div>`;
}

/** Horizontal bars, one per category, as inline SVG (prints exactly, needs no script or font file). */
function budgetChart(budget: Budget, color: string): string {
  const categories = budget.categories.filter((category) => category.amount.value > 0);
  if (categories.length === 0) return '';
  const rowHeight = 30;
  const labelWidth = 170;
  const barWidth = 330;
  const height = categories.length * rowHeight + 8;
  const max = Math.max(...categories.map((category) => category.share.value));
  const bars = categories.map((category, position) => {
    const y = 4 + position * rowHeight;
    const width = max > 0 ? Math.max(2, (category.share.value / max) * barWidth) : 2;
    const opacity = Math.max(0.35, 1 - position * 0.09).toFixed(2);
    return [
      `<text x="0" y="${y + 18}">${e(category.category.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 5}" width="${width.toFixed(1)}" height="18" rx="3" fill="${color}" fill-opacity="${opacity}"></rect>`,
      `<text x="${(labelWidth + width + 8).toFixed(1)}" y="${y + 18}">${e(category.share.text)} <tspan class="sp-chart-muted">${e(category.amount.text)}</tspan></text>`,
    ].join('');
  });
  return `<svg class="sp-chart" viewBox="0 0 720 ${height}" role="img" aria-label="${e(categories.map((category) => `${category.category.label} ${category.share.text}`).join(', '))}">${bars.join('')}</svg>`;
}

const DAY = 86_400_000;

function isoTime(iso: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : time;
}

/** A strip across the plan's span: month ticks, a mark per date (circle: step, diamond: objective). */
function timelineChart(entries: TimelineEntry[], color: string): string {
  const dated = entries
    .map((entry) => ({ entry, time: isoTime(entry.date.iso) }))
    .filter((item): item is { entry: TimelineEntry; time: number } => item.time !== undefined);
  if (dated.length < 2) return '';
  const first = Math.min(...dated.map((item) => item.time));
  const last = Math.max(...dated.map((item) => item.time));
  if (last - first < DAY) return '';
  const left = 20;
  const width = 680;
  const x = (time: number) => left + ((time - first) / (last - first)) * width;
  const ticks: string[] = [];
  const start = new Date(first);
  for (
    let month = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    month.getTime() <= last;
    month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1))
  ) {
    const position = x(month.getTime()).toFixed(1);
    const label = `${String(month.getUTCMonth() + 1).padStart(2, '0')}/${String(month.getUTCFullYear()).slice(2)}`;
    ticks.push(
      `<line x1="${position}" y1="30" x2="${position}" y2="40" stroke="#9aa4b2"></line><text class="sp-chart-muted" x="${position}" y="56" text-anchor="middle">${label}</text>`,
    );
  }
  const marks = dated.map(({ entry, time }) => {
    const cx = x(time).toFixed(1);
    if (entry.kind.value === 'objective-deadline')
      return `<rect x="${(Number(cx) - 5).toFixed(1)}" y="20" width="10" height="10" transform="rotate(45 ${cx} 25)" fill="#b54708"></rect>`;
    if (entry.kind.value === 'step-due')
      return `<circle cx="${cx}" cy="25" r="6" fill="${color}" stroke="#fff" stroke-width="2"></circle>`;
    return `<rect x="${(Number(cx) - 2).toFixed(1)}" y="14" width="4" height="22" fill="#1d2430"></rect>`;
  });
  return `<svg class="sp-chart" viewBox="0 0 720 64" aria-hidden="true"><line x1="${left}" y1="25" x2="${left + width}" y2="25" stroke="#d9dee5" stroke-width="4"></line>${ticks.join('')}${marks.join('')}</svg>`;
}
