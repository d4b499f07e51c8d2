import type { SectionId } from '../../report/sections';
import { SECTION_IDS } from '../../report/sections';
import type {
  Annex,
  Budget,
  BudgetEnvelope,
  Charter,
  ObjectiveRow,
  PlanModel,
  Platforms,
  Resources,
  StepEntry,
  TimelineEntry,
  Validation,
} from '../../report/model';
import { showsSources, websiteRows } from '../../report/model';
import { messageParts } from '../../i18n/code-spans';
import { escapeHtml as e } from '../../util/escape';
import { card, table, type HtmlBlocks } from './blocks';
import { budgetChart, timelineChart } from './charts';
import { progress } from './progress';
import { monthAnalysis, monthResults, stepsDue } from './month';
import { maxOf } from '../../util/arrays';

/** One section of the report as HTML; `''` leaves it out. */
export type HtmlSection = (html: HtmlBlocks, model: PlanModel) => string;

/** Every section of the registry (`report/sections.ts`) has its renderer here, or the build fails. */
export const HTML_SECTIONS: Record<SectionId, HtmlSection> = {
  validation: (html, model) => validation(html, model.validation),
  overview: (html) => overview(html),
  objectives: (html, model) => objectives(html, model.objectives),
  monthResults: (html, model) => monthResults(html, model.month),
  progress: (html, model) => progress(html, model.progress),
  stepsDue: (html, model) => stepsDue(html, model.month),
  monthAnalysis: (html, model) => monthAnalysis(html, model.month),
  steps: (html, model) => steps(html, model.steps),
  platforms: (html, model) => platforms(html, model.platforms),
  resources: (html, model) => resources(html, model.resources),
  budget: (html, model) => budget(html, model.budget),
  timeline: (html, model) => timeline(html, model.timeline),
  charter: (html, model) => charter(html, model.charter),
  annexes: (html, model) => annexes(html, model.annexes),
  approvals: (html) => approvals(html),
};

function validation(html: HtmlBlocks, validation: Validation): string {
  const labels = html.labels;
  const counts = validation.summary
    .map(({ severity, count, label }) => `<div class="sp-count sp-count-${severity}"><b>${count}</b>${e(label)}</div>`)
    .join('');
  const content =
    validation.findings.length === 0
      ? `<p class="sp-callout sp-callout-ok">${e(labels.noFindings)}</p>`
      : table(
          [labels.severity, labels.file, labels.message, labels.rule],
          validation.findings.map(
            (finding) =>
              `<tr${html.src(finding.source)}><td>${html.badge(finding.severity)}</td><td class="sp-nowrap">${e(finding.path)}:${finding.line}</td><td>${messageHtml(finding.message)}</td><td class="sp-id">${e(finding.rule)}</td></tr>`,
          ),
        );
  return html.section(SECTION_IDS.validation, labels.validation, `<div class="sp-counts">${counts}</div>\n${content}`);
}

/** A finding's message with its code spans (`` `juli` ``) as `<code>`, every part escaped. */
function messageHtml(message: string): string {
  return messageParts(message)
    .map((part) => (part.kind === 'code' ? `<code>${e(part.text)}</code>` : e(part.text)))
    .join('');
}

function overview(html: HtmlBlocks): string {
  const overview = html.model.overview;
  if (!overview) return '';
  return html.section(
    SECTION_IDS.overview,
    html.labels.overview,
    `<div class="sp-body"${html.src(overview.source)}>\n${overview.html}\n</div>`,
    overview.source,
  );
}

function objectives(html: HtmlBlocks, rows: ObjectiveRow[]): string {
  const labels = html.labels;
  if (rows.length === 0)
    return html.section(SECTION_IDS.objectives, labels.objectives, html.empty(labels.noObjectives));
  const body = rows.map((row) => {
    const goal = row.goal ? ` ${html.badge(row.goal, 'goal')}` : '';
    // The statement names the objective; its id is shown only when there is none, else kept as a hint.
    const statement = row.statement ? `<div>${e(row.statement)}</div>` : '';
    const id = row.statement ? '' : `<span class="sp-id">${e(row.id)}</span>`;
    const metric = `${e(row.metric ?? '')}${row.dataSource ? `<div class="sp-muted sp-small">${e(row.dataSource)}</div>` : ''}`;
    const latest = row.latest
      ? `<div class="sp-small">${e(labels.latestResult)}: <b>${e(row.latest.text)}</b></div>`
      : '';
    const change = `${e(row.baseline?.text ?? '?')} → <b>${e(row.target?.text ?? '?')}</b>${row.unit ? `<div class="sp-muted sp-small">${e(row.unit)}</div>` : ''}${latest}`;
    return `<tr${html.src(row.source)}><td title="${e(row.id)}">${id}${goal}${statement}</td><td>${metric}</td><td class="sp-nowrap">${change}</td><td class="sp-nowrap">${e(row.deadline?.text ?? '')}</td><td>${html.person(row.owner)}</td></tr>`;
  });
  const headers = [
    labels.objective,
    labels.metric,
    `${labels.baseline} → ${labels.target}`,
    labels.deadline,
    labels.owner,
  ];
  return html.section(SECTION_IDS.objectives, labels.objectives, table(headers, body));
}

