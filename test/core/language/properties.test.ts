import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { complete, definition, hover, references, type SourceLocation } from '../../../src/core/language';
import { Linter } from '../../../src/core/lint/linter';
import type { OffsetRange } from '../../../src/core/types';
import { BAKERY } from '../../support/cursor';
import { propertyParameters } from '../../support/property';

/**
 * Hover, completion, go to definition and find references run on every cursor move of an author
 * typing, so on every half-written text: whatever the text and the cursor, they answer or say
 * nothing, never throw, and every range they give lies inside its file.
 */

const FILES = ['plan.md', '01-listen.md', '02-profiles.md', 'charter.md', 'annex-team.md'];
const TEXTS = new Map(FILES.map((name) => [name, readFileSync(join(BAKERY, name), 'utf8')]));

/** What typing does to YAML: characters that matter, inserted, deleted or replaced anywhere. */
const TYPED = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'a',
      ' ',
      ':',
      '-',
      '\n',
      '\n  ',
      '"',
      "'",
      '#',
      '[',
      ']',
      '{',
      '}',
      ',',
      '|',
      '>',
      '&',
      '*',
      '!',
      '?',
      '\t',
      '---',
      'é',
      '😀',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const EDIT = fc
  .tuple(fc.nat(), fc.integer({ min: 0, max: 8 }), TYPED)
  .map(([position, deleted, typed]) => (text: string): string => {
    const at = position % (text.length + 1);
    return text.slice(0, at) + typed + text.slice(at + deleted);
  });

const CASE = fc.record({
  file: fc.constantFrom(...FILES),
  edits: fc.array(EDIT, { maxLength: 4 }),
  cursor: fc.nat(),
  locale: fc.constantFrom('en' as const, 'fr' as const),
});

function assertInside(range: OffsetRange, length: number, what: string): void {
  assert.ok(Number.isInteger(range.start) && Number.isInteger(range.end), `${what}: integer offsets`);
  assert.ok(
    range.start >= 0 && range.start <= range.end && range.end <= length,
    `${what}: ${range.start}-${range.end} outside 0-${length}`,
  );
}

/** Other files are read from disk (the edited one is the request's text). */
function lengthOf(file: string, request: { file: string; text: string }): number {
  return file === request.file ? request.text.length : readFileSync(file, 'utf8').length;
}

describe('language features: properties', () => {
  it('on random edits of the bakery plan and random cursors: no throw, every range inside its file', () => {
    const linter = new Linter(new NodeFileHost());
    fc.assert(
      fc.property(CASE, ({ file, edits, cursor, locale }) => {
        const text = edits.reduce((current, edit) => edit(current), TEXTS.get(file) as string);
        const request = { file: join(BAKERY, file), text, offset: cursor % (text.length + 1), locale };
        const environment = { linter };

        const hovered = hover(request, environment);
        if (hovered) {
          assertInside(hovered.range, text.length, 'hover');
          assert.equal(typeof hovered.markdown, 'string');
        }
        const completed = complete(request, environment);
        if (completed) {
          assertInside(completed.range, text.length, 'completion');
          assert.ok(
            completed.range.start <= request.offset && request.offset <= completed.range.end,
            'the completed span holds the cursor',
          );
        }
        const located: SourceLocation[] = [...definition(request, environment), ...references(request, environment)];
        for (const location of located)
          assertInside(location.range, lengthOf(location.file, request), `location in ${location.file}`);
      }),
      propertyParameters(300),
    );
  });
});
