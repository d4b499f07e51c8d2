import type { Locale } from '../types';
import { TYPOGRAPHY } from './localized';

/**
 * Finding messages are strings whose code spans are written as in Markdown: `` `juli` ``. That
 * string is the message's contract (what `--format json` and SARIF's `message.markdown` carry);
 * each surface renders the spans in its own way (docs/exporting.md, "Messages and code spans"):
 * `<code>` in HTML, the inline code style in the PDF, quotes where only plain text can be shown
 * (`plainMessage`: the Problems panel, the CLI's stylish output, notifications).
 */

export interface MessagePart {
  kind: 'text' | 'code';
  text: string;
}

/**
 * The text and code parts of a message, by CommonMark's rule for code spans: a run of N backticks
 * opens a span that the next run of exactly N backticks closes; a run with no closing run is plain
 * text. One space is stripped from each side of a span that has a space at both ends (so that
 * `` `` `a` `` `` can hold a backtick), unless the span is all spaces.
 */
export function messageParts(message: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let text = '';
  let at = 0;
  while (at < message.length) {
    const open = message.indexOf('`', at);
    if (open === -1) break;
    const fence = backtickRun(message, open);
    const close = closingRun(message, open + fence, fence);
    if (close === -1) {
      text += message.slice(at, open + fence);
      at = open + fence;
      continue;
    }
    text += message.slice(at, open);
    if (text) parts.push({ kind: 'text', text });
    text = '';
    parts.push({ kind: 'code', text: spanContent(message.slice(open + fence, close)) });
    at = close + fence;
  }
  text += message.slice(at);
  if (text) parts.push({ kind: 'text', text });
  return parts;
}

/** The message for a surface that shows plain text only: each code span between the locale's quotes. */
export function plainMessage(message: string, locale: Locale): string {
  if (!message.includes('`')) return message;
  const quote = TYPOGRAPHY[locale].codeQuote;
  return messageParts(message)
    .map((part) => (part.kind === 'code' ? quote(part.text) : part.text))
    .join('');
}

/**
 * `value` as a code span of a message, whatever it holds: the fence is one backtick longer than the
 * longest run inside, and padded with spaces when the value starts or ends with a backtick or a space.
 */
export function codeSpan(value: string): string {
  let longest = 0;
  for (const run of value.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const padded = /^[` ]|[` ]$/.test(value) && value.trim() !== '' ? ` ${value} ` : value;
  return `${fence}${padded}${fence}`;
}

function backtickRun(text: string, at: number): number {
  let end = at;
  while (text[end] === '`') end++;
  return end - at;
}

/** Where the next run of exactly `length` backticks after `from` starts, or -1. */
function closingRun(text: string, from: number, length: number): number {
  let at = text.indexOf('`', from);
  while (at !== -1) {
    const run = backtickRun(text, at);
    if (run === length) return at;
    at = text.indexOf('`', at + run);
  }
  return -1;
}

function spanContent(raw: string): string {
  const content = raw.replace(/\n/g, ' ');
  if (content.length >= 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim() !== '')
    return content.slice(1, -1);
  return content;
}