function steps(html: HtmlBlocks, steps: StepEntry[]): string {
  const labels = html.labels;
  const entries = steps.map((step) => {
    const number = step.number === undefined ? '' : `<span class="sp-step-n">${step.number}</span>`;
    const meta: string[] = [];
    if (step.owner) meta.push(`<span>${e(labels.owner)}: <b>${e(step.owner.name)}</b></span>`);
    if (step.due) meta.push(`<span>${e(labels.due)}: <b>${e(step.due.text)}</b></span>`);
    if (step.source && showsSources(html.model))
      meta.push(`<span>${e(labels.sourceFile)}: <b>${e(step.source.path)}</b></span>`);
    if (!step.inMethod) meta.push(`<span>${e(labels.notInMethod)}</span>`);
    const notes: string[] = [];
    if (step.status.value === 'missing')
      notes.push(`<p class="sp-callout sp-callout-error">${e(labels.missingStep)}</p>`);
    if (step.skipReason) notes.push(`<p class="sp-callout"><b>${e(labels.skipReason)}:</b> ${e(step.skipReason)}</p>`);
    const body = step.body
      ? step.body.html === ''
        ? html.empty(labels.emptyBody)
        : `<div class="sp-body"${html.src(step.body.source)}>\n${step.body.html}\n</div>`
      : '';
    return [
      `<article class="sp-step" id="${e(step.anchor)}"${html.src(step.source)}>`,
      `<div class="sp-step-head">${number}<h3>${e(step.title)}</h3>${html.badge(step.status)}</div>`,
      meta.length > 0 ? `<div class="sp-meta">${meta.join('')}</div>` : '',
      ...notes,
      websiteFacts(html, step),
      body,
      '</article>',
    ]
      .filter((line) => line !== '')
      .join('\n');
  });
  return html.section(SECTION_IDS.steps, labels.steps, entries.join('\n'));
}

/** The plan's website facts inside the step that asks whether the site converts. */
function websiteFacts(html: HtmlBlocks, step: StepEntry): string {
  if (!step.website) return '';
  const rows = websiteRows(step.website, html.labels)
    .map(([label, value]) => `<tr><th scope="row">${e(label)}</th><td>${e(value)}</td></tr>`)
    .join('');
  return `<div class="sp-website"${html.src(step.website.source)}><h4>${e(html.labels.website)}</h4><table><tbody>${rows}</tbody></table></div>`;
}

function platforms(html: HtmlBlocks, platforms: Platforms): string {
  const labels = html.labels;
  if (platforms.rows.length === 0)
    return html.section(SECTION_IDS.platforms, labels.platforms, html.empty(labels.noPlatforms));
  const overview = table(
    [labels.platform, labels.handle, labels.objectives, labels.audience, labels.secured],
    platforms.rows.map(
      (row) =>
        `<tr${html.src(row.source)}><td><b>${e(row.name)}</b></td><td>${e(row.handle ?? '')}</td><td>${row.objectives.map((objective) => `<div class="sp-small" title="${e(objective.id)}">${e(objective.name)}</div>`).join('')}</td><td>${e(row.audience ?? '')}</td><td>${row.secured ? e(row.secured.label) : ''}</td></tr>`,
    ),
  );
  const max = maxOf(
    platforms.rows.map((row) => row.postsPerWeek?.value ?? 0),
    0,
  );
  const calendar = table(
    [labels.platform, labels.frequency, `${labels.postsPerWeek}#`, ''],
    platforms.rows.map((row) => {
      const width =
        max > 0 && row.postsPerWeek ? Math.max(1, Math.round((row.postsPerWeek.value / max) * 1000) / 10) : 0;
      const bar = width > 0 ? `<span class="sp-bar" style="width:${width}%"></span>` : '';
      return `<tr${html.src(row.source)}><td>${e(row.name)}</td><td>${e(row.frequency?.text ?? '')}</td><td class="sp-num">${e(row.postsPerWeek?.text ?? '')}</td><td class="sp-bar-cell">${bar}</td></tr>`;
    }),
    `<tr class="sp-total"><td>${e(labels.total)}</td><td></td><td class="sp-num">${e(platforms.postsPerWeek.text)}</td><td></td></tr>`,
  );
  return html.section(
    SECTION_IDS.platforms,
    labels.platforms,
    `${overview}\n<h3>${e(labels.publishingCalendar)}</h3>\n${calendar}`,
  );
}

