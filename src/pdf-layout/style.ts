import type { ContentNode } from './content';

/**
 * Text style as a node resolves it: what it inherits from its parent, then its named styles, then
 * its own properties (the document definition's model, so `document.ts` reads like pdfmake's).
 */

export type Alignment = 'left' | 'right' | 'center';

export interface TextStyle {
  font: string;
  fontSize: number;
  bold: boolean;
  italics: boolean;
  color: string;
  lineHeight: number;
  alignment: Alignment;
  characterSpacing: number;
  markerColor: string | undefined;
  preserveLeadingSpaces: boolean;
}

/** Left, top, right, bottom. */
export type Margin = [number, number, number, number];

const INHERITED = [
  'font',
  'fontSize',
  'bold',
  'italics',
  'color',
  'lineHeight',
  'alignment',
  'characterSpacing',
  'markerColor',
  'preserveLeadingSpaces',
] as const;

export const BASE_STYLE: TextStyle = {
  font: 'Roboto',
  fontSize: 12,
  bold: false,
  italics: false,
  color: '#000000',
  lineHeight: 1,
  alignment: 'left',
  characterSpacing: 0,
  markerColor: undefined,
  preserveLeadingSpaces: false,
};

export class Styles {
  constructor(private readonly named: Record<string, ContentNode>) {}

  /** The style of `node` under `parent`; the same object when nothing changes (most runs). */
  resolve(node: ContentNode, parent: TextStyle): TextStyle {
    let style = parent;
    const set = (source: ContentNode) => {
      for (const key of INHERITED) {
        const value = source[key];
        if (value === undefined || value === null || value === style[key]) continue;
        if (style === parent) style = { ...parent };
        (style as unknown as Record<string, unknown>)[key] = value;
      }
    };
    for (const name of this.names(node)) set(this.named[name]);
    set(node);
    return style;
  }

  /** The node's margin, else its named style's, as [left, top, right, bottom]. */
  margin(node: ContentNode): Margin | undefined {
    let value = node.margin;
    if (value === undefined) for (const name of this.names(node)) value = this.named[name].margin ?? value;
    return toMargin(value);
  }

  private names(node: ContentNode): string[] {
    const style = node.style;
    const names =
      typeof style === 'string'
        ? [style]
        : Array.isArray(style)
          ? style.filter((name): name is string => typeof name === 'string')
          : [];
    return names.filter((name) => this.named[name] !== undefined);
  }
}

export function toMargin(value: unknown): Margin | undefined {
  if (typeof value === 'number') return [value, value, value, value];
  if (!Array.isArray(value)) return undefined;
  const numbers = value.map((item) => (typeof item === 'number' ? item : 0));
  if (numbers.length === 2) return [numbers[0], numbers[1], numbers[0], numbers[1]];
  if (numbers.length === 4) return numbers as Margin;
  return undefined;
}
