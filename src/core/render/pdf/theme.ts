/**
 * The PDF's look, matched to the HTML export's style sheet (`../styles.ts`): the same palette, the
 * agency's accent for headings and rules, Roboto for text and DejaVu Sans Mono for code.
 */

import type { NamedStyle } from '../../../pdf-layout/content';

export type {
  Content,
  ContentNode,
  DocumentDefinition,
  Shape,
  TableLayout,
  TableNode,
  TextNode,
  WidthValue,
} from '../../../pdf-layout/content';

export interface Theme {
  accent: string;
  /** The accent mixed with white, for tinted backgrounds. */
  accentSoft: string;
  ink: string;
  muted: string;
  line: string;
  soft: string;
  error: string;
  errorSoft: string;
  warning: string;
  warningSoft: string;
  info: string;
  infoSoft: string;
  ok: string;
  okSoft: string;
}

export function themeFor(accent: string): Theme {
  return {
    accent,
    accentSoft: mix(accent, '#FFFFFF', 0.88),
    ink: '#1D2430',
    muted: '#5B6675',
    line: '#D9DEE5',
    soft: '#F4F6F9',
    error: '#B42318',
    errorSoft: '#FEF3F2',
    warning: '#B54708',
    warningSoft: '#FFFAEB',
    info: '#175CD3',
    infoSoft: '#EFF8FF',
    ok: '#067647',
    okSoft: '#ECFDF3',
  };
}

/** `#RRGGBB` between `from` (share 0) and `to` (share 1). */
export function mix(from: string, to: string, share: number): string {
  const channel = (color: string, index: number) => parseInt(color.slice(1 + index * 2, 3 + index * 2), 16);
  const parts = [0, 1, 2].map((index) => Math.round(channel(from, index) * (1 - share) + channel(to, index) * share));
  return `#${parts.map((part) => part.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

export const MONO = 'DejaVu Sans Mono';
export const SANS = 'Roboto';

/** Named styles of the document definition. Sizes in points. */
export function styles(theme: Theme): Record<string, NamedStyle> {
  return {
    title: { fontSize: 28, bold: true, color: theme.ink, lineHeight: 1.1 },
    h1: { fontSize: 19, bold: true, color: theme.ink, margin: [0, 0, 0, 4] },
    h2: { fontSize: 14.5, bold: true, color: theme.ink, margin: [0, 14, 0, 6] },
    h3: { fontSize: 13, bold: true, color: theme.ink, margin: [0, 12, 0, 5] },
    h4: { fontSize: 11.5, bold: true, color: theme.ink, margin: [0, 10, 0, 4] },
    h5: { fontSize: 10.5, bold: true, color: theme.ink, margin: [0, 8, 0, 3] },
    h6: { fontSize: 10, bold: true, color: theme.muted, margin: [0, 8, 0, 3] },
    p: { margin: [0, 0, 0, 6] },
    muted: { color: theme.muted },
    small: { fontSize: 8, color: theme.muted },
    th: { bold: true, fontSize: 7.5, color: theme.muted, characterSpacing: 0.3 },
    td: { fontSize: 9 },
    id: { font: MONO, fontSize: 7.5, color: theme.muted },
    code: { font: MONO, fontSize: 8.5 },
    total: { bold: true },
    factLabel: { fontSize: 8, color: theme.muted, characterSpacing: 0.6 },
    factValue: { fontSize: 10.5, bold: true },
  };
}
