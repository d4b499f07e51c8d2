import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import type { ISectionOptions, IStylesOptions, Paragraph, TableOfContents } from 'docx';
import type { BudgetEnvelope, PlanModel } from '../../report/model';
import { shownSections } from '../../report/sections';
import { HtmlBlocks } from '../html/blocks';
import { HTML_SECTIONS } from '../html/sections';
import { imageSize } from '../logo-limits';
import type { Localized } from '../../types';
import { TYPOGRAPHY } from '../../i18n/localized';
import { escapeHtml } from '../../util/escape';
import type { DocxLibrary } from './engine';
import { type Block, type BodyTree, HtmlToWord, ORDERED_LIST } from './html';
import { sanitizedTree } from '../../report/markdown';
import { budgetChartPng, budgetChartText, progressChartPng, type Png } from './png';
import { themeFor } from '../pdf/theme';
import { readTemplateStyles, withLanguage } from './template';

/**
 * Word export (docs/exporting.md, "Word"): the assembled plan → a .docx written with the `docx`
 * library. The cover and the document's frame (contents field, page size, header, footer,
 * properties) come from the model; the sections are the HTML export's own section markup read
 * generically (`./html.ts`), so that the Word file shows what the HTML and the PDF show.
 *
 * `docx` is `require`d the first time a Word file is asked for, from `docx-engine.js` beside the
 * bundle (or node_modules when running from sources), so that `socialplan lint` and the
 * extension's activation never load it.
 */

export interface DocxRenderOptions {
  /** The configured logo, as `readLogo` gives it: `data:image/…;base64,…`. */
  logoDataUri?: string;
  /** `SocialPlan 0.1.0`, written as the document's application. */
  generator?: string;
  /** Absolute path of the agency's Word template (`export.docx.template`), whose styles the document takes. */
  template?: string;
}

export interface DocxResult {
  bytes: Uint8Array;
  /** Things the reader should know (a logo or a template left out), in both languages. */
  warnings: Localized[];
}

interface Engine {
  docx: DocxLibrary;
  unzipSync: typeof import('fflate').unzipSync;
}

let loaded: Engine | undefined;

export function loadDocxEngine(): Engine {
  if (loaded) return loaded;
  const load: NodeJS.Require = require;
  const bundled = join(__dirname, 'docx-engine.js');
  const docx = (existsSync(bundled) ? load(bundled) : load(MODULES.docx)) as DocxLibrary;
  const { unzipSync } = (existsSync(bundled) ? load(bundled) : load(MODULES.fflate)) as Pick<Engine, 'unzipSync'>;
  loaded = { docx, unzipSync };
  return loaded;
}

const MODULES = { docx: 'docx', fflate: 'fflate' };

/** Word's proofing languages for the report's locales. */
const LANGUAGES = { en: 'en-US', fr: 'fr-FR' } as const;

const PAGE = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
};

