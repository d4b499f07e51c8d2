import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { loadPdfEngine } from '../../src/core/render/pdf';
import { Drawing, PageBreak, Positioned, Spacer, Stack, type Box } from '../../src/pdf-layout/boxes';
import { FontBook } from '../../src/pdf-layout/fonts';
import { paginate } from '../../src/pdf-layout/paginate';
import type { PdfKitDocument } from '../../src/pdf-layout/pdfkit';
import { Pauser } from '../../src/core/util/pause';
import { renderDefinition } from '../../src/pdf-layout/render';
import { BASE_STYLE, type TextStyle } from '../../src/pdf-layout/style';
import { columnWidths } from '../../src/pdf-layout/table';
import { breakLines, runMetrics, TextBox, type Run } from '../../src/pdf-layout/text';
import type { DocumentDefinition } from '../../src/pdf-layout/content';
import { pdfObjectsText, pdftotext } from '../support/pdf';
import { countTurns } from '../support/event-loop';

/**
 * The PDF layout engine (src/pdf-layout): line breaking, column widths and pagination on
 * their own, then whole definitions rendered by pdfkit and read back with poppler.
 */

const STYLE: TextStyle = { ...BASE_STYLE, fontSize: 10, lineHeight: 1.25 };

function fontBook(): FontBook {
  const engine = loadPdfEngine();
  const doc = new engine.PDFDocument({
    size: [595, 842],
    margin: 0,
    autoFirstPage: false,
    compress: false,
    font: 'Courier',
    displayTitle: false,
    info: {},
  }) as PdfKitDocument;
  doc.registerFont('Roboto', engine.fonts.Roboto);
  doc.registerFont('Roboto-Medium', engine.fonts['Roboto-Medium']);
  return new FontBook(doc);
}

function run(fonts: FontBook, text: string, style: Partial<TextStyle> = {}): Run {
  const full = { ...STYLE, ...style };
  return { text, style: full, ...runMetrics(fonts, full) };
}

/** The text of each line, as drawn. */
function lineTexts(fonts: FontBook, runs: Run[], width: number): string[] {
  return breakLines(fonts, runs, width).map((line) =>
    line.pieces
      .map((piece) => piece.text)
      .join('')
      .trimEnd(),
  );
}

function pdfPages(bytes: Uint8Array): string[] {
  return pdftotext(bytes, '-layout').split('\f').slice(0, -1);
}

/** A box of a fixed height that never splits. */
const block = (height: number): Box => new Drawing(height, () => undefined);

describe('PDF layout: lines', () => {
  const fonts = fontBook();

  it('fills each line with as many words as fit, breaking only after spaces', () => {
    const text = 'The quick brown fox jumps over the lazy dog and keeps running through the field until dusk.';
    const width = fonts.width(fonts.face(STYLE), 'The quick brown fox jumps over', 10) + 1;
    const lines = lineTexts(fonts, [run(fonts, text)], width);
    assert.equal(lines[0], 'The quick brown fox jumps over');
    assert.equal(lines.join(' '), text);
    for (const line of lines) assert.ok(fonts.width(fonts.face(STYLE), line, 10) <= width + 0.01, `"${line}" fits`);
  });

  it('never breaks at a no-break space, nor between runs that touch', () => {
    const fonts2 = fonts;
    const width = fonts2.width(fonts2.face(STYLE), 'Budget total', 10);
    // "total :" is tied by a no-break space (French punctuation); "**bold**," touches its comma.
    const lines = lineTexts(
      fonts2,
      [run(fonts2, 'Budget total\u00A0: '), run(fonts2, 'bold', { bold: true }), run(fonts2, ', end')],
      width,
    );
    assert.ok(
      lines.some((line) => line.includes('total\u00A0:')),
      lines.join(' | '),
    );
    assert.ok(
      lines.some((line) => line.includes('bold,')),
      lines.join(' | '),
    );
  });

  it('cuts a word wider than the line, and keeps forced line breaks and empty lines', () => {
    const url = 'https://example.com/a/very/long/path/that/cannot/fit/on/one/line/at/all';
    const width = 120;
    const lines = breakLines(fonts, [run(fonts, url)], width);
    assert.ok(lines.length > 1);
    assert.equal(lines.map((line) => line.pieces.map((piece) => piece.text).join('')).join(''), url);
    for (const line of lines) assert.ok(line.width <= width + 0.01);
    assert.deepEqual(lineTexts(fonts, [run(fonts, 'one\n\nthree')], 500), ['one', '', 'three']);
  });

  it('keeps the leading spaces of code, and drops them elsewhere', () => {
    assert.deepEqual(lineTexts(fonts, [run(fonts, '  indented\n    more', { preserveLeadingSpaces: true })], 500), [
      '  indented',
      '    more',
    ]);
    assert.deepEqual(lineTexts(fonts, [run(fonts, '  indented')], 500), ['indented']);
  });

  it('makes a line as tall as its tallest run, and splits a paragraph between lines', () => {
    const lines = breakLines(fonts, [run(fonts, 'small '), run(fonts, 'BIG', { fontSize: 20 })], 500);
    assert.equal(lines.length, 1);
    assert.ok(Math.abs(lines[0].height - fonts.face(STYLE).font.lineHeight(20) * 1.25) < 0.01);
    const paragraph = new TextBox(breakLines(fonts, [run(fonts, 'word '.repeat(200))], 200), 200, 'left');
    const line = paragraph.height / breakLines(fonts, [run(fonts, 'word '.repeat(200))], 200).length;
    const parts = paragraph.split(line * 3.5, 700);
    assert.ok(parts);
    assert.ok(Math.abs(parts[0].height - line * 3) < 0.01, 'three whole lines on the first page');
    assert.ok(Math.abs(parts[0].height + parts[1].height - paragraph.height) < 0.01);
    assert.equal(paragraph.split(line * 0.5, 700), undefined, 'not even one line fits');
  });
});

