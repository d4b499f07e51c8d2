import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_RULE_ID } from '../../../src/core/lint/config';
import { INTERNAL_ERROR_RULE } from '../../../src/core/lint/linter';
import { RULES } from '../../../src/core/rules';

/**
 * `docs/rules/README.md` is written by hand (rules grouped by theme), so it is checked against the
 * registry here: every rule listed once with its default severity, every page reachable.
 */
const DOCS = join(__dirname, '..', '..', '..', 'docs', 'rules');
const INDEX = readFileSync(join(DOCS, 'README.md'), 'utf8');

/** `| [`id`](id.md) | severity | …` rows of the index, id → severity. */
function indexRows(): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const match of INDEX.matchAll(/^\| \[`([\w-]+)`\]\(([\w-]+)\.md\) \| (\w+) \|/gm)) {
    assert.equal(match[2], match[1], `the row of \`${match[1]}\` links to ${match[2]}.md`);
    rows.set(match[1], [...(rows.get(match[1]) ?? []), match[3]]);
  }
  return rows;
}

describe('rule docs', () => {
  it('the index lists every rule of the registry once, with its default severity', () => {
    const rows = indexRows();
    for (const rule of RULES)
      assert.deepEqual(rows.get(rule.id), [rule.defaultSeverity], `docs/rules/README.md row for \`${rule.id}\``);
  });

  it('the index lists the `config` and `internal-error` findings, which are always errors', () => {
    const rows = indexRows();
    assert.deepEqual(rows.get(CONFIG_RULE_ID), ['error']);
    assert.deepEqual(rows.get(INTERNAL_ERROR_RULE), ['error']);
  });

  it('every page is in the index, and the index links to no missing page', () => {
    const pages = readdirSync(DOCS)
      .filter((name) => name.endsWith('.md') && name !== 'README.md')
      .map((name) => name.slice(0, -3));
    assert.deepEqual([...indexRows().keys()].sort(), pages.sort());
  });

  it('every page opens with a title naming its id', () => {
    for (const id of indexRows().keys()) {
      const title = readFileSync(join(DOCS, `${id}.md`), 'utf8').split('\n')[0];
      assert.match(title, new RegExp(`^# \`${id}\``), `docs/rules/${id}.md`);
    }
  });
});
