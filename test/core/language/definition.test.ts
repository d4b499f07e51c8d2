import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { definition, references, type SourceLocation } from '../../../src/core/language';
import { Linter } from '../../../src/core/lint/linter';
import { BAKERY, editing } from '../../support/cursor';
import { writeTree } from '../../support/tree';

/** `file:text` for each location: where it points and what it covers there. */
function shown(locations: SourceLocation[]): string[] {
  return locations.map(
    (location) =>
      `${basename(location.file)}:${readFileSync(location.file, 'utf8').slice(location.range.start, location.range.end)}`,
  );
}

/** `file:line` for each location, to tell apart several hits of the same text. */
function lines(locations: SourceLocation[]): string[] {
  return locations.map(
    (location) =>
      `${basename(location.file)}:${readFileSync(location.file, 'utf8').slice(0, location.range.start).split('\n').length}`,
  );
}

const linter = () => ({ linter: new Linter(new NodeFileHost()) });

describe('go to definition and find references', () => {
  it('goes from a post’s pillar in a calendar to the pillar in the plan (examples/en)', () => {
    const file = join(__dirname, '..', '..', '..', 'examples', 'en', 'calendar-2028-q1.md');
    const source = readFileSync(file, 'utf8');
    const offset = source.indexOf('pillar: on-stage') + 'pillar: on-s'.length;
    const found = definition({ file, text: source, offset, locale: 'en' }, linter());
    assert.deepEqual(lines(found), ['plan.md:49']);
    assert.match(readFileSync(found[0].file, 'utf8').slice(found[0].range.start, found[0].range.end), /^on-stage/);
  });

  it('goes from a step’s owner to the resource defined in another file of the plan', () => {
    const found = definition(editing('01-listen.md', 'owner: marie', 'owner: mar‸ie'), linter());
    assert.deepEqual(shown(found), ['annex-team.md:marie']);
    assert.deepEqual(lines(found), ['annex-team.md:5']);
  });

  it('goes from an objective in a platform’s flow list, and from a budget line, to the objective', () => {
    assert.deepEqual(lines(definition(editing('plan.md', '[saturday-visits]', '[saturday-vi‸sits]'), linter())), [
      'plan.md:26',
    ]);
    assert.deepEqual(
      lines(
        definition(
          editing('plan.md', '      objective: awareness-south-shore', '      objective: awareness‸-south-shore'),
          linter(),
        ),
      ),
      ['plan.md:15'],
    );
  });

  it('goes from the charter’s spokespersons and escalation to the resources', () => {
    assert.deepEqual(lines(definition(editing('charter.md', '[marie, ceo]', '[marie, c‸eo]'), linter())), [
      'annex-team.md:15',
    ]);
    assert.deepEqual(
      lines(definition(editing('charter.md', 'escalate_to: julien', 'escalate_to: ‸julien'), linter())),
      ['annex-team.md:11'],
    );
  });

  it('on a definition, answers that definition', () => {
    assert.deepEqual(lines(definition(editing('plan.md', '  - id: instagram', '  - id: insta‸gram'), linter())), [
      'plan.md:33',
    ]);
  });

  it('goes from `charter:` to the charter file', () => {
    const found = definition(editing('plan.md', 'charter: charter.md', 'charter: char‸ter.md'), linter());
    assert.deepEqual(found, [{ file: join(BAKERY, 'charter.md'), range: { start: 0, end: 0 } }]);
    // A charter that is not there: nowhere to go (plan-structure reports the link).
    assert.deepEqual(definition(editing('plan.md', 'charter: charter.md', 'charter: char‸ter-2.md'), linter()), []);
    assert.deepEqual(definition(editing('plan.md', 'charter: charter.md', 'charter: char‸ter-2.md')), []);
  });

  it('finds nothing for an unknown id, or a key', () => {
    assert.deepEqual(definition(editing('01-listen.md', 'owner: marie', 'owner: mari‸o'), linter()), []);
    assert.deepEqual(definition(editing('01-listen.md', 'owner: marie', 'own‸er: marie'), linter()), []);
  });

  it('finds every use of a resource across the plan, with or without its definition', () => {
    const request = editing('annex-team.md', '  - id: marie', '  - id: ma‸rie');
    const all = references(request, linter(), true);
    assert.deepEqual(
      lines(all).sort(),
      ['01-listen.md:6', 'annex-team.md:5', 'charter.md:14', 'plan.md:25', 'plan.md:31', 'plan.md:55'].sort(),
    );
    assert.ok(shown(all).every((text) => text.endsWith(':marie')));
    assert.deepEqual(
      lines(references(request, linter(), false)).sort(),
      ['01-listen.md:6', 'charter.md:14', 'plan.md:25', 'plan.md:31', 'plan.md:55'].sort(),
    );
  });

  it('finds the uses of a platform from one of its references', () => {
    const request = editing('plan.md', '      platform: instagram', '      platform: insta‸gram');
    assert.deepEqual(lines(references(request, linter(), true)), ['plan.md:33', 'plan.md:59']);
  });

  it('goes from a step to its definition in the plan’s custom method', () => {
    const root = mkdtempSync(join(tmpdir(), 'sp-definition-'));
    try {
      writeTree(root, {
        'plan.md':
          '---\nsocialplan: plan\ntitle: Custom\nmethod:\n  steps:\n    - id: audit\n      title: Audit\n    - id: persona\n      title: Personas\n      requires: [audit]\n---\n',
        '01-audit.md': '---\nsocialplan: step\nstep: audit\n---\n',
      });
      const text = readFileSync(join(root, '01-audit.md'), 'utf8');
      const offset = text.indexOf('audit') + 2;
      const found = definition({ file: join(root, '01-audit.md'), text, offset, locale: 'en' }, linter());
      assert.deepEqual(shown(found), ['plan.md:audit']);
      assert.deepEqual(lines(found), ['plan.md:6']);
      // And in the method itself, `requires` items lead to their step.
      const planText = readFileSync(join(root, 'plan.md'), 'utf8');
      const fromRequires = definition(
        { file: join(root, 'plan.md'), text: planText, offset: planText.indexOf('[audit]') + 2, locale: 'en' },
        linter(),
      );
      assert.deepEqual(lines(fromRequires), ['plan.md:6']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('without a linter, knows the current document only', () => {
    const request = editing('plan.md', '      platform: instagram', '      platform: insta‸gram');
    assert.deepEqual(lines(definition(request)), ['plan.md:33']);
    assert.deepEqual(definition(editing('01-listen.md', 'owner: marie', 'owner: mar‸ie')), []);
  });
});
