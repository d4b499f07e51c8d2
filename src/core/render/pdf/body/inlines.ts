import type { Element, ElementContent, Root } from 'hast';
import { monospaceCan, type GlyphReport } from '../glyphs';
import { MONO, SANS, type TextNode, type Theme } from '../theme';
import { BLOCK_TAGS, decode, hasClass, hasId } from './hast';
import { append } from '../../../util/arrays';

/** Inline HTML (text, emphasis, code, links, footnote references) → the runs of a text node. */

/** A run of inline text: a text node whose text is a string. */
export interface TextRun extends TextNode {
  text: string;
}

export interface InlineStyle {
  bold?: boolean;
  italics?: boolean;
  mono?: boolean;
  link?: string;
  destination?: string;
  decoration?: 'lineThrough' | 'underline';
  sup?: boolean;
  sub?: boolean;
  color?: string;
  background?: string;
  fontSize?: number;
}

export class InlineConverter {
  constructor(
    private readonly tree: Root,
    /** Ids that fragment links of the body point at: only those become PDF destinations. */
    private readonly targets: ReadonlySet<string>,
    private readonly theme: Theme,
    private readonly glyphs: GlyphReport,
  ) {}

  runs(nodes: readonly ElementContent[], style: InlineStyle): TextRun[] {
    const runs: TextRun[] = [];
    this.collect(nodes, style, runs);
    return tidy(runs);
  }

  private collect(nodes: readonly ElementContent[], style: InlineStyle, runs: TextRun[]): void {
    for (const node of nodes) {
      if (node.type === 'text') {
        const text = node.value.replace(/[ \t\n\r\f]+/g, ' ');
        if (text !== '') append(runs, style.mono ? this.monoRuns(text, style) : [this.run(text, style)]);
        continue;
      }
      if (node.type !== 'element') continue;
      const before = runs.length;
      this.inlineElement(node, style, runs);
      const id = node.properties.id;
      if (typeof id === 'string' && this.targets.has(id) && runs.length > before) runs[before].id = id;
    }
  }

  private inlineElement(element: Element, style: InlineStyle, runs: TextRun[]): void {
    const children = element.children;
    const inner = (extra: InlineStyle) => this.collect(children, { ...style, ...extra }, runs);
    switch (element.tagName) {
      case 'strong':
      case 'b':
        return inner({ bold: true });
      case 'em':
      case 'i':
      case 'cite':
      case 'dfn':
      case 'var':
        return inner({ italics: true });
      case 'code':
      case 'kbd':
      case 'samp':
      case 'tt':
        return inner({ mono: true, background: style.background ?? this.theme.soft });
      case 'del':
      case 's':
      case 'strike':
        return inner({ decoration: 'lineThrough' });
      case 'ins':
      case 'u':
        return inner({ decoration: 'underline' });
      case 'sup':
        return inner({ sup: true });
      case 'sub':
        return inner({ sub: true });
      case 'mark':
        return inner({ background: '#FFF3A3' });
      case 'small':
        return inner({ fontSize: 8 });
      case 'q':
        runs.push(this.run('“', style));
        inner({});
        runs.push(this.run('”', style));
        return;
      case 'br':
        runs.push({ text: '\n' });
        return;
      case 'input':
        runs.push(this.run(element.properties.checked === true ? '[√] ' : '[ ] ', style));
        return;
      case 'a':
        return this.link(element, style, runs);
      case 'span':
        return inner(hasClass(element, 'sp-image') ? { italics: true, color: this.theme.muted } : {});
      default:
        // Block elements inside inline content (a raw <div> in a table cell): their text, in flow.
        if (BLOCK_TAGS.has(element.tagName) && runs.length > 0) runs.push({ text: '\n' });
        return inner({});
    }
  }

  private link(element: Element, style: InlineStyle, runs: TextRun[]): void {
    if (element.properties.dataFootnoteBackref !== undefined) return; // "↩": a screen affordance, no use on paper
    const href = typeof element.properties.href === 'string' ? element.properties.href : undefined;
    const extra: InlineStyle = hasClass(element, 'sp-image') ? { italics: true, color: this.theme.muted } : {};
    if (href?.startsWith('#')) {
      const target = decode(href.slice(1));
      // A link to an id this body defines: a jump inside the PDF. Footnote references stay small.
      if (this.targets.has(target) && hasId(this.tree, target)) extra.destination = target;
      if (element.properties.dataFootnoteRef !== undefined) extra.color = this.theme.accent;
    } else if (href && /^(?:https?:|mailto:)/i.test(href)) {
      // Same rule as the HTML export: only http(s) and mailto leave the document.
      extra.link = href;
      extra.color = this.theme.accent;
    }
    // A relative file link means nothing in a PDF handed to a client: its text stays, unlinked.
    this.collect(element.children, { ...style, ...extra }, runs);
  }

  private run(text: string, style: InlineStyle): TextRun {
    const run: TextRun = { text: this.glyphs.drawable(text) };
    if (style.bold) run.bold = true;
    if (style.italics) run.italics = true;
    if (style.link) run.link = style.link;
    if (style.destination) run.linkToDestination = style.destination;
    if (style.decoration) run.decoration = style.decoration;
    if (style.sup) run.sup = true;
    if (style.sub) run.sub = true;
    if (style.color) run.color = style.color;
    if (style.background) run.background = style.background;
    if (style.fontSize) run.fontSize = style.fontSize;
    return run;
  }

  /** Code text in the monospace face; characters outside Windows-1252 fall back to Roboto. */
  monoRuns(text: string, style: InlineStyle): TextRun[] {
    const runs: TextRun[] = [];
    let current = '';
    let mono = true;
    const push = () => {
      if (current === '') return;
      const run = this.run(current, style);
      run.font = mono ? MONO : SANS;
      runs.push(run);
      current = '';
    };
    for (const character of text) {
      const fits = character === '\n' || monospaceCan(character);
      if (fits !== mono) {
        push();
        mono = fits;
      }
      current += character;
    }
    push();
    return runs;
  }
}

/** Collapses spaces across runs, and trims the ends, as a browser does. */
function tidy(runs: TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  let atLineStart = true;
  for (const run of runs) {
    let text = run.text;
    const preserve = run.font === MONO || run.font === SANS;
    if (!preserve && atLineStart) text = text.replace(/^ +/, '');
    if (text === '') continue;
    if (text === '\n' && out.length > 0) {
      const last = out[out.length - 1];
      if (last.font === undefined) last.text = last.text.replace(/ +$/, '');
    }
    out.push({ ...run, text });
    atLineStart = text.endsWith(' ') || text.endsWith('\n');
  }
  while (out.length > 0) {
    const last = out[out.length - 1];
    const trimmed = last.text.replace(/[ \n]+$/, '');
    if (trimmed === '') out.pop();
    else {
      last.text = trimmed;
      break;
    }
  }
  return out;
}
