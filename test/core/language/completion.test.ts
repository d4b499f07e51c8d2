import assert from 'node:assert/strict';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { complete, type CompletionEntry, type CompletionResult } from '../../../src/core/language';
import { Linter } from '../../../src/core/lint/linter';
import { BAKERY, editing, withCursor } from '../../support/cursor';
import { join } from 'node:path';

function completeIn(
  file: string,
  from: string | RegExp,
  to: string,
  locale: 'en' | 'fr' = 'en',
): CompletionResult & { text: string } {
  const request = editing(file, from, to, locale);
  const result = complete(request, { linter: new Linter(new NodeFileHost()) });
  assert.ok(result, 'expected completions');
  return { ...result, text: request.text };
}

function labels(result: CompletionResult): string[] {
  return [...result.items]
    .sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0))
    .map((item) => item.label);
}

function item(result: CompletionResult, label: string): CompletionEntry {
  const found = result.items.find((candidate) => candidate.label === label);
  assert.ok(found, `no completion "${label}" among ${result.items.map((candidate) => candidate.label).join(', ')}`);
  return found;
}

describe('completion', () => {
  describe('keys', () => {
    it('offers the keys of the document not written yet, required ones first, with their documentation', () => {
      const result = completeIn('02-profiles.md', 'owner: julien', 'owner: julien\n‸');
      assert.deepEqual(labels(result), [
        'budget',
        'due',
        'legal',
        'objectives',
        'platforms',
        'resources',
        'results',
        'skip_reason',
        'title',
      ]);
      const due = item(result, 'due');
      assert.equal(due.detail, 'Due date');
      assert.match(due.documentation ?? '', /When the step must be done/);
      assert.equal(due.insertText, 'due: "${1:YYYY-MM-DD}"');
      assert.equal(due.snippet, true);
    });

    it('filters nothing itself but replaces the half-typed key (the YAML does not parse while typing)', () => {
      const result = completeIn('02-profiles.md', 'owner: julien', 'owner: julien\ndu‸');
      assert.equal(result.text.slice(result.range.start, result.range.end), 'du');
      assert.ok(result.items.some((candidate) => candidate.label === 'due'));
    });

    it('shapes the inserted value from the schema: enum choices, blocks, lists, required sub-keys', () => {
      const result = completeIn('plan.md', 'status: draft\n', '‸\n');
      assert.equal(item(result, 'status').insertText, 'status: ${1|draft,review,approved|}');
      assert.equal(item(result, 'approvals').insertText, 'approvals:\n  - $0');
      assert.equal(item(result, 'legal').insertText, 'legal:\n  $0');
      const steps = completeIn('01-listen.md', 'status: in-progress\n', '‸\n');
      assert.equal(item(steps, 'status').insertText, 'status: ${1|todo,in-progress,done,skipped|}');
      const platform = completeIn('plan.md', '    frequency: { posts: 2, per: week }\n', '    ‸\n');
      assert.equal(item(platform, 'frequency').insertText, 'frequency:\n  posts: $1\n  per: ${2|day,week,month|}');
    });

    it('inside a list item, offers the item’s keys not written yet', () => {
      const result = completeIn('annex-team.md', '    internal: false\n', '    internal: false\n    ‸\n');
      assert.deepEqual(labels(result), ['cost', 'dedicated', 'hours_per_week']);
      assert.equal(item(result, 'dedicated').insertText, 'dedicated: ${1|true,false|}');
    });

    it('on a new line of a list, offers a new item with its first key', () => {
      const result = completeIn('plan.md', 'platforms:\n', 'platforms:\n  ‸\n');
      const id = item(result, '- id');
      assert.equal(id.insertText, '- id: $1');
      assert.equal(labels(result)[0], '- id');
    });

    it('after `- `, offers the keys of a new mapping item, indented under the item', () => {
      const result = completeIn('plan.md', 'objectives:\n', 'objectives:\n  - ‸\n');
      assert.equal(item(result, 'kpi').insertText, 'kpi:\n    $0');
      assert.equal(item(result, 'goal').sortText < item(result, 'kpi').sortText, true, 'required keys first');
    });

    it('in a flow mapping, offers its remaining keys', () => {
      const result = completeIn('plan.md', '{ posts: 3, per: week }', '{ posts: 3, ‸ }');
      assert.deepEqual(labels(result), ['per']);
      assert.equal(item(result, 'per').insertText, 'per: ${1|day,week,month|}');
    });

    it('only replaces the name when the key already has its colon', () => {
      const result = completeIn('01-listen.md', 'due: "2027-02-15"', 'd‸ue: "2027-02-15"');
      assert.ok(result.items.every((candidate) => !candidate.insertText.includes(':')));
    });

    it('offers `socialplan` in an empty frontmatter, and nothing in another tool’s frontmatter', () => {
      const fresh = withCursor('---\n‸\n---\n');
      const offered = complete({ file: '/tmp/new.md', text: fresh.text, offset: fresh.offset, locale: 'en' });
      assert.deepEqual(
        offered?.items.map((candidate) => candidate.insertText),
        ['socialplan: ${1|plan,step,charter,annex|}'],
      );
      const blog = withCursor('---\nlayout: post\n‸\n---\n');
      assert.deepEqual(
        complete({ file: '/tmp/post.md', text: blog.text, offset: blog.offset, locale: 'en' })?.items,
        [],
      );
    });
  });

  describe('values', () => {
    it('offers nothing past a closing quote or in the spaces after a value (found by the properties)', () => {
      const linter = new Linter(new NodeFileHost());
      assert.equal(
        complete(editing('plan.md', '"@boulangerierivesud"', '"@boulangerierivesud"‸'), { linter }),
        undefined,
      );
      assert.equal(
        complete(editing('01-listen.md', 'status: in-progress', 'status: in-progress ‸'), { linter }),
        undefined,
      );
      // Before the closing quote, inside the value: the span replaced holds the cursor.
      const inside = complete(editing('plan.md', '"@boulangerierivesud"', '"@boulangerierivesud‸"'), { linter });
      assert.ok(
        inside && inside.range.end === editing('plan.md', '"@boulangerierivesud"', '"@boulangerierivesud‸"').offset,
      );
    });

    it('offers enum values with their meaning, in the display language', () => {
      const result = completeIn('01-listen.md', 'status: in-progress', 'status: ‸', 'fr');
      assert.deepEqual(labels(result), ['todo', 'in-progress', 'done', 'skipped']);
      assert.equal(item(result, 'skipped').detail, 'Volontairement écartée ; `skip_reason` doit dire pourquoi.');
    });

    it('offers the resources defined anywhere in the plan where a resource id is expected', () => {
      const result = completeIn('02-profiles.md', 'owner: julien', 'owner: ‸');
      assert.deepEqual(labels(result), ['ceo', 'julien', 'marie']);
      assert.equal(item(result, 'marie').detail, 'Marie Tremblay');
      assert.match(item(result, 'marie').documentation ?? '', /community-manager/);
      assert.equal(item(result, 'marie').insertText, 'marie');
    });

    it('adds the missing space after a colon typed right before the cursor', () => {
      const result = completeIn('02-profiles.md', 'owner: julien', 'owner:‸');
      assert.equal(item(result, 'marie').insertText, ' marie');
    });

    it('offers objectives in a platform’s list, leaving out those already listed, even in an unclosed list', () => {
      const result = completeIn('plan.md', 'objectives: [saturday-visits]', 'objectives: [saturday-visits, ‸');
      assert.deepEqual(labels(result), ['awareness-south-shore']);
      assert.equal(item(result, 'awareness-south-shore').detail, 'Make the new bakery range known on the South Shore');
    });

    it('offers platforms, objectives and resources in budget lines', () => {
      const line = (key: string) =>
        completeIn('plan.md', '      category: ads\n', `      category: ads\n      ${key}: ‸\n`);
      assert.deepEqual(labels(line('platform')), ['facebook', 'instagram']);
      assert.deepEqual(labels(line('objective')), ['awareness-south-shore', 'saturday-visits']);
      assert.deepEqual(labels(line('resource')), ['ceo', 'julien', 'marie']);
    });

    it('offers the plan’s objectives and resources in a calendar’s post, and its formats and statuses', () => {
      const post = (line: string) => {
        const { text, offset } = withCursor(
          `---\nsocialplan: calendar\nposts:\n  - date: "2027-03-01"\n    platform: instagram\n    ${line}\n---\n`,
        );
        const result = complete(
          { file: join(BAKERY, 'calendar.md'), text, offset, locale: 'en' },
          {
            linter: new Linter(new NodeFileHost()),
          },
        );
        assert.ok(result, line);
        return result;
      };
      assert.deepEqual(labels(post('objective: ‸')), ['awareness-south-shore', 'saturday-visits']);
      assert.deepEqual(labels(post('owner: ‸')), ['ceo', 'julien', 'marie']);
      assert.deepEqual(labels(post('format: ‸')), [
        'post',
        'carousel',
        'reel',
        'story',
        'video',
        'short',
        'live',
        'article',
        'thread',
        'pin',
      ]);
      assert.match(item(post('status: ‸'), 'scheduled').documentation ?? '', /Scheduled in the publishing tool\./);
    });

    it('offers spokespersons as block list items too', () => {
      const result = completeIn('charter.md', 'spokespersons: [marie, ceo]', 'spokespersons:\n    - marie\n    - ‸');
      assert.deepEqual(labels(result), ['ceo', 'julien']);
    });

    it('offers the method presets with their steps', () => {
      const result = completeIn('plan.md', 'method: six-phases', 'method: ‸');
      assert.deepEqual(labels(result), [
        'three-pillars',
        'five-steps',
        'six-phases',
        'five-questions',
        'socialmedia-11',
      ]);
      assert.equal(item(result, 'five-steps').detail, 'Five steps');
      assert.match(item(result, 'five-steps').documentation ?? '', /1\. Listen \(`listen`\)/);
    });

    it('offers the steps of the plan’s method for `step:`, those without a document first', () => {
      const result = completeIn('02-profiles.md', 'step: profiles', 'step: ‸');
      assert.deepEqual(labels(result), ['profiles', 'content', 'distribution', 'community', 'measure', 'listen']);
      assert.equal(item(result, 'listen').detail, 'Listening and monitoring — 01-listen.md');
      assert.match(item(result, 'content').documentation ?? '', /step 3 of 6/);
    });

    it('offers document kinds for `socialplan:`', () => {
      const { text, offset } = withCursor('---\nsocialplan: ‸\n---\n');
      assert.deepEqual(
        complete({ file: '/tmp/new.md', text, offset, locale: 'en' })?.items.map((candidate) => candidate.label),
        ['plan', 'step', 'charter', 'annex', 'results', 'calendar'],
      );
    });

    it('offers true and false for booleans, and example codes for a currency', () => {
      assert.deepEqual(labels(completeIn('plan.md', '    secured: false', '    secured: ‸')), ['false', 'true']);
      assert.deepEqual(
        labels(completeIn('plan.md', '  currency: CAD\n  period: year', '  currency: ‸\n  period: year')),
        ['CAD', 'EUR', 'USD'],
      );
    });

    it('offers nothing for a definition’s own id, or free text', () => {
      assert.deepEqual(completeIn('annex-team.md', '  - id: julien', '  - id: ‸').items, []);
      assert.deepEqual(completeIn('plan.md', 'client: Boulangerie Rive-Sud', 'client: ‸').items, []);
    });
  });

  it('answers nothing outside the frontmatter', () => {
    const request = editing('01-listen.md', 'Reach last quarter', 'Reach last‸ quarter');
    assert.equal(complete(request), undefined);
  });
});
