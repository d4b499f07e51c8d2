import type { Element, ElementContent, Nodes, Properties, Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import type { VFile } from 'vfile';
import { labelsFor } from '../i18n/labels';
import type { Locale } from '../types';
import { escapeHtml } from '../util/escape';
import { TYPOGRAPHY } from '../i18n/localized';
import {
  rawHtmlTreatment,
  settleRawHtml,
  sanitizerStrippedTags,
  sanitizerTagNames,
  unformattedBecause,
} from '../document/raw-html';

/**
 * Markdown bodies → safe HTML, with unified: remark-parse + remark-gfm → the raw HTML settled
 * (document/raw-html.ts: an element left open no longer takes the rest of the body with it) →
 * remark-rehype → rehype-raw (raw HTML parsed by a real HTML parser, parse5) → rehype-sanitize
 * (GitHub's schema, tightened, its elements from the table the `raw-html` rule reads too) → our
 * finishing pass → rehype-stringify.
 *
 * Raw HTML is parsed rather than dropped so that harmless markup an author writes (`<br>`, `<sup>`,
 * `<details>`) survives; everything is then sanitized, so nothing in a body can run, load or submit
 * anything. The exports add a Content-Security-Policy with no script source on top of this.
 */

export interface MarkdownOptions {
  locale: Locale;
  /**
   * Prefix of every id inside this body (footnotes, anchors written in raw HTML), so that ids stay
   * unique when many bodies share one page, and can never clobber the report's own `sp-` anchors.
   */
  idPrefix: string;
  /** Level the body's highest headings take: 3 under a step's `h2`. Lower ones keep their distance. */
  headingLevel?: number;
  /** Line of the body's first line in its file: top-level blocks get `data-line` for the preview. */
  firstLine?: number;
}

/**
 * GitHub's schema, tightened: no images sources, pictures or `srcset` (anything that fetches), no
 * form attributes, no `cite` URLs; elements whose content is code or data are removed with it
 * rather than unwrapped into visible text. Links: http(s), mailto and relative paths only.
 */
const SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  // The one table of what is kept, unwrapped or dropped, which the `raw-html` rule reads too.
  tagNames: sanitizerTagNames(),
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter(
      (name) =>
        typeof name !== 'string' ||
        ![
          'accept',
          'acceptCharset',
          'action',
          'encType',
          'method',
          'useMap',
          'isMap',
          'itemType',
          'tabIndex',
          'accessKey',
        ].includes(name),
    ),
    img: ['alt', 'src', 'title'],
    blockquote: [],
    del: [],
    ins: [],
    q: [],
    div: [],
    source: [],
  },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
  strip: sanitizerStrippedTags(),
  clobberPrefix: 'user-content-',
  allowComments: false,
  allowDoctypes: false,
};

interface FinishData {
  idPrefix: string;
  headingLevel: number;
  firstLine: number | undefined;
  imageLabel: string;
  /** `: ` in English, ` : ` (no-break space first) in French. */
  colon: string;
}

const processors = new Map<string, Processor<Root, Root, Root, Root, string>>();

/**
 * `withRawHtml`: the body holds raw HTML, which rehype-raw parses (with parse5) so the sanitizer
 * can keep the harmless tags. Most bodies hold none, and skip that costly pass.
 */
