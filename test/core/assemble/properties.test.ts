import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import fc from 'fast-check';
import { assemblePlan } from '../../../src/core/assemble';
import type { SourceText } from '../../../src/core/document';
import type { DirectoryEntry, FileHost } from '../../../src/core/host';
import { Linter } from '../../../src/core/linter';
import { renderPlanHtml } from '../../../src/core/render/html';
import { planPdfDocument } from '../../../src/core/render/pdf/document';
import { propertyParameters } from '../../support/property';

/**
 * The preview renders whatever state the plan is in while its author types, and an export with
 * `--force` renders a plan with errors: random edits anywhere in the English example's files never
 * make assembling, the HTML or the PDF definition throw, and the HTML never carries a script.
 */

const EXAMPLE = join(__dirname, '..', '..', '..', 'examples', 'en');
const FOLDER = '/workspace/plan';
const NAMES = readdirSync(EXAMPLE).filter((name) => name.endsWith('.md'));
const TEXTS = new Map(NAMES.map((name) => [name, readFileSync(join(EXAMPLE, name), 'utf8')]));

/** The example's files, from memory, some of them edited (and a `.git`: nothing above is read). */
class ExampleHost implements FileHost {
  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  read(file: string): SourceText | undefined {
    const text = dirname(file) === FOLDER ? this.texts.get(basename(file)) : undefined;
    return text === undefined ? undefined : { text };
  }

  list(directory: string): DirectoryEntry[] {
    if (directory !== FOLDER) return [];
    return [{ name: '.git', directory: true }, ...[...this.texts.keys()].map((name) => ({ name, directory: false }))];
  }

  isFile(file: string): boolean {
    return dirname(file) === FOLDER && this.texts.has(basename(file));
  }
}

const TYPED = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a', ' ', ':', '-', '\n', '\n  ', '"', "'", '#', '[', ']', '{', '}', ',', '|', '>', '&', '*', '!', '\t', '---', '0', '-1', '1e9', 'null', '<script>x</script>', '[a](javascript:x)') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const EDIT = fc.tuple(fc.constantFrom(...NAMES), fc.nat(), fc.integer({ min: 0, max: 12 }), TYPED);

describe('assembling and rendering: properties', () => {
  it('random edits in the example’s files: the model, its HTML and its PDF definition never throw; no script', () => {
    fc.assert(
      fc.property(fc.array(EDIT, { minLength: 1, maxLength: 6 }), (edits) => {
        const texts = new Map(TEXTS);
        for (const [name, position, deleted, typed] of edits) {
          const text = texts.get(name) as string;
          const at = position % (text.length + 1);
          texts.set(name, text.slice(0, at) + typed + text.slice(at + deleted));
        }
        const linter = new Linter(new ExampleHost(texts), { trusted: true });
        const documents = [...texts.keys()].map((name) => linter.document(join(FOLDER, name))).filter((document) => document !== undefined);
        const plan = linter.plansAround(documents).find((candidate) => candidate.planDocuments.length > 0);
        if (!plan) return;
        const { findings } = linter.lint(plan.documents.map((document) => document.file));
        const model = assemblePlan(plan, findings);
        const html = renderPlanHtml(model, { generator: 'SocialPlan test' });
        // Typed text may say `javascript:`, escaped; never as a tag or a link.
        assert.doesNotMatch(html, /<script|\s(?:href|src)\s*=\s*["']?\s*javascript:/i);
        const pdf = planPdfDocument(model, { generator: 'SocialPlan test' });
        assert.ok(Array.isArray(pdf.definition.content) && pdf.definition.content.length > 0);
      }),
      propertyParameters(100),
    );
  });
});
