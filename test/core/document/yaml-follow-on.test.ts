import assert from 'node:assert/strict';
import { parseSocialDocument } from '../../../src/core/document/document';

/** Each syntax problem of a frontmatter, as `line:column-line:column` and its English and French messages. */
function problems(frontmatter: string[]): { at: string; en: string; fr: string }[] {
  const text = `---\n${frontmatter.join('\n')}\n---\n\nBody.\n`;
  const document = parseSocialDocument('plan.md', { text });
  assert.ok(document, 'a SocialPlan document');
  return document.syntaxProblems.map((problem) => {
    const { start, end } = document.lines.rangeToPositions(problem.range);
    return { at: `${start.line}:${start.column}-${end.line}:${end.column}`, ...problem.message };
  });
}

function places(frontmatter: string[]): string[] {
  return problems(frontmatter).map((problem) => problem.at);
}

/** An objective whose first key opens a construct on `line`, followed by valid lines it swallows. */
function objectives(line: string): string[] {
  return [
    'socialplan: plan',
    'title: Spring launch',
    'objectives:',
    '  - id: reach',
    `    ${line}`,
    '    statement: Grow the Instagram audience by 20 %.',
    '  - id: sales',
    '    statement: Sell 300 boxes in May.',
  ];
}

describe('yaml-syntax: one finding per mistake, at the place to fix', () => {
  it('an unclosed `[` is one finding on the `[`, not five (the misread lines after it are fine)', () => {
    const found = problems(objectives('platforms: [instagram, facebook'));
    assert.deepEqual(
      found.map((problem) => problem.at),
      ['6:16-6:36'],
    );
    assert.match(found[0].en, /This `\[` is never closed: close the list with `\]`/);
    assert.match(found[0].fr, /Ce `\[` n’est jamais fermé : fermez la liste par `\]`/);
  });

  it('an unclosed `{` is one finding on the `{`', () => {
    const found = problems(objectives('kpi: { metric: followers, baseline: 1200'));
    assert.deepEqual(
      found.map((problem) => problem.at),
      ['6:10-6:45'],
    );
    assert.match(found[0].en, /This `\{` is never closed: close the block with `\}`/);
    assert.match(found[0].fr, /Ce `\{` n’est jamais fermé : fermez le bloc par `\}`/);
  });

  it('an unclosed double or single quote is one finding on the quote, naming it', () => {
    for (const quote of ['"', "'"]) {
      const found = problems(['socialplan: plan', `title: ${quote}Spring launch`, 'client: Rive-Sud', 'owner: marie']);
      assert.deepEqual(
        found.map((problem) => problem.at),
        ['3:8-3:22'],
        quote,
      );
      assert.ok(found[0].en.includes(`This \`${quote}\` is never closed`), found[0].en);
      assert.ok(found[0].fr.includes(`Ce \`${quote}\` n’est jamais fermé`), found[0].fr);
    }
    assert.deepEqual(places(objectives('statement: "Grow the audience')), ['6:16-6:34']);
  });

  it('a key indented under a plain value is one finding, on that key', () => {
    const found = problems(['socialplan: plan', 'title: Spring launch', '  client: Rive-Sud', 'owner: marie']);
    assert.deepEqual(
      found.map((problem) => problem.at),
      ['4:3-4:9'],
    );
    assert.match(found[0].en, /This key is indented under the value of the line above/);
    assert.match(found[0].fr, /Cette clé est indentée sous la valeur de la ligne précédente/);
    // A misaligned key under a quoted value was one finding already, and stays so.
    assert.deepEqual(places(['socialplan: plan', 'period:', '  start: "2027-03-01"', '    end: "2027-06-30"']), [
      '5:5-5:8',
    ]);
  });

  it('independent mistakes after an unclosed construct are still reported, one each', () => {
    const lines = objectives('platforms: [instagram, facebook');
    assert.deepEqual(places([...lines, 'period:', '  start: "2027-03-01"', '\tend: "2027-06-30"']), [
      '6:16-6:36',
      '12:1-12:2',
    ]);
    assert.deepEqual(places([...lines, 'client: { name: Rive-Sud', 'owner: "marie', 'budget: 1']), [
      '6:16-6:36',
      '10:9-10:25',
      '11:8-11:14',
    ]);
    assert.deepEqual(places([...lines, 'tagline: Fresh every morning', '  client: Rive-Sud']), [
      '6:16-6:36',
      '11:3-11:9',
    ]);
  });

  it('duplicate keys are still reported at every copy, beside an unclosed `[`', () => {
    assert.deepEqual(places([...objectives('platforms: [instagram, facebook'), 'client: a', 'client: b']), [
      '6:16-6:36',
      '10:1-10:7',
      '11:1-11:7',
    ]);
  });
});
