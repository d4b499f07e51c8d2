import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { unzipSync } from 'fflate';
import { checkPlan, planOf, renderExport } from '../../../src/core/export';
import { Linter } from '../../../src/core/lint/linter';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { budgetChartPng, progressChartPng } from '../../../src/core/render/docx/png';
import { progressGeometry } from '../../../src/core/render/progress-chart';
import type { BudgetEnvelope, ProgressChart } from '../../../src/core/report/model';
import type { Localized } from '../../../src/core/types';
import { copyExampleUnder } from '../../support/plans';

/**
 * The Word export read back as the zip it is: the document XML (heading styles, the TOC field,
 * repeated header rows, the chart image and its alternative text, the plan's language on the
 * text), the core properties, the header and footer, and the agency's template styles.
 */

const EXAMPLES = join(__dirname, '..', '..', '..', 'examples');

interface Exported {
  files: Record<string, string>;
  media: string[];
  warnings: Localized[];
}

async function exportDocx(planFile: string): Promise<Exported> {
  const linter = new Linter(new NodeFileHost(), { trusted: true });
  const document = linter.documents.document(planFile);
  assert.ok(document, planFile);
  const plan = planOf(linter, document);
  assert.ok(plan);
  const warnings: Localized[] = [];
  const { content } = await renderExport(plan, checkPlan(linter, plan), {
    format: 'docx',
    trusted: true,
    generator: 'SocialPlan test',
    onWarning: (warning) => warnings.push(warning),
  });
  assert.ok(content instanceof Uint8Array);
  const entries = unzipSync(content);
  const files: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(entries))
    if (name.endsWith('.xml') || name.endsWith('.rels')) files[name] = Buffer.from(bytes).toString('utf8');
  return { files, media: Object.keys(entries).filter((name) => name.startsWith('word/media/')), warnings };
}

