import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { assemblePlan, type PlanModel } from '../../../src/core/report';
import { renderMarkdown } from '../../../src/core/report/markdown';
import { bodyContent } from '../../../src/core/render/pdf/body';
import { GlyphReport, robotoRanges } from '../../../src/core/render/pdf/glyphs';
import { isPdf, planPdfDocument, renderPlanPdf, robotoFolder } from '../../../src/core/render/pdf';
import { themeFor } from '../../../src/core/render/pdf/theme';
import { pdftotext } from '../../support/pdf';
import { lintedPlanIn } from '../../support/plans';

/**
 * The PDF renderer in process: the pieces (glyph coverage, Markdown bodies → pdfmake content, the
 * document definition) and whole renders read back with poppler. The CLI end to end, with the big
 * plan and the page images, is in test/cli/export-pdf.test.ts.
 */

const ROOT = join(__dirname, '..', '..', '..');

function modelOf(folder: string, options: Parameters<typeof assemblePlan>[2] = {}): PlanModel {
  const { plan, findings, measuring } = lintedPlanIn(folder);
  return assemblePlan(plan, findings, { measuring, ...options });
}

/** Any object of a document definition (a node, a shape, a table), read key by key. */
type AnyNode = Record<string, unknown>;

/** Every node of a document definition (functions of layouts left out). */
function nodes(content: unknown, out: AnyNode[] = []): AnyNode[] {
  if (Array.isArray(content)) for (const item of content) nodes(item, out);
  else if (content && typeof content === 'object') {
    out.push(content as AnyNode);
    for (const value of Object.values(content)) if (value && typeof value === 'object') nodes(value, out);
  }
  return out;
}

function body(markdown: string): AnyNode[] {
  const html = renderMarkdown(markdown, { locale: 'en', idPrefix: 'sp-step-x', headingLevel: 4 });
  return bodyContent(html, { theme: themeFor('#1F4E79'), glyphs: new GlyphReport() }) as AnyNode[];
}

function textOf(content: unknown): string {
  return nodes(content)
    .map((node) => (typeof node.text === 'string' ? node.text : ''))
    .join('');
}

describe('PDF export: glyphs', () => {
  it('knows exactly which characters the four Roboto faces the PDF embeds can draw', () => {
    const requireFromPdfkit = createRequire(require.resolve('pdfkit'));
    const fontkit = requireFromPdfkit('fontkit') as { openSync(file: string): { characterSet: number[] } };
    const folder = robotoFolder();
    const faces = ['Regular', 'Medium', 'Italic', 'MediumItalic'].map(
      (face) => new Set(fontkit.openSync(join(folder, `Roboto-${face}.ttf`)).characterSet),
    );
    const common = [...faces[0]].filter((code) => code >= 0x20 && faces.every((face) => face.has(code)));
    const table = new Set(
      robotoRanges().flatMap(([start, end]) => Array.from({ length: end - start + 1 }, (_, index) => start + index)),
    );
    const missingFromTable = common.filter(
      (code) => !table.has(code) && code < 0xe000 && code !== 0xfeff && code !== 0xfffc && code !== 0xffff,
    );
    const notInFonts = [...table].filter((code) => !faces.every((face) => face.has(code)));
    assert.deepEqual(notInFonts, [], 'the table claims characters a face lacks');
    assert.deepEqual(missingFromTable, [], 'the table misses characters all faces have');
  });

  it('keeps every French character, substitutes common symbols, and reports what no font can draw', () => {
    const glyphs = new GlyphReport();
    const french =
      'Écoute, été, à, ç, œ, Œ, « guillemets », l’apostrophe, — tiret, 1er\u00A0juillet, 15\u00A0000\u00A0$ €';
    assert.equal(glyphs.drawable(french), french);
    assert.equal(glyphs.drawable('e\u0301te\u0301'), 'été', 'decomposed accents are composed');
    assert.equal(glyphs.drawable('Reach → 5000 ✓'), 'Reach -> 5000 √');
    assert.equal(glyphs.drawable('Bravo 🎉 ok'), 'Bravo \uFFFD ok');
    assert.equal(glyphs.drawable('12\u202F000'), '12\u00A0000');
    assert.deepEqual([...glyphs.missing], ['🎉']);
  });
});

