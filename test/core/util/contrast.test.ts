import assert from 'node:assert/strict';
import {
  accentFor,
  contrastRatio,
  GRAPHIC_CONTRAST,
  readableOn,
  TEXT_CONTRAST,
  THEME_BACKGROUNDS,
  THEMES,
  withContrast,
} from '../../../src/core/util/contrast';

/** Agency colours from very dark to very light, saturated and grey. */
const AGENCY_COLOURS = [
  '#1F4E79', // the default accent (dark blue)
  '#000000',
  '#0B0B0B',
  '#2A0A3C', // very dark purple
  '#C8102E', // brand red
  '#00A86B', // jade
  '#808080',
  '#FFD400', // very light yellow
  '#F5F5F5',
  '#FFFFFF',
];

describe('contrast', () => {
  it('measures as WCAG 2 does', () => {
    assert.equal(contrastRatio('#000000', '#FFFFFF'), 21);
    assert.equal(contrastRatio('#FFFFFF', '#FFFFFF'), 1);
    assert.equal(contrastRatio('#777777', '#FFFFFF').toFixed(2), '4.48');
    assert.equal(contrastRatio('#1F4E79', '#FFFFFF'), contrastRatio('#FFFFFF', '#1F4E79'));
  });

  it('keeps a colour that already contrasts enough', () => {
    assert.equal(withContrast('#1f4e79', '#FFFFFF', GRAPHIC_CONTRAST), '#1F4E79');
    assert.equal(withContrast('#FFD400', '#000000', GRAPHIC_CONTRAST), '#FFD400');
  });

  for (const theme of THEMES) {
    const background = THEME_BACKGROUNDS[theme];
    for (const colour of AGENCY_COLOURS) {
      it(`${colour} on ${theme} (${background}): bars 3:1, text 4.5:1, text on bars 4.5:1`, () => {
        const { accent, accentText, onAccent } = accentFor(colour, theme);
        assert.ok(contrastRatio(accent, background) >= GRAPHIC_CONTRAST, `${accent} on ${background}`);
        assert.ok(contrastRatio(accentText, background) >= TEXT_CONTRAST, `${accentText} on ${background}`);
        assert.ok(contrastRatio(onAccent, accent) >= TEXT_CONTRAST, `${onAccent} on ${accent}`);
        for (const value of [accent, accentText, onAccent]) assert.match(value, /^#[0-9A-F]{6}$/);
      });
    }
  }

  it('moves only as far as needed: dark colours are lightened on dark themes, light ones darkened on light', () => {
    const dark = accentFor('#1F4E79', 'dark').accent;
    assert.ok(contrastRatio(dark, THEME_BACKGROUNDS.dark) < GRAPHIC_CONTRAST + 0.1, dark);
    assert.notEqual(dark, '#FFFFFF');
    const light = accentFor('#FFD400', 'light').accent;
    assert.ok(contrastRatio(light, THEME_BACKGROUNDS.light) < GRAPHIC_CONTRAST + 0.1, light);
    // The hue stays: a yellow stays more red-green than blue.
    const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(light.slice(at, at + 2), 16));
    assert.ok(r > b && g > b, light);
  });

  it('puts black or white on a surface, whichever reads better', () => {
    assert.equal(readableOn('#1F4E79'), '#FFFFFF');
    assert.equal(readableOn('#FFD400'), '#000000');
  });
});
