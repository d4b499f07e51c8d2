import assert from 'node:assert/strict';
import { parseSocialDocument } from '../../../src/core/document/document';
import {
  RAW_HTML_TREATMENTS,
  rawHtmlTreatment,
  settleRawHtml,
  VOID_TAGS,
  type RawHtmlTreatment,
} from '../../../src/core/document/raw-html';
import { renderMarkdown } from '../../../src/core/report/markdown';
import type { DocumentRuleContext, Report } from '../../../src/core/rules/rule';
import { rawHtml } from '../../../src/core/rules/raw-html';

const render = (markdown: string) => renderMarkdown(markdown, { locale: 'en', idPrefix: 'body', headingLevel: 3 });

/** The `raw-html` findings of a step whose body is `markdown`, as the text of the tags they sit on. */
function findings(markdown: string): { tag: string; message: string }[] {
  const text = `---\nsocialplan: step\nstep: groundwork\n---\n${markdown}`;
  const document = parseSocialDocument('/plan/01-groundwork.md', { text });
  assert.ok(document);
  const reports: Report[] = [];
  rawHtml.check(document, {} as DocumentRuleContext, (report) => reports.push(report));
  return reports.map((report) => ({
    tag: text.slice(report.range.start, report.range.end),
    message: report.message.en,
  }));
}

/** Elements of every treatment, and unknown ones (unwrapped). */
const ELEMENTS: Record<RawHtmlTreatment, string[]> = {
  kept: [
    'b',
    'i',
    'em',
    'strong',
    'sup',
    'sub',
    'kbd',
    'code',
    'span',
    'div',
    'details',
    'del',
    'ins',
    's',
    'q',
    'var',
  ],
  unwrapped: ['font', 'u', 'center', 'mark', 'video', 'audio', 'label', 'abbr', 'cite', 'small', 'nav', 'picture'],
  dropped: [
    'script',
    'style',
    'iframe',
    'object',
    'svg',
    'math',
    'textarea',
    'template',
    'noscript',
    'title',
    'xmp',
    'form',
    'button',
    'select',
    'noembed',
    'noframes',
    'applet',
  ],
  image: ['img'],
  removed: ['input'],
};

describe('raw HTML: the report and the `raw-html` rule read one table', () => {
  it('lists every treatment, and each listed element is in the table under it', () => {
    for (const [treatment, tags] of Object.entries(ELEMENTS))
      for (const tag of tags) assert.equal(rawHtmlTreatment(tag), treatment, tag);
    for (const tag of Object.keys(RAW_HTML_TREATMENTS)) assert.equal(rawHtmlTreatment(tag), RAW_HTML_TREATMENTS[tag]);
  });

  for (const [treatment, tags] of Object.entries(ELEMENTS) as [RawHtmlTreatment, string[]][]) {
    for (const tag of tags) {
      it(`<${tag}> (${treatment}): the report does what the rule says, and keeps the text around it`, () => {
        const written = VOID_TAGS.has(tag) ? `<${tag} alt="inner">` : `<${tag}>inner</${tag}>`;
        const markdown = `Before ${written} after.\n\n<${tag}>\n\nStill here.\n`;
        const html = render(markdown);
        assert.match(html, /Before/, html);
        assert.match(html, /after\./, html);
        assert.match(html, /Still here\./, html);
        const shown = new RegExp(`<${tag}[\\s>]`).test(html);
        if (treatment === 'kept') assert.ok(shown && html.includes('inner'), html);
        if (treatment === 'unwrapped') assert.ok(!shown && html.includes('inner'), html);
        if (treatment === 'dropped' || treatment === 'removed') assert.ok(!shown && !html.includes('inner'), html);
        if (treatment === 'image') assert.match(html, /\[Image: inner\]/);

        const [closed, open] = settleRawHtml(markdown).elements.filter((element) => element.tag === tag);
        assert.equal(closed.outcome, treatment);
        assert.equal(open.outcome, VOID_TAGS.has(tag) ? treatment : 'unclosed');
        const reported = findings(markdown).map((finding) => finding.tag);
        const expected = [treatment === 'kept' ? [] : [written.replace(/>inner.*$/, '>')], [`<${tag}>`]].flat();
        assert.deepEqual(reported, treatment === 'kept' && VOID_TAGS.has(tag) ? [] : expected);
      });
    }
  }

  it('never fires on the HTML the report keeps as written', () => {
    const markdown = [
      'Line one<br>line two, H<sub>2</sub>O and 10<sup>3</sup> visits; press <kbd>Ctrl</kbd>.',
      '',
      '<details>',
      '<summary>Our sources</summary>',
      '',
      '- Reviews',
      '',
      '</details>',
      '',
      '<div align="center"><b>Centered</b> <p>and a paragraph',
      '<ul><li>one<li>two</ul></div>',
      '',
      '`<style>` in code, and:',
      '',
      '```html',
      '<script>alert(1)</script> <style>',
      '```',
      '',
      '<!-- a closed comment -->',
    ].join('\n');
    assert.deepEqual(findings(markdown), []);
    const html = render(markdown);
    assert.match(html, /<details>\s*<summary>Our sources<\/summary>/);
    assert.match(html, /<sup>3<\/sup>/);
  });

  it('keeps the rest of the body after a stray <style>, an unclosed comment, <pre> or <textarea>, as Markdown', () => {
    for (const opening of ['<style>', '<!--', '<pre>', '<textarea>', '<script>', '<plaintext>']) {
      const markdown = `Intro.\n\n${opening}p { color: red }\n\n## What we heard\n\n*Still* here.\n`;
      const html = render(markdown);
      assert.match(html, /<h3[^>]*>What we heard<\/h3>/, `${opening}: ${html}`);
      assert.match(html, /<em>Still<\/em> here\./, `${opening}: ${html}`);
      assert.deepEqual(
        findings(markdown).map((finding) => finding.tag),
        [opening],
      );
    }
  });

  it('an element closed later in the same block is dropped with what lies between, Markdown included', () => {
    const markdown = 'Intro.\n\n<style>\n\np { color: red }\n\n## Not a heading\n\n</style>\n\nAfter.\n';
    const html = render(markdown);
    assert.doesNotMatch(html, /color|Not a heading/);
    assert.match(html, /After\./);
    const inline = render('Some <script>alert(1)</script> words and <svg><text>drawn</text></svg> more.');
    assert.doesNotMatch(inline, /alert|drawn/);
    assert.match(inline, /Some\s+words and\s+more\./);
  });

  it('points at the opening tag, inside quotes and list items too', () => {
    const markdown = '> A quote:\n> <details>\n> We love it.\n\n- item\n\n  <font color="red">x</font>\n';
    assert.deepEqual(
      findings(markdown).map((finding) => finding.tag),
      ['<details>', '<font color="red">'],
    );
  });

  it('says what the reader sees instead', () => {
    const [style] = findings('<style>p{}</style>\n');
    assert.match(style.message, /dropped with everything up to `<\/style>`/);
    const [details] = findings('<details>\n\nText\n');
    assert.match(details.message, /`<details>` is never closed: .*shows the text after it/);
    const [image] = findings('<img src="a.png" alt="Our shop" onerror="alert(1)">\n');
    assert.match(image.message, /“\[Image: Our shop\]”/);
  });
});