export async function renderPlanDocx(model: PlanModel, options: DocxRenderOptions = {}): Promise<DocxResult> {
  const { docx: d, unzipSync } = loadDocxEngine();
  const warnings: Localized[] = [];
  const language = LANGUAGES[model.locale];
  const accent = model.branding.color.replace(/^#/, '').toUpperCase();
  const template = options.template ? readTemplateStyles(options.template, unzipSync) : undefined;
  if (template && 'problem' in template) warnings.push(template.problem);
  const externalStyles = template && 'styles' in template ? withLanguage(template.styles, language) : undefined;

  const bookmarks = new Bookmarks(model);
  const converter = new HtmlToWord({
    docx: d,
    accent,
    bookmark: (anchor) => bookmarks.name(anchor),
    chart: (svg, parents) => chart(d, model, svg, parents),
  });
  const html = new HtmlBlocks(model, {});
  const body: Block[] = [];
  const bodies = bodyTrees(model);
  for (const section of shownSections(model))
    for (const block of converter.convert(HTML_SECTIONS[section.id](html, model), bodies)) body.push(block);
  for (const block of converter.convert(`<p><span class="sp-muted">${escapeHtml(model.labels.generatedBy)}</span></p>`))
    body.push(block);

  const page = PAGE[model.branding.paper] ?? PAGE.A4;
  const section: ISectionOptions = {
    properties: {
      page: {
        size: page,
        margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
      },
    },
    headers: model.cover.draft
      ? {
          default: new d.Header({
            children: [
              new d.Paragraph({
                alignment: d.AlignmentType.RIGHT,
                children: [converter.run(model.labels.draft, { bold: true, accent: true })],
              }),
            ],
          }),
        }
      : undefined,
    footers: { default: footer(d, model, converter) },
    children: [...cover(d, model, converter, options.logoDataUri, warnings), ...contents(d, model, converter), ...body],
  };
  const document = new d.Document({
    title: model.cover.title,
    creator: model.cover.agency ?? options.generator ?? 'SocialPlan',
    features: { updateFields: true },
    externalStyles,
    styles: externalStyles ? undefined : builtInStyles(accent, language),
    numbering: {
      config: [
        {
          reference: ORDERED_LIST,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: d.LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: d.AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [section],
  });
  const bytes = await d.Packer.toBuffer(document, false, [
    { path: 'docProps/core.xml', data: coreProperties(model, language, options.generator) },
  ]);
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), warnings };
}

/** The model's Markdown bodies whose sanitized tree is still remembered (all of them, but in a plan of hundreds). */
function bodyTrees(model: PlanModel): BodyTree[] {
  const out: BodyTree[] = [];
  const add = (html: string | undefined) => {
    const tree = html ? sanitizedTree(html) : undefined;
    if (html && tree) out.push({ html, tree });
  };
  add(model.overview?.html);
  for (const step of model.steps) add(step.body?.html);
  add(model.charter.body?.html);
  for (const annex of model.annexes) add(annex.body.html);
  return out;
}

/**
 * The cover: agency and logo, the title (Word's Title style), the facts of the plan, the DRAFT
 * notice; then a page break.
 */
function cover(
  d: DocxLibrary,
  model: PlanModel,
  converter: HtmlToWord,
  logoDataUri: string | undefined,
  warnings: Localized[],
): Block[] {
  const { cover, labels } = model;
  const blocks: Block[] = [];
  const logo = logoDataUri ? logoRun(d, logoDataUri, warnings) : undefined;
  if (logo || cover.agency)
    blocks.push(
      new d.Paragraph({
        spacing: { after: 1200 },
        children: [
          ...(cover.agency ? [converter.run(cover.agency, { bold: true, accent: true })] : []),
          ...(logo ? [new d.TextRun({ text: '\t' }), logo] : []),
        ],
        tabStops: [{ type: d.TabStopType.RIGHT, position: 9600 }],
      }),
    );
  blocks.push(new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: [converter.run(cover.title, {})] }));
  const colon = TYPOGRAPHY[model.locale].colon;
  for (const fact of cover.facts)
    blocks.push(
      new d.Paragraph({
        spacing: { after: 80 },
        children: [
          converter.run(`${fact.label}${colon}`, { muted: true }),
          converter.run(fact.text, { bold: true, accent: fact.badge !== undefined }),
        ],
      }),
    );
  if (cover.draft) for (const block of converter.convert(calloutHtml(labels.draftNotice))) blocks.push(block);
  blocks.push(new d.Paragraph({ children: [new d.PageBreak()] }));
  return blocks;
}

function calloutHtml(text: string): string {
  return `<p class="sp-callout">${escapeHtml(text)}</p>`;
}

/** The contents: a real TOC field over Heading 1–2, filled in by `docx` and refreshed by Word on opening. */
function contents(d: DocxLibrary, model: PlanModel, converter: HtmlToWord): (Block | TableOfContents)[] {
  return [
    new d.Paragraph({ style: 'TOCHeading', children: [converter.run(model.labels.contents, {})] }),
    new d.TableOfContents(model.labels.contents, { hyperlink: true, headingStyleRange: '1-2' }),
    new d.Paragraph({ children: [new d.PageBreak()] }),
  ];
}

function footer(d: DocxLibrary, model: PlanModel, converter: HtmlToWord) {
  const text = model.branding.footer ?? model.cover.agency ?? '';
  return new d.Footer({
    children: [
      new d.Paragraph({
        tabStops: [{ type: d.TabStopType.RIGHT, position: 9600 }],
        children: [
          converter.run(text, { muted: true }),
          converter.run(`\t${model.labels.page} `, { muted: true }),
          new d.TextRun({ children: [d.PageNumber.CURRENT], size: 18, color: '6B7280' }),
        ],
      }),
    ],
  });
}

/**
 * The budget chart of an envelope, or the progress chart of an objective, as a PNG with its
 * figures as alternative text; other SVG (the timeline strip) is left out: the list under it says
 * the same.
 */
function chart(d: DocxLibrary, model: PlanModel, svg: Element, parents: Element[]): Block[] {
  const classes = svg.properties.className;
  if (Array.isArray(classes) && classes.includes('sp-progress-chart')) return progressChart(d, model, svg);
  const envelopeElement = [...parents].reverse().find((parent) => parent.properties.dataCurrency !== undefined);
  if (!envelopeElement) return [];
  const envelope = model.budget.envelopes.find(
    (candidate) =>
      (candidate.currency ?? '') === String(envelopeElement.properties.dataCurrency ?? '') &&
      candidate.period.value === String(envelopeElement.properties.dataPeriod ?? ''),
  );
  if (!envelope) return [];
  return budgetChart(d, model, envelope);
}

function budgetChart(d: DocxLibrary, model: PlanModel, envelope: BudgetEnvelope): Paragraph[] {
  const png = budgetChartPng(envelope, model.branding.color);
  if (!png) return [];
  return [chartParagraph(d, png, envelope.title, budgetChartText(envelope), 120)];
}

