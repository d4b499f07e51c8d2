import type { Alignment, BlockProperties, MarginSpec, NamedStyle, StyleProperties } from './content';

/**
 * Text style as a node resolves it: what it inherits from its parent, then its named styles, then
 * its own properties (pdfmake's model, so that a document definition reads like pdfmake's).
 */

export type { Alignment };

/** What a style is resolved from: its own properties and the named styles it lists. */
export type Styled = StyleProperties & Pick<BlockProperties, 'style' | 'margin'>;

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
  constructor(private readonly named: Readonly<Record<string, NamedStyle>>) {}

  /** The style of `node` under `parent`; the same object when nothing changes (most runs). */
  resolve(node: Styled, parent: TextStyle): TextStyle {
    let style = parent;
    const set = (source: StyleProperties) => {
      for (const key of INHERITED) {
        const value = source[key];
        if (value === undefined || value === null || value === style[key]) continue;
        if (style === parent) style = { ...parent };
        inherit(style, key, value);
      }
    };
    for (const name of this.names(node)) set(this.named[name]);
    set(node);
    return style;
  }

  /** The node's margin, else its named style's, as [left, top, right, bottom]. */
  margin(node: Styled): Margin | undefined {
    let value = node.margin;
    if (value === undefined) for (const name of this.names(node)) value = this.named[name].margin ?? value;
    return toMargin(value);
  }

  private names(node: Styled): readonly string[] {
    const style = node.style;
    const names = typeof style === 'string' ? [style] : (style ?? []);
    return names.filter((name) => this.named[name] !== undefined);
  }
}

/** Sets one inherited property, `value` read from the same key of the node's style properties. */
function inherit<Key extends keyof TextStyle>(style: TextStyle, key: Key, value: TextStyle[Key]): void {
  style[key] = value;
}

export function toMargin(value: MarginSpec | undefined): Margin | undefined {
  if (typeof value === 'number') return [value, value, value, value];
  if (value === undefined) return undefined;
  const numbers = [...value];
  if (numbers.length === 2) return [numbers[0], numbers[1], numbers[0], numbers[1]];
  if (numbers.length === 4) return [numbers[0], numbers[1], numbers[2], numbers[3]];
  return undefined;
}
