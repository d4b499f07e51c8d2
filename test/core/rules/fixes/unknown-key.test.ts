import assert from 'node:assert/strict';
import { assertCleanRelint, assertGolden, fixCase } from '../../../support/fix-golden';

const RULE = 'unknown-key';

describe(`${RULE} fixes`, () => {
  it('a French decimal comma inside `{ }`: one finding that says why, and a quick fix that quotes the text', () => {
    const run = fixCase(RULE, 'fail-comma-in-flow-mapping');
    const findings = run.before.filter((finding) => finding.rule === RULE);
    assert.deepEqual(
      findings.map((finding) => finding.message.en),
      [
        'A comma inside `{ }` ends the value: `label` reads `Gestionnaire (0`, and the rest became keys of their own. Put the text in quotes: `label: "Gestionnaire (0,5 ETP)"`.',
        'A comma inside `{ }` ends the value: `label` reads `Tournage (2`, and the rest became keys of their own. Put the text in quotes: `label: "Tournage (2,5 jours, 3,5 h)"`.',
      ],
    );
    assert.equal(
      findings[0].message.fr,
      'Une virgule entre `{ }` termine la valeur : `label` se lit `Gestionnaire (0`, et la suite est devenue des clés à part. Mettez le texte entre guillemets : `label: "Gestionnaire (0,5 ETP)"`.',
    );
    assert.deepEqual(
      run.fixes.map((fix) => [fix.title.en, fix.safe]),
      [
        ['Put `Gestionnaire (0,5 ETP)` in quotes', false],
        ['Put `Tournage (2,5 jours, 3,5 h)` in quotes', false],
      ],
    );
    assertGolden(RULE, 'fail-comma-in-flow-mapping', run, ['plan.md']);
    assertCleanRelint(RULE, run);
    assert.deepEqual(
      run.after.filter((finding) => ['yaml-syntax', 'schema', RULE].includes(finding.rule)),
      [],
    );
  });

  it('a typo of the one key it can be: the rename cannot change what the plan says, so it is safe', () => {
    const run = fixCase(RULE, 'fail-typo-at-root');
    assert.deepEqual(
      run.fixes.map((fix) => [fix.title.en, fix.safe]),
      [['Rename to `budget`', true]],
    );
    assertGolden(RULE, 'fail-typo-at-root', run, ['plan.md']);
    // Renamed, the budget is read at last: the budget rules see what the author wrote.
    const before = new Set(run.before.map((finding) => finding.rule));
    assert.deepEqual(
      run.after.map((finding) => finding.rule).filter((rule) => !before.has(rule)),
      ['budget-sum'],
    );
    assert.ok(!run.after.some((finding) => finding.rule === RULE));
  });

  it('a typo beside the key it would become, holding a number: a rename would duplicate the key, a merge means nothing, so no fix', () => {
    const run = fixCase(RULE, 'fail-typo-beside-the-key');
    assert.deepEqual(run.fixes, []);
  });

  it('a typo beside the key it would become, both blocks with no key in common: "Merge into" moves its entries, comments too', () => {
    const run = fixCase(RULE, 'fail-typo-merges-into-the-key');
    assert.deepEqual(
      run.fixes.map((fix) => [fix.title.en, fix.title.fr, fix.safe]),
      [['Merge into `budget`', 'Fusionner dans `budget`', false]],
    );
    assertGolden(RULE, 'fail-typo-merges-into-the-key', run, ['plan.md']);
    assertCleanRelint(RULE, run);
    assert.deepEqual(
      run.after.filter((finding) => ['yaml-syntax', 'schema'].includes(finding.rule)),
      [],
      'the merged plan is well formed',
    );
  });

  it('a typo beside the key it would become, both block lists: "Merge into" appends its items, at the indentation of the list', () => {
    const run = fixCase(RULE, 'fail-typo-merges-a-list');
    assert.deepEqual(
      run.fixes.map((fix) => fix.title.en),
      ['Merge into `platforms`'],
    );
    assertGolden(RULE, 'fail-typo-merges-a-list', run, ['plan.md']);
    // Merged, `facebook` is read at last: the platform rules now see it, and the YAML stays whole.
    assert.deepEqual(
      run.after.filter((finding) => [RULE, 'yaml-syntax', 'schema'].includes(finding.rule)),
      [],
    );
    assert.ok(run.after.some((finding) => finding.message.en.includes('`facebook`')));
  });

  it('a typo beside the key it would become, both blocks setting `total`: no merge (which total?), no rename', () => {
    const run = fixCase(RULE, 'fail-typo-shares-a-key');
    assert.deepEqual(run.fixes, []);
  });
});