/** The text of each paragraph of `xml` with a given style. */
function paragraphsStyled(xml: string, style: string): string[] {
  const out: string[] = [];
  for (const match of xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)) {
    const paragraph = match[0];
    if (!paragraph.includes(`<w:pStyle w:val="${style}"/>`)) continue;
    const texts = [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]);
    out.push(unescapeXml(texts.join('')));
  }
  return out;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('Word export (docx)', function () {
  this.timeout(60_000);
  let french: Exported;
  let english: Exported;

  before(async () => {
    french = await exportDocx(join(EXAMPLES, 'fr', 'plan.md'));
    english = await exportDocx(join(EXAMPLES, 'en', 'plan.md'));
  });

  it('gives the sections Heading 1 and the steps Heading 2, so that the navigation pane lists them', () => {
    const document = french.files['word/document.xml'];
    const sections = paragraphsStyled(document, 'Heading1');
    for (const title of [
      'Objectifs et indicateurs',
      'Le plan, étape par étape',
      'Budget',
      'Charte des médias sociaux',
      'Approbations',
    ])
      assert.ok(sections.includes(title), `${title} in ${sections.join(' | ')}`);
    const steps = paragraphsStyled(document, 'Heading2');
    assert.ok(steps.includes('1. Écoute et monitorage'), steps.join(' | '));
    assert.ok(steps.includes('5. Création d’une communauté'), steps.join(' | '));
    assert.deepEqual(paragraphsStyled(document, 'Title'), ['Plan médias sociaux 2027 — Mie & Levain']);
  });

  it('writes the contents as a Word TOC field over the headings, filled in with their titles', () => {
    const document = english.files['word/document.xml'];
    assert.match(document, /<w:docPartGallery w:val="Table of Contents"\/>/);
    assert.match(document, /<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    const entries = paragraphsStyled(document, 'TOC1');
    assert.ok(entries.includes('Budget'), entries.join(' | '));
    assert.ok(paragraphsStyled(document, 'TOC2').length >= 5, 'the steps under their section');
    assert.match(english.files['word/settings.xml'], /<w:updateFields(?: w:val="true")?\/>/);
  });

  it('repeats the header row of every table on each page', () => {
    const document = french.files['word/document.xml'];
    const tables = document.match(/<w:tbl>/g) ?? [];
    const headed = document.match(/<w:tbl>(?:(?!<\/w:tbl>).)*?<w:tblHeader\/>/gs) ?? [];
    assert.ok(tables.length >= 5, `${tables.length} tables`);
    assert.equal(headed.length, tables.length, 'each table has a header row');
  });

  it('embeds the budget chart as a PNG whose alternative text gives the figures', () => {
    assert.ok(
      french.media.some((name) => name.endsWith('.png')),
      french.media.join(', '),
    );
    const described = [...french.files['word/document.xml'].matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map(
      (match) => match[1],
    );
    assert.ok(
      described.some((text) => /Personnel 47,7\s%/.test(text)),
      `a drawing described by the budget's figures: ${described.join('\n')}`,
    );
  });

  it('embeds each objective’s progress chart as a PNG whose alternative text gives its figures', () => {
    const described = [...english.files['word/document.xml'].matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) =>
      unescapeXml(match[1]),
    );
    const progress = described.filter((text) => /: Baseline /.test(text));
    assert.equal(progress.length, 6, described.join('\n'));
    assert.ok(
      progress.some((text) => /ticket-sales|tickets/.test(text) && /3,000/.test(text)),
      progress.join('\n'),
    );
  });

  it('writes French text with its accents, in French, with the title and language in the core properties', () => {
    const document = french.files['word/document.xml'];
    assert.ok(document.includes('Création d’une communauté'));
    const defaults = /<w:rPrDefault>(?:(?!<\/w:rPrDefault>).)*/s.exec(french.files['word/styles.xml'])?.[0] ?? '';
    assert.match(defaults, /<w:lang w:val="fr-FR"\/>/, 'the default language of every run');
    assert.doesNotMatch(document, /<w:lang w:val="en-US"\/>/);
    const core = french.files['docProps/core.xml'];
    assert.match(core, /<dc:title>Plan médias sociaux 2027 — Mie &amp; Levain<\/dc:title>/);
    assert.match(core, /<dc:language>fr-FR<\/dc:language>/);
    assert.match(english.files['docProps/core.xml'], /<dc:language>en-US<\/dc:language>/);
  });

  it('marks a plan not yet approved DRAFT in the page header, and numbers the pages in the footer', () => {
    const headers = Object.entries(french.files).filter(([name]) => /^word\/header\d*\.xml$/.test(name));
    assert.ok(
      headers.some(([, xml]) => xml.includes('BROUILLON')),
      'BROUILLON in a header',
    );
    const footers = Object.entries(french.files).filter(([name]) => /^word\/footer\d*\.xml$/.test(name));
    assert.ok(footers.some(([, xml]) => /PAGE/.test(xml) && xml.includes('Page')));
  });
});

const CATEGORY = {
  category: { value: 'ads', label: 'Ads' },
  amount: { value: 300, text: '300' },
  share: { value: 100, text: '100%' },
};

describe('Word export with the agency’s template and branding', function () {
  this.timeout(60_000);
  let work: string;

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'sp-docx-'));
    copyExampleUnder('en', join(work, 'plan'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  async function template(): Promise<Buffer> {
    // A template as Word writes one: its own Heading 1, in Georgia and the agency's red.
    const document = new Document({
      styles: {
        paragraphStyles: [{ id: 'Heading1', name: 'heading 1', run: { font: 'Georgia', color: 'AA0000', size: 40 } }],
      },
      sections: [{ children: [new Paragraph({ text: 'Agency template', heading: HeadingLevel.HEADING_1 })] }],
    });
    return Packer.toBuffer(document);
  }

  it('takes the styles of export.docx.template, and the colour and footer of the config', async () => {
    mkdirSync(join(work, 'plan', 'brand'));
    writeFileSync(join(work, 'plan', 'brand', 'agency.dotx'), await template());
    writeFileSync(
      join(work, 'plan', '.socialplan.yaml'),
      'export:\n  color: "#0B7A3E"\n  footer: Confidential — Test Agency\n  docx:\n    template: ./brand/agency.dotx\n',
    );
    const exported = await exportDocx(join(work, 'plan', 'plan.md'));
    assert.deepEqual(exported.warnings, []);
    const styles = exported.files['word/styles.xml'];
    assert.match(styles, /w:styleId="Heading1"(?:(?!<\/w:style>).)*Georgia/s, 'the template’s Heading 1');
    assert.match(
      styles,
      /<w:rPrDefault><w:rPr>(?:(?!<\/w:rPr>).)*<w:lang w:val="en-US"\/><\/w:rPr>/s,
      'in the plan’s language',
    );
    assert.match(styles, /AA0000/);
    const footers = Object.entries(exported.files).filter(([name]) => /^word\/footer\d*\.xml$/.test(name));
    assert.ok(footers.some(([, xml]) => xml.includes('Confidential — Test Agency')));
    // The accent colours the header rows of the tables.
    assert.match(exported.files['word/document.xml'], /<w:shd [^>]*w:fill="DAEBE2"/);
  });

  it('puts the configured logo on the cover, with its alternative text', async () => {
    const logo = budgetChartPng({ categories: [CATEGORY] } as unknown as BudgetEnvelope, '#0B7A3E');
    assert.ok(logo);
    writeFileSync(join(work, 'plan', 'logo.png'), logo.bytes);
    writeFileSync(join(work, 'plan', '.socialplan.yaml'), 'export:\n  logo: ./logo.png\n');
    const exported = await exportDocx(join(work, 'plan', 'plan.md'));
    assert.deepEqual(exported.warnings, []);
    assert.ok(exported.media.length >= 2, `the logo and the chart: ${exported.media.join(', ')}`);
    assert.match(exported.files['word/document.xml'], /<wp:docPr [^>]*descr="Logo"/);
  });

  it('without a template, colours the headings with the accent', async () => {
    writeFileSync(join(work, 'plan', '.socialplan.yaml'), 'export:\n  color: "#0B7A3E"\n');
    const exported = await exportDocx(join(work, 'plan', 'plan.md'));
    assert.match(exported.files['word/styles.xml'], /w:styleId="Heading1"(?:(?!<\/w:style>).)*w:val="0B7A3E"/s);
  });

  it('says so and keeps its own styles when the template is not a Word file', async () => {
    writeFileSync(join(work, 'plan', 'agency.dotx'), 'not a zip');
    writeFileSync(join(work, 'plan', '.socialplan.yaml'), 'export:\n  docx:\n    template: ./agency.dotx\n');
    const exported = await exportDocx(join(work, 'plan', 'plan.md'));
    assert.equal(exported.warnings.length, 1);
    assert.match(exported.warnings[0].en, /agency\.dotx is not a Word file \(\.dotx or \.docx\)/);
    assert.match(exported.warnings[0].fr, /n’est pas un fichier Word/);
    assert.ok(paragraphsStyled(exported.files['word/document.xml'], 'Heading1').includes('Budget'));
  });
});

describe('budget chart PNG', () => {
  const envelope = {
    categories: [
      {
        category: { value: 'ads', label: 'Ads' },
        amount: { value: 300, text: '300' },
        share: { value: 75, text: '75%' },
      },
      {
        category: { value: 'tools', label: 'Tools' },
        amount: { value: 100, text: '100' },
        share: { value: 25, text: '25%' },
      },
    ],
  } as unknown as BudgetEnvelope;

  it('draws one bar per category in the accent, its length by its share', () => {
    const png = budgetChartPng(envelope, '#102030');
    assert.ok(png);
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.bytes.readUInt32BE(16), png.width);
    assert.equal(png.bytes.readUInt32BE(20), png.height);
    const idatLength = png.bytes.readUInt32BE(33);
    assert.equal(png.bytes.subarray(37, 41).toString('latin1'), 'IDAT');
    const raw = inflateSync(png.bytes.subarray(41, 41 + idatLength));
    const stride = png.width * 3 + 1;
    const pixel = (x: number, y: number) => [...raw.subarray(y * stride + 1 + x * 3, y * stride + 4 + x * 3)];
    const middleOfFirst = 28;
    const middleOfSecond = 56 + 28;
    assert.deepEqual(pixel(10, middleOfFirst), [0x10, 0x20, 0x30], 'the largest bar in the accent itself');
    assert.notDeepEqual(pixel(png.width - 10, middleOfFirst), [0xff, 0xff, 0xff], 'the largest bar spans the width');
    const second = pixel(png.width / 2, middleOfSecond);
    assert.notDeepEqual(second, pixel(10, middleOfSecond), 'the second bar stops at a third of the width');
  });

  it('draws nothing when no category has an amount', () => {
    assert.equal(budgetChartPng({ categories: [] } as unknown as BudgetEnvelope, '#102030'), undefined);
  });
});

