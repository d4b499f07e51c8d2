import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceRuleTable } from '../../../scripts/generate/catalogue';
import { withGeneratedRules } from '../../../scripts/generate/config-schema';
import { replaceMethodTables } from '../../../scripts/generate/method-docs';
import { METHOD_PRESETS, PRESET_NAMES } from '../../../src/core/method/methods';

const ROOT = join(__dirname, '..', '..', '..');

describe('generated documentation', () => {
  it('README.md rule table matches the rule registry (run `npx tsx scripts/generate/gen-readme.ts`)', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    assert.equal(readme, replaceRuleTable(readme));
  });
});

describe('docs/methods.md', () => {
  const methodsDoc = () => readFileSync(join(ROOT, 'docs', 'methods.md'), 'utf8');

  it('its step tables match the method presets (run `npx tsx scripts/generate/gen-method-docs.ts`)', () => {
    const doc = methodsDoc();
    assert.equal(doc, replaceMethodTables(doc));
  });

  it('lists every step id of every preset under its method, with its English and French titles and what it requires', () => {
    const doc = methodsDoc();
    for (const name of PRESET_NAMES) {
      const start = doc.indexOf(`### \`${name}\``);
      assert.notEqual(start, -1, `no section for ${name}`);
      const next = doc.indexOf('\n### ', start + 1);
      const section = doc.slice(start, next === -1 ? undefined : next);
      for (const step of METHOD_PRESETS[name].steps) {
        const requires = step.requires.length > 0 ? step.requires.map((id) => `\`${id}\``).join(', ') : '—';
        assert.ok(
          section.includes(`\n| \`${step.id}\` | ${step.title.en} | ${step.title.fr} | ${requires} |`),
          `${name}/${step.id} is not listed with its titles and requirements`,
        );
      }
    }
  });

  it('is linked from the README and from docs/authoring.md', () => {
    assert.match(readFileSync(join(ROOT, 'README.md'), 'utf8'), /\]\(docs\/methods\.md\)/);
    assert.match(readFileSync(join(ROOT, 'docs', 'authoring.md'), 'utf8'), /\]\(methods\.md\)/);
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
