import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  isPlaceholder,
  mayHoldPlaceholder,
  PLACEHOLDERS,
  placeholderIn,
  type PlaceholderName,
} from '../../../src/core/method/placeholders';
import { SKIP_REASON_PLACEHOLDER } from '../../../src/core/method/templates';
import { generateSnippets } from '../../../scripts/generate/snippets';
import { caseRoot, FIXTURES, lintFixture } from '../../support/fixtures';

describe('placeholders: one list for the scaffolds, snippets, quick fixes and the placeholder-text rule', () => {
  it('recognises every entry of the list, in both languages, as a whole value and in a sentence where it can', () => {
    for (const name of Object.keys(PLACEHOLDERS) as PlaceholderName[]) {
      for (const text of [PLACEHOLDERS[name].en, PLACEHOLDERS[name].fr]) {
        assert.ok(isPlaceholder(text), `${name}: ${text}`);
        assert.ok(isPlaceholder(`  ${text}  `), `${name} with spaces`);
      }
    }
    assert.equal(placeholderIn('To write: what we never say about people.'), 'To write:');
    assert.equal(placeholderIn('À rédiger : ce que nous ne disons jamais.'), 'À rédiger :');
    assert.equal(placeholderIn('Launch on YYYY-MM-DD'), 'YYYY-MM-DD');
    assert.equal(placeholderIn('Lancement le AAAA-MM-JJ'), 'AAAA-MM-JJ');
    assert.equal(SKIP_REASON_PLACEHOLDER, PLACEHOLDERS.skipReason, 'the skip fix writes from the list');
  });

  it('lets no placeholder past its cheap whole-text test, however it is spaced, cased or apostrophed', () => {
    const variants = (text: string) => [
      text,
      text.toUpperCase(),
      text.replace(/ /g, '  '),
      text.replace(/ /g, '\n  '),
      text.replace(/’/g, "'"),
      text.replace(/'/g, '’'),
    ];
    for (const name of Object.keys(PLACEHOLDERS) as PlaceholderName[]) {
      for (const text of [PLACEHOLDERS[name].en, PLACEHOLDERS[name].fr].flatMap(variants)) {
        const body = `# Step\n\nSome written prose.\n\n- owner: ${text}\n`;
        const heldSomewhere = body.split('\n').some((line) => placeholderIn(line.replace(/^- owner: /, '')));
        if (heldSomewhere) assert.ok(mayHoldPlaceholder(body), `${name}: ${JSON.stringify(text)}`);
      }
    }
    assert.ok(mayHoldPlaceholder('Notes\n\nTODO: the budget'));
    assert.ok(mayHoldPlaceholder('Lorem  Ipsum dolor'));
    assert.equal(
      mayHoldPlaceholder('# Audit\n\nWe counted 1,200 followers on 2027-03-01; the team writes every week.'),
      false,
    );
  });

  it('finds the usual markers, and leaves ordinary words alone', () => {
    const found: [string, string | undefined][] = [
      ['TODO: benchmark', 'TODO'],
      ['Budget TBD with the client', 'TBD'],
      ['Lorem ipsum dolor sit amet', 'Lorem ipsum'],
      ['todo', undefined],
      ['Our to-do list for launch week', undefined],
      ['A Todolist app', undefined],
      ['TODOS', undefined],
      ['who is going to write: captions', undefined],
      ['Paid partnerships are marked "#ad".', undefined],
      ['resource-identity review', undefined],
      ['marie', undefined],
      ['2027-06-30', undefined],
    ];
    for (const [text, expected] of found) assert.equal(placeholderIn(text), expected, text);
  });

  it('every placeholder a block snippet writes is one the rule recognises', () => {
    for (const locale of ['en', 'fr'] as const) {
      const defaults = Object.values(generateSnippets(locale))
        .flatMap((snippet) => snippet.body)
        .flatMap((line) => [...line.matchAll(/\$\{\d+:([^}]*)\}/g)].map((match) => match[1]));
      for (const name of ['date', 'resourceId', 'objectiveId', 'platformId', 'fullName', 'metric', 'source'] as const)
        assert.ok(defaults.includes(PLACEHOLDERS[name][locale]), `${locale} snippets write the ${name} placeholder`);
    }
  });
});

describe('placeholder-text severity', () => {
  const rule = 'placeholder-text';
  const findings = (name: string) =>
    lintFixture(caseRoot(join(FIXTURES, 'rules', rule, name))).filter((finding) => finding.rule === rule);

  it('is a warning in a draft plan', () => {
    const draft = findings('fail-draft-charter-placeholder');
    assert.deepEqual(
      draft.map((finding) => finding.severity),
      ['warning'],
    );
    assert.match(draft[0].message.en, /`legal\.defamation` still holds the template text “To write:”/);
    assert.match(draft[0].message.fr, /`legal\.defamation` contient encore le texte de modèle « To write: »/);
  });

  it('is an error once the plan is in review, and says why', () => {
    const review = findings('fail-review-step-body');
    assert.equal(review.length, 4);
    for (const finding of review) {
      assert.equal(finding.severity, 'error');
      assert.match(finding.message.en, /The document is in `review`: template text must not reach the client\./);
    }
    assert.ok(
      review.some((finding) =>
        /`resources\[0\]\.name` still holds the template text “Full name”/.test(finding.message.en),
      ),
    );
  });
});

describe('placeholder-text on a document full of placeholders', () => {
  it('lists the first 20 and counts the rest, instead of one finding per line', () => {
    const root = mkdtempSync(join(tmpdir(), 'socialplan-placeholders-'));
    try {
      const plan = '---\nsocialplan: plan\ntitle: T\n---\n';
      writeFileSync(join(root, 'plan.md'), `${plan}${'Lorem ipsum dolor sit amet.\n'.repeat(30)}`);
      const found = lintFixture(root).filter((finding) => finding.rule === 'placeholder-text');
      assert.equal(found.length, 20);
      assert.match(found[19].message.en, / 10 more placeholders in this document are not listed\.$/);
      assert.match(found[19].message.fr, / 10 autres textes de modèle de ce document ne sont pas listés\.$/);
      assert.doesNotMatch(found[18].message.en, /more placeholders/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