describe('progress chart PNG', () => {
  const chart: ProgressChart = {
    start: '2027-01-01',
    deadline: '2027-12-31',
    baseline: 100,
    target: 200,
    readings: [
      { date: '2027-04-01', value: 120 },
      { date: '2027-07-01', value: 140 },
    ],
    projected: 180,
  };
  const colors = { accent: '#102030', ok: '#067647', warning: '#B54708', muted: '#5B6675' };

  function pixels(png: { bytes: Buffer; width: number }) {
    const chunks: Buffer[] = [];
    for (let at = 8; at < png.bytes.length; ) {
      const length = png.bytes.readUInt32BE(at);
      if (png.bytes.subarray(at + 4, at + 8).toString('latin1') === 'IDAT')
        chunks.push(png.bytes.subarray(at + 8, at + 8 + length));
      at += 12 + length;
    }
    const raw = inflateSync(Buffer.concat(chunks));
    const stride = png.width * 3 + 1;
    return (x: number, y: number) =>
      `#${raw
        .subarray(y * stride + 1 + x * 3, y * stride + 4 + x * 3)
        .toString('hex')
        .toUpperCase()}`;
  }

  it('draws the target, the deadline, the results from the baseline and the projection where the geometry puts them', () => {
    const png = progressChartPng(chart, colors);
    const pixel = pixels(png);
    // The same geometry as the HTML and the PDF, in the PNG's box (20 px margins).
    const box = progressGeometry(chart, png.width - 40, png.height - 40);
    const at = (point: { x: number; y: number }) => pixel(Math.round(point.x + 20), Math.round(point.y + 20));
    assert.equal(at(box.points[0]), '#5B6675', 'the baseline dot, muted');
    assert.equal(at(box.points[1]), '#102030', 'a result dot, in the accent');
    assert.equal(at(box.points[2]), '#102030');
    const deadlineX = Math.round(box.deadlineX + 20);
    assert.equal(pixel(deadlineX - 1, png.height / 2), '#B54708', 'the deadline, in the warning colour');
    const targetRow = Math.round(box.targetY + 20);
    const targetColours = new Set(Array.from({ length: 200 }, (_, x) => pixel(100 + x, targetRow)));
    assert.ok(targetColours.has('#067647') && targetColours.has('#FFFFFF'), 'the target, dashed in the ok colour');
    const projectionMiddle = {
      x: (box.projection!.x1 + box.projection!.x2) / 2,
      y: (box.projection!.y1 + box.projection!.y2) / 2,
    };
    const near = [-6, -3, 0, 3, 6].map((dx) =>
      at({
        x: projectionMiddle.x + dx,
        y:
          projectionMiddle.y +
          (dx * (box.projection!.y2 - box.projection!.y1)) / (box.projection!.x2 - box.projection!.x1),
      }),
    );
    assert.ok(
      near.some((colour) => colour !== '#FFFFFF'),
      `the projection is drawn: ${near.join(' ')}`,
    );
    assert.equal(pixel(png.width - 3, 3), '#FFFFFF', 'the margin stays blank');
  });
});