describe('PDF export: Markdown bodies', () => {
  it('turns headings, emphasis, code and links into styled runs, never into HTML text', () => {
    const content = body(
      '# Heading\n\nSome **bold _both_** and `code`, a [site](https://example.org), a [file](notes.md) and <b>raw</b>.\n',
    );
    const all = nodes(content);
    assert.ok(
      all.some((node) => node.style === 'h4' && textOf(node) === 'Heading'),
      'the top heading sits under the step title',
    );
    assert.ok(all.some((node) => node.text === 'bold ' && node.bold === true));
    assert.ok(all.some((node) => node.text === 'both' && node.bold === true && node.italics === true));
    assert.ok(all.some((node) => node.text === 'code' && node.font === 'DejaVu Sans Mono'));
    assert.ok(all.some((node) => node.text === 'site' && node.link === 'https://example.org'));
    const file = all.find((node) => node.text === 'file');
    assert.ok(file && file.link === undefined, 'a relative file link keeps its text, unlinked');
    assert.ok(all.some((node) => node.text === 'raw' && node.bold === true));
    assert.doesNotMatch(textOf(content), /<|>/);
  });

  it('keeps nested lists nested, task lists checked, ordered lists numbered from their start', () => {
    const content = body('- one\n  - nested\n    1. deep\n- [x] done\n- [ ] open\n\n3. three\n4. four\n');
    const all = nodes(content);
    const outer = all.find((node) => Array.isArray(node.ul) && (node.ul as unknown[]).length === 3);
    assert.ok(outer, 'one list of three items');
    assert.ok(
      nodes(outer.ul).some((node) => Array.isArray(node.ul) && nodes(node.ul).some((inner) => Array.isArray(inner.ol))),
      'list in a list in a list',
    );
    const tasks = all.filter((node) => node.listType === 'none' && Array.isArray(node.columns));
    assert.equal(tasks.length, 2);
    assert.equal(nodes(tasks[0]).filter((node) => node.type === 'polyline').length, 1, 'the checked box has a tick');
    assert.equal(nodes(tasks[1]).filter((node) => node.type === 'polyline').length, 0);
    assert.ok(all.some((node) => Array.isArray(node.ol) && node.start === 3));
  });

  it('makes tables with a header row and the column alignment of the Markdown', () => {
    const content = body('| Metric | Baseline | Target |\n| --- | ---: | :---: |\n| Reach | 1,200 | 5,000 |\n');
    const table = nodes(content).find((node) => node.table !== undefined)?.table as {
      headerRows: number;
      body: AnyNode[][];
      widths: unknown[];
    };
    assert.ok(table);
    assert.equal(table.headerRows, 1);
    assert.equal(table.body.length, 2);
    assert.equal(textOf(table.body[1][1]), '1,200');
    assert.equal(table.body[1][1].alignment, 'right');
    assert.equal(table.body[1][2].alignment, 'center');
    assert.equal(table.widths.length, 3);
  });

  it('draws quotes and code blocks as boxes, keeps code whitespace, and links footnotes inside the PDF', () => {
    const content = body('> quoted\n\n```\nline 1\n  indented\n```\n\nA claim[^1].\n\n[^1]: The source.\n');
    const all = nodes(content);
    const code = all.find((node) => node.preserveLeadingSpaces === true);
    assert.ok(code);
    assert.equal(textOf(code), 'line 1\n  indented');
    assert.ok(all.some((node) => node.text === 'quoted'));
    const reference = all.find((node) => typeof node.linkToDestination === 'string');
    assert.ok(reference, 'the footnote reference jumps to the note');
    assert.ok(
      all.some((node) => node.id === reference.linkToDestination && textOf(node).includes('The source.')),
      'the note is a destination',
    );
    assert.doesNotMatch(textOf(content), /↩/);
  });
});

