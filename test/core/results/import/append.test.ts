import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSocialDocument, type SocialDocument } from '../../../../src/core/document/document';
import {
  appendResults,
  newResultsDocument,
  tooLargeToRead,
  type NewResult,
} from '../../../../src/core/results/import/append';

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'results-import');

const DECEMBER: NewResult[] = [
  { objective: 'web-traffic', date: '2027-12-31', value: 6045, periodStart: '2027-12-01', source: 'GA4' },
  { objective: 'web-traffic', date: '2028-01-31', value: 6210.5 },
];

function documentOf(text: string, file = 'results.md'): SocialDocument {
  const document = parseSocialDocument(join(FIXTURES, file), { text });
  assert.ok(document);
  return document;
}

function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The file after the edit; the edit must only add text, never change a character already there. */
function appended(text: string, entries: NewResult[] = DECEMBER): string {
  const document = documentOf(text);
  const edit = appendResults(document, entries);
  if ('problem' in edit) assert.fail(edit.problem.en);
  return text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
}

function resultsOf(text: string): unknown {
  return documentOf(text).data.results;
}

const NEW_DATA = [
  { objective: 'web-traffic', date: '2027-12-31', value: 6045, period: { start: '2027-12-01' }, source: 'GA4' },
  { objective: 'web-traffic', date: '2028-01-31', value: 6210.5 },
];

describe('results import: adding to a results document', () => {
  it('adds block items after the last one, at its indentation, and leaves every other character', () => {
    const text = fixtureText('block-style.md');
    const after = appended(text);
    const inserted = [
      '  - objective: web-traffic',
      '    date: "2027-12-31"',
      '    value: 6045',
      '    period: { start: "2027-12-01" }',
      '    source: GA4',
      '  - objective: web-traffic',
      '    date: "2028-01-31"',
      '    value: 6210.5',
    ].join('\n');
    const at = text.indexOf('      brought a peak on the 12th.\n') + '      brought a peak on the 12th.'.length;
    assert.equal(after, `${text.slice(0, at)}\n${inserted}${text.slice(at)}`);
    assert.deepEqual(resultsOf(after), [...(resultsOf(text) as unknown[]), ...NEW_DATA]);
    assert.match(after, /# reviewed with the client on 2027-12-02\n---\n\n## Analysis\n\nKept as written\.\n$/);
  });

  it('writes one-line items where the list has them', () => {
    const text = fixtureText('flow-style.md');
    const after = appended(text);
    assert.equal(
      after,
      text.replace(
        '  - { objective: season-awareness, date: "2027-11-30", value: 46200 }\n',
        '  - { objective: season-awareness, date: "2027-11-30", value: 46200 }\n' +
          '  - { objective: web-traffic, date: "2027-12-31", value: 6045, period: { start: "2027-12-01" }, source: GA4 }\n' +
          '  - { objective: web-traffic, date: "2028-01-31", value: 6210.5 }\n',
      ),
    );
  });

  it('adds the list to a document that has none, after its last key', () => {
    const text = fixtureText('no-results.md');
    const after = appended(text);
    assert.equal(
      after,
      text.replace(
        'title: "Results, December 2027"\n',
        'title: "Results, December 2027"\nresults:\n' +
          '  - { objective: web-traffic, date: "2027-12-31", value: 6045, period: { start: "2027-12-01" }, source: GA4 }\n' +
          '  - { objective: web-traffic, date: "2028-01-31", value: 6210.5 }\n',
      ),
    );
  });

  it('fills an empty list, a bare key and a list written on one line', () => {
    for (const name of ['empty-list.md', 'bare-key.md', 'inline-list.md']) {
      const text = fixtureText(name);
      const after = appended(text);
      assert.deepEqual(resultsOf(after), [...((resultsOf(text) as unknown[] | null) ?? []), ...NEW_DATA], name);
      assert.equal(documentOf(after).syntaxProblems.length, 0, name);
      assert.equal(documentOf(after).data.title, documentOf(text).data.title, name);
    }
    assert.match(
      appended(fixtureText('empty-list.md')),
      /^results:\n {2}- \{ objective: web-traffic, date: "2027-12-31"/m,
    );
    assert.match(
      appended(fixtureText('inline-list.md')),
      /value: 5700 \}, \{ objective: web-traffic, date: "2027-12-31"/,
    );
  });

  it('keeps CRLF line endings', () => {
    const text = fixtureText('block-style.md').replaceAll('\n', '\r\n');
    const after = appended(text);
    assert.equal(after.replaceAll('\r\n', '').includes('\n'), false, 'a bare LF was written');
    assert.deepEqual(resultsOf(after), [...(resultsOf(text) as unknown[]), ...NEW_DATA]);
  });

  it('refuses a document that does not parse, is of another kind, or whose results are not a list', () => {
    const refusal = (text: string) => {
      const edit = appendResults(documentOf(text), DECEMBER);
      assert.ok('problem' in edit, `expected a refusal for:\n${text}`);
      return edit.problem.en;
    };
    assert.match(refusal('---\nsocialplan: results\nresults:\n  - { objective: a\n---\n'), /does not parse/);
    assert.match(
      refusal('---\nsocialplan: charter\ntitle: Charter\n---\n'),
      /it is a `charter` document: results go in a `socialplan: results` document/,
    );
    assert.match(refusal('---\nsocialplan: results\nresults: none yet\n---\n'), /its `results:` is not a list/);
    assert.match(refusal('---\n{ socialplan: results, results: [] }\n---\n'), /written on one line/);
  });

  it('refuses to take a document past the frontmatter limits, which would leave it unread', () => {
    // Each one-line entry takes a line and two commas: 170,000 of them are past 500,000.
    const many = Array.from({ length: 170_000 }, (_, at) => ({
      objective: 'web-traffic',
      date: '2027-12-31',
      value: at,
    }));
    const edit = appendResults(documentOf(fixtureText('flow-style.md')), many);
    assert.ok('problem' in edit);
    assert.match(edit.problem.en, /past what SocialPlan reads \(500,000 lines and commas, or 8 MB; docs\/limits\.md\)/);
    assert.equal(tooLargeToRead(newResultsDocument(many, 'en')), true);
    assert.equal(tooLargeToRead(newResultsDocument(many.slice(0, 1000), 'en')), false);
  });

  it('adds to a step or an annex too', () => {
    const step =
      '---\nsocialplan: step\nstep: measure\nresults:\n  - { objective: web-traffic, date: "2027-11-30", value: 5700 }\n---\n';
    assert.equal((resultsOf(appended(step)) as unknown[]).length, 3);
  });
});

describe('results import: a new results document', () => {
  it('is titled after the months it covers, in the plan’s language', () => {
    const english = newResultsDocument(DECEMBER, 'en');
    assert.equal(
      english,
      '---\nsocialplan: results\ntitle: "Results, December 2027 to January 2028"\nresults:\n' +
        '  - { objective: web-traffic, date: "2027-12-31", value: 6045, period: { start: "2027-12-01" }, source: GA4 }\n' +
        '  - { objective: web-traffic, date: "2028-01-31", value: 6210.5 }\n---\n',
    );
    assert.deepEqual(resultsOf(english), NEW_DATA);
    assert.equal(documentOf(newResultsDocument(DECEMBER.slice(0, 1), 'fr')).data.title, 'Résultats, décembre 2027');
    assert.equal(
      documentOf(newResultsDocument(DECEMBER, 'fr')).data.title,
      'Résultats, de décembre 2027 à janvier 2028',
    );
  });
});
