import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { RULES } from '../../src/core/rules';
import { actualFindings, caseFolders, expectedFindings, FIXTURES, lintFixture } from '../support/fixtures';

/**
 * Every rule has a folder `test/fixtures/rules/<id>/` of cases: `fail-*` cases must produce
 * exactly the findings their markers announce, `pass-*` cases none at all.
 */
describe('rules, from their fixtures', () => {
  for (const rule of RULES) {
    const folder = join(FIXTURES, 'rules', rule.id);
    describe(rule.id, () => {
      it('has failing and passing fixtures and a docs page', () => {
        const cases = existsSync(folder) ? caseFolders(folder).map((path) => basename(path)) : [];
        assert.ok(cases.some((name) => name.startsWith('fail-')), `no fail-* case in ${folder}`);
        assert.ok(cases.some((name) => name.startsWith('pass-')), `no pass-* case in ${folder}`);
        assert.ok(existsSync(join(__dirname, '..', '..', 'docs', 'rules', `${rule.id}.md`)), `no docs/rules/${rule.id}.md`);
      });
      for (const path of existsSync(folder) ? caseFolders(folder) : []) {
        it(basename(path), () => {
          const expected = expectedFindings(path);
          if (basename(path).startsWith('fail-')) assert.ok(expected.length > 0, 'a fail-* case must announce findings');
          assert.deepEqual(actualFindings(path, lintFixture(path), expected), expected);
        });
      }
    });
  }
});
