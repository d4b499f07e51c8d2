import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from '../../../src/core/lint/linter';
import { NodeFileHost } from '../../../src/core/workspace/host';

/** The engine's count-dependent texts take their plural form from Intl.PluralRules: no "item(s)". */
describe('plural texts of the engine', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'socialplan-plurals-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('a list that must hold at least one item says "1 item" / "1 élément"', () => {
    const file = join(folder, 'plan.md');
    writeFileSync(file, '---\nsocialplan: plan\ntitle: T\nmethod:\n  steps: []\n---\n');
    const { findings } = new Linter(new NodeFileHost(), { trusted: true }).lint([file]);
    const minimum = findings.find((finding) => /at least/.test(finding.message.en));
    assert.ok(minimum, findings.map((finding) => finding.message.en).join('\n'));
    assert.match(minimum.message.en, /must list at least 1 item\./);
    assert.match(minimum.message.fr, /doit contenir au moins 1 élément\./);
    assert.doesNotMatch(`${minimum.message.en} ${minimum.message.fr}`, /\(s\)/);
  });
});
