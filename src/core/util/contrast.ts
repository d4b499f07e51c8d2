/**
 * Colour contrast as WCAG 2 measures it, and the agency colour adapted to each editor theme: the
 * plan's `export.color` fills bars, rules and markers, which must stay visible (3:1, "non-text
 * contrast") on a light, a dark and a high-contrast background, and colours some text (4.5:1).
 * docs/exporting.md, "Colours and themes".
 */

/** The themes a VS Code webview announces by a class on its `<body>`. */
export type Theme = 'light' | 'dark' | 'highContrast';

export const THEMES: readonly Theme[] = ['light', 'dark', 'highContrast'];

/**
 * The editor background of each theme's default (Light Modern, Dark Modern, Dark High Contrast);
 * the HTML export is `light`. Other themes of the same kind are close to these.
 */
export const THEME_BACKGROUNDS: Record<Theme, string> = {
  light: '#FFFFFF',
  dark: '#1F1F1F',
  highContrast: '#000000',
};

/** WCAG 2.x: 3:1 for graphics and large text, 4.5:1 for body text. */
export const GRAPHIC_CONTRAST = 3;
export const TEXT_CONTRAST = 4.5;

/** The agency colour as drawn on one theme. */
export interface AccentColours {
  /** Bars, rules, markers, filled badges: at least 3:1 against the theme's background. */
  accent: string;
  /** The accent as text (links, numbers): at least 4.5:1 against the background. */
  accentText: string;
  /** Text drawn on an `accent` surface: black or white, whichever reads better (always ≥ 4.5:1). */
  onAccent: string;
}

type Rgb = [number, number, number];

/** `#RRGGBB` → [r, g, b] in 0–255; anything else is black (callers pass checked colours). */
function rgbOf(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return [0, 0, 0];
  return [Number.parseInt(match[1], 16), Number.parseInt(match[2], 16), Number.parseInt(match[3], 16)];
}

function hexOf([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** WCAG relative luminance of `#RRGGBB`. */
export function luminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

function mix(from: Rgb, to: Rgb, share: number): Rgb {
  return [0, 1, 2].map((index) => from[index] + (to[index] - from[index]) * share) as Rgb;
}

/**
 * `colour` itself when it already reaches `ratio` against `background`; else the least mix of it
 * with white (on a dark background) or black (on a light one) that does: the hue is kept, only
 * the lightness moves. Mixing toward the far end of the scale always ends at 21:1 or at the
 * highest ratio the background allows, so the result is the best reachable.
 */
export function withContrast(colour: string, background: string, ratio: number): string {
  const base = rgbOf(colour);
  const start = hexOf(base);
  if (contrastRatio(start, background) >= ratio) return start;
  const toward: Rgb = luminance(background) > 0.18 ? [0, 0, 0] : [255, 255, 255];
  let low = 0;
  let high = 1;
  // Luminance moves monotonically along the mix: halve the interval down to a step below 1/255.
  for (let step = 0; step < 12; step++) {
    const middle = (low + high) / 2;
    if (contrastRatio(hexOf(mix(base, toward, middle)), background) >= ratio) high = middle;
    else low = middle;
  }
  return hexOf(mix(base, toward, high));
}

/** Black or white, whichever contrasts more with `surface`. */
export function readableOn(surface: string): string {
  return contrastRatio(surface, '#FFFFFF') >= contrastRatio(surface, '#000000') ? '#FFFFFF' : '#000000';
}

/** The agency colour for one theme (see `AccentColours`). */
export function accentFor(colour: string, theme: Theme): AccentColours {
  const background = THEME_BACKGROUNDS[theme];
  const accent = withContrast(colour, background, GRAPHIC_CONTRAST);
  return {
    accent,
    accentText: withContrast(colour, background, TEXT_CONTRAST),
    onAccent: readableOn(accent),
  };
}

/** The agency colour for every theme. */
export function themeAccents(colour: string): Record<Theme, AccentColours> {
  return {
    light: accentFor(colour, 'light'),
    dark: accentFor(colour, 'dark'),
    highContrast: accentFor(colour, 'highContrast'),
  };
}
