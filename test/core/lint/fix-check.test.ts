import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FixCheck } from '../../../src/core/lint/fix-check';
import { fixUntilStable } from '../../../src/core/lint/fix-loop';
import { applyFixes, safeFixOf } from '../../../src/core/lint/fixes';
import { Linter, WELL_FORMEDNESS_RULE_IDS } from '../../../src/core/lint/linter';
import type { Finding, Fix } from '../../../src/core/types';
import { allFixtureTrees, MEMORY_ROOT, MemoryTreeHost, markdownOf } from '../../support/memory-tree';
import { propertyParameters } from '../../support/property';

/**
 * Fixes must never break a plan (issue 17, item 12): a fix is offered, and taken by `lint --fix` and
 * fix-all, only when its result adds no `yaml-syntax` or `schema` error. The oracle here is
 * independent of `FixCheck`: the fixed texts are linted whole by a new `Linter`, plan and all.
 */

type Texts = Map<string, string>;

function linterOver(texts: Texts): Linter {
  return new Linter(new MemoryTreeHost(texts), { trusted: true });
}

/** The well-formedness errors of each file, by rule and message (ranges move with an edit). */
function errorsByFile(texts: Texts): Map<string, Map<string, number>> {
  const byFile = new Map<string, Map<string, number>>();
  for (const finding of linterOver(texts).lint(markdownOf(texts)).findings) {
    if (!WELL_FORMEDNESS_RULE_IDS.includes(finding.rule)) continue;
    const errors = byFile.get(finding.file) ?? new Map<string, number>();
    const identity = `${finding.rule}: ${finding.message.en}`;
    errors.set(identity, (errors.get(identity) ?? 0) + 1);
    byFile.set(finding.file, errors);
  }
  return byFile;
}

/** The errors `after` has more often than `before`, as "file: rule: message". */
function addedErrors(before: Texts, after: Texts): string[] {
  const was = errorsByFile(before);
  const added: string[] = [];
  for (const [file, errors] of errorsByFile(after)) {
    for (const [identity, count] of errors)
      if (count > (was.get(file)?.get(identity) ?? 0)) added.push(`${file.slice(MEMORY_ROOT.length)}: ${identity}`);
  }
  return added;
}

function applied(texts: Texts, fixes: readonly Fix[]): Texts {
  const outcome = applyFixes(fixes, (file) => texts.get(file));
  const after = new Map(texts);
  for (const [file, text] of outcome.changed) after.set(file, text);
  for (const [file, content] of outcome.created) if (!after.has(file)) after.set(file, content);
  return after;
}

interface Offer {
  finding: Finding;
  fix: Fix;
  offered: boolean;
}

/** Every fix of every finding of a tree, and whether `FixCheck` offers it. */
function offersOf(texts: Texts): Offer[] {
  const linter = linterOver(texts);
  const check = new FixCheck(linter);
  const read = (file: string) => texts.get(file);
  const offers: Offer[] = [];
  for (const finding of linter.lint(markdownOf(texts)).findings) {
    const offered = new Set(check.offeredFixes(finding, read));
    for (const fix of finding.fixes ?? []) offers.push({ finding, fix, offered: offered.has(fix) });
  }
  return offers;
}

/** Every offered fix, applied alone, adds no error; returns the fixes left out, for the caller to judge. */
function checkOffers(texts: Texts, name: string): Offer[] {
  const offers = offersOf(texts);
  for (const { finding, fix, offered } of offers) {
    if (!offered) continue;
    assert.deepEqual(
      addedErrors(texts, applied(texts, [fix])),
      [],
      `${name}: "${fix.title.en}" (${finding.rule}) is offered, and breaks the plan`,
    );
  }
  return offers.filter((offer) => !offer.offered);
}

/** `lint --fix` and fix-all in memory: the one loop, with the check the surfaces give it. */
function fixAllSafe(texts: Texts): Texts {
  const current = new Map(texts);
  let linter = linterOver(current);
  fixUntilStable({
    lint: () => linter.lint(markdownOf(current)).findings,
    choose: (finding) => safeFixOf(finding),
    readText: (file) => current.get(file),
    keepsWellFormed: (outcome) => new FixCheck(linter).outcomeKeepsWellFormed(outcome, (file) => current.get(file)),
    take: (outcome) => {
      for (const [file, text] of outcome.changed) current.set(file, text);
      for (const [file, content] of outcome.created) if (!current.has(file)) current.set(file, content);
      linter = linterOver(current);
    },
  });
  return current;
}

