import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { messageLocale } from '../../../src/core/i18n/message-locale';
import { Documents } from '../../../src/core/workspace/documents';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { documentLocale, localesOfPlans } from '../../../src/core/workspace/plan-locale';
import { writeTree } from '../../support/tree';

const plan = (locale?: string) =>
  `---\nsocialplan: plan\ntitle: Bakery\n${locale === undefined ? '' : `locale: ${locale}\n`}method: five-steps\n---\n\n# Bakery\n`;
const STEP = '---\nsocialplan: step\nstep: listen\ntitle: Listening\nstatus: todo\n---\n\n# Listening\n';

describe('the language of a document (socialplan.language, the CLI’s default --locale)', () => {
  it('auto: the plan’s locale when it is one the engine speaks, else the user’s', () => {
    assert.equal(messageLocale('fr', 'auto', 'en'), 'fr');
    assert.equal(messageLocale('en', 'auto', 'fr'), 'en');
    assert.equal(messageLocale(undefined, 'auto', 'fr'), 'fr');
    assert.equal(messageLocale('de', 'auto', 'fr'), 'fr');
    assert.equal(messageLocale(42, 'auto', 'en'), 'en');
  });

  it('ui: always the user’s; plan: always the plan’s, English when it names none (as its report)', () => {
    assert.equal(messageLocale('fr', 'ui', 'en'), 'en');
    assert.equal(messageLocale('fr', 'plan', 'en'), 'fr');
    assert.equal(messageLocale(undefined, 'plan', 'fr'), 'en');
    assert.equal(messageLocale('de', 'plan', 'fr'), 'en');
  });

  describe('of a file, from the plan document of its plan', () => {
    let root: string;
    before(() => {
      root = mkdtempSync(join(tmpdir(), 'socialplan-locale-'));
      writeTree(root, {
        'fr/plan.md': plan('fr'),
        'fr/01-listen.md': STEP,
        'none/plan.md': plan(),
        'none/01-listen.md': STEP,
        'notes.md': '# Not a SocialPlan document\n',
        'stray.md': STEP,
      });
    });
    after(() => rmSync(root, { recursive: true, force: true }));

    it('a step of a French plan speaks French in an English editor; a plan without locale, the editor’s', () => {
      const documents = new Documents(new NodeFileHost());
      assert.equal(documentLocale(documents, join(root, 'fr/01-listen.md'), 'auto', 'en'), 'fr');
      assert.equal(documentLocale(documents, join(root, 'fr/plan.md'), 'auto', 'en'), 'fr');
      assert.equal(documentLocale(documents, join(root, 'fr/01-listen.md'), 'ui', 'en'), 'en');
      assert.equal(documentLocale(documents, join(root, 'none/01-listen.md'), 'auto', 'fr'), 'fr');
      assert.equal(documentLocale(documents, join(root, 'none/01-listen.md'), 'plan', 'fr'), 'en');
      // No plan around it, or not a SocialPlan document at all: the user's.
      assert.equal(documentLocale(documents, join(root, 'stray.md'), 'auto', 'fr'), 'fr');
      assert.equal(documentLocale(documents, join(root, 'notes.md'), 'auto', 'fr'), 'fr');
      assert.equal(documentLocale(documents, join(root, 'missing.md'), 'auto', 'fr'), 'fr');
    });

    it('every file of the plans of a lint at once, with the same answers', () => {
      const documents = new Documents(new NodeFileHost());
      const files = ['fr/01-listen.md', 'none/01-listen.md'].map((file) => documents.document(join(root, file)));
      const plans = documents.plansAround(files.filter((document) => document !== undefined));
      const locales = localesOfPlans(plans, 'auto', 'en');
      assert.equal(locales.get(join(root, 'fr/plan.md')), 'fr');
      assert.equal(locales.get(join(root, 'fr/01-listen.md')), 'fr');
      assert.equal(locales.get(join(root, 'none/01-listen.md')), 'en');
    });
  });
});
