import { SECTION_IDS } from '../../report/sections';
import type {
  Annex,
  Budget,
  Charter,
  Labelled,
  ObjectiveRow,
  PlanModel,
  Platforms,
  Resources,
  StepEntry,
  TimelineEntry,
  Validation,
} from '../../report/model';
import { bodyContent, boxLayout, gridLayout, rule } from './body';
import { GlyphReport } from './glyphs';
import { SANS, styles, themeFor, type Content, type ContentNode, type Theme } from './theme';

/**
 * The assembled plan → a document definition: plain data in pdfmake's vocabulary (the layout engine
 * in `./layout/` gives it pages, with pdfkit loaded only then). Same sections, order and words as the HTML
 * export (`../html.ts`); on paper: a cover page, a clickable table of contents with page numbers,
 * PDF bookmarks for every section, step and annex, a running header and footer with page numbers,
 * and, until the plan is approved, a DRAFT watermark on every page and lines to sign.
 */

/** The configured logo, as the PDF can draw it (PNG or JPEG data URI, or SVG text). */
export type PdfLogo = { kind: 'image'; dataUri: string } | { kind: 'svg'; svg: string };

export interface PdfDocumentOptions {
  logo?: PdfLogo;
  /** `SocialPlan 0.1.0`, written as the PDF's creator. */
  generator?: string;
}

export interface PdfDocument {
  definition: ContentNode;
  /** Characters of the plan no font of the PDF can draw (replaced by U+FFFD). */
  missingGlyphs: string[];
}

const PAGE = {
  A4: { width: 595.28, height: 841.89 },
  Letter: { width: 612, height: 792 },
} as const;
const MARGIN = { left: 54, top: 64, right: 54, bottom: 58 };
const COVER_BAND = 200;

export function planPdfDocument(model: PlanModel, options: PdfDocumentOptions = {}): PdfDocument {
  const builder = new DocumentBuilder(model, options);
  return { definition: builder.definition(), missingGlyphs: [...builder.glyphs.missing] };
}

class DocumentBuilder {
  readonly glyphs = new GlyphReport();
  private readonly theme: Theme;
  private readonly page: { width: number; height: number };
  private readonly width: number;

  constructor(
    private readonly model: PlanModel,
    private readonly options: PdfDocumentOptions,
  ) {
    this.theme = themeFor(model.branding.color);
    this.page = PAGE[model.branding.paper];
    this.width = this.page.width - MARGIN.left - MARGIN.right;
  }

  private get labels() {
    return this.model.labels;
  }

  /** Text from the plan, made drawable. */
  private t(text: string | undefined): string {
    return text === undefined ? '' : this.glyphs.drawable(text);
  }

  definition(): ContentNode {
    const { model, theme, labels } = this;
    const content: Content[] = [
      ...this.cover(),
      ...this.toc(),
      ...this.validation(model.validation),
      ...this.overview(),
      ...this.objectives(model.objectives),
      ...this.steps(model.steps),
      ...this.platforms(model.platforms),
      ...this.resources(model.resources),
      ...this.budget(model.budget),
      ...this.timeline(model.timeline),
      ...this.charter(model.charter),
      ...this.annexes(model.annexes),
      this.approvals(),
      { text: this.t(labels.generatedBy), style: 'small', alignment: 'right', margin: [0, 28, 0, 0] },
    ];
    const title = this.t(model.cover.title);
    const runningRight = [
      model.cover.client,
      model.cover.version ? `${labels.version} ${model.cover.version}` : undefined,
    ]
      .filter((part) => part !== undefined)
      .map((part) => this.t(part))
      .join(' · ');
    const footerText = this.t(model.branding.footer ?? model.cover.agency ?? '');
    const definition: ContentNode = {
      pageSize: model.branding.paper === 'Letter' ? 'LETTER' : 'A4',
      pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
      language: model.locale,
      info: {
        title,
        author: this.t(model.cover.agency ?? ''),
        subject: this.t(model.cover.client ?? ''),
        creator: this.options.generator ?? 'SocialPlan',
        producer: 'SocialPlan (pdfkit)',
      },
      defaultStyle: { font: SANS, fontSize: 9.5, lineHeight: 1.25, color: theme.ink },
      styles: styles(theme),
      background: (page: number) =>
        page === 1
          ? { canvas: [{ type: 'rect', x: 0, y: 0, w: this.page.width, h: COVER_BAND, color: theme.accent }] }
          : null,
      header: (page: number) =>
        page === 1
          ? null
          : {
              margin: [MARGIN.left, 30, MARGIN.right, 0],
              stack: [
                {
                  columns: [
                    { text: title, fontSize: 7.5, color: theme.muted, width: '*', maxHeight: 10 },
                    { text: runningRight, fontSize: 7.5, color: theme.muted, alignment: 'right', width: 'auto' },
                  ],
                  columnGap: 12,
                },
                {
                  canvas: [
                    { type: 'line', x1: 0, y1: 4, x2: this.width, y2: 4, lineWidth: 0.75, lineColor: theme.accent },
                  ],
                },
              ],
            },
      footer: (page: number, pages: number) =>
        page === 1
          ? null
          : {
              margin: [MARGIN.left, 22, MARGIN.right, 0],
              columns: [
                { text: footerText, fontSize: 7.5, color: theme.muted, width: '*' },
                {
                  text: `${this.t(labels.page)} ${page} / ${pages}`,
                  fontSize: 7.5,
                  color: theme.muted,
                  alignment: 'right',
                  width: 'auto',
                },
              ],
              columnGap: 12,
            },
      content,
    };
    if (model.cover.draft)
      definition.watermark = { text: this.t(labels.draft), color: theme.error, opacity: 0.07, bold: true };
    return definition;
  }

