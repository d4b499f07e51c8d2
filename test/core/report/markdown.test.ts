import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFragment } from 'parse5';
import { checkUrl, MAX_FORMATTED_CHARACTERS, renderMarkdown, sanitizedTree } from '../../../src/core/report/markdown';
import { propertyParameters } from '../../support/property';

const render = (markdown: string, locale: 'en' | 'fr' = 'en') =>
  renderMarkdown(markdown, { locale, idPrefix: 'body', headingLevel: 3 });

/**
 * What must never come out of the renderer, whatever goes in. The output is re-parsed by a
 * spec-compliant HTML parser (parse5, as a browser would), so markup that only looks harmless as
 * text but parses into something else (mutation XSS) is caught too.
 */
function assertInert(html: string): void {
  for (const element of elementsOf(html)) {
    assert.ok(ALLOWED_TAGS.has(element.tagName), `<${element.tagName}> in ${html}`);
    for (const attribute of element.attrs) {
      const name = attribute.name.toLowerCase();
      assert.ok(
        ALLOWED_ATTRIBUTES.has(name) || name.startsWith('aria-') || name.startsWith('data-footnote'),
        `${name}= on <${element.tagName}> in ${html}`,
      );
      if (name === 'href')
        assert.notEqual(checkUrl(attribute.value), 'rejected', `href="${attribute.value}" in ${html}`);
    }
    if (element.tagName === 'input')
      assert.deepEqual(
        element.attrs.map((attribute) => attribute.name).sort(),
        element.attrs.some((a) => a.name === 'checked') ? ['checked', 'disabled', 'type'] : ['disabled', 'type'],
      );
  }
}

const ALLOWED_TAGS = new Set(
  'a b blockquote br code dd del details div dl dt em h1 h2 h3 h4 h5 h6 hr i input ins kbd li ol p pre q rp rt ruby s samp section span strike strong sub summary sup table tbody td tfoot th thead tr tt ul var'.split(
    ' ',
  ),
);
const ALLOWED_ATTRIBUTES = new Set(
  'href rel class id name title alt align abbr axis border cellpadding cellspacing char charoff charset checked clear colspan color cols compact coords datetime dir disabled frame headers height hreflang hspace label lang maxlength media multiple noshade nowrap open prompt readonly rev rows rowspan rules scope selected shape size span start summary type value vspace width itemprop itemscope data-line'.split(
    ' ',
  ),
);

interface ParsedElement {
  tagName: string;
  attrs: { name: string; value: string }[];
}

function elementsOf(html: string): ParsedElement[] {
  const found: ParsedElement[] = [];
  const walk = (node: unknown) => {
    const element = node as {
      tagName?: string;
      attrs?: { name: string; value: string }[];
      childNodes?: unknown[];
      content?: unknown;
    };
    if (element.tagName) found.push({ tagName: element.tagName, attrs: element.attrs ?? [] });
    for (const child of element.childNodes ?? []) walk(child);
    if (element.content) walk(element.content);
  };
  walk(parseFragment(html));
  return found;
}

