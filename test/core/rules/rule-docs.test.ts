import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_RULE_ID } from '../../../src/core/lint/config';
import { INTERNAL_ERROR_RULE } from '../../../src/core/lint/linter';
import { LineIndex } from '../../../src/core/document/lines';
import { RULES } from '../../../src/core/rules';
import type { Finding } from '../../../src/core/types';
import { ALWAYS_JUDGED } from '../../support/fixtures';
import {
  CONTEXTS,
  contextFiles,
  DEFAULT_CONTEXT,
  lintExample,
  lintFiles,
  markedLines,
  ruleExamples,
} from '../../support/rule-examples';

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

/** `file:line rule: message`, enough to see what an example produced. */
function described(findings: Finding[]): string[] {
  return findings.map((finding) => `${finding.file}@${finding.range.start} ${finding.rule}: ${finding.message.en}`);
}

/**
 * Each page's `fail` and `pass` examples run through the linter (test/support/rule-examples.ts):
 * a failing example gets at least one finding of the page's rule, and one on each line its `# ✗`
 * comments mark; a passing example gets none; neither may
 * get a finding of the rules that say whether documents are well formed, other than the page's own.
 */
describe('rule docs examples', () => {
  it('the example plans (docs/rules/examples/) are well formed, and `bakery`, the default, is clean', () => {
    for (const name of readdirSync(CONTEXTS)) {
      const findings = lintFiles(contextFiles(name));
      assert.deepEqual(
        described(name === DEFAULT_CONTEXT ? findings : findings.filter((finding) => ALWAYS_JUDGED.has(finding.rule))),
        [],
        name,
      );
    }
  });

  const ids = [...RULES.map((rule) => rule.id), CONFIG_RULE_ID, INTERNAL_ERROR_RULE];
  for (const id of ids) {
    const examples = ruleExamples(readFileSync(join(DOCS, `${id}.md`), 'utf8'));
    describe(`${id}.md`, () => {
      it('has a failing and a passing example', () => {
        if (id !== INTERNAL_ERROR_RULE)
          assert.ok(
            examples.some((example) => example.expect === 'fail'),
            'no ```… fail block',
          );
        assert.ok(
          examples.some((example) => example.expect === 'pass'),
          'no ```… pass block',
        );
      });
      for (const example of examples) {
        it(`line ${example.line}: ${example.expect} (${example.file} in ${example.context})`, () => {
          const { findings, text } = lintExample(example);
          assert.deepEqual(
            described(findings.filter((finding) => ALWAYS_JUDGED.has(finding.rule) && finding.rule !== id)),
            [],
            'the example is not well formed',
          );
          const own = described(findings.filter((finding) => finding.rule === id));
          if (example.expect === 'pass') {
            assert.deepEqual(own, [], `a passing example got \`${id}\` findings`);
            return;
          }
          assert.ok(own.length > 0, `no \`${id}\` finding`);
          const lines = new LineIndex(text);
          const reported = new Set(
            findings
              .filter((finding) => finding.rule === id && finding.file === example.file)
              .map((finding) => lines.positionAt(finding.range.start).line),
          );
          const missed = markedLines(example, text).filter(({ line }) => !reported.has(line));
          assert.deepEqual(
            missed,
            [],
            `lines marked ✗ without a \`${id}\` finding there; it reported: ${own.join('; ')}`,
          );
        });
      }
    });
  }
});
