import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceRuleTable } from '../../../scripts/generate/catalogue';
import { withGeneratedRules } from '../../../scripts/generate/config-schema';

describe('generated documentation', () => {
  it('README.md rule table matches the rule registry (run `npx tsx scripts/generate/gen-readme.ts`)', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    assert.equal(readme, replaceRuleTable(readme));
  });
});

describe('config schema', () => {
  it('declares a setting for exactly the rules of the registry', async () => {
    const { RULES } = await import('../../../src/core/rules');
    const config = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'schemas', 'config.schema.json'), 'utf8'));
    assert.deepEqual(Object.keys(config.properties.rules.properties).sort(), RULES.map((rule) => rule.id).sort());
  });

  it('its rule part (descriptions, defaults, options) matches the registry (run `npx tsx scripts/generate/gen-config-schema.ts`)', () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', 'schemas', 'config.schema.json'), 'utf8');
    assert.equal(text, withGeneratedRules(text));
  });
});