describe('renderMarkdown', () => {
  it('renders GitHub Markdown: headings, emphasis, lists, tables, task lists, strikethrough, autolinks', () => {
    const html = render(
      '# Title\n\n**bold** _it_ ~~old~~ https://example.com\n\n- [x] done\n- [ ] todo\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n',
    );
    assert.match(html, /<h3>Title<\/h3>/);
    assert.match(html, /<strong>bold<\/strong> <em>it<\/em> <del>old<\/del>/);
    assert.match(html, /<a href="https:\/\/example.com" rel="noopener noreferrer nofollow">https:\/\/example.com<\/a>/);
    assert.match(html, /<input type="checkbox" checked disabled aria-label="done"> done/);
    assert.match(html, /<th align="left">a<\/th>\n<th align="right">b<\/th>/);
  });

  it('moves headings down under the report, keeping their distances', () => {
    assert.match(
      renderMarkdown('## A\n\n### B\n', { locale: 'en', idPrefix: 'x', headingLevel: 4 }),
      /<h4>A<\/h4>\n<h5>B<\/h5>/,
    );
    assert.match(
      renderMarkdown('# A\n\n###### F\n', { locale: 'en', idPrefix: 'x', headingLevel: 3 }),
      /<h3>A<\/h3>\n<h6>F<\/h6>/,
    );
  });

  it('numbers top-level blocks with their line in the file', () => {
    const html = renderMarkdown('\nFirst\n\n- item\n', { locale: 'en', idPrefix: 'x', firstLine: 8 });
    assert.match(html, /<p data-line="9">First<\/p>/);
    assert.match(html, /<ul data-line="11">/);
  });

  it('keeps harmless raw HTML (sanitized), and drops scripts with their content', () => {
    const html = render(
      'Line<br>break <sup>2</sup> <kbd>Ctrl</kbd>\n\n<details><summary>More</summary>Hidden</details>\n\n<script>alert(1)</script>\n',
    );
    assert.match(html, /Line<br>break <sup>2<\/sup> <kbd>Ctrl<\/kbd>/);
    assert.match(html, /<details><summary>More<\/summary>Hidden<\/details>/);
    assert.doesNotMatch(html, /alert/);
  });

  it('removes event handlers, styles and classes written by the author', () => {
    const html = render(
      '<p onclick="alert(1)" style="color:red" class="x" onmouseover=alert(1)>text</p>\n\n<b ONERROR=alert(1)>b</b>',
    );
    assert.match(html, /<p>text<\/p>/);
    assert.match(html, /<b>b<\/b>/);
    assertInert(html);
  });

  for (const [name, markdown] of [
    ['javascript: link', '[x](javascript:alert(1))'],
    ['upper-case scheme', '[x](JaVaScRiPt:alert(1))'],
    ['entity-encoded scheme', '[x](&#106;avascript:alert(1))'],
    ['tab inside the scheme', '<a href="java\tscript:alert(1)">x</a>'],
    ['leading space', '<a href=" javascript:alert(1)">x</a>'],
    ['vbscript', '<a href="vbscript:msgbox(1)">x</a>'],
    ['data: URL link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['file: URL', '[x](file:///etc/passwd)'],
    ['network path', '[x](//evil.example/x)'],
    ['backslash network path', '<a href="\\\\evil.example\\x">x</a>'],
    ['reference definition', '[x][r]\n\n[r]: javascript:alert(1)'],
    ['autolink', '<javascript:alert(1)>'],
  ] as const) {
    it(`removes the target of a ${name}`, () => {
      const html = render(markdown);
      assertInert(html);
      assert.doesNotMatch(html, /href=/, html);
    });
  }

  it('keeps http(s), mailto, relative file and fragment links', () => {
    const html = render(
      '[a](https://a.example/x?y=1#z) [b](http://b.example) [c](mailto:hello@example.com) [d](annex/personas.md) [e](../brief.pdf) [f](#faq)',
    );
    assert.match(html, /href="https:\/\/a.example\/x\?y=1#z" rel="noopener noreferrer nofollow"/);
    assert.match(html, /href="http:\/\/b.example"/);
    assert.match(html, /href="mailto:hello@example.com"/);
    assert.match(html, /href="annex\/personas.md">d/);
    assert.match(html, /href="..\/brief.pdf">e/);
    assert.match(html, /href="#u-body-faq">f/);
  });

  it('turns images into links to them: a report never fetches anything by itself', () => {
    const html = render(
      '![Persona](personas/ana.png) ![](https://tracker.example/p.gif) ![x](data:image/png;base64,AAAA)\n\n<img src="https://t.example/a.png" onerror="alert(1)" alt="raw">',
    );
    assertInert(html);
    assert.match(html, /<a class="sp-image" href="personas\/ana.png">\[Image: Persona\]<\/a>/);
    assert.match(
      html,
      /<a class="sp-image" href="https:\/\/tracker.example\/p.gif" rel="noopener noreferrer nofollow">\[Image\]<\/a>/,
    );
    assert.match(html, /<span class="sp-image">\[Image: x\]<\/span>/);
    assert.match(html, /\[Image: raw\]/);
    assert.match(render('![Persona](p.png)', 'fr'), /\[Image\u00A0: Persona\]/);
  });

  for (const attack of [
    '<iframe src="https://evil.example" srcdoc="<script>alert(1)</script>">fallback</iframe>',
    '<object data="x.swf">fallback</object><embed src="x">',
    '<form action="https://evil.example"><input name="q"><button formaction="https://evil.example">fallback</button></form>',
    '<svg onload="alert(1)"><script>alert(1)</script><circle/>fallback</svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>fallback</style></mglyph></table></mtext></math>',
    '<style>body { background: url(https://evil.example/x.png) }</style>',
    '<link rel="stylesheet" href="https://evil.example/x.css"><meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/">',
    '<picture><source srcset="https://evil.example/p.png"></picture>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    '<template><img src=x onerror=alert(1)>fallback</template>',
    '<textarea><img src=x onerror=alert(1)></textarea>',
  ]) {
    it(`removes ${/^<\w+/.exec(attack)?.[0]}… with what it holds`, () => {
      const html = render(attack);
      assertInert(html);
      assert.doesNotMatch(html, /fallback|alert\(1\)(?![^<]*")|evil\.example/, html);
    });
  }

  it('an element left open takes nothing with it: the text after it stays, inert', () => {
    for (const opening of [
      '<style>p { color: red }',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
      '<details><summary>More</summary>',
      '<script>alert(1)',
      '<iframe src="https://evil.example/frame">',
      '<!-- a note',
      '<svg onload="alert(1)">',
      '<textarea>',
      '<template>',
    ]) {
      const html = render(`Intro.\n\n${opening}\n\nAfter **it**.\n\n## Later\n\nStill here.`);
      assertInert(html);
      assert.doesNotMatch(html, /<details|evil\.example/, html);
      assert.match(html, /After <strong>it<\/strong>\./, html);
      assert.match(html, /<h3>Later<\/h3>\s*<p>Still here\.<\/p>/, html);
    }
  });

  it('keeps table cells but not table backgrounds, link pings or targets', () => {
    const html = render(
      '<table background="https://evil.example/t.png"><tr><td>cell</td></tr></table>\n\n<a href="https://ok.example" ping="https://evil.example/ping" target="_blank">ping</a>',
    );
    assertInert(html);
    assert.match(html, /<td>cell<\/td>/);
    assert.doesNotMatch(html, /evil|target=|ping=/);
  });

  it('keeps entities as text: nothing decodes into a tag', () => {
    const html = render('&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62; `<script>`');
    assert.match(html, /&#x3C;script>alert\(1\)&#x3C;\/script>/);
    assert.match(html, /<code>&#x3C;script><\/code>/);
    assertInert(html);
  });

  it('keeps task-list checkboxes, and no other input', () => {
    assert.equal(render('<input type="image" src="x.png"> <input type="checkbox" checked>'), '<p> </p>');
    assert.match(
      render('- [x] done'),
      /<li class="task-list-item"><input type="checkbox" checked disabled aria-label="done"> done<\/li>/,
    );
  });

  it('drops HTML comments and doctypes', () => {
    const html = render('<!-- <img src=x onerror=alert(1)> -->\n\n<!DOCTYPE html>\n\ntext');
    assert.equal(html, '<p>text</p>');
  });

  it('prefixes ids so they stay unique in the report, and keeps footnote links working', () => {
    const html = renderMarkdown('A[^1] and <a name="top">top</a> <span id="sp-budget">x</span>\n\n[^1]: Note.', {
      locale: 'fr',
      idPrefix: 'sp-step-listen',
    });
    assert.match(html, /name="u-sp-step-listen-top"/);
    assert.match(html, /id="u-sp-step-listen-sp-budget"/);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    const fragments = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    assert.ok(fragments.length >= 2);
    for (const fragment of fragments) assert.ok(ids.includes(fragment), `#${fragment} has no target in ${html}`);
    assert.match(html, /<p class="sp-footnotes-label" id="[^"]+">Notes<\/p>/);
    assert.match(html, /aria-label="Retour à l’appel de note 1"/);
  });

  it('gives the same HTML for the same body (cached) and different ids for different bodies', () => {
    const a = renderMarkdown('x[^1]\n\n[^1]: n', { locale: 'en', idPrefix: 'one' });
    assert.equal(renderMarkdown('x[^1]\n\n[^1]: n', { locale: 'en', idPrefix: 'one' }), a);
    assert.notEqual(renderMarkdown('x[^1]\n\n[^1]: n', { locale: 'en', idPrefix: 'two' }), a);
  });

  it('never lets an attack fragment through, however the fragments are combined', () => {
    const fragments = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<svg onload=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '[x](javascript:alert(1))',
      '<iframe src=//evil.example>',
      '<style>*{x:y}</style>',
      '<div style="x:y">',
      '</p>',
      '<p title="',
      '">',
      '<!--',
      '-->',
      '<![CDATA[',
      '&lt;',
      '&#x3C;script&#x3E;',
      '`',
      '\n\n',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
      '<textarea></textarea><img src=x onerror=alert(1)>',
      '<template><img src=x onerror=alert(1)></template>',
      '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
      'text',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 12 }), (parts) => {
        assertInert(render(parts.join('')));
      }),
      propertyParameters(300),
    );
  });
});

describe('renderMarkdown: a very long body', () => {
  /** `**bold** <script>x</script>` paragraphs, blank lines between, until `length` characters. */
  function longBody(length: number): string {
    const paragraph = 'A **bold** claim & <script>alert(1)</script> [link](https://example.com).\n\n';
    return paragraph.repeat(Math.ceil(length / paragraph.length)).slice(0, length);
  }

  it('up to the limit, formatted as Markdown', () => {
    const html = renderMarkdown(longBody(10_000), { locale: 'en', idPrefix: 'short', firstLine: 5 });
    assert.match(html, /<strong>bold<\/strong>/);
    assert.doesNotMatch(html, /<script/);
  });

  it('beyond it, plain escaped paragraphs after a notice, with their source lines and a tree for the PDF', () => {
    const markdown = `First block\nstill first\n\n\nSecond & <b>not bold</b>\n\n${longBody(MAX_FORMATTED_CHARACTERS)}`;
    const html = renderMarkdown(markdown, { locale: 'en', idPrefix: 'long', firstLine: 10 });
    const paragraphs = html.match(/<p[^>]*>[\s\S]*?<\/p>/g) ?? [];
    assert.equal(
      paragraphs[0],
      '<p data-line="10"><em>This text is too long to be formatted (0.5 MB of Markdown): it is shown as plain paragraphs.</em></p>',
    );
    assert.equal(paragraphs[1], '<p data-line="10">First block\nstill first</p>');
    assert.equal(paragraphs[2], '<p data-line="14">Second &amp; &lt;b&gt;not bold&lt;/b&gt;</p>');
    assert.equal(
      paragraphs[3],
      '<p data-line="16">A **bold** claim &amp; &lt;script&gt;alert(1)&lt;/script&gt; [link](https://example.com).</p>',
    );
    assert.doesNotMatch(html, /<script|<strong|<b>/);
    const tree = sanitizedTree(html);
    assert.ok(tree, 'the PDF lays out this tree');
    assert.equal(tree.children.length, paragraphs.length);
    const french = renderMarkdown(markdown, { locale: 'fr', idPrefix: 'long', firstLine: 10 });
    assert.match(
      french,
      /^<p data-line="10"><em>Ce texte est trop long pour être mis en forme \(0,5\u00A0Mo de Markdown\)\u00A0: il est affiché en paragraphes simples\.<\/em><\/p>/,
    );
  });
});

describe('renderMarkdown: very deep nesting', () => {
  it('quotes or lists hundreds of levels deep: plain paragraphs after a notice, not a stack overflow', () => {
    for (const markdown of [
      `${'> '.repeat(5000)}deep quote`,
      Array.from({ length: 300 }, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n'),
    ]) {
      const html = renderMarkdown(markdown, { locale: 'en', idPrefix: 'deep', firstLine: 3 });
      assert.match(
        html,
        /^<p data-line="3"><em>This text is nested too deeply to be formatted \(quotes or lists hundreds of levels deep\): it is shown as plain paragraphs\.<\/em><\/p>/,
      );
      assert.ok(sanitizedTree(html), 'the PDF lays out this tree');
      assert.match(renderMarkdown(markdown, { locale: 'fr', idPrefix: 'deep' }), /imbriqué trop profondément/);
    }
  });

  it('nesting a plan would hold is formatted as before', () => {
    const html = renderMarkdown('> > quoted\n\n- a\n  - b\n    - c', { locale: 'en', idPrefix: 'shallow' });
    assert.match(html, /<blockquote>\s*<blockquote>/);
    assert.match(html, /<li>c<\/li>/);
  });
});

describe('checkUrl', () => {
  it('tells fragments, external, relative and rejected addresses apart', () => {
    assert.equal(checkUrl('#a'), 'fragment');
    assert.equal(checkUrl('https://x.example'), 'external');
    assert.equal(checkUrl('MAILTO:a@b.example'), 'external');
    assert.equal(checkUrl('docs/a.md'), 'relative');
    assert.equal(checkUrl('./a:b.md'), 'relative');
    assert.equal(checkUrl('a.md?x=1:2'), 'relative');
    for (const url of [
      'javascript:x',
      'data:,x',
      'file:///x',
      '//x.example',
      '\\\\x',
      '/\\x',
      'https:/x',
      'https:///x',
      'java\nscript:x',
      'c:/windows',
    ]) {
      assert.equal(checkUrl(url), 'rejected', url);
    }
  });
});
