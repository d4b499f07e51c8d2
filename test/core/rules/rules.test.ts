import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { RULES } from '../../../src/core/rules';
import type { Finding } from '../../../src/core/types';
import {
  ALWAYS_JUDGED,
  actualFindings,
  BASE_FILE,
  BASES,
  baseFiles,
  caseFolders,
  caseRoot,
  expectedFindings,
  FIXTURES,
  lintFixture,
} from '../../support/fixtures';

/**
 * Every rule has a folder `test/fixtures/rules/<id>/` of cases: `fail-*` cases must produce
 * exactly the findings their markers announce, `pass-*` cases none at all. A case may name a shared
 * base plan in `_base.yaml` and hold only the files that differ (test/support/fixtures.ts).
 *
 * A case is judged on the findings of its own rule, of every rule its markers name, and of the
 * rules that say whether the fixture itself is well formed (YAML, schema, keys, plan layout, config,
 * crashes). The other plan-level rules are left out: a fixture is a minimal plan, and each rule
 * added to the catalogue would otherwise have to be announced in every other rule's fixtures.
 */

function judged(ruleId: string, expected: string[]): (finding: Finding) => boolean {
  const named = new Set(expected.map((line) => line.slice(line.lastIndexOf(' ') + 1)));
  return (finding) => finding.rule === ruleId || ALWAYS_JUDGED.has(finding.rule) || named.has(finding.rule);
}

describe('rules, from their fixtures', () => {
  for (const rule of RULES) {
    const folder = join(FIXTURES, 'rules', rule.id);
    describe(rule.id, () => {
      it('has failing and passing fixtures and a docs page', () => {
        const cases = existsSync(folder) ? caseFolders(folder).map((path) => basename(path)) : [];
        assert.ok(
          cases.some((name) => name.startsWith('fail-')),
          `no fail-* case in ${folder}`,
        );
        assert.ok(
          cases.some((name) => name.startsWith('pass-')),
          `no pass-* case in ${folder}`,
        );
        assert.ok(
          existsSync(join(__dirname, '..', '..', '..', 'docs', 'rules', `${rule.id}.md`)),
          `no docs/rules/${rule.id}.md`,
        );
      });
      for (const path of existsSync(folder) ? caseFolders(folder) : []) {
        it(basename(path), () => {
          const root = caseRoot(path);
          const expected = expectedFindings(root);
          if (basename(path).startsWith('fail-'))
            assert.ok(expected.length > 0, 'a fail-* case must announce findings');
          assert.deepEqual(
            actualFindings(root, lintFixture(root).filter(judged(rule.id, expected)), expected),
            expected,
          );
        });
      }
    });
  }
});

describe('rule fixtures', () => {
  const cases = RULES.flatMap((rule) => {
    const folder = join(FIXTURES, 'rules', rule.id);
    return existsSync(folder) ? caseFolders(folder) : [];
  });

  it('every base plan in _bases/ is used, by a case or another base', () => {
    const named = new Set(
      [...cases, ...caseFolders(BASES)]
        .map((folder) => join(folder, BASE_FILE))
        .filter((file) => existsSync(file))
        .map((file) => /^base: (.+)$/m.exec(readFileSync(file, 'utf8'))?.[1]),
    );
    assert.deepEqual(
      caseFolders(BASES)
        .map((folder) => basename(folder))
        .filter((name) => !named.has(name)),
      [],
    );
  });

  it('no case holds a copy of the base file it replaces (leave it to the base)', () => {
    const copies: string[] = [];
    for (const folder of cases) {
      for (const [path, source] of baseFiles(folder)) {
        const mine = join(folder, path);
        if (existsSync(mine) && readFileSync(mine).equals(readFileSync(source))) copies.push(mine);
      }
    }
    assert.deepEqual(copies, []);
  });
});
