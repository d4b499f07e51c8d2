import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { assemblePlan } from '../../../src/core/report';
import { renderMarkdown } from '../../../src/core/report/markdown';
import { isPdf, loadPdfEngine, renderPlanPdf } from '../../../src/core/render/pdf';
import { bodyContent } from '../../../src/core/render/pdf/body';
import { GlyphReport } from '../../../src/core/render/pdf/glyphs';
import { renderDefinition } from '../../../src/pdf-layout/render';
import { styles, themeFor } from '../../../src/core/render/pdf/theme';
import { pdfObjectsText, pdftotext } from '../../support/pdf';
import { lintedPlanIn } from '../../support/plans';
import { propertyParameters } from '../../support/property';

/**
 * Whatever a plan's bodies hold, the PDF is made: random Markdown (long words and URLs, deep
 * lists, wide and tall tables, code wider than the page, raw HTML, scripts the sanitizer drops)
 * always gives a complete PDF, the layout always ends, and the words come out.
 */

const ROOT = join(__dirname, '..', '..', '..');

const WORD = fc.constantFrom(
  'plan',
  'été',
  'œuvre',
  'budget',
  '«\u00A0citation\u00A0»',
  'x'.repeat(90),
  `https://example.com/${'segment/'.repeat(20)}`,
  'naïve',
  '🙂',
  '東京',
  'AVATAR',
  '—',
  'e\u0301',
);
const LINE = fc.array(WORD, { minLength: 1, maxLength: 40 }).map((words) => words.join(' '));
const BLOCK = fc.oneof(
  LINE,
  LINE.map((line) => `# ${line}`),
  LINE.map((line) => `#### ${line}`),
  fc
    .array(LINE, { minLength: 1, maxLength: 12 })
    .map((lines) => lines.map((line, index) => `${'  '.repeat(index % 6)}- ${line}`).join('\n')),
  fc
    .array(LINE, { minLength: 1, maxLength: 8 })
    .map((lines) => lines.map((line, index) => `${index + 1}. [${index % 2 ? 'x' : ' '}] ${line}`).join('\n')),
  fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 60 }), LINE)
    .map(([columns, rows, cell]) =>
      [
        `| ${Array.from({ length: columns }, (_, index) => `h${index}`).join(' | ')} |`,
        `|${' --- |'.repeat(columns)}`,
        ...Array.from(
          { length: rows },
          (_, row) =>
            `| ${Array.from({ length: columns }, (_, column) => ((row + column) % 3 ? cell : String(row))).join(' | ')} |`,
        ),
      ].join('\n'),
    ),
  fc
    .tuple(fc.integer({ min: 1, max: 80 }), LINE)
    .map(([lines, line]) =>
      ['```', ...Array.from({ length: lines }, (_, index) => `${' '.repeat(index % 9)}${line}${line}`), '```'].join(
        '\n',
      ),
    ),
  LINE.map((line) => `> ${line}\n>\n> > ${line}`),
  LINE.map((line) => `<table><tr><td colspan="3">${line}</td></tr><tr><td>a</td><td>b</td></tr></table>`),
  LINE.map((line) => `<script>alert(1)</script><img src=x onerror=alert(1)> ${line}<br>${line}`),
  LINE.map((line) => `${line}[^note]\n\n[^note]: ${line}`),
  fc.constant('---'),
);
const BODY = fc.array(BLOCK, { minLength: 1, maxLength: 14 }).map((blocks) => blocks.join('\n\n'));

describe('PDF export: any body', function () {
  this.timeout(120_000);
  const engine = loadPdfEngine();
  const theme = themeFor('#1F4E79');

  it('renders random Markdown bodies into complete PDFs, pages of a bounded number, the words kept', async () => {
    await fc.assert(
      fc.asyncProperty(BODY, async (markdown) => {
        const html = renderMarkdown(markdown, { locale: 'fr', idPrefix: 'sp-step-fuzz', headingLevel: 3 });
        const content = bodyContent(html, { theme, glyphs: new GlyphReport() });
        const bytes = await renderDefinition(
          {
            pageSize: 'A4',
            pageMargins: [54, 64, 54, 58],
            defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.25 },
            styles: styles(theme),
            footer: (page: number, pages: number) => ({
              text: `Page ${page} / ${pages}`,
              alignment: 'right',
              margin: [54, 22, 54, 0],
            }),
            content: [{ text: 'START', style: 'h1', id: 'start', outline: true }, ...content, { text: 'END' }],
          },
          engine,
        );
        assert.ok(isPdf(bytes));
        const text = pdftotext(bytes);
        assert.match(text, /START/);
        assert.match(text, /END/);
        assert.doesNotMatch(text, /alert\(1\)/, 'scripts are dropped, not printed');
        const squeezed = text.replace(/\s+/g, '');
        for (const word of ['plan', 'budget', 'AVATAR', 'été'])
          if (markdown.includes(word)) assert.ok(squeezed.includes(word), `${word} in the PDF`);
        const pages = (text.match(/\f/g) ?? []).length;
        assert.ok(
          pages >= 1 && pages <= 12 + markdown.length / 100,
          `${pages} pages for ${markdown.length} characters`,
        );
      }),
      propertyParameters(25),
    );
  });

  it('renders the attack corpus plan without running, fetching or printing any of it', async () => {
    const { plan, findings } = lintedPlanIn(join(ROOT, 'test', 'fixtures', 'attack'));
    const { bytes } = await renderPlanPdf(assemblePlan(plan, findings));
    assert.ok(isPdf(bytes));
    const raw = pdfObjectsText(bytes);
    assert.doesNotMatch(
      raw,
      /\/JavaScript|\/JS\s|\/Launch|\/SubmitForm|\/ImportData/,
      'no action that runs or sends anything',
    );
    for (const uri of raw.matchAll(/\/URI \(([^)]*)\)/g))
      assert.match(uri[1], /^(?:https?:|mailto:)/i, `link ${uri[1]}`);
  });
});