function resources(html: HtmlBlocks, resources: Resources): string {
  const labels = html.labels;
  if (resources.rows.length === 0)
    return html.section(SECTION_IDS.resources, labels.resources, html.empty(labels.noResources));
  const content = table(
    [labels.name, labels.role, labels.internal, labels.dedicated, `${labels.hoursPerWeek}#`, `${labels.cost}#`],
    resources.rows.map(
      (row) =>
        `<tr${html.src(row.source)}><td><b>${e(row.name)}</b></td><td>${e(row.role?.label ?? '')}</td><td>${e(row.internal?.label ?? '')}</td><td>${e(row.dedicated?.label ?? '')}</td><td class="sp-num">${e(row.hoursPerWeek?.text ?? '')}</td><td class="sp-num">${e(row.cost ?? '')}</td></tr>`,
    ),
    `<tr class="sp-total"><td>${e(labels.total)}</td><td></td><td></td><td></td><td class="sp-num">${e(resources.hoursPerWeek.text)}</td><td></td></tr>`,
  );
  return html.section(SECTION_IDS.resources, labels.resources, content);
}

function budget(html: HtmlBlocks, budget: Budget): string {
  const labels = html.labels;
  if (budget.envelopes.length === 0)
    return html.section(SECTION_IDS.budget, labels.budget, html.empty(labels.noBudget));
  const summary = [
    budget.currencyNote ? `<p class="sp-callout sp-budget-note">${e(budget.currencyNote)}</p>` : '',
    budget.annualised.length > 0
      ? `<div class="sp-cards">${budget.annualised.map((item) => card(item.label, item.amount.text)).join('')}</div>`
      : '',
  ];
  const content = [...summary, ...budget.envelopes.map((envelope) => budgetEnvelope(html, envelope))]
    .filter((part) => part !== '')
    .join('\n');
  return html.section(SECTION_IDS.budget, labels.budget, content, budget.blocks[0]?.source);
}

