import { basename } from 'node:path';
import type { Plan } from '../workspace/plans';

/**
 * The file name an export takes by default: a slug of the plan's title and version
 * (`millrace-arts-center-social-media-plan-2027-28-season-1.1.pdf`), or the plan folder's name
 * when the plan has no title that gives one (docs/exporting.md, "File names"); a monthly report
 * adds `-report-YYYY-MM`.
 */
export function defaultExportName(plan: Plan, format: 'html' | 'pdf' | 'docx', month?: string): string {
  const data = plan.planDocuments[0]?.data ?? {};
  const title = typeof data.title === 'string' ? slugify(data.title, TITLE_LIMIT) : '';
  const version = typeof data.version === 'string' || typeof data.version === 'number' ? String(data.version) : '';
  const versionSlug = slugify(version, VERSION_LIMIT, true);
  const base = title ? (versionSlug ? `${title}-${versionSlug}` : title) : folderName(plan);
  // A monthly report: `…-1.1-report-2027-11.pdf`, beside the plan's own export.
  return month ? `${base}-report-${month}.${format}` : `${base}.${format}`;
}

/** Longest slug of a title, in characters: file names stay readable and far below 255 bytes. */
const TITLE_LIMIT = 60;
const VERSION_LIMIT = 20;

/** Letters that Unicode does not decompose into an ASCII letter and a mark. */
const LIGATURES: Record<string, string> = {
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

/**
 * ASCII, lowercase, diacritics folded (`Plan social média 2027` → `plan-social-media-2027`), words
 * joined by one hyphen, at most `limit` characters cut at a word boundary. `keepDots` keeps the
 * dots of a version (`1.1`). Empty when nothing of `text` is ASCII once folded.
 */
export function slugify(text: string, limit: number, keepDots = false): string {
  const folded = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æœßøđðþłı]/g, (letter) => LIGATURES[letter] ?? '');
  const words = folded.split(keepDots ? /[^a-z0-9.]+/ : /[^a-z0-9]+/).filter((word) => /[a-z0-9]/.test(word));
  let slug = '';
  for (const word of words.map((word) => word.replace(/^\.+|\.+$/g, ''))) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > limit) return slug || word.slice(0, limit);
    slug = next;
  }
  return slug;
}

function folderName(plan: Plan): string {
  return basename(plan.folder ?? 'plan') || 'plan';
}