  // ---------------------------------------------------------------------------------------------
  // Building blocks

  private heading(id: string, title: string, pageBreak: boolean): Content[] {
    return [
      {
        text: this.t(title),
        style: 'h1',
        id,
        outline: true,
        outlineExpanded: id === SECTION_IDS.steps,
        ...(pageBreak ? { pageBreak: 'before' } : {}),
      },
      rule(this.theme.accent, 2.25, [0, 3, 0, 14]),
    ];
  }

  private section(id: string, title: string, content: Content[]): Content[] {
    return [...this.heading(id, title, true), ...content];
  }

  private muted(text: string): ContentNode {
    return { text: this.t(text), color: this.theme.muted, italics: true, margin: [0, 0, 0, 8] };
  }

  private badge(labelled: Labelled, kind = labelled.value): ContentNode {
    const [color, background] = this.badgeColors(kind);
    return { text: `\u00A0${this.t(labelled.label)}\u00A0`, color, background, bold: true, fontSize: 7.5 };
  }

  private badgeColors(kind: string): [string, string] {
    const theme = this.theme;
    if (kind === 'done' || kind === 'approved') return [theme.ok, theme.okSoft];
    if (kind === 'in-progress' || kind === 'review' || kind === 'info') return [theme.info, theme.infoSoft];
    if (kind === 'missing' || kind === 'error' || kind === 'draft') return [theme.error, theme.errorSoft];
    if (kind === 'warning') return [theme.warning, theme.warningSoft];
    if (kind === 'goal') return [theme.accent, theme.accentSoft];
    return [theme.muted, theme.soft];
  }

