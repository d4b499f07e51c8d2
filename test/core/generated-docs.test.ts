import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceRuleTable } from '../../src/core/rules/catalogue';

describe('generated documentation', () => {
  it('README.md rule table matches the rule registry (run `npx tsx scripts/gen-readme.ts`)', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    assert.equal(readme, replaceRuleTable(readme));
  });
});
