/**
 * The one table of what the report does with each raw HTML element of a body — kept, unwrapped or
 * dropped — read by the report's sanitizer (report/markdown.ts) and by the `raw-html` rule through
 * document/raw-html.ts, so that they can never disagree (docs/rules/raw-html.md).
 */

/**
 * - `kept`: shown as written (its attributes still pass the sanitizer);
 * - `unwrapped`: the tag is left out, its content shown (any tag not listed here);
 * - `dropped`: removed with its content (code, styles, frames, forms, embedded documents);
 * - `image`: shown as a link "[Image: alt]" to the picture (a report never loads anything);
 * - `removed`: a void element left out (inputs: only the task lists' checkboxes are kept).
 */
export type RawHtmlTreatment = 'kept' | 'unwrapped' | 'dropped' | 'image' | 'removed';

const KEPT = [
  'a',
  'b',
  'blockquote',
  'br',
  'code',
  'dd',
  'del',
  'details',
  'div',
  'dl',
  'dt',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'ins',
  'kbd',
  'li',
  'ol',
  'p',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'section',
  'span',
  'strike',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'tt',
  'ul',
  'var',
] as const;

/** Dropped with their content: it is code, data or another document, never text for a reader. */
const DROPPED = [
  'script',
  'style',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'noembed',
  'noframes',
  'svg',
  'math',
  'textarea',
  'select',
  'title',
  'xmp',
  'plaintext',
  'form',
  'button',
  'link',
  'meta',
  'base',
] as const;

export const RAW_HTML_TREATMENTS: Readonly<Record<string, RawHtmlTreatment>> = Object.freeze({
  ...Object.fromEntries(KEPT.map((tag) => [tag, 'kept'])),
  ...Object.fromEntries(DROPPED.map((tag) => [tag, 'dropped'])),
  img: 'image',
  input: 'removed',
});

export function rawHtmlTreatment(tag: string): RawHtmlTreatment {
  return Object.hasOwn(RAW_HTML_TREATMENTS, tag) ? RAW_HTML_TREATMENTS[tag] : 'unwrapped';
}

/** Tags the sanitizer lets through (images and inputs too: the report's finishing pass treats them). */
export function sanitizerTagNames(): string[] {
  return Object.keys(RAW_HTML_TREATMENTS).filter((tag) => RAW_HTML_TREATMENTS[tag] !== 'dropped');
}

/** Tags the sanitizer removes with their content. */
export function sanitizerStrippedTags(): string[] {
  return Object.keys(RAW_HTML_TREATMENTS).filter((tag) => RAW_HTML_TREATMENTS[tag] === 'dropped');
}

/** Elements that never have content or a closing tag. */
export const VOID_TAGS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose closing tag HTML lets out: leaving one open changes nothing. */
export const OPTIONAL_END_TAGS: ReadonlySet<string> = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'rt',
  'rp',
  'optgroup',
  'option',
  'colgroup',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'html',
  'head',
  'body',
]);

/** Their content is text up to their closing tag, whatever it holds (HTML's "raw text" elements). */
export const RAW_TEXT_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
]);
