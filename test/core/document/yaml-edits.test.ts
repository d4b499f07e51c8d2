import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSocialDocument, type SocialDocument } from '../../../src/core/document/document';
import { insertKey, replaceValue } from '../../../src/core/document/yaml-edits';
import { Linter } from '../../../src/core/lint/linter';
import { applyFixes } from '../../../src/core/lint/fixes';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { writeTree } from '../../support/tree';
import type { TextEdit } from '../../../src/core/types';

const FILE = '/workspace/plan/plan.md';

function parse(text: string): SocialDocument {
  const document = parseSocialDocument(FILE, { text });
  assert.ok(document, 'not a SocialPlan document');
  return document;
}

function applied(text: string, edit: TextEdit | undefined): string {
  assert.ok(edit, 'no edit');
  return text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
}

describe('replaceValue', () => {
  it('replaces a plain or quoted value where it is', () => {
    const text = '---\nsocialplan: plan\nperiod: { start: 2027-1-5, end: "2027/12/31" }\n---\n';
    const start = applied(text, replaceValue(parse(text), ['period', 'start'], '"2027-01-05"'));
    assert.equal(start, '---\nsocialplan: plan\nperiod: { start: "2027-01-05", end: "2027/12/31" }\n---\n');
  });

  it('replaces a block scalar (| or >-) but keeps its line break: the closing fence and the next key stay', () => {
    const last = '---\nsocialplan: plan\nperiod:\n  end: |\n    2027/12/31\n---\nBody.\n';
    assert.equal(
      applied(last, replaceValue(parse(last), ['period', 'end'], '"2027-12-31"')),
      '---\nsocialplan: plan\nperiod:\n  end: "2027-12-31"\n---\nBody.\n',
    );
    const followed = '---\nsocialplan: plan\nperiod:\n  start: >-\n    2027/01/05\n  end: "2027-12-31"\n---\n';
    assert.equal(
      applied(followed, replaceValue(parse(followed), ['period', 'start'], '"2027-01-05"')),
      '---\nsocialplan: plan\nperiod:\n  start: "2027-01-05"\n  end: "2027-12-31"\n---\n',
    );
    const kept = '---\r\nsocialplan: plan\r\ntotal: |+\r\n  12\r\n\r\nnext: 1\r\n---\r\n';
    assert.equal(
      applied(kept, replaceValue(parse(kept), ['total'], '13')),
      '---\r\nsocialplan: plan\r\ntotal: 13\r\n\r\nnext: 1\r\n---\r\n',
    );
  });

  it('replaces a block list with a flow value and keeps the line break before the next key', () => {
    const text = '---\nsocialplan: charter\napprovals:\n  - nobody\n  - nobody else # who?\nnext: 1\n---\n';
    assert.equal(
      applied(text, replaceValue(parse(text), ['approvals'], '[{ name: A, role: B, date: "2027-01-01" }]')),
      '---\nsocialplan: charter\napprovals:\n  [{ name: A, role: B, date: "2027-01-01" }]\nnext: 1\n---\n',
    );
  });

  it('offers no edit across lines that would break the YAML', () => {
    const text = '---\nsocialplan: plan\nnotes: |\n  one\n  two\nnext: 1\n---\n';
    assert.equal(replaceValue(parse(text), ['notes'], '"unclosed'), undefined);
  });
});

describe('insertKey', () => {
  it('inserts after a block scalar on the next line, and offers no block insertion that would break the YAML', () => {
    const text = '---\nsocialplan: plan\nbudget:\n  note: |\n    Agreed in May.\n---\n';
    assert.equal(
      applied(text, insertKey(parse(text), ['budget'], 'total', '5')),
      '---\nsocialplan: plan\nbudget:\n  note: |\n    Agreed in May.\n  total: 5\n---\n',
    );
    assert.equal(insertKey(parse(text), ['budget'], 'lines', '\n  - { amount: 5 }\n  - "unclosed'), undefined);
    assert.ok(insertKey(parse(text), ['budget'], 'lines', '\n  - { amount: 5 }\n  - { amount: 6 }'));
  });
});

describe('the date fix on a block scalar, through the linter', () => {
  it('"Write the date" on `due: |` keeps the closing fence, and the fixed step lints clean of it', () => {
    const step = '---\nsocialplan: step\nstep: listen\ntitle: Listen\nstatus: todo\ndue: |\n  2027/07/23\n---\nBody.\n';
    const root = writeTree(mkdtempSync(join(tmpdir(), 'socialplan-yaml-edits-')), {
      'plan.md': '---\nsocialplan: plan\ntitle: T\nmethod: { steps: [{ id: listen, title: Listen }] }\n---\n',
      '01-listen.md': step,
    });
    try {
      const file = join(root, '01-listen.md');
      const findings = new Linter(new NodeFileHost(), { trusted: true }).lint([file]).findings;
      const fixes = findings.flatMap((finding) => finding.fixes ?? []).filter((fix) => /2027-07-23/.test(fix.title.en));
      assert.equal(fixes.length, 1, findings.map((finding) => `${finding.rule}: ${finding.message.en}`).join('\n'));
      const outcome = applyFixes(fixes, (path) => readFileSync(path, 'utf8'));
      const fixed = outcome.changed.get(file);
      assert.equal(fixed, step.replace('|\n  2027/07/23', '"2027-07-23"'));
      writeFileSync(file, fixed);
      const after = new Linter(new NodeFileHost(), { trusted: true }).lint([file]).findings;
      assert.deepEqual(
        after.filter((finding) => finding.rule === 'yaml-syntax' || /2027/.test(finding.message.en)),
        [],
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