const PLAN = `${MEMORY_ROOT}/plan/plan.md`;

function planTexts(frontmatter: string): Texts {
  return new Map([[PLAN, `---\nsocialplan: plan\ntitle: Spring launch\n${frontmatter}---\n\nBody.\n`]]);
}

function finding(fixes: Fix[]): Finding {
  return {
    file: PLAN,
    rule: 'test',
    severity: 'warning',
    message: { en: 'm', fr: 'm' },
    range: { start: 0, end: 0 },
    fixes,
  };
}

function rename(texts: Texts, from: string, to: string, safe = true): Fix {
  const start = (texts.get(PLAN) as string).indexOf(`\n${from}:`) + 1;
  return {
    title: { en: `Rename to ${to}`, fr: `Renommer en ${to}` },
    edits: [{ file: PLAN, range: { start, end: start + from.length }, newText: to }],
    safe,
  };
}

describe('fixes never break a plan (FixCheck)', () => {
  it('a fix that writes a key twice is never offered, safe or not; a fix that keeps the YAML whole is', () => {
    const texts = planTexts('budget:\n  currency: CAD\n  lines: []\nbudjet: 4000\nagncy: Studio\n');
    const check = new FixCheck(linterOver(texts));
    const read = (file: string) => texts.get(file);
    const duplicate = rename(texts, 'budjet', 'budget');
    const fine = rename(texts, 'agncy', 'agency');
    assert.deepEqual(check.offeredFixes(finding([duplicate, fine]), read), [fine]);
    assert.equal(check.safeFixOf(finding([duplicate, fine]), read), fine);
    assert.equal(check.safeFixOf(finding([duplicate]), read), undefined);
    assert.equal(check.needsChoice(finding([duplicate]), read), false, 'no fix is on offer at all');
  });

  it('a fix that adds a schema error is never offered (a rename that puts a number where a text is expected)', () => {
    const texts = planTexts('clent: 42\n');
    const check = new FixCheck(linterOver(texts));
    assert.deepEqual(
      check.offeredFixes(finding([rename(texts, 'clent', 'client')]), (file) => texts.get(file)),
      [],
    );
  });

  it('a fix that removes an error and adds none is offered, in a plan that already has errors', () => {
    const texts = planTexts('status: 12\nagncy: Studio\n');
    const fine = rename(texts, 'agncy', 'agency');
    assert.deepEqual(
      new FixCheck(linterOver(texts)).offeredFixes(finding([fine]), (file) => texts.get(file)),
      [fine],
    );
  });

  it('two safe renames to the same key: each is fine alone, together a duplicate; the fix loop takes one', () => {
    const texts = planTexts('agncy: Studio Nord\nagenncy: Studio Sud\n');
    const offers = offersOf(texts).filter((offer) => offer.finding.rule === 'unknown-key');
    assert.deepEqual(
      offers.map((offer) => [offer.fix.title.en, offer.fix.safe, offer.offered]),
      [
        ['Rename to `agency`', true, true],
        ['Rename to `agency`', true, true],
      ],
    );
    const fixed = fixAllSafe(texts);
    assert.deepEqual(addedErrors(texts, fixed), []);
    assert.match(fixed.get(PLAN) as string, /\nagency: Studio Nord\nagenncy: Studio Sud\n/);
  });

  it('every fixture and example: each offered fix adds no error, and only the fixes that would are left out', () => {
    const leftOut: string[] = [];
    for (const { name, texts } of allFixtureTrees()) {
      for (const offer of checkOffers(texts, name)) leftOut.push(`${name}: ${offer.fix.title.en}`);
      assert.deepEqual(addedErrors(texts, fixAllSafe(texts)), [], `${name}: the safe fixes together break the plan`);
    }
    // A custom step id the schema refuses (`Post daily`): a step document created with it would not be valid.
    assert.deepEqual(leftOut, [
      'schema/fail-method-custom-step: Create `02-Post daily.md` from the template',
      'schema/fail-method-custom-step: Create `02-Post daily.md` with the step marked as skipped, then write the reason',
    ]);
  });

  it('properties: random mutations of the fixtures (typos, copied keys, loose dates, moved lines): no offered fix, and no fix-all, breaks the plan', function () {
    this.timeout(120_000);
    const trees = allFixtureTrees().filter((tree) => markdownOf(tree.texts).length > 0);
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (treeSeed, fileSeed, mutations) => {
          const { name, texts } = trees[treeSeed % trees.length];
          const files = markdownOf(texts);
          const file = files[fileSeed % files.length];
          const mutated = new Map(texts);
          mutated.set(
            file,
            mutations.reduce((text, mutate) => mutate(text), texts.get(file) as string),
          );
          checkOffers(mutated, name);
          assert.deepEqual(addedErrors(mutated, fixAllSafe(mutated)), [], `${name}: fix-all broke the plan`);
        },
      ),
      propertyParameters(40),
    );
  });
});