/** A chart drawn at twice its size (sharp in print), in a paragraph of its own, with its alternative text. */
function chartParagraph(d: DocxLibrary, png: Png, name: string, description: string, after: number): Paragraph {
  return new d.Paragraph({
    spacing: { after },
    children: [
      new d.ImageRun({
        type: 'png',
        data: png.bytes,
        transformation: { width: png.width / 2, height: png.height / 2 },
        altText: { name, title: name, description },
      }),
    ],
  });
}

/** The chart of the progress row whose figures the SVG's label states. */
function progressChart(d: DocxLibrary, model: PlanModel, svg: Element): Paragraph[] {
  const row = model.progress.find((candidate) => candidate.alt === String(svg.properties.ariaLabel ?? ''));
  if (!row) return [];
  const png = progressChartPng(row.chart, { ...themeFor(model.branding.color), accent: model.branding.color });
  return [chartParagraph(d, png, row.name, row.alt, 160)];
}

const LOGO_TYPES: Record<string, 'png' | 'jpg' | 'gif'> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
};

/** The logo at most 200 × 60 px, its ratio kept; WebP and SVG (which Word's formats do not take alone) are left out, with a warning. */
function logoRun(d: DocxLibrary, dataUri: string, warnings: Localized[]) {
  const match = /^data:(image\/[a-z+]+);base64,(.*)$/.exec(dataUri);
  const type = match ? LOGO_TYPES[match[1]] : undefined;
  if (!match || !type) {
    warnings.push({
      en: 'The logo is not a PNG, JPEG or GIF image, which the Word export takes; it was left out of the Word file.',
      fr: 'Le logo n’est pas une image PNG, JPEG ou GIF, seules prises par l’export Word ; il a été omis du fichier Word.',
    });
    return undefined;
  }
  const data = Buffer.from(match[2], 'base64');
  const size = imageSize(data, match[1]) ?? { width: 200, height: 60 };
  const scale = Math.min(200 / size.width, 60 / size.height, 1);
  return new d.ImageRun({
    type,
    data,
    transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
    altText: { name: 'Logo', description: 'Logo', title: 'Logo' },
  });
}

/** Report anchors (`sp-step-listen`) → Word bookmark names: letters, digits and `_`, at most 40 characters, unique. */
class Bookmarks {
  private readonly names = new Map<string, string>();

  constructor(model: PlanModel) {
    const used = new Set<string>();
    const anchors = [...model.toc.map((entry) => entry.id), ...shownSections(model).map((section) => section.anchor)];
    for (const anchor of anchors) {
      if (this.names.has(anchor)) continue;
      const base = anchor.replace(/[^A-Za-z0-9]+/g, '_').slice(0, 34);
      let name = /^[A-Za-z]/.test(base) ? base : `sp_${base}`.slice(0, 34);
      for (let suffix = 2; used.has(name); suffix++) name = `${base}_${suffix}`;
      used.add(name);
      this.names.set(anchor, name);
    }
  }

  name(anchor: string): string | undefined {
    return this.names.get(anchor);
  }
}

/** Without a template: Word's styles in the agency's colour; the proofing language as the default of every style. */
function builtInStyles(accent: string, language: string): IStylesOptions {
  const heading = (id: string, name: string, size: number, level: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { size, bold: true, color: accent, font: 'Calibri' },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: level },
  });
  return {
    default: {
      document: { run: { font: 'Calibri', size: 21, language: { value: language } } },
      title: { run: { font: 'Calibri', size: 52, bold: true, color: '111827' } },
      heading1: {
        run: { font: 'Calibri', size: 34, bold: true, color: accent },
        paragraph: { spacing: { before: 360, after: 160 } },
      },
      heading2: {
        run: { font: 'Calibri', size: 28, bold: true, color: accent },
        paragraph: { spacing: { before: 240, after: 120 } },
      },
      heading3: {
        run: { font: 'Calibri', size: 24, bold: true, color: '1F2937' },
        paragraph: { spacing: { before: 200, after: 80 } },
      },
      hyperlink: { run: { color: accent, underline: {} } },
    },
    paragraphStyles: [heading('TOCHeading', 'TOC Heading', 34, 9)].map((style) => ({
      ...style,
      // Not an outline level: the contents' own title stays out of the contents.
      paragraph: { spacing: { before: 0, after: 240 } },
    })),
  };
}

/** The package's core properties: title, author, language (`dc:language`, which `docx` does not write), dates. */
function coreProperties(model: PlanModel, language: string, generator: string | undefined): string {
  const x = escapeHtml;
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const creator = model.cover.agency ?? generator ?? 'SocialPlan';
  const subject = model.cover.client ?? '';
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${x(model.cover.title)}</dc:title>`,
    subject ? `<dc:subject>${x(subject)}</dc:subject>` : '',
    `<dc:creator>${x(creator)}</dc:creator>`,
    `<dc:language>${language}</dc:language>`,
    `<cp:lastModifiedBy>${x(generator ?? 'SocialPlan')}</cp:lastModifiedBy>`,
    `<cp:revision>1</cp:revision>`,
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
