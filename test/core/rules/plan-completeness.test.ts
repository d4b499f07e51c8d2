import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Finding } from '../../../src/core/types';
import { caseRoot, FIXTURES, lintFixture } from '../../support/fixtures';

/** Severities and the words of the messages, which the fixture markers do not show. */
function findings(rule: string, fixture: string, only = rule): Finding[] {
  return lintFixture(caseRoot(join(FIXTURES, 'rules', rule, fixture))).filter((finding) => finding.rule === only);
}

describe('plan-completeness, severity and words', () => {
  it('is an error once the plan is approved, one per missing block, in English and French', () => {
    const found = findings('plan-completeness', 'fail-approved-empty');
    assert.deepEqual(
      found.map((finding) => finding.severity),
      ['error', 'error'],
    );
    assert.match(found[0].message.en, /^This plan is `approved` but defines no objectives: /);
    assert.match(found[1].message.en, /^This plan is `approved` but defines no platforms: .*Add a `platforms` block/);
    assert.match(found[0].message.fr, /^Ce plan est `approved` mais ne définit aucun objectif : /);
    assert.match(found[1].message.fr, /où elles sont décidées\.$/);
  });

  it('is a warning in draft, naming the method step that decides the block', () => {
    const [found, ...others] = findings('plan-completeness', 'fail-draft-step-done');
    assert.equal(others.length, 0);
    assert.equal(found.severity, 'warning');
    assert.match(
      found.message.en,
      /^This draft defines no objectives although step `measure` \(Measure\), where `five-steps` decides them, is `done`: /,
    );
    assert.match(found.message.fr, /l’étape `measure` \(Mesurer\), où `five-steps` les décide, est `done`/);
  });
});

describe('unknown-reference on a kind the plan defines none of', () => {
  it('reports once, with the number of references, the ids, the block, and the others as related', () => {
    const found = findings('unknown-reference', 'fail-no-platforms-defined');
    assert.equal(found.length, 1);
    assert.equal(
      found[0].message.en,
      '2 references name platforms (`instagram`, `facebook`), but the plan defines no platform at all: declare them under `platforms`, in plan.md or in a step document of the plan.',
    );
    assert.equal(
      found[0].message.fr,
      '2 références nomment des plateformes (`instagram`, `facebook`), mais le plan ne définit aucune plateforme : déclarez-les sous `platforms`, dans plan.md ou dans un document d’étape du plan.',
    );
    assert.deepEqual(
      found[0].related?.map((related) => related.message.en),
      ['Another reference to a platform: `facebook`'],
    );
    assert.equal(found[0].fixes, undefined, 'the definitions are missing, not the ids: nothing to replace');
  });
});

describe('platform-audience, words', () => {
  it('says which platform lacks an audience, and when it is blank', () => {
    const found = findings('platform-audience', 'fail-missing-and-blank');
    assert.deepEqual(
      found.map((finding) => [finding.severity, finding.message.en.split(':')[0]]),
      [
        ['warning', 'Platform `instagram` says nothing of whom it reaches'],
        ['warning', 'Platform `facebook` says nothing of whom it reaches (its `audience` is empty)'],
      ],
    );
    assert.match(
      found[0].message.fr,
      /^La plateforme `instagram` ne dit pas qui elle touche : décrivez dans `audience`/,
    );
  });
});
