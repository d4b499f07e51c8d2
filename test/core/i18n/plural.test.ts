import assert from 'node:assert/strict';
import { plural, pluralText } from '../../../src/core/i18n/plural';

const ERRORS = {
  en: { one: '{count} error', other: '{count} errors' },
  fr: { one: '{count} erreur', other: '{count} erreurs' },
};

describe('plural', () => {
  it('English: only 1 is singular', () => {
    assert.deepEqual(
      [0, 1, 2, 1.5].map((count) => plural(count, ERRORS.en, 'en')),
      ['0 errors', '1 error', '2 errors', '1.5 errors'],
    );
  });

  it('French: 0 and 1 (and 1.5) are singular, as Intl.PluralRules says', () => {
    assert.deepEqual(
      [0, 1, 1.5, 2].map((count) => plural(count, ERRORS.fr, 'fr')),
      ['0 erreur', '1 erreur', '1.5 erreur', '2 erreurs'],
    );
  });

  it('French round millions take `many` when given, else `other`', () => {
    assert.equal(
      plural(1_000_000, { one: '{count} vue', other: '{count} vues', many: '{count} de vues' }, 'fr'),
      '1000000 de vues',
    );
    assert.equal(plural(1_000_000, ERRORS.fr, 'fr'), '1000000 erreurs');
  });

  it('pluralText gives the count in every locale', () => {
    assert.deepEqual(pluralText(0, ERRORS), { en: '0 errors', fr: '0 erreur' });
  });
});
