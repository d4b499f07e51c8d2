import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './fixtures';

/** The cursor in test texts: `owner: ma‸rie` puts it between `a` and `r`. */
export const CURSOR = '‸';

/** The text without its `‸` marker, and the marker's offset. */
export function withCursor(source: string): { text: string; offset: number } {
  const offset = source.indexOf(CURSOR);
  if (offset === -1 || source.indexOf(CURSOR, offset + 1) !== -1) throw new Error('put exactly one ‸ in the test text');
  return { text: source.slice(0, offset) + source.slice(offset + CURSOR.length), offset };
}

/** The bakery plan of `test/fixtures/language/bakery`: a plan in progress across five files. */
export const BAKERY = join(FIXTURES, 'language', 'bakery');

/**
 * A request on one of the bakery's files, whose text is the file's own with `from` replaced by
 * `to` (which holds the cursor): the file as the author is editing it, unsaved.
 */
export function editing(file: string, from: string | RegExp, to: string, locale: 'en' | 'fr' = 'en') {
  const path = join(BAKERY, file);
  const original = readFileSync(path, 'utf8');
  const edited = original.replace(from, to);
  if (edited === original && !to.includes(CURSOR)) throw new Error(`"${String(from)}" not found in ${file}`);
  if (!edited.includes(CURSOR)) throw new Error(`"${String(from)}" not found in ${file}`);
  const { text, offset } = withCursor(edited);
  return { file: path, text, offset, locale };
}
