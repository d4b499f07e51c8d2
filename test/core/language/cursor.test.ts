import assert from 'node:assert/strict';
import { cursorContext, type CursorContext } from '../../../src/core/language/cursor';
import { withCursor } from '../../support/cursor';

/** The context at the `‸` of a text, with its range shown as the text it covers. */
function at(source: string): (CursorContext & { covered: string }) | undefined {
  const { text, offset } = withCursor(source);
  const context = cursorContext(text, offset);
  return context && { ...context, covered: text.slice(context.range.start, context.range.end) };
}

const STEP = '---\nsocialplan: step\nstep: listen\n';
const PLAN = '---\nsocialplan: plan\ntitle: Bakery\n';

describe('cursor context', () => {
  describe('keys', () => {
    it('reads a complete key, with the part before the cursor as prefix', () => {
      const context = at(`${STEP}ow‸ner: marie\n---\n`);
      assert.equal(context?.target, 'key');
      assert.deepEqual(context?.path, ['owner']);
      assert.deepEqual(context?.parentPath, []);
      assert.equal(context?.word, 'owner');
      assert.equal(context?.prefix, 'ow');
      assert.equal(context?.covered, 'owner');
      assert.equal(context?.hasColon, true);
      assert.deepEqual(context?.siblingKeys.sort(), ['socialplan', 'step']);
    });

    it('reads a key being typed, with no colon yet (the YAML does not parse)', () => {
      const context = at(`${STEP}ow‸\ntitle: Listening\n---\n`);
      assert.equal(context?.target, 'key');
      assert.deepEqual(context?.path, ['ow']);
      assert.equal(context?.hasColon, false);
      assert.deepEqual(context?.siblingKeys.sort(), ['socialplan', 'step', 'title']);
    });

    it('finds the parent of a half-typed key from indentation, inside a list item', () => {
      const context = at(
        `${PLAN}resources:\n  - id: marie\n    name: Marie\n    ro‸\n  - id: ceo\n    role: spokesperson\n---\n`,
      );
      assert.deepEqual(context?.path, ['resources', 0, 'ro']);
      assert.deepEqual(context?.parentPath, ['resources', 0]);
      assert.deepEqual(context?.siblingKeys.sort(), ['id', 'name']);
    });

    it('counts list items to find the index, also for a list at its key’s indentation', () => {
      assert.deepEqual(at(`${PLAN}resources:\n  - id: marie\n  - id: ceo\n    ‸\n---\n`)?.parentPath, ['resources', 1]);
      assert.deepEqual(at(`${PLAN}objectives:\n- id: a\n  goal: awareness\n- id: b\n  ow‸\n---\n`)?.parentPath, [
        'objectives',
        1,
      ]);
    });

    it('on an empty line, the cursor’s column decides the parent', () => {
      const source = (column: number) =>
        `${PLAN}objectives:\n  - id: a\n    kpi:\n      metric: reach\n${' '.repeat(column)}‸\n---\n`;
      assert.deepEqual(at(source(6))?.parentPath, ['objectives', 0, 'kpi']);
      assert.deepEqual(at(source(4))?.parentPath, ['objectives', 0]);
      assert.deepEqual(at(source(2))?.parentPath, ['objectives']);
      assert.deepEqual(at(source(0))?.parentPath, []);
      assert.deepEqual(at(source(6))?.siblingKeys, ['metric']);
    });

    it('reads a quoted key without its quotes', () => {
      const context = at(`${STEP}"sta‸tus": done\n---\n`);
      assert.equal(context?.word, 'status');
      assert.equal(context?.covered, 'status');
    });

    it('reads a key of a flow mapping', () => {
      const context = at(`${PLAN}platforms:\n  - id: ig\n    frequency: { posts: 3, p‸ }\n---\n`);
      assert.equal(context?.target, 'key');
      assert.deepEqual(context?.path, ['platforms', 0, 'frequency', 'p']);
      assert.deepEqual(context?.siblingKeys, ['posts']);
      assert.equal(context?.inFlow, true);
    });
  });

  describe('values', () => {
    it('reads a scalar value, without a trailing comment', () => {
      const context = at(`${STEP}owner: ma‸rie   # the community manager\n---\n`);
      assert.equal(context?.target, 'value');
      assert.deepEqual(context?.path, ['owner']);
      assert.equal(context?.word, 'marie');
      assert.equal(context?.prefix, 'ma');
      assert.equal(context?.covered, 'marie');
    });

    it('reads an empty value right after `key: ` (the value being typed)', () => {
      const context = at(`${STEP}owner: ‸\n---\n`);
      assert.equal(context?.target, 'value');
      assert.deepEqual(context?.path, ['owner']);
      assert.equal(context?.word, '');
      assert.equal(context?.range.start, context?.range.end);
    });

    it('in the spaces before a value, the range starts at the cursor (an editor’s completion range holds the cursor)', () => {
      const context = at(`${STEP}owner:‸  marie\n---\n`);
      assert.equal(context?.word, 'marie');
      assert.equal(context?.prefix, '');
      assert.equal(context?.covered, '  marie');
    });

    it('reads a quoted value inside its quotes', () => {
      const context = at(`${STEP}due: "2027-0‸2-15"\n---\n`);
      assert.equal(context?.word, '2027-02-15');
      assert.equal(context?.covered, '2027-02-15');
    });

    it('reads an item of a flow sequence, even an unclosed one, and knows the other items', () => {
      const closed = at(`${PLAN}legal:\n  spokespersons: [marie, c‸eo]\n---\n`);
      assert.deepEqual(closed?.path, ['legal', 'spokespersons', 1]);
      assert.equal(closed?.word, 'ceo');
      assert.deepEqual(closed?.siblingValues, ['marie']);
      const open = at(`${PLAN}legal:\n  spokespersons: [marie, ‸\n---\n`);
      assert.deepEqual(open?.path, ['legal', 'spokespersons', 1]);
      assert.equal(open?.word, '');
      assert.deepEqual(open?.siblingValues, ['marie']);
    });

    it('reads nested flow collections', () => {
      const context = at(`${PLAN}legal:\n  privacy: { regulations: [GDPR, La‸w 25], policy: none }\n---\n`);
      assert.deepEqual(context?.path, ['legal', 'privacy', 'regulations', 1]);
      assert.equal(context?.word, 'Law 25');
    });

    it('reads a value in a flow mapping', () => {
      const context = at(`${PLAN}platforms:\n  - id: ig\n    frequency: { posts: 3, per: we‸ek }\n---\n`);
      assert.equal(context?.target, 'value');
      assert.deepEqual(context?.path, ['platforms', 0, 'frequency', 'per']);
      assert.equal(context?.word, 'week');
    });

    it('reads a block list item, which may also be the first key of a mapping item', () => {
      const scalar = at(`${PLAN}legal:\n  spokespersons:\n    - marie\n    - c‸\n---\n`);
      assert.deepEqual(scalar?.path, ['legal', 'spokespersons', 1]);
      assert.equal(scalar?.itemMayBeKey, true);
      assert.deepEqual(scalar?.siblingValues, ['marie']);
      const fresh = at(`${PLAN}objectives:\n  - ‸\n---\n`);
      assert.deepEqual(fresh?.path, ['objectives', 0]);
      assert.equal(fresh?.word, '');
    });

    it('reads a value deep in a list item', () => {
      const context = at(
        `${PLAN}budget:\n  currency: CAD\n  lines:\n    - label: Ads\n      amount: 5000\n    - label: Staff\n      resource: ma‸\n---\n`,
      );
      assert.deepEqual(context?.path, ['budget', 'lines', 1, 'resource']);
    });

    it('works with CRLF line breaks', () => {
      const context = at('---\r\nsocialplan: step\r\nowner: ma‸\r\n---\r\n');
      assert.deepEqual(context?.path, ['owner']);
      assert.equal(context?.word, 'ma');
    });
  });

  describe('outside the structure', () => {
    it('is undefined outside the frontmatter, in a comment, or in a block scalar’s text', () => {
      assert.equal(at(`${STEP}---\n\nSome body ‸text\n`), undefined);
      assert.equal(at(`${STEP}# a comm‸ent\n---\n`), undefined);
      assert.equal(at(`${STEP}owner: marie # the comm‸ent\n---\n`), undefined);
      assert.equal(at(`${PLAN}website:\n  notes: |\n    The site conv‸erts\n    poorly.\n---\n`), undefined);
      assert.equal(at(`# Title‸\n\nNo frontmatter.\n`), undefined);
      assert.equal(at(`${STEP}‸---\n`), undefined);
    });

    it('after a block scalar, lines are structure again', () => {
      const context = at(`${PLAN}website:\n  notes: |\n    The site converts\n    poorly.\n  anal‸\n---\n`);
      assert.deepEqual(context?.path, ['website', 'anal']);
      assert.deepEqual(context?.siblingKeys, ['notes']);
    });

    it('still answers in a frontmatter that is never closed (a new file being written)', () => {
      const context = at('---\nsocialplan: plan\nmeth‸');
      assert.deepEqual(context?.path, ['meth']);
    });
  });
});