  private callout(content: Content, kind: 'note' | 'error' | 'ok' = 'note'): ContentNode {
    const color = kind === 'error' ? this.theme.error : kind === 'ok' ? this.theme.ok : this.theme.accent;
    return {
      table: { widths: ['*'], body: [[content]] },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: (index: number) => (index === 0 ? 3 : 0),
        vLineColor: () => color,
        fillColor: () => this.theme.soft,
        paddingLeft: () => 10,
        paddingRight: () => 10,
        paddingTop: () => 6,
        paddingBottom: () => 6,
      },
      margin: [0, 0, 0, 10],
    };
  }

  /** A report table: header row in small capitals, numeric columns (header ending in `#`) right-aligned. */
  private table(
    headers: string[],
    widths: (number | string)[],
    rows: ContentNode[][],
    footer: ContentNode[][] = [],
  ): ContentNode {
    const numeric = headers.map((header) => header.endsWith('#'));
    const head = headers.map((header, index) => ({
      text: this.t((numeric[index] ? header.slice(0, -1) : header).toUpperCase()),
      style: 'th',
      ...(numeric[index] ? { alignment: 'right' } : {}),
    }));
    const align = (row: ContentNode[]) =>
      row.map((cell, index) =>
        numeric[index] && cell.alignment === undefined ? { ...cell, alignment: 'right' } : cell,
      );
    const totalRows = footer.map((row) => align(row).map((cell) => ({ ...cell, bold: true })));
    const body = [head, ...rows.map(align), ...totalRows];
    const theme = this.theme;
    const last = body.length - footer.length;
    return {
      table: { headerRows: 1, widths, body, dontBreakRows: true, keepWithHeaderRows: 1 },
      layout: {
        ...gridLayout(theme, 1),
        hLineWidth: (index: number, node: { table: { body: unknown[] } }) =>
          index === 0
            ? 0
            : index === 1
              ? 1
              : footer.length > 0 && index === last
                ? 1.25
                : index === node.table.body.length
                  ? 0.75
                  : 0.5,
        hLineColor: (index: number) =>
          footer.length > 0 && index === last ? theme.ink : index === 1 ? '#C4CAD3' : theme.line,
      },
      fontSize: 9,
      margin: [0, 0, 0, 12],
    };
  }

  private cell(text: string | undefined, extra: ContentNode = {}): ContentNode {
    return { text: this.t(text ?? ''), ...extra };
  }

  // ---------------------------------------------------------------------------------------------
  // Cover and contents

  private cover(): Content[] {
    const { model, theme, labels } = this;
    const cover = model.cover;
    const facts: [string, ContentNode][] = [];
    if (cover.client) facts.push([labels.client, this.cell(cover.client)]);
    if (cover.agency) facts.push([labels.agency, this.cell(cover.agency)]);
    if (cover.period) facts.push([labels.period, this.cell(cover.period.text)]);
    if (cover.version) facts.push([labels.version, this.cell(cover.version)]);
    facts.push([labels.status, { text: [{ ...this.badge(cover.status), fontSize: 9 }] }]);
    if (cover.method) facts.push([labels.method, this.cell(cover.method.title)]);
    const content: Content[] = [
      {
        text: this.t((cover.agency ?? '').toUpperCase()),
        color: '#FFFFFF',
        bold: true,
        fontSize: 9,
        characterSpacing: 1.6,
        absolutePosition: { x: MARGIN.left, y: 52 },
        width: this.width - 190,
      },
      { text: this.t(cover.title), style: 'title', margin: [0, COVER_BAND + 70 - MARGIN.top, 40, 22] },
      {
        table: {
          widths: ['auto', '*'],
          body: facts.map(([label, value]) => [
            { text: this.t(label.toUpperCase()), style: 'factLabel', margin: [0, 2, 14, 0] },
            { ...value, style: 'factValue' },
          ]),
        },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: () => 0,
          paddingLeft: () => 0,
          paddingRight: () => 0,
          paddingTop: () => 4,
          paddingBottom: () => 4,
        },
      },
    ];
    if (cover.draft) {
      content.push({
        table: { body: [[{ text: this.t(labels.draftNotice), color: theme.error, bold: true, fontSize: 10 }]] },
        layout: boxLayout('#FFFFFF', 9, theme.error),
        margin: [0, 30, 0, 0],
      });
    }
    const logo = this.logo();
    if (logo) content.push(logo);
    const bottom = this.page.height - 92;
    content.push({
      absolutePosition: { x: MARGIN.left, y: bottom },
      stack: [
        { canvas: [{ type: 'line', x1: 0, y1: 0, x2: this.width, y2: 0, lineWidth: 0.75, lineColor: theme.line }] },
        {
          columns: [
            { text: this.t(model.branding.footer ?? ''), fontSize: 8.5, color: theme.muted, width: '*' },
            { text: this.t(cover.agency ?? ''), fontSize: 8.5, color: theme.muted, alignment: 'right', width: 'auto' },
          ],
          columnGap: 12,
          margin: [0, 10, 0, 0],
        },
      ],
    });
    return content;
  }

  /** The logo in a white box at the top right of the cover band. */
  private logo(): ContentNode | undefined {
    const logo = this.options.logo;
    if (!logo) return undefined;
    const box = { width: 150, height: 60 };
    const image: ContentNode =
      logo.kind === 'image'
        ? { image: logo.dataUri, fit: [box.width, box.height], alignment: 'center' }
        : { svg: logo.svg, fit: [box.width, box.height], alignment: 'center' };
    return {
      absolutePosition: { x: this.page.width - MARGIN.right - box.width - 16, y: 36 },
      table: { widths: [box.width], heights: [box.height], body: [[image]] },
      layout: boxLayout('#FFFFFF', 8),
    };
  }

  private toc(): Content[] {
    const theme = this.theme;
    let major = 0;
    const rows = this.model.toc.map((entry) => {
      const level1 = entry.level === 1;
      const number = level1 ? String(++major) : '';
      const link = { linkToDestination: entry.id };
      return [
        { text: number, color: theme.accent, bold: true, ...link },
        {
          text: this.t(entry.title),
          bold: level1,
          color: level1 ? theme.ink : theme.muted,
          margin: [level1 ? 0 : 12, 0, 0, 0],
          fontSize: level1 ? 10.5 : 9.5,
          ...link,
        },
        {
          pageReference: entry.id,
          alignment: 'right',
          color: level1 ? theme.ink : theme.muted,
          fontSize: level1 ? 10.5 : 9.5,
        },
      ];
    });
    return [
      { text: this.t(this.labels.contents), style: 'h1', id: 'sp-contents', outline: true, pageBreak: 'before' },
      rule(theme.accent, 2.25, [0, 3, 0, 12]),
      {
        table: { widths: [16, '*', 30], body: rows, dontBreakRows: true },
        layout: {
          hLineWidth: (index: number) => (index === 0 ? 0 : 0.5),
          vLineWidth: () => 0,
          hLineColor: () => theme.line,
          hLineStyle: () => ({ dash: { length: 1, space: 1.5 } }),
          paddingLeft: () => 0,
          paddingRight: () => 2,
          paddingTop: () => 5,
          paddingBottom: () => 5,
        },
      },
    ];
  }

  // ---------------------------------------------------------------------------------------------
  // Sections

  private validation(validation: Validation): Content[] {
    const { labels, theme } = this;
    const colors = { error: theme.error, warning: theme.warning, info: theme.info };
    const counts = (['error', 'warning', 'info'] as const).map((severity) => ({
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: String(validation.counts[severity]), fontSize: 20, bold: true, color: colors[severity] },
                {
                  text: this.t({ error: labels.errors, warning: labels.warnings, info: labels.infos }[severity]),
                  color: theme.muted,
                  fontSize: 8.5,
                },
              ],
            },
          ],
        ],
      },
      layout: boxLayout('#FFFFFF', 10, theme.line),
    }));
    const content: Content[] = [{ columns: counts, columnGap: 12, margin: [0, 0, 0, 14] }];
    if (validation.findings.length === 0) content.push(this.callout({ text: this.t(labels.noFindings) }, 'ok'));
    else {
      content.push(
        this.table(
          [labels.severity, labels.file, labels.message, labels.rule],
          [62, 100, '*', 78],
          validation.findings.map((finding) => [
            { text: [this.badge(finding.severity)] },
            this.cell(`${finding.path}:${finding.line}`, { fontSize: 8 }),
            this.cell(finding.message),
            this.cell(finding.rule, { style: 'id' }),
          ]),
        ),
      );
    }
    return this.section(SECTION_IDS.validation, labels.validation, content);
  }

  private overview(): Content[] {
    const overview = this.model.overview;
    if (!overview) return [];
    return this.section(SECTION_IDS.overview, this.labels.overview, this.body(overview.html));
  }

  private body(html: string): Content[] {
    return bodyContent(html, { theme: this.theme, glyphs: this.glyphs });
  }

  private objectives(rows: ObjectiveRow[]): Content[] {
    const labels = this.labels;
    if (rows.length === 0)
      return this.section(SECTION_IDS.objectives, labels.objectives, [this.muted(labels.noObjectives)]);
    const body = rows.map((row) => [
      {
        stack: [
          {
            text: [
              { text: this.t(row.id), style: 'id' },
              ...(row.goal ? [{ text: '  ' }, this.badge(row.goal, 'goal')] : []),
            ],
          },
          ...(row.statement ? [{ text: this.t(row.statement), margin: [0, 2, 0, 0] }] : []),
        ],
      },
      { stack: [this.cell(row.metric), ...(row.dataSource ? [this.cell(row.dataSource, { style: 'small' })] : [])] },
      this.cell(row.baseline?.text ?? '?'),
      {
        stack: [
          this.cell(row.target?.text ?? '?', { bold: true }),
          ...(row.unit ? [this.cell(row.unit, { style: 'small' })] : []),
        ],
        alignment: 'right',
      },
      this.cell(row.deadline?.text),
      this.cell(row.owner?.name),
    ]);
    return this.section(SECTION_IDS.objectives, labels.objectives, [
      this.table(
        [labels.objective, labels.metric, `${labels.baseline}#`, `${labels.target}#`, labels.deadline, labels.owner],
        ['*', 88, 44, 54, 58, 56],
        body,
      ),
    ]);
  }

  private steps(steps: StepEntry[]): Content[] {
    const labels = this.labels;
    const content: Content[] = [];
    steps.forEach((step, index) => content.push(...this.step(step, index > 0)));
    if (steps.length === 0) content.push(this.muted(labels.emptyBody));
    return this.section(SECTION_IDS.steps, labels.steps, content);
  }

  private step(step: StepEntry, pageBreak: boolean): Content[] {
    const { labels, theme } = this;
    const title = step.number === undefined ? step.title : `${step.number}. ${step.title}`;
    const number: ContentNode =
      step.number === undefined
        ? { text: '' }
        : {
            stack: [
              { canvas: [{ type: 'ellipse', x: 11, y: 11, r1: 11, r2: 11, color: theme.accent }] },
              {
                text: String(step.number),
                color: '#FFFFFF',
                bold: true,
                fontSize: 10.5,
                alignment: 'center',
                relativePosition: { x: 0, y: -17.5 },
              },
            ],
          };
    const head: ContentNode = {
      table: {
        widths: step.number === undefined ? [0, '*', 'auto'] : [22, '*', 'auto'],
        body: [
          [
            number,
            {
              text: this.t(step.title),
              style: 'h2',
              margin: [0, 2, 0, 0],
              id: step.anchor,
              outline: true,
              outlineText: this.t(title),
              outlineParentId: SECTION_IDS.steps,
            },
            { text: [this.badge(step.status)], margin: [0, 6, 0, 0] },
          ],
        ],
      },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: () => 0,
        paddingLeft: (index: number) => (index === 0 ? 0 : 8),
        paddingRight: () => 0,
        paddingTop: () => 0,
        paddingBottom: () => 0,
      },
      margin: [0, 0, 0, 6],
      ...(pageBreak ? { pageBreak: 'before' } : {}),
    };
    const meta: ContentNode[] = [];
    const fact = (label: string, value: string) => {
      if (meta.length > 0) meta.push({ text: '     ' });
      meta.push({ text: `${this.t(label)}: `, color: theme.muted }, { text: this.t(value), bold: true });
    };
    if (step.owner) fact(labels.owner, step.owner.name);
    if (step.due) fact(labels.due, step.due.text);
    if (step.source) fact(labels.sourceFile, step.source.path);
    if (!step.inMethod) {
      if (meta.length > 0) meta.push({ text: '     ' });
      meta.push({ text: this.t(labels.notInMethod), color: theme.muted, italics: true });
    }
    const content: Content[] = [head];
    if (meta.length > 0) content.push({ text: meta, fontSize: 8.5, margin: [0, 0, 0, 12] });
    if (step.status.value === 'missing')
      content.push(this.callout({ text: this.t(labels.missingStep), color: theme.error }, 'error'));
    if (step.skipReason)
      content.push(
        this.callout({ text: [{ text: `${this.t(labels.skipReason)}: `, bold: true }, this.t(step.skipReason)] }),
      );
    if (step.body)
      content.push(...(step.body.html === '' ? [this.muted(labels.emptyBody)] : this.body(step.body.html)));
    return content;
  }

  private platforms(platforms: Platforms): Content[] {
    const { labels, theme } = this;
    if (platforms.rows.length === 0)
      return this.section(SECTION_IDS.platforms, labels.platforms, [this.muted(labels.noPlatforms)]);
    const overview = this.table(
      [labels.platform, labels.handle, labels.objectives, labels.audience, labels.secured],
      [76, 86, 96, '*', 48],
      platforms.rows.map((row) => [
        this.cell(row.name, { bold: true }),
        this.cell(row.handle, { fontSize: 8.5 }),
        { stack: row.objectives.map((id) => this.cell(id, { style: 'id' })) },
        this.cell(row.audience),
        this.cell(row.secured?.label),
      ]),
    );
    const max = Math.max(0, ...platforms.rows.map((row) => row.postsPerWeek?.value ?? 0));
    const barWidth = this.width - 96 - 96 - 60 - 40;
    const calendar = this.table(
      [labels.platform, labels.frequency, `${labels.postsPerWeek}#`, ''],
      [96, 96, 60, '*'],
      platforms.rows.map((row) => {
        const width = max > 0 && row.postsPerWeek ? Math.max(2, (row.postsPerWeek.value / max) * barWidth) : 0;
        return [
          this.cell(row.name),
          this.cell(row.frequency?.text),
          this.cell(row.postsPerWeek?.text),
          width > 0
            ? { canvas: [{ type: 'rect', x: 0, y: 2.5, w: width, h: 7, r: 3.5, color: theme.accent }] }
            : { text: '' },
        ];
      }),
      [[this.cell(labels.total), { text: '' }, this.cell(platforms.postsPerWeek.text), { text: '' }]],
    );
    return this.section(SECTION_IDS.platforms, labels.platforms, [
      overview,
      {
        stack: [{ text: this.t(labels.publishingCalendar), style: 'h2' }, calendar],
        unbreakable: platforms.rows.length <= 20,
      },
    ]);
  }

  private resources(resources: Resources): Content[] {
    const labels = this.labels;
    if (resources.rows.length === 0)
      return this.section(SECTION_IDS.resources, labels.resources, [this.muted(labels.noResources)]);
    const table = this.table(
      [labels.name, labels.role, labels.internal, labels.dedicated, `${labels.hoursPerWeek}#`, `${labels.cost}#`],
      ['*', 96, 46, 50, 52, 96],
      resources.rows.map((row) => [
        this.cell(row.name, { bold: true }),
        this.cell(row.role?.label),
        this.cell(row.internal?.label),
        this.cell(row.dedicated?.label),
        this.cell(row.hoursPerWeek?.text),
        this.cell(row.cost, { fontSize: 8.5 }),
      ]),
      [
        [
          this.cell(labels.total),
          { text: '' },
          { text: '' },
          { text: '' },
          this.cell(resources.hoursPerWeek.text),
          { text: '' },
        ],
      ],
    );
    return this.section(SECTION_IDS.resources, labels.resources, [table]);
  }

  private budget(budget: Budget): Content[] {
    const { labels, theme } = this;
    if (budget.categories.length === 0 && !budget.total)
      return this.section(SECTION_IDS.budget, labels.budget, [this.muted(labels.noBudget)]);
    const card = (label: string, value: string) => ({
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: this.t(label.toUpperCase()), style: 'factLabel' },
                { text: this.t(value), fontSize: 14, bold: true, margin: [0, 3, 0, 0] },
              ],
            },
          ],
        ],
      },
      layout: boxLayout('#FFFFFF', 10, theme.line),
    });
    const cards = [
      budget.total ? card(labels.budgetTotal, budget.total.text) : undefined,
      card(labels.allocated, budget.allocated.text),
      budget.unallocated ? card(labels.unallocated, budget.unallocated.text) : undefined,
    ].filter((item) => item !== undefined);
    const period = budget.blocks.find((block) => block.period)?.period;
    const rows: ContentNode[][] = [];
    for (const category of budget.categories) {
      const group = { fillColor: theme.soft, bold: true };
      rows.push([
        this.cell(category.category.label, group),
        this.cell(category.share.text, group),
        this.cell(category.amount.text, group),
      ]);
      for (const line of category.lines) {
        const links = [line.resource?.name, line.platform, line.objective].filter((item) => item !== undefined);
        rows.push([
          {
            stack: [
              this.cell(line.label),
              ...(links.length > 0 ? [this.cell(links.join(' · '), { style: 'small' })] : []),
            ],
            margin: [8, 0, 0, 0],
          },
          { text: '' },
          this.cell(line.amount.text),
        ]);
      }
    }
    const footer: ContentNode[][] = [
      [
        {
          text: [
            this.t(labels.allocated),
            ...(period ? [{ text: ` (${this.t(period.label)})`, color: theme.muted, bold: false }] : []),
          ],
        },
        this.cell(budget.categories.length > 0 ? '100%' : ''),
        this.cell(budget.allocated.text),
      ],
    ];
    if (budget.total) footer.push([this.cell(labels.budgetTotal), { text: '' }, this.cell(budget.total.text)]);
    const table = this.table(
      [labels.budgetLine, `${labels.share}#`, `${labels.amount}#`],
      ['*', 60, 100],
      rows,
      footer,
    );
    return this.section(SECTION_IDS.budget, labels.budget, [
      { columns: cards, columnGap: 12, margin: [0, 0, 0, 16] },
      {
        stack: [{ text: this.t(labels.budgetByCategory), style: 'h2', margin: [0, 0, 0, 8] }, this.budgetChart(budget)],
        unbreakable: budget.categories.length <= 20,
      },
      table,
    ]);
  }

  /** Horizontal bars, one per category, longest first — the HTML export's chart, drawn as a canvas. */
  private budgetChart(budget: Budget): ContentNode {
    const theme = this.theme;
    const categories = budget.categories.filter((category) => category.amount.value > 0);
    if (categories.length === 0) return { text: '' };
    const labelWidth = 118;
    const valueWidth = 150;
    const barSpace = this.width - labelWidth - valueWidth - 16;
    const max = Math.max(...categories.map((category) => category.share.value));
    return {
      table: {
        widths: [labelWidth, barSpace, valueWidth],
        body: categories.map((category, position) => {
          const width = max > 0 ? Math.max(2, (category.share.value / max) * barSpace) : 2;
          const opacity = Math.max(0.35, 1 - position * 0.09);
          return [
            this.cell(category.category.label),
            {
              canvas: [
                { type: 'rect', x: 0, y: 1, w: width, h: 11, r: 2.5, color: theme.accent, fillOpacity: opacity },
              ],
            },
            {
              text: [
                { text: this.t(category.share.text), bold: true },
                { text: `   ${this.t(category.amount.text)}`, color: theme.muted, fontSize: 8.5 },
              ],
            },
          ];
        }),
      },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: () => 0,
        paddingLeft: (index: number) => (index === 0 ? 0 : 8),
        paddingRight: () => 0,
        paddingTop: () => 3,
        paddingBottom: () => 3,
      },
      margin: [0, 0, 0, 16],
    };
  }

  private timeline(entries: TimelineEntry[]): Content[] {
    const { labels, theme } = this;
    if (entries.length === 0)
      return this.section(SECTION_IDS.timeline, labels.timeline, [this.muted(labels.noTimeline)]);
    const marker = (entry: TimelineEntry): ContentNode => {
      if (entry.kind.value === 'objective-deadline') return { text: '◊', color: theme.warning, bold: true };
      if (entry.kind.value === 'step-due') return { text: '●', color: theme.accent };
      return { text: '■', color: theme.ink };
    };
    const rows = entries.map((entry) => [
      { ...marker(entry), alignment: 'center' },
      this.cell(entry.date.text, { bold: true }),
      this.cell(entry.kind.label, { color: theme.muted, fontSize: 8.5 }),
      {
        text: [
          {
            text: this.t(entry.title),
            ...(entry.anchor ? { linkToDestination: entry.anchor, color: theme.accent } : {}),
          },
          ...(entry.status ? [{ text: '  ' }, this.badge(entry.status)] : []),
        ],
      },
    ]);
    const list: ContentNode = {
      table: { headerRows: 0, widths: [12, 100, 92, '*'], body: rows, dontBreakRows: true },
      layout: gridLayout(theme, 0),
      fontSize: 9,
    };
    return this.section(SECTION_IDS.timeline, labels.timeline, [...this.timelineChart(entries), list]);
  }

  /** A strip across the plan's span: month ticks, one mark per date (circle: step, diamond: objective, bar: plan start and end). */
  private timelineChart(entries: TimelineEntry[]): Content[] {
    const theme = this.theme;
    const DAY = 86_400_000;
    const dated = entries
      .map((entry) => ({ entry, time: isoTime(entry.date.iso) }))
      .filter((item): item is { entry: TimelineEntry; time: number } => item.time !== undefined);
    if (dated.length < 2) return [];
    const first = Math.min(...dated.map((item) => item.time));
    const last = Math.max(...dated.map((item) => item.time));
    if (last - first < DAY) return [];
    const left = 12;
    const span = this.width - 2 * left;
    const x = (time: number) => left + ((time - first) / (last - first)) * span;
    const y = 14;
    const canvas: ContentNode[] = [
      { type: 'line', x1: left, y1: y, x2: left + span, y2: y, lineWidth: 3, lineColor: theme.line, lineCap: 'round' },
    ];
    const labels: ContentNode[] = [];
    const start = new Date(first);
    const months: number[] = [];
    for (
      let month = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
      month <= last;
      month = Date.UTC(new Date(month).getUTCFullYear(), new Date(month).getUTCMonth() + 1, 1)
    )
      months.push(month);
    const every = Math.max(1, Math.ceil(months.length / 14));
    months.forEach((month, index) => {
      const position = x(month);
      canvas.push({
        type: 'line',
        x1: position,
        y1: y + 5,
        x2: position,
        y2: y + 10,
        lineWidth: 0.75,
        lineColor: '#9AA4B2',
      });
      if (index % every !== 0) return;
      const date = new Date(month);
      labels.push({
        text: `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${String(date.getUTCFullYear()).slice(2)}`,
        fontSize: 7,
        color: theme.muted,
        relativePosition: { x: position - 11, y: 0 },
      });
    });
    for (const { entry, time } of dated) {
      const cx = x(time);
      if (entry.kind.value === 'objective-deadline') {
        canvas.push({
          type: 'polyline',
          closePath: true,
          color: theme.warning,
          points: [
            { x: cx, y: y - 6 },
            { x: cx + 6, y },
            { x: cx, y: y + 6 },
            { x: cx - 6, y },
          ],
        });
      } else if (entry.kind.value === 'step-due') {
        canvas.push({
          type: 'ellipse',
          x: cx,
          y,
          r1: 5.5,
          r2: 5.5,
          color: theme.accent,
          lineColor: '#FFFFFF',
          lineWidth: 1.5,
        });
      } else canvas.push({ type: 'rect', x: cx - 2, y: y - 10, w: 4, h: 20, color: theme.ink });
    }
    return [
      { stack: [{ canvas }, ...labels, { text: '', margin: [0, 10, 0, 0] }], margin: [0, 0, 0, 14], unbreakable: true },
    ];
  }

  private charter(charter: Charter): Content[] {
    const { labels, theme } = this;
    if (charter.legal.length === 0 && !charter.body)
      return this.section(SECTION_IDS.charter, labels.charter, [this.muted(labels.noCharter)]);
    const content: Content[] = [];
    if (charter.title !== labels.charter)
      content.push({ text: this.t(charter.title), fontSize: 13, color: theme.muted, margin: [0, 0, 0, 12] });
    if (charter.legal.length > 0) {
      content.push({ text: this.t(labels.legalLimits), style: 'h2', margin: [0, 0, 0, 8] });
      content.push({
        table: {
          widths: [140, '*'],
          body: charter.legal.map((item) => [
            this.cell(item.label, { bold: true, fillColor: theme.soft }),
            Array.isArray(item.value)
              ? { ul: item.value.map((entry) => this.t(entry)), markerColor: theme.muted }
              : this.cell(item.value),
          ]),
          dontBreakRows: true,
        },
        layout: {
          ...gridLayout(theme, 0),
          hLineWidth: (index: number, node: { table: { body: unknown[] } }) =>
            index === 0 || index === node.table.body.length ? 0.75 : 0.5,
          paddingTop: () => 5,
          paddingBottom: () => 5,
        },
        margin: [0, 0, 0, 18],
      });
    }
    if (charter.body) content.push(...this.body(charter.body.html));
    return this.section(SECTION_IDS.charter, labels.charter, content);
  }

  private annexes(annexes: Annex[]): Content[] {
    if (annexes.length === 0) return [];
    const content: Content[] = [];
    annexes.forEach((annex, index) => {
      content.push({
        text: this.t(annex.title),
        style: 'h2',
        margin: [0, 0, 0, 10],
        id: annex.anchor,
        outline: true,
        outlineParentId: SECTION_IDS.annexes,
        ...(index > 0 ? { pageBreak: 'before' } : {}),
      });
      content.push(...(annex.body.html === '' ? [this.muted(this.labels.emptyBody)] : this.body(annex.body.html)));
    });
    return this.section(SECTION_IDS.annexes, this.labels.annexes, content);
  }

  /** Flows after the annexes (no page of its own); until the plan is approved, lines to sign. */
  private approvals(): ContentNode {
    const { labels, theme, model } = this;
    const approvals = model.approvals;
    const list =
      approvals.length > 0
        ? this.table(
            [labels.name, labels.role, labels.date],
            ['*', '*', 110],
            approvals.map((approval) => [
              this.cell(approval.name, { bold: true }),
              this.cell(approval.role),
              this.cell(approval.date?.text),
            ]),
          )
        : this.muted(labels.noApprovals);
    const parts: Content[] = [
      { text: this.t(labels.approvals), style: 'h1', id: SECTION_IDS.approvals, outline: true },
      rule(theme.accent, 2.25, [0, 3, 0, 14]),
      list,
    ];
    if (model.cover.draft) {
      const signature = () => ({
        stack: [
          { text: '', margin: [0, 46, 0, 0] },
          {
            canvas: [
              { type: 'line', x1: 0, y1: 0, x2: (this.width - 32) / 2, y2: 0, lineWidth: 0.75, lineColor: theme.ink },
            ],
          },
          {
            text: `${this.t(labels.name)} · ${this.t(labels.role)} · ${this.t(labels.date)}`,
            color: theme.muted,
            fontSize: 8.5,
            margin: [0, 5, 0, 0],
          },
          { text: this.t(labels.signature), color: theme.muted, fontSize: 8.5 },
        ],
      });
      parts.push({ columns: [signature(), signature()], columnGap: 32, margin: [0, 6, 0, 0] });
    }
    return { stack: parts, unbreakable: approvals.length <= 12, margin: [0, 30, 0, 0] };
  }
}

function isoTime(iso: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : time;
}