function processorFor(locale: Locale, withRawHtml: boolean): Processor<Root, Root, Root, Root, string> {
  const key = `${locale}:${withRawHtml}`;
  let processor = processors.get(key);
  if (!processor) {
    const labels = labelsFor(locale);
    processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, {
        allowDangerousHtml: true,
        // Footnote ids are left bare here: the sanitizer prefixes them like any other id, and the
        // finishing pass swaps that prefix for the body's own.
        clobberPrefix: '',
        footnoteLabel: labels.footnotes,
        footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
          `${labels.backToReference} ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
      })
      .use({ plugins: withRawHtml ? [rehypeRaw] : [] })
      .use(rehypeSanitize, SCHEMA)
      .use(finish)
      .use(rehypeStringify)
      .freeze() as unknown as Processor<Root, Root, Root, Root, string>;
    processors.set(key, processor);
  }
  return processor;
}

const CACHE_SIZE = 500;
const cache = new Map<string, string>();

/** Sanitized HTML of a Markdown body. Cached by text and options: re-rendering an unchanged body is free. */
export function renderMarkdown(markdown: string, options: MarkdownOptions): string {
  const data: FinishData = {
    idPrefix: safePrefix(options.idPrefix),
    headingLevel: Math.min(6, Math.max(1, Math.trunc(options.headingLevel ?? 3))),
    firstLine: options.firstLine,
    imageLabel: labelsFor(options.locale).image,
    colon: TYPOGRAPHY[options.locale].colon,
  };
  const key = `${options.locale}\0${data.idPrefix}\0${data.headingLevel}\0${data.firstLine ?? ''}\0${markdown}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const unformatted = unformattedBecause(markdown);
  const { tree, html } = unformatted
    ? plainParagraphs(markdown, options.locale, data, unformatted)
    : formatted(markdown, options.locale, data);
  remember(cache, key, html);
  remember(trees, html, tree);
  return html;
}

function formatted(markdown: string, locale: Locale, data: FinishData): { tree: Root; html: string } {
  // Raw HTML cannot be written without a `<`: without one, there is none to parse.
  const withRawHtml = markdown.includes('<');
  const processor = processorFor(locale, withRawHtml);
  const file = { value: markdown, data: { socialplan: data } } as unknown as VFile;
  // Raw HTML left open would take the rest of the body with it: it is settled first, as the
  // `raw-html` rule tells the author (document/raw-html.ts).
  const parsed = withRawHtml ? (settleRawHtml(markdown).tree as unknown as Root) : processor.parse(file);
  const tree = processor.runSync(parsed, file);
  return { tree, html: String(processor.stringify(tree, file)).trim() };
}

export { MAX_FORMATTED_CHARACTERS, MAX_FORMATTED_NESTING } from '../document/raw-html';

const TOO_LONG: Record<Locale, (size: string) => string> = {
  en: (size) => `This text is too long to be formatted (${size} of Markdown): it is shown as plain paragraphs.`,
  fr: (size) =>
    `Ce texte est trop long pour être mis en forme (${size} de Markdown)\u00A0: il est affiché en paragraphes simples.`,
};

const TOO_DEEP: Record<Locale, string> = {
  en: 'This text is nested too deeply to be formatted (quotes or lists hundreds of levels deep): it is shown as plain paragraphs.',
  fr: 'Ce texte est imbriqué trop profondément pour être mis en forme (citations ou listes sur des centaines de niveaux)\u00A0: il est affiché en paragraphes simples.',
};

/** A very long body as plain text: a notice, then one paragraph per blank-line-separated block. */
function plainParagraphs(
  markdown: string,
  locale: Locale,
  data: FinishData,
  why: 'long' | 'deep',
): { tree: Root; html: string } {
  const megabytes = (markdown.length / (1024 * 1024)).toFixed(1);
  const typography = TYPOGRAPHY[locale];
  const size = `${megabytes.replace('.', typography.decimalSeparator)}${typography.unitSpace}${typography.megabytes}`;
  const paragraph = (text: string, line: number | undefined, emphasis = false): Element => ({
    type: 'element',
    tagName: 'p',
    properties: line === undefined ? {} : { dataLine: line },
    children: [
      emphasis
        ? { type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: text }] }
        : { type: 'text', value: text },
    ],
  });
  const notice = why === 'long' ? TOO_LONG[locale](size) : TOO_DEEP[locale];
  const children: Element[] = [paragraph(notice, data.firstLine, true)];
  const html: string[] = [`<p${attribute(data.firstLine)}><em>${escapeHtml(notice)}</em></p>`];
  // Blocks and the blank lines between them, in turn: the lines they span keep the count.
  let line = 0;
  for (const block of markdown.split(/(\r?\n[ \t]*\r?\n)/)) {
    const text = block.trim();
    if (text !== '') {
      const at =
        data.firstLine === undefined
          ? undefined
          : data.firstLine + line + countBreaks(block.slice(0, block.indexOf(text)));
      children.push(paragraph(text, at));
      html.push(`<p${attribute(at)}>${escapeHtml(text)}</p>`);
    }
    line += countBreaks(block);
  }
  return { tree: { type: 'root', children }, html: html.join('\n') };
}

