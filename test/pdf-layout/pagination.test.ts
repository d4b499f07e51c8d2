import assert from 'node:assert/strict';
import { loadPdfEngine } from '../../src/core/render/pdf';
import { FontBook } from '../../src/pdf-layout/fonts';
import type { PdfKitDocument } from '../../src/pdf-layout/pdfkit';
import type { Content, DocumentDefinition } from '../../src/pdf-layout/content';
import { renderDefinition } from '../../src/pdf-layout/render';
import { BASE_STYLE, type TextStyle } from '../../src/pdf-layout/style';
import { breakLines, runMetrics, TextBox } from '../../src/pdf-layout/text';
import { pdftotext } from '../support/pdf';

/**
 * Where the layout engine breaks pages, as a typesetter would: a heading stays with the start of
 * what follows it (`keepWithNext`), a section starts a new page only when little of the page is
 * left (`needsRoom`), a paragraph leaves no line alone at a page's foot or top. Whole definitions
 * are rendered by pdfkit and read back page by page with poppler.
 */

describe('PDF layout: page breaks', function () {
  this.timeout(30_000);
  const engine = loadPdfEngine();
  // A4 with these margins: 721.89 points of content height per page.
  const base = { pageSize: 'A4', pageMargins: [50, 60, 50, 60], defaultStyle: { font: 'Roboto', fontSize: 10 } };
  /** A block of a fixed height that never breaks. */
  const filler = (height: number): Content => ({ canvas: [{ type: 'rect', x: 0, y: 0, w: 10, h: height }] });
  const pagesOf = async (content: Content[]) => {
    const definition: DocumentDefinition = { ...base, content };
    return pdftotext(await renderDefinition(definition, engine), '-layout')
      .split('\f')
      .slice(0, -1);
  };

  it('moves a heading to the next page with the block under it, rather than leave it at the foot', async () => {
    const pages = await pagesOf([
      filler(650),
      { text: 'Heading', fontSize: 14, keepWithNext: true },
      { text: 'Subheading', fontSize: 12, keepWithNext: true },
      filler(100),
      { text: 'After' },
    ]);
    assert.equal(pages.length, 2);
    assert.doesNotMatch(pages[0], /Heading|Subheading/, 'nothing of the headings at the foot of page 1');
    assert.match(pages[1], /Heading[\s\S]*Subheading[\s\S]*After/);
  });

  it('keeps a heading with the first lines of a long paragraph when they fit, and moves it when they do not', async () => {
    const lines = Array.from({ length: 30 }, (_, index) => `line ${index + 1}`).join('\n');
    const room = await pagesOf([filler(600), { text: 'Heading', keepWithNext: true }, { text: lines }]);
    assert.match(room[0], /Heading\s+line 1\s+line 2/, 'the heading and the paragraph’s start share page 1');
    const noRoom = await pagesOf([filler(700), { text: 'Heading', keepWithNext: true }, { text: lines }]);
    assert.doesNotMatch(noRoom[0], /Heading|line 1\b/);
    assert.match(noRoom[1], /Heading\s+line 1\s/);
  });

  it('keeps a heading with a table’s header row and first row', async () => {
    const rows = Array.from({ length: 20 }, (_, index) => [`row ${index + 1}`, 'value']);
    const table = {
      table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, body: [['Name', 'Amount'], ...rows] },
    };
    const pages = await pagesOf([filler(680), { text: 'Heading', keepWithNext: true }, table]);
    assert.doesNotMatch(pages[0], /Heading|Name/);
    assert.match(pages[1], /Heading\s+Name\s+Amount\s+row 1\s+value/);
  });

  it('moves a heading with a block whose top margin alone would fit under it', async () => {
    // The margin fits at the foot of page 1, the block under it does not: the margin is no start of it.
    const pages = await pagesOf([
      filler(680),
      { text: 'Heading', keepWithNext: true },
      { stack: [filler(60)], margin: [0, 8, 0, 0] },
      { text: 'After' },
    ]);
    assert.doesNotMatch(pages[0], /Heading/, 'the heading is not left alone at the foot of page 1');
    assert.match(pages[1], /Heading[\s\S]*After/);
  });

  it('starts a section on a new page only when less room than it asks for is left', async () => {
    const section: Content = { text: 'Section', fontSize: 14, needsRoom: 0.25 };
    const low = await pagesOf([filler(560), section, { text: 'body' }]);
    assert.equal(low.length, 2);
    assert.doesNotMatch(low[0], /Section/, 'less than a quarter of page 1 is left: a new page');
    assert.match(low[1], /Section\s+body/);
    const high = await pagesOf([filler(400), section, { text: 'body' }]);
    assert.equal(high.length, 1, 'more than a quarter left: the section follows on the same page');
    const top = await pagesOf([section, { text: 'body' }]);
    assert.equal(top.length, 1, 'no empty page before a section that starts the document');
  });

  it('leaves no line of a paragraph alone at the foot or the top of a page', () => {
    const engineDoc = new engine.PDFDocument({
      size: [595, 842],
      margin: 0,
      autoFirstPage: false,
      compress: false,
      font: 'Courier',
      displayTitle: false,
      info: {},
    }) as PdfKitDocument;
    engineDoc.registerFont('Roboto', engine.fonts.Roboto);
    const fonts = new FontBook(engineDoc);
    const style: TextStyle = { ...BASE_STYLE, fontSize: 10, lineHeight: 1.25 };
    const text = Array.from({ length: 6 }, (_, index) => `line ${index + 1}`).join('\n');
    const paragraph = new TextBox(breakLines(fonts, [{ text, style, ...runMetrics(fonts, style) }], 300), 300, 'left');
    const line = paragraph.height / 6;
    assert.equal(paragraph.split(line * 1.5, 700), undefined, 'one line would be left at the foot: none is');
    const widow = paragraph.split(line * 5.5, 700);
    assert.ok(widow);
    assert.ok(Math.abs(widow[0].height - line * 4) < 0.01, 'one line would start the next page: two do');
    const empty = paragraph.split(line * 1.5, 0);
    assert.ok(empty && Math.abs(empty[0].height - line) < 0.01, 'on an empty page everything gives way');
  });
});
