import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The fonts the PDF embeds (assets/fonts/Roboto/*.ttf) are made by scripts/make-report-fonts.mjs
 * from Roboto as Google ships it (assets/fonts/Roboto/source/): GSUB, GPOS and GDEF dropped, GPOS's
 * kerning moved into a `kern` table that fontkit applies without its OpenType engine.
 */

interface Layout {
  glyphs: { id: number }[];
  positions: { xAdvance: number }[];
}
interface Font {
  layout(text: string, features?: Record<string, boolean>): Layout;
}

const ROOT = join(__dirname, '..', '..', '..');
const FONTS = join(ROOT, 'assets', 'fonts', 'Roboto');
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(buffer: Buffer): Font };

/** Every word of the bundled examples, and pairs known to kern, in four scripts' worth of letters. */
function words(): string[] {
  const text = ['en', 'fr']
    .flatMap((example) =>
      readdirSync(join(ROOT, 'examples', example)).map((file) =>
        readFileSync(join(ROOT, 'examples', example, file), 'utf8'),
      ),
    )
    .join(' ');
  return [
    ...new Set(`${text} AVATAR Tyl WAVE To Ya Yo P. F, L’ « Vœux » LT Fa Ve 7, 1/4 Ελλάδα Москва Тайга`.split(/\s+/)),
  ];
}

describe('PDF export: the embedded fonts', function () {
  this.timeout(60_000);
  const faces = ['Roboto-Regular', 'Roboto-Medium', 'Roboto-Italic', 'Roboto-MediumItalic'];
  // The script is plain ES module code, with no types: imported by its URL.
  const script = import(pathToFileURL(join(ROOT, 'scripts', 'make-report-fonts.mjs')).href) as Promise<{
    reportFont(source: Buffer): Buffer;
  }>;

  it('are what scripts/make-report-fonts.mjs makes from the sources (run it after changing them)', async () => {
    const { reportFont } = await script;
    for (const face of faces)
      assert.ok(
        reportFont(readFileSync(join(FONTS, 'source', `${face}.ttf`))).equals(readFileSync(join(FONTS, `${face}.ttf`))),
        `${face}.ttf is up to date`,
      );
  });

  it('kern every word exactly as the source fonts’ GPOS does (ligatures aside)', () => {
    const list = words();
    for (const face of faces) {
      const source = fontkit.create(readFileSync(join(FONTS, 'source', `${face}.ttf`)));
      const made = fontkit.create(readFileSync(join(FONTS, `${face}.ttf`)));
      let kerned = 0;
      for (const word of list) {
        const expected = source.layout(word, { liga: false });
        const actual = made.layout(word);
        assert.deepEqual(
          actual.glyphs.map((glyph) => glyph.id),
          expected.glyphs.map((glyph) => glyph.id),
          `${face}: the glyphs of “${word}”`,
        );
        assert.deepEqual(
          actual.positions.map((position) => position.xAdvance),
          expected.positions.map((position) => position.xAdvance),
          `${face}: the advances of “${word}”`,
        );
        if (
          actual.positions.some(
            (position, index) =>
              position.xAdvance !== (actual.glyphs[index] as unknown as { advanceWidth: number }).advanceWidth,
          )
        )
          kerned++;
      }
      assert.ok(kerned > list.length / 10, `${face}: ${kerned} of ${list.length} words are kerned`);
    }
  });
});
