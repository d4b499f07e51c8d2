import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemblePlan, type PlanModel } from '../../../src/core/report';
import { cssString, escapeHtml } from '../../../src/core/util/escape';
import { EXPORT_CSP, renderPlanHtml } from '../../../src/core/render/html/report';
import { isLogoDataUri, readLogo } from '../../../src/core/render/logo';
import { lintedPlanIn } from '../../support/plans';

const ROOT = join(__dirname, '..', '..', '..');

function modelOf(folder: string): PlanModel {
  const { plan, findings, measuring } = lintedPlanIn(folder);
  return assemblePlan(plan, findings, { measuring });
}

describe('renderPlanHtml', () => {
  const english = modelOf(join(ROOT, 'examples', 'en'));
  const merged = modelOf(join(ROOT, 'test', 'fixtures', 'assemble', 'merged', 'plan'));

  it('writes one self-contained page: strict CSP, inline style, no script, nothing to fetch', () => {
    const html = renderPlanHtml(english);
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(
      html.includes(`<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP.replace(/'/g, '&#39;')}">`),
    );
    assert.match(EXPORT_CSP, /^default-src 'none'; style-src 'unsafe-inline'; img-src data:/);
    assert.doesNotMatch(html, /<script|<link|<iframe|<object|<embed|\son[a-z]+=/i);
    assert.doesNotMatch(html, /\s(?:src|srcset)="(?!data:)/);
    assert.doesNotMatch(html, /url\(|@import/);
    assert.equal((html.match(/<style>/g) ?? []).length, 1);
  });

  it('has the cover, a table of contents whose links all land, and every section', () => {
    const html = renderPlanHtml(english);
    assert.match(html, /<h1>Millrace Arts Center — Social Media Plan, 2027–28 Season<\/h1>/);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
    const links = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    assert.ok(links.length > 20);
    for (const link of links) assert.ok(ids.has(link), `#${link} leads nowhere`);
    for (const entry of english.toc) assert.ok(html.includes(`<a href="#${entry.id}">`), entry.id);
    for (const title of [
      'Validation summary',
      'Objectives and KPIs',
      'Budget by category',
      'Publishing calendar',
      'Timeline',
      'Legal limits',
      'Approvals',
    ]) {
      assert.ok(html.includes(`>${title}<`), title);
    }
    assert.match(
      html,
      /<svg class="sp-chart" viewBox="0 0 720 \d+" role="img" aria-label="Staff 46.4%, Advertising 16.5%/,
    );
  });

  it('marks a plan DRAFT until it is approved, and leaves room for signatures', () => {
    const draft = renderPlanHtml(english);
    assert.match(
      draft,
      /<body class="sp-report sp-is-draft">\n<div class="sp-watermark" aria-hidden="true" data-label="DRAFT"><\/div>/,
    );
    assert.match(draft, /class="sp-signatures"/);
    const approved = renderPlanHtml(merged);
    assert.doesNotMatch(
      approved.slice(approved.indexOf('<body')),
      /sp-watermark|sp-is-draft|sp-signatures|sp-draft-banner/,
    );
    assert.match(
      approved,
      /<td><b>Zoe Client<\/b><\/td><td>Marketing director<\/td><td class="sp-nowrap">December 15, 2026<\/td>/,
    );
    const french = renderPlanHtml(modelOf(join(ROOT, 'examples', 'fr')));
    assert.match(french, /<div class="sp-watermark" aria-hidden="true" data-label="BROUILLON"><\/div>/);
  });

  it('prints well: page size, page breaks before sections, page numbers and the footer', () => {
    const html = renderPlanHtml({
      ...merged,
      branding: { paper: 'Letter', color: '#0B5FFF', footer: 'Confidential — Agency' },
    });
    assert.match(html, /@page \{ size: letter;/);
    assert.match(html, /@media print \{[\s\S]*\.sp-section \{ break-before: page;/);
    assert.match(html, /@bottom-right \{ content: "Page" " " counter\(page\) " \/ " counter\(pages\)/);
    assert.ok(html.includes(`@bottom-left { content: ${cssString('Confidential — Agency')};`));
    assert.match(html, /--accent: #0B5FFF;/);
  });

  it('escapes every text from the plan, in HTML, attributes, inline SVG and CSS', () => {
    const evil = '</style><script>alert(1)</script>"\'&<img src=x onerror=alert(1)>';
    const model: PlanModel = structuredClone(merged);
    model.cover.title = evil;
    model.cover.client = evil;
    model.budget.envelopes[0].categories[0].category.label = evil;
    model.budget.envelopes[0].title = evil;
    model.objectives[0].statement = evil;
    model.branding.footer = evil;
    const html = renderPlanHtml(model, { generator: evil });
    assert.doesNotMatch(html, /<script|<img|<\/style><script/);
    assert.ok(html.includes(`<title>${escapeHtml(evil)}</title>`));
    assert.equal((html.match(/<\/style>/g) ?? []).length, 1);
  });

  it('embeds only a logo data URI it recognises', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    assert.match(
      renderPlanHtml(merged, { logoDataUri: png }),
      /<img class="sp-logo" src="data:image\/png;base64,iVBORw0KGgo=" alt="">/,
    );
    for (const bad of [
      'https://evil.example/logo.png',
      'data:text/html;base64,PHNjcmlwdD4=',
      'data:image/png;base64,AAA" onerror="alert(1)',
      'javascript:alert(1)',
    ]) {
      assert.equal(isLogoDataUri(bad), false, bad);
      assert.doesNotMatch(renderPlanHtml(merged, { logoDataUri: bad }), /<img/, bad);
    }
  });

  it('reads logos by their bytes, not their names', () => {
    const fixtures = join(ROOT, 'test', 'fixtures', 'attack');
    const svg = readLogo(join(fixtures, 'brand', 'logo.svg'));
    assert.ok('dataUri' in svg && svg.dataUri.startsWith('data:image/svg+xml;base64,'));
    const fake = readLogo(join(fixtures, 'brand', 'not-an-image.png'));
    assert.ok('problem' in fake && /not a PNG, JPEG, GIF, WebP or SVG/.test(fake.problem.en));
    const missing = readLogo(join(fixtures, 'brand', 'missing.png'));
    assert.ok('problem' in missing && /cannot be read/.test(missing.problem.en));
    const folder = readLogo(join(fixtures, 'brand'));
    assert.ok('problem' in folder && /cannot be read/.test(folder.problem.en));
  });

  it('a logo that is a named pipe is not read (it would wait for a writer forever)', function () {
    const folder = mkdtempSync(join(tmpdir(), 'socialplan-logo-'));
    try {
      const pipe = join(folder, 'logo.png');
      if (spawnSync('mkfifo', [pipe]).status !== 0) {
        console.log('      skipped: mkfifo is not available here');
        this.skip();
      }
      // In a child process with a time limit: a regression would block, which no in-process test can stop.
      const script = `const { readLogo } = require(${JSON.stringify(join(ROOT, 'src', 'core', 'render', 'logo.ts'))}); console.log(JSON.stringify(readLogo(${JSON.stringify(pipe)})));`;
      const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 30_000,
      });
      assert.equal(run.signal, null, 'killed: readLogo waited on the pipe');
      assert.match(run.stdout, /cannot be read; it was left out/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('adds source attributes only when asked (for the preview)', () => {
    assert.doesNotMatch(renderPlanHtml(merged), /data-sp-path/);
    const html = renderPlanHtml(merged, { sourceAttributes: true });
    assert.match(html, /<article class="sp-step" id="sp-step-listen" data-sp-path="b-listen.md" data-sp-line="3">/);
    assert.match(html, /<tr data-sp-path="a-measure.md" data-sp-line="5">/);
  });
});

describe('cssString', () => {
  it('escapes everything but letters, digits and spaces', () => {
    assert.equal(cssString('A b1'), '"A b1"');
    assert.equal(cssString('"</style>\\\n'), '"\\22 \\3c \\2f style\\3e \\5c \\a "');
    assert.equal(cssString('é😀'), '"\\e9 \\1f600 "');
  });
});