function attribute(line: number | undefined): string {
  return line === undefined ? '' : ` data-line="${line}"`;
}

function countBreaks(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

const trees = new Map<string, Root>();

/**
 * The sanitized tree behind an HTML string `renderMarkdown` returned, while it is remembered: the
 * PDF export lays out this tree instead of parsing the HTML back. Read it, never change it.
 */
export function sanitizedTree(html: string): Root | undefined {
  return trees.get(html);
}

function remember<T>(map: Map<string, T>, key: string, value: T): void {
  if (map.size >= CACHE_SIZE) map.delete(map.keys().next().value as string);
  map.set(key, value);
}

/** Body ids start with `u-` (user): the report's own anchors start with `sp-`, so they never meet. */
function safePrefix(prefix: string): string {
  const cleaned = prefix.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return `u-${cleaned === '' ? 'body' : cleaned}`;
}

/**
 * The finishing pass, on the sanitized tree (it only removes or adds our own constant values):
 * - every id, and every `#fragment` link, gets the body's prefix instead of `user-content-`;
 * - links are checked once more: no `//host` or `\\host` "relative" links, no control characters;
 * - images become links to the image (a report never fetches anything by itself);
 * - inputs other than task-list checkboxes are dropped; a checkbox is named by its item's text;
 * - headings move down under the report's own headings;
 * - top-level blocks get `data-line`, so the preview can map what is shown to the source.
 */
function finish() {
  return (tree: Root, file: VFile) => {
    const data = (file.data as { socialplan?: FinishData }).socialplan;
    if (!data) return;
    const shift = headingShift(tree, data.headingLevel);
    visitElements(tree, (element, parent, index) => {
      const properties = element.properties;
      for (const name of ['id', 'name'] as const) {
        const value = properties[name];
        if (typeof value === 'string') properties[name] = prefixed(value, data.idPrefix);
      }
      for (const name of ['ariaDescribedBy', 'ariaLabelledBy'] as const) {
        const value = properties[name];
        if (Array.isArray(value)) properties[name] = value.map((item) => prefixed(String(item), data.idPrefix));
        else if (typeof value === 'string') properties[name] = [prefixed(value, data.idPrefix)];
      }
      if (element.tagName === 'a') finishLink(properties, data.idPrefix);
      if (
        rawHtmlTreatment(element.tagName) === 'removed' &&
        !(parent.type === 'element' && hasClass(parent.properties, 'task-list-item'))
      ) {
        // Only task-list checkboxes are inputs; a raw `<input type=image>` would show as a stray box.
        parent.children[index] = { type: 'text', value: '' };
        return;
      }
      // A task's checkbox is named by its item's text, for screen readers (WCAG 4.1.2).
      if (element.tagName === 'input' && parent.type === 'element') properties.ariaLabel = itemText(parent);
      if (rawHtmlTreatment(element.tagName) === 'image') {
        parent.children[index] = imageAsLink(element, data);
        return;
      }
      if (element.tagName === 'h2' && hasClass(properties, 'sr-only')) {
        // The footnotes' label: a small caption, not a heading of the report's outline.
        element.tagName = 'p';
        properties.className = ['sp-footnotes-label'];
        return;
      }
      const level = /^h([1-6])$/.exec(element.tagName);
      if (level) element.tagName = `h${Math.min(6, Number(level[1]) + shift)}`;
    });
    if (data.firstLine !== undefined) {
      for (const child of tree.children) {
        if (child.type === 'element' && child.position)
          child.properties.dataLine = data.firstLine + child.position.start.line - 1;
      }
    }
  };
}

function headingShift(tree: Root, level: number): number {
  let highest = 7;
  visitElements(tree, (element) => {
    const match = /^h([1-6])$/.exec(element.tagName);
    if (match && !hasClass(element.properties, 'sr-only')) highest = Math.min(highest, Number(match[1]));
  });
  return highest === 7 ? 0 : Math.max(0, level - highest);
}

function prefixed(value: string, prefix: string): string {
  const bare = value.startsWith('user-content-') ? value.slice('user-content-'.length) : value;
  return `${prefix}-${bare}`;
}

function finishLink(properties: Properties, prefix: string): void {
  const href = properties.href;
  if (typeof href !== 'string') return;
  const verdict = checkUrl(href);
  if (verdict === 'fragment') properties.href = `#${prefixed(decodeFragment(href.slice(1)), prefix)}`;
  else if (verdict === 'external') properties.rel = ['noopener', 'noreferrer', 'nofollow'];
  else if (verdict === 'rejected') delete properties.href;
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

export type UrlVerdict = 'fragment' | 'external' | 'relative' | 'rejected';

/**
 * What a link may point to: `#fragment`, http(s) and mailto addresses, or a relative file path.
 * Rejected: other schemes (`javascript:`, `data:`, `file:`…), network paths (`//host`, `\\host`),
 * and anything holding control characters that browsers would silently drop.
 */
export function checkUrl(url: string): UrlVerdict {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F]/.test(url)) return 'rejected';
  const trimmed = url.trim();
  if (trimmed.startsWith('#')) return 'fragment';
  if (/^(?:https?:\/\/|mailto:)/i.test(trimmed))
    return /^https?:\/\/[^/\\]/i.test(trimmed) || /^mailto:/i.test(trimmed) ? 'external' : 'rejected';
  if (/^[/\\]{2}/.test(trimmed)) return 'rejected';
  // A scheme is letters, digits, `+ - .` before the first colon, if no `/ ? #` comes first.
  const colon = trimmed.indexOf(':');
  if (colon !== -1 && !/[/?#]/.test(trimmed.slice(0, colon))) return 'rejected';
  return 'relative';
}

function imageAsLink(image: Element, data: FinishData): Element {
  const alt =
    typeof image.properties.alt === 'string' && image.properties.alt.trim() !== '' ? image.properties.alt : undefined;
  const src = typeof image.properties.src === 'string' ? image.properties.src : undefined;
  const verdict = src === undefined ? 'rejected' : checkUrl(src);
  const text = alt ? `${data.imageLabel}${data.colon}${alt}` : data.imageLabel;
  const properties: Properties = { className: ['sp-image'] };
  if (src !== undefined && (verdict === 'external' || verdict === 'relative')) {
    properties.href = src;
    if (verdict === 'external') properties.rel = ['noopener', 'noreferrer', 'nofollow'];
    return { type: 'element', tagName: 'a', properties, children: [{ type: 'text', value: `[${text}]` }] };
  }
  return { type: 'element', tagName: 'span', properties, children: [{ type: 'text', value: `[${text}]` }] };
}

/** The text of a list item, without its nested lists, on one line (at most 200 characters). */
function itemText(item: Element): string {
  const parts: string[] = [];
  const collect = (node: ElementContent) => {
    if (node.type === 'text') parts.push(node.value);
    else if (node.type === 'element' && node.tagName !== 'ul' && node.tagName !== 'ol') node.children.forEach(collect);
  };
  item.children.forEach(collect);
  return parts.join('').replace(/\s+/g, ' ').trim().slice(0, 200);
}

function hasClass(properties: Properties, name: string): boolean {
  const value = properties.className;
  return Array.isArray(value) ? value.includes(name) : value === name;
}

type Parent = Root | Element;

function visitElements(node: Parent, visit: (element: Element, parent: Parent, index: number) => void): void {
  const children: (RootContent | ElementContent)[] = node.children;
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (child.type !== 'element') continue;
    visit(child, node, index);
    const current = children[index] as Nodes;
    if (current.type === 'element') visitElements(current, visit);
  }
}
