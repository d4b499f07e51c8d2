/**
 * The messages between the preview's webview and the extension, and the state the webview keeps
 * across reloads. Whatever crosses the boundary is checked by these guards before it is used: the
 * webview shows text from the plan, so a message is never trusted for its shape.
 * `media/preview/preview.js` holds the webview's side of the same contract.
 */

import { isRecord } from '../../core/util/guards';

/** Extension → webview: the report to show (the inner HTML of the page, already sanitized). */
export interface UpdateMessage {
  type: 'update';
  /** Increases with every update; the webview ignores one older than what it shows. */
  version: number;
  html: string;
  /** Classes of the report's root element (`sp-is-draft` or nothing). */
  rootClass: string;
  /** The language the report is written in (`<html lang>`): the plan's, not the editor's. */
  lang: string;
  /**
   * The agency colour per editor theme, `#RRGGBB` by name (`light-accent`, `dark-on-accent`…): the
   * webview sets them as `--sp-<name>` and preview.css picks the current theme's (`previewColours`).
   */
  colours: Record<string, string>;
  /** The plan document the preview shows (kept in the webview's state for the serializer). */
  planFile: string;
}

/** Webview → extension. */
export type WebviewMessage =
  /** The webview's script runs and waits for content (after every load of the webview). */
  | { type: 'ready' }
  /**
   * An update was applied at `at` (`Date.now()`); `title` is what the page's `h1` now says and
   * `lang` its `<html lang>` (for the tests).
   */
  | { type: 'rendered'; version: number; title: string; lang: string; at: number }
  /** A section, a row or a finding was clicked: `file` relative to the plan folder, `line` from 1. */
  | { type: 'reveal'; file: string; line: number }
  /** A relative link in a body was clicked: `href` as written, in the file at `from` (plan-relative). */
  | { type: 'openLink'; href: string; from: string };

/** The webview's own state (`vscode.setState`), handed to the serializer after a reload. */
export interface PreviewState {
  planFile: string;
  scrollY?: number;
}

const MAX_PATH = 4096;
const MAX_LINE = 10_000_000;

/** A path as the webview may send it: a short string, no control character. */
function isPathText(value: unknown): value is string {
  // eslint-disable-next-line no-control-regex
  return (
    typeof value === 'string' && value.length > 0 && value.length <= MAX_PATH && !/[\u0000-\u001F\u007F]/.test(value)
  );
}

function isVersion(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function isWebviewMessage(value: unknown): value is WebviewMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'ready':
      return true;
    case 'rendered':
      return (
        isVersion(value.version) &&
        typeof value.title === 'string' &&
        value.title.length <= 1000 &&
        typeof value.lang === 'string' &&
        value.lang.length <= 35 &&
        typeof value.at === 'number' &&
        Number.isFinite(value.at)
      );
    case 'reveal':
      return (
        isPathText(value.file) &&
        typeof value.line === 'number' &&
        Number.isInteger(value.line) &&
        value.line >= 1 &&
        value.line <= MAX_LINE
      );
    case 'openLink':
      return isPathText(value.href) && (value.from === '' || isPathText(value.from));
    default:
      return false;
  }
}

export function isUpdateMessage(value: unknown): value is UpdateMessage {
  return (
    isRecord(value) &&
    value.type === 'update' &&
    isVersion(value.version) &&
    typeof value.html === 'string' &&
    typeof value.rootClass === 'string' &&
    /^[a-z -]*$/.test(value.rootClass) &&
    typeof value.lang === 'string' &&
    /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value.lang) &&
    isColours(value.colours) &&
    isPathText(value.planFile)
  );
}

function isColours(value: unknown): value is Record<string, string> {
  return (
    isRecord(value) &&
    Object.entries(value).every(
      ([name, colour]) =>
        /^[a-z][a-z-]{0,40}$/.test(name) && typeof colour === 'string' && /^#[0-9A-Fa-f]{6}$/.test(colour),
    )
  );
}

export function isPreviewState(value: unknown): value is PreviewState {
  return (
    isRecord(value) &&
    isPathText(value.planFile) &&
    (value.scrollY === undefined ||
      (typeof value.scrollY === 'number' && Number.isFinite(value.scrollY) && value.scrollY >= 0))
  );
}