describe('PDF export: document definition', () => {
  const english = modelOf(join(ROOT, 'examples', 'en'));

  it('bookmarks every entry of the table of contents, steps under their section, and links the contents to them', () => {
    const { definition } = planPdfDocument(english);
    const all = nodes(definition.content);
    for (const entry of english.toc) {
      const target = all.find((node) => node.id === entry.id);
      assert.ok(target, `a destination for ${entry.id}`);
      assert.equal(target.outline, true, `${entry.id} is a bookmark`);
      if (entry.level === 2)
        assert.ok(target.outlineParentId === 'sp-steps' || target.outlineParentId === 'sp-annexes');
      assert.ok(
        all.some((node) => node.pageReference === entry.id),
        `the contents give the page of ${entry.id}`,
      );
      assert.ok(
        all.some((node) => node.linkToDestination === entry.id),
        `the contents link to ${entry.id}`,
      );
    }
  });

  it('numbers pages and runs the header and footer everywhere but on the cover', () => {
    const model = modelOf(join(ROOT, 'examples', 'en'), {
      export: { footer: 'Confidential — Fieldnote', paper: 'Letter', color: '#0b5fff' },
    });
    const { definition } = planPdfDocument(model);
    assert.equal(definition.pageSize, 'LETTER');
    const footer = definition.footer as (page: number, pages: number) => unknown;
    const header = definition.header as (page: number) => unknown;
    assert.equal(footer(1, 12), null);
    assert.equal(header(1), null);
    assert.match(textOf(footer(3, 12)), /Confidential — Fieldnote.*Page 3 \/ 12/);
    assert.match(textOf(header(3)), /Millrace Arts Center — Social Media Plan/);
    assert.ok(
      nodes(header(3)).some((node) => node.lineColor === '#0B5FFF'),
      'the accent colour rules the header',
    );
  });

  it('marks a draft with a watermark and lines to sign, and an approved plan with neither', () => {
    const draft = planPdfDocument(english).definition;
    assert.deepEqual(draft.watermark?.text, 'DRAFT');
    assert.match(textOf(draft.content), /Signature/);
    const approved = planPdfDocument({
      ...english,
      cover: { ...english.cover, draft: false, status: { value: 'approved', label: 'Approved' } },
    }).definition;
    assert.equal(approved.watermark, undefined);
    assert.doesNotMatch(textOf(approved.content), /Signature/);
  });
});

describe('PDF export: rendering', function () {
  this.timeout(60_000);

  it('renders the French example: every French character comes back out of the PDF', async () => {
    const model = modelOf(join(ROOT, 'examples', 'fr'));
    const { bytes, warnings } = await renderPlanPdf(model, { generator: 'SocialPlan test' });
    assert.ok(isPdf(bytes));
    assert.deepEqual(warnings, []);
    const text = pdftotext(bytes);
    for (const character of ['é', 'è', 'à', 'ç', 'œ', '«', '»', '’', 'É', 'ê', 'î', 'ô', 'û', '—'])
      assert.ok(text.includes(character), `${character} in the text`);
    assert.match(text, /Objectifs et indicateurs/);
    assert.match(text, /main-d’œuvre/);
  });

  it('keeps the text after raw HTML left open in a body (a stray <style>, unclosed <math>, <details>, comment…)', async () => {
    const { bytes } = await renderPlanPdf(modelOf(join(ROOT, 'test', 'fixtures', 'raw-html')));
    const text = pdftotext(bytes);
    for (const mark of ['STYLE', 'MATH', 'DETAILS', 'SCRIPT', 'IFRAME', 'IMAGE', 'COMMENT'])
      assert.match(text, new RegExp(`MARK-${mark}`), `MARK-${mark} in the PDF`);
    assert.doesNotMatch(text, /__pwned|evil\.example\/frame/);
    assert.match(text, /\[Image: Shop\]/);
  });

  it('embeds a PNG logo, leaves out a GIF or an SVG that points outside itself, with a warning', async () => {
    const model = modelOf(join(ROOT, 'examples', 'en'));
    const png = readFileSync(join(ROOT, 'test', 'fixtures', 'pdf', 'logo.png')).toString('base64');
    const withLogo = await renderPlanPdf(model, { logoDataUri: `data:image/png;base64,${png}` });
    assert.deepEqual(withLogo.warnings, []);
    assert.match(Buffer.from(withLogo.bytes).toString('latin1'), /\/Subtype \/Image/);
    const gif = await renderPlanPdf(model, { logoDataUri: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' });
    assert.match(gif.warnings[0].en, /cannot embed a GIF logo/);
    assert.doesNotMatch(Buffer.from(gif.bytes).toString('latin1'), /\/Subtype \/Image/);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><image href="/etc/passwd"/></svg>').toString(
      'base64',
    );
    const outside = await renderPlanPdf(model, { logoDataUri: `data:image/svg+xml;base64,${svg}` });
    assert.match(outside.warnings[0].fr, /logo SVG/);
  });

  it('draws a self-contained SVG logo, and survives a damaged one', async () => {
    const model = modelOf(join(ROOT, 'examples', 'en'));
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" rx="6" fill="#0B5FFF"/><circle cx="20" cy="20" r="12" fill="#fff"/></svg>';
    const good = await renderPlanPdf(model, {
      logoDataUri: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    });
    assert.deepEqual(good.warnings, []);
    const broken = await renderPlanPdf(model, {
      logoDataUri: `data:image/svg+xml;base64,${Buffer.from('<svg><rect').toString('base64')}`,
    });
    assert.ok(isPdf(broken.bytes));
    assert.match(broken.warnings[0].en, /logo could not be drawn/);
  });
});
