import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import { assemblePlan } from '../../../src/core/report';
import { OneFolderHost, PLAN_FOLDER as FOLDER } from '../../support/folder-host';
import { INTERNAL_ERROR_RULE, Linter } from '../../../src/core/lint/linter';
import { RULES } from '../../../src/core/rules';
import { renderPlanHtml } from '../../../src/core/render/html/report';
import { planPdfDocument } from '../../../src/core/render/pdf/document';
import type { Finding } from '../../../src/core/types';
import { propertyParameters } from '../../support/property';

/**
 * The preview renders whatever state the plan is in while its author types, and an export with
 * `--force` renders a plan with errors: random edits anywhere in the example plans' files never
 * make a rule fail or point outside its file, nor assembling, the HTML or the PDF definition
 * throw, and the HTML never carries a script.
 */

const EXAMPLES_FOLDER = join(__dirname, '..', '..', '..', 'examples');
/** The English (five-steps) and French (six-phases) examples' files, by name. */
const EXAMPLES = ['en', 'fr'].map((example) => {
  const folder = join(EXAMPLES_FOLDER, example);
  const names = readdirSync(folder).filter((name) => name.endsWith('.md'));
  return new Map(names.map((name) => [name, readFileSync(join(folder, name), 'utf8')]));
});
/** An example, and a file of it chosen by a number. */
const EXAMPLE = fc.constantFrom(...EXAMPLES);
const fileOf = (texts: ReadonlyMap<string, string>, choice: number): string => [...texts.keys()][choice % texts.size];

/** The example's files, from memory, some of them edited (and a `.git`: nothing above is read). */
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
      '\t',
      '---',
      '0',
      '-1',
      '1e9',
      'null',
      '<script>x</script>',
      '[a](javascript:x)',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const EDIT = fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 12 }), TYPED);

/**
 * A change that keeps the YAML valid, so that the plan-level rules run (a syntax error stops them):
 * a value replaced by another of any type, or a key or a list item removed.
 */
const VALUES = [
  '',
  'x',
  'marie',
  'instagram',
  'awareness',
  '-1',
  '0',
  '1e9',
  '2027-02-30',
  '2027-01-01',
  'true',
  'null',
  '[]',
  '{}',
  '[a, b]',
  '{ amount: -5 }',
  '"<script>x</script>"',
];
const DATA_EDIT = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('replace', 'remove'), fc.constantFrom(...VALUES));

function editData(text: string, [position, action, value]: [number, 'replace' | 'remove', string]): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return text;
  const yaml = parseDocument(match[1]);
  if (yaml.errors.length > 0) return text;
  const targets: { parent: Node; node: unknown }[] = [];
  visit(yaml, {
    Pair(_key, pair, path) {
      const parent = path.at(-1);
      if (isMap(parent) && !(isScalar(pair.key) && pair.key.value === 'socialplan'))
        targets.push({ parent: parent as Node, node: pair });
    },
    Scalar(_key, scalar, path) {
      const parent = path.at(-1);
      if (isSeq(parent) || (isPair(parent) && parent.value === scalar))
        targets.push({ parent: parent as Node, node: scalar });
    },
  });
  if (targets.length === 0) return text;
  const { parent, node } = targets[position % targets.length];
  const replacement = yaml.createNode(parseDocument(value).toJS());
  if (action === 'remove' && (isMap(parent) || isSeq(parent)))
    parent.items.splice(parent.items.indexOf(node as never), 1);
  else if (isSeq(parent)) parent.items[parent.items.indexOf(node as never)] = replacement;
  else if (isPair(parent)) parent.value = replacement;
  else if (isPair(node)) node.value = replacement;
  return `---\n${String(yaml)}---\n${text.slice(match[0].length)}`;
}

/**
 * The plan of the edited files, linted, its findings checked (every rule, plan-level ones
 * included, ran to the end and pointed inside its file), then assembled and rendered: the HTML
 * never holds a script tag or a `javascript:` link (typed text may say it, escaped).
 */
function checkPlan(texts: ReadonlyMap<string, string>): Finding[] {
  const linter = new Linter(new OneFolderHost(texts), { trusted: true });
  const documents = [...texts.keys()]
    .map((name) => linter.documents.document(join(FOLDER, name)))
    .filter((document) => document !== undefined);
  const plan = linter.documents.plansAround(documents).find((candidate) => candidate.planDocuments.length > 0);
  if (!plan) return [];
  const { findings } = linter.lint(plan.documents.map((document) => document.file));
  for (const finding of findings) {
    assert.notEqual(finding.rule, INTERNAL_ERROR_RULE, finding.message.en);
    const length = (texts.get(basename(finding.file)) ?? '').length;
    assert.ok(
      finding.range.start >= 0 && finding.range.start <= finding.range.end && finding.range.end <= length,
      `${finding.rule} at ${finding.range.start}-${finding.range.end} of ${basename(finding.file)} (${length})`,
    );
  }
  const model = assemblePlan(plan, findings);
  assert.doesNotMatch(
    renderPlanHtml(model, { generator: 'SocialPlan test' }),
    /<script|\s(?:href|src)\s*=\s*["']?\s*javascript:/i,
  );
  const pdf = planPdfDocument(model, { generator: 'SocialPlan test' });
  assert.ok(Array.isArray(pdf.definition.content) && pdf.definition.content.length > 0);
  return findings;
}

describe('assembling and rendering: properties', function () {
  // Hundreds of full lints and renders: a guard against a hang that leaves room for a loaded machine.
  this.timeout(120_000);
  it('random edits in the examples’ files: the model, its HTML and its PDF definition never throw; no script', () => {
    fc.assert(
      fc.property(EXAMPLE, fc.array(EDIT, { minLength: 1, maxLength: 6 }), (example, edits) => {
        const texts = new Map(example);
        for (const [choice, position, deleted, typed] of edits) {
          const name = fileOf(texts, choice);
          const text = texts.get(name) as string;
          const at = position % (text.length + 1);
          texts.set(name, text.slice(0, at) + typed + text.slice(at + deleted));
        }
        checkPlan(texts);
      }),
      propertyParameters(100),
    );
  });

  it('values of any type and removed entries in valid YAML: every rule, plan rules included, runs to the end; the model and its HTML never throw', () => {
    const planRules = new Set(RULES.filter((rule) => rule.scope === 'plan').map((rule) => rule.id));
    const parameters = propertyParameters<[unknown, unknown]>(100);
    let withPlanFindings = 0;
    fc.assert(
      fc.property(EXAMPLE, fc.array(DATA_EDIT, { minLength: 1, maxLength: 8 }), (example, edits) => {
        const texts = new Map(example);
        for (const [choice, ...edit] of edits)
          texts.set(fileOf(texts, choice), editData(texts.get(fileOf(texts, choice)) as string, edit));
        if (checkPlan(texts).some((finding) => planRules.has(finding.rule))) withPlanFindings++;
      }),
      parameters,
    );
    // The edits keep the YAML valid so that the plan rules run: they must have had things to say.
    assert.ok(
      withPlanFindings > (parameters.numRuns ?? 0) / 4,
      `plan rules reported in ${withPlanFindings} of ${parameters.numRuns} runs`,
    );
  });
});