/** One currency and period: its figures, its chart and its lines, never mixed with another envelope's. */
function budgetEnvelope(html: HtmlBlocks, envelope: BudgetEnvelope): string {
  const labels = html.labels;
  const cards = [
    envelope.total ? card(labels.budgetTotal, envelope.total.text) : '',
    card(labels.allocated, envelope.allocated.text),
    envelope.unallocated ? card(labels.unallocated, envelope.unallocated.text) : '',
    envelope.perYear ? card(labels.perYearFromMonthly, envelope.perYear.text) : '',
  ].join('');
  const rows: string[] = [];
  for (const category of envelope.categories) {
    rows.push(
      `<tr class="sp-group"><td>${e(category.category.label)}</td><td class="sp-num">${e(category.share.text)}</td><td class="sp-num">${e(category.amount.text)}</td></tr>`,
    );
    for (const line of category.lines) {
      const links = [line.resource, line.platform, line.objective]
        .filter((item) => item !== undefined)
        .map((item) => item.name);
      const detail = links.length > 0 ? `<div class="sp-muted sp-small">${links.map(e).join(' · ')}</div>` : '';
      rows.push(
        `<tr${html.src(line.source)}><td>${e(line.label)}${detail}</td><td></td><td class="sp-num">${e(line.amount.text)}</td></tr>`,
      );
    }
  }
  const footer = `<tr class="sp-total"><td>${e(labels.allocated)} <span class="sp-muted">(${e(envelope.period.label)})</span></td><td class="sp-num">${envelope.categories.length > 0 ? '100%' : ''}</td><td class="sp-num">${e(envelope.allocated.text)}</td></tr>`;
  const sources = showsSources(html.model) ? envelope.sources.map((source) => e(source.path)).join(' · ') : '';
  return [
    `<div class="sp-envelope" data-currency="${e(envelope.currency ?? '')}" data-period="${e(envelope.period.value)}">`,
    `<h3${html.src(envelope.sources[0])}>${e(envelope.title)}</h3>`,
    sources === '' ? '' : `<p class="sp-muted sp-small">${sources}</p>`,
    `<div class="sp-cards">${cards}</div>`,
    envelope.categories.length > 0 ? `<h4>${e(labels.budgetByCategory)}</h4>` : '',
    budgetChart(envelope, html.model.branding.color),
    envelope.categories.length > 0
      ? table([labels.budgetLine, `${labels.share}#`, `${labels.amount}#`], rows, footer)
      : '',
    '</div>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function timeline(html: HtmlBlocks, entries: TimelineEntry[]): string {
  const labels = html.labels;
  if (entries.length === 0) return html.section(SECTION_IDS.timeline, labels.timeline, html.empty(labels.noTimeline));
  const items = entries.map((entry) => {
    const title = entry.anchor ? `<a href="#${e(entry.anchor)}">${e(entry.title)}</a>` : e(entry.title);
    const status = entry.status ? ` ${html.badge(entry.status)}` : '';
    return `<li class="sp-kind-${e(entry.kind.value)}"${html.src(entry.source)}><time datetime="${e(entry.date.iso)}">${e(entry.date.text)}</time> <span class="sp-muted sp-small">${e(entry.kind.label)}</span><div>${title}${status}</div></li>`;
  });
  return html.section(
    SECTION_IDS.timeline,
    labels.timeline,
    `${timelineChart(entries, html.model.branding.color, html.model.locale)}\n<ol class="sp-timeline">\n${items.join('\n')}\n</ol>`,
  );
}

function charter(html: HtmlBlocks, charter: Charter): string {
  const labels = html.labels;
  if (charter.legal.length === 0 && !charter.body)
    return html.section(SECTION_IDS.charter, labels.charter, html.empty(labels.noCharter));
  const legal =
    charter.legal.length === 0
      ? ''
      : `<h3>${e(labels.legalLimits)}</h3>\n<dl class="sp-legal">${charter.legal
          .map((item) => {
            const value = Array.isArray(item.value)
              ? `<ul>${item.value.map((entry) => `<li>${e(entry)}</li>`).join('')}</ul>`
              : e(item.value);
            return `<dt${html.src(item.source)}>${e(item.label)}</dt><dd>${value}</dd>`;
          })
          .join('')}</dl>`;
  const title = charter.title !== labels.charter ? `<p class="sp-client">${e(charter.title)}</p>` : '';
  const body = charter.body
    ? `<div class="sp-body"${html.src(charter.body.source)}>\n${charter.body.html}\n</div>`
    : '';
  return html.section(
    SECTION_IDS.charter,
    labels.charter,
    [title, legal, body].filter((part) => part !== '').join('\n'),
    charter.source,
  );
}

function annexes(html: HtmlBlocks, annexes: Annex[]): string {
  if (annexes.length === 0) return '';
  const items = annexes.map(
    (annex) =>
      `<article class="sp-step" id="${e(annex.anchor)}"${html.src(annex.source)}>\n<h3>${e(annex.title)}</h3>\n${annex.body.html === '' ? html.empty(html.labels.emptyBody) : `<div class="sp-body">\n${annex.body.html}\n</div>`}\n</article>`,
  );
  return html.section(SECTION_IDS.annexes, html.labels.annexes, items.join('\n'));
}

function approvals(html: HtmlBlocks): string {
  const labels = html.labels;
  const approvals = html.model.approvals;
  const rows = approvals.map(
    (approval) =>
      `<tr${html.src(approval.source)}><td><b>${e(approval.name)}</b></td><td>${e(approval.role ?? '')}</td><td class="sp-nowrap">${e(approval.date?.text ?? '')}</td></tr>`,
  );
  const list =
    approvals.length > 0 ? table([labels.name, labels.role, labels.date], rows) : html.empty(labels.noApprovals);
  // Until the plan is approved, leave room to sign the printed copy.
  const signatures = html.model.cover.draft
    ? `<div class="sp-signatures">${[0, 1].map(() => `<div class="sp-signature">${e(labels.name)} · ${e(labels.role)} · ${e(labels.date)}<br>${e(labels.signature)}</div>`).join('')}</div>`
    : '';
  const chain = html.model.approvalChain ? `<p class="sp-chain">${e(html.model.approvalChain)}</p>\n` : '';
  return html.section(SECTION_IDS.approvals, labels.approvals, `${chain}${list}\n${signatures}`, undefined, ' sp-flow');
}