describe('PDF layout: column widths', () => {
  it('gives fixed columns their width, automatic ones their widest line, and shares the rest', () => {
    assert.deepEqual(
      columnWidths(
        [50, 'auto', '*', '*'],
        [
          { min: 0, max: 0 },
          { min: 20, max: 60 },
          { min: 10, max: 300 },
          { min: 10, max: 300 },
        ],
        400,
      ),
      [50, 60, 145, 145],
    );
  });

  it('narrows automatic columns towards their widest word when room is short', () => {
    const [a, b] = columnWidths(
      ['auto', 'auto'],
      [
        { min: 20, max: 200 },
        { min: 20, max: 200 },
      ],
      220,
    );
    assert.equal(a + b, 220);
    assert.ok(a >= 20 && a < 200);
  });
});

describe('PDF layout: pages', () => {
  it('moves a box that does not fit to the next page, and breaks where asked', () => {
    const pages = paginate([block(300), block(300), block(300), new PageBreak(), block(10)], 700);
    assert.deepEqual(
      pages.map((page) => page.map((box) => box.height)),
      [[300, 300], [300], [10]],
    );
  });

  it('keeps a box together unless it is taller than a page, and drops the margin a page starts with', () => {
    const kept = new Stack([block(100), block(100)], true);
    assert.deepEqual(
      paginate([block(550), kept], 700).map((page) => page.length),
      [1, 1],
    );
    const tall = new Stack([block(400), block(400), block(400)], true);
    const pages = paginate([block(100), tall], 700);
    assert.equal(pages.length, 3, 'a kept box taller than a page still breaks, on a page of its own first');
    assert.deepEqual(
      paginate([block(690), new Spacer(20), block(10)], 700).map((page) => page.map((box) => box.height)),
      [[690], [10]],
    );
  });

  it('carries what takes no room (a bullet, a destination) to the page of the box it belongs to', () => {
    const bullet = new Positioned(block(0), { x: 0, y: 0 }, false);
    const item = new Stack([block(20), bullet, block(100)]);
    const pages = paginate([block(650), item], 700);
    assert.equal(pages.length, 2);
    const ids: Box[] = [];
    const second = pages[1][0] as Stack;
    second.children.forEach((child) => ids.push(child));
    assert.equal(ids[0], bullet, 'the bullet starts the next page, with its item');
  });

  it('places what can never fit (a picture taller than a page) on a page of its own instead of looping', () => {
    const pages = paginate([block(10), block(2000), block(10)], 700);
    assert.deepEqual(
      pages.map((page) => page.map((box) => box.height)),
      [[10], [2000], [10]],
    );
  });
});