type Mutation = (text: string) => string;

const KEY_LINE = /^([ \t]*(?:- )?)([A-Za-z_][\w-]*)(:.*)$/;

/** The line at `seed` among those that hold a key, with its parts; `undefined` when none does. */
function keyLineAt(lines: string[], seed: number): { index: number; parts: RegExpExecArray } | undefined {
  const indexes = lines.flatMap((line, index) => (KEY_LINE.test(line) ? [index] : []));
  if (indexes.length === 0) return undefined;
  const index = indexes[seed % indexes.length];
  return { index, parts: KEY_LINE.exec(lines[index]) as RegExpExecArray };
}

/** A typo of a key: a letter dropped, doubled or swapped with the next one. */
function typo(key: string, seed: number): string {
  const at = seed % key.length;
  const kind = seed % 3;
  if (kind === 0 && key.length > 2) return key.slice(0, at) + key.slice(at + 1);
  if (kind === 1) return key.slice(0, at) + key[at] + key.slice(at);
  return at + 1 < key.length ? key.slice(0, at) + key[at + 1] + key[at] + key.slice(at + 2) : `${key}s`;
}

function onLines(text: string, change: (lines: string[]) => void): string {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(newline);
  change(lines);
  return lines.join(newline);
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // a misspelt key
  fc.tuple(fc.nat(), fc.nat()).map(
    ([line, seed]): Mutation =>
      (text) =>
        onLines(text, (lines) => {
          const found = keyLineAt(lines, line);
          if (found) lines[found.index] = found.parts[1] + typo(found.parts[2], seed) + found.parts[3];
        }),
  ),
  // a key and its block copied under a misspelt name, beside it (the `budjet` beside `budget` of the issue)
  fc.tuple(fc.nat(), fc.nat()).map(
    ([line, seed]): Mutation =>
      (text) =>
        onLines(text, (lines) => {
          const found = keyLineAt(lines, line);
          if (!found) return;
          const indent = found.parts[1].replace('- ', '  ').length;
          let end = found.index + 1;
          while (end < lines.length && lines[end].trim() !== '' && lines[end].search(/\S/) > indent) end++;
          const copy = lines.slice(found.index, end);
          copy[0] = ' '.repeat(indent) + typo(found.parts[2], seed) + found.parts[3];
          lines.splice(end, 0, ...copy);
        }),
  ),
  // a date written loosely
  fc.constantFrom<Mutation>(
    (text) => text.replace(/"(\d{4})-0?(\d{1,2})-0?(\d{1,2})"/, '$1/$2/$3'),
    (text) => text.replace(/"(\d{4})-(\d{2})-(\d{2})"/g, '$1.$2.$3'),
  ),
  // a line deleted, duplicated, or indented by two more or two fewer spaces
  fc.tuple(fc.nat(), fc.constantFrom('delete', 'duplicate', 'indent', 'dedent')).map(
    ([line, kind]): Mutation =>
      (text) =>
        onLines(text, (lines) => {
          const index = line % lines.length;
          if (kind === 'delete') lines.splice(index, 1);
          else if (kind === 'duplicate') lines.splice(index, 0, lines[index]);
          else if (kind === 'indent') lines[index] = `  ${lines[index]}`;
          else lines[index] = lines[index].replace(/^ {2}/, '');
        }),
  ),
  // CRLF everywhere
  fc.constant<Mutation>((text) => text.replace(/\r?\n/g, '\r\n')),
);
