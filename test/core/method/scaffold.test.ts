import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { planScaffold } from '../../../src/core/method/scaffold';
import { PRESET_NAMES, type PresetName } from '../../../src/core/method/methods';
import type { Locale } from '../../../src/core/types';

/** The step files `socialplan init` and "New Plan…" write, without `plan.md` and `charter.md`. */
function stepFiles(method: PresetName, locale: Locale): string[] {
  return planScaffold({ folder: '/plans/acme', method, locale })
    .map(({ file }) => basename(file))
    .filter((name) => name !== 'plan.md' && name !== 'charter.md');
}

const FRENCH_FILES: Record<PresetName, string[]> = {
  'three-pillars': ['01-offre-contenu.md', '02-contenu-social.md', '03-strategie-sociale.md'],
  'five-steps': ['01-ecouter.md', '02-histoire.md', '03-mesurer.md', '04-supports.md', '05-organiser.md'],
  'six-phases': [
    '01-ecoute.md',
    '02-profils.md',
    '03-contenu.md',
    '04-distribution.md',
    '05-communaute.md',
    '06-mesure.md',
  ],
  'five-questions': [
    '01-pourquoi.md',
    '02-strategie-contenu.md',
    '03-ressource.md',
    '04-budget.md',
    '05-site-rentable.md',
  ],
  'socialmedia-11': [
    '01-positionnement.md',
    '02-objectifs.md',
    '03-trafic.md',
    '04-relais-vie-reelle.md',
    '05-contenu.md',
    '06-limites-charte.md',
    '07-mesure.md',
    '08-ecoute.md',
    '09-dialogue.md',
    '10-plusieurs-voix.md',
    '11-communaute.md',
  ],
};

describe('plan scaffold file names', () => {
  for (const method of PRESET_NAMES) {
    it(`names the step files of a French ${method} plan in French`, () => {
      assert.deepEqual(stepFiles(method, 'fr'), FRENCH_FILES[method]);
    });
  }

  it('keeps the step ids as the names of English step files', () => {
    assert.deepEqual(stepFiles('five-questions', 'en'), [
      '01-why.md',
      '02-content-strategy.md',
      '03-resource.md',
      '04-budget.md',
      '05-website-roi.md',
    ]);
  });

  it('lists the French file names in the comment of a French plan document', () => {
    const plan = planScaffold({ folder: '/plans/acme', method: 'five-questions', locale: 'fr' })[0].content;
    assert.match(plan, /\n {2}01-pourquoi\.md — Pourquoi y être \?\n/);
  });
});