describe('PDF layout: whole documents', function () {
  this.timeout(30_000);
  const engine = loadPdfEngine();
  const base = { pageSize: 'A4', pageMargins: [50, 60, 50, 60], defaultStyle: { font: 'Roboto', fontSize: 10 } };

  it('repeats a table’s header rows on every page it spans, and never leaves a header alone at a page foot', async () => {
    const rows = Array.from({ length: 120 }, (_, index) => [`row ${index + 1}`, `value ${index + 1}`]);
    const definition: DocumentDefinition = {
      ...base,
      content: [
        { text: 'filler\n'.repeat(44) },
        {
          table: {
            headerRows: 1,
            keepWithHeaderRows: 1,
            dontBreakRows: true,
            widths: ['*', 'auto'],
            body: [['Name', 'Amount'], ...rows],
          },
        },
      ],
    };
    const pages = pdfPages(await renderDefinition(definition, engine));
    assert.ok(pages.length >= 3, `${pages.length} pages`);
    const withRows = pages.filter((page) => /row \d+/.test(page));
    for (const page of withRows) assert.match(page, /Name\s+Amount/, 'the header on every page of the table');
    for (const page of pages)
      if (/Name\s+Amount/.test(page)) assert.match(page, /row \d+/, 'a header never stands alone');
    const all = withRows.join('\n');
    for (let index = 1; index <= 120; index++) assert.match(all, new RegExp(`row ${index}\\s+value ${index}\\b`));
  });

  it('prints the page a destination lands on, links to it, and bookmarks it under its parent', async () => {
    const definition: DocumentDefinition = {
      ...base,
      content: [
        { text: 'Contents', id: 'contents', outline: true },
        {
          table: {
            widths: ['*', 40],
            body: [
              [
                { text: 'Chapter two', linkToDestination: 'two' },
                { pageReference: 'two', alignment: 'right' },
              ],
            ],
          },
        },
        { text: 'One', id: 'one', outline: true, outlineParentId: 'contents', pageBreak: 'before' },
        { text: 'body\n'.repeat(80) },
        { text: 'Two', id: 'two', outline: true, outlineParentId: 'contents', pageBreak: 'before' },
        { text: [{ text: 'a link', link: 'https://example.com/' }] },
      ],
    };
    const bytes = await renderDefinition(definition, engine);
    const pages = pdfPages(bytes);
    const twoPage = pages.findIndex((page) => /^\s*Two\b/m.test(page)) + 1;
    assert.ok(twoPage >= 3, `Two is on page ${twoPage}`);
    assert.match(pages[0], new RegExp(`Chapter two\\s+${twoPage}\\b`));
    const raw = pdfObjectsText(bytes);
    assert.match(raw, /\/URI \(https:\/\/example\.com\/\)/);
    assert.match(raw, /\/Dest \(two\)|\/D \(two\)/, 'the contents link to the destination');
    const outline = execFileSync('pdfinfo', ['-dests', '-'], { input: Buffer.from(bytes), encoding: 'utf8' });
    assert.match(outline, /\btwo\b/);
  });

  it('draws the running header and footer with “page n / N” on every page', async () => {
    const definition: DocumentDefinition = {
      ...base,
      header: (page: number) => ({ text: `Header ${page}`, margin: [50, 20, 50, 0] }),
      footer: (page: number, pages: number) => ({
        text: `Page ${page} / ${pages}`,
        alignment: 'right',
        margin: [50, 20, 50, 0],
      }),
      content: [{ text: 'line\n'.repeat(150) }],
    };
    const pages = pdfPages(await renderDefinition(definition, engine));
    assert.ok(pages.length >= 3);
    pages.forEach((page, index) => {
      assert.match(page, new RegExp(`Header ${index + 1}\\b`));
      assert.match(page, new RegExp(`Page ${index + 1} / ${pages.length}\\b`));
    });
  });

  it('lets the event loop run while a long document is laid out and drawn (the editor stays responsive)', async () => {
    const paragraphs = Array.from({ length: 300 }, (_, index) => ({
      text: `Paragraph ${index}: ${'words that fill the line '.repeat(12)}`,
      margin: [0, 0, 0, 6],
    }));
    /** Turns other work gets during a render whose clock advances `step` ms at every reading. */
    const turnsWith = async (step: number): Promise<{ turns: number; pages: number }> => {
      let now = 0;
      const { result: bytes, turns } = await countTurns(() =>
        renderDefinition({ ...base, content: paragraphs }, engine, { pause: new Pauser(() => (now += step)) }),
      );
      return { turns, pages: pdfPages(bytes).length };
    };
    // 30 ms between two readings: a pause after each block laid out and each page drawn.
    const slow = await turnsWith(30);
    assert.ok(slow.pages > 10, `${slow.pages} pages`);
    assert.ok(
      slow.turns >= paragraphs.length + slow.pages,
      `${slow.turns} turns for ${paragraphs.length} blocks and ${slow.pages} pages`,
    );
    // A clock that hardly moves (a fast machine): no pause at all, nothing lost to the event loop.
    const fast = await turnsWith(0.001);
    assert.ok(fast.turns <= 1, `${fast.turns} turns`);
  });

  it('embeds Roboto as a subset, and kerns it', async () => {
    const bytes = await renderDefinition({ ...base, content: [{ text: 'AVATAR Tyl WAVE' }] }, engine);
    const fonts = execFileSync('pdffonts', ['-'], { input: Buffer.from(bytes), encoding: 'utf8' });
    assert.match(fonts, /[A-Z]{6}\+Roboto-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes/);
    assert.match(pdftotext(bytes), /AVATAR Tyl WAVE/);
    const book = fontBook();
    const face = book.face(STYLE);
    for (const pair of ['AV', 'Ty', 'To'])
      assert.ok(
        book.width(face, pair, 10) < book.width(face, pair[0], 10) + book.width(face, pair[1], 10) - 0.1,
        `${pair} is kerned`,
      );
  });
});
