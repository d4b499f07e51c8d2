import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from '../../../src/core/lint/linter';
import { readLogo } from '../../../src/core/render/logo';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { PreviewRenderer } from '../../../src/extension/preview/render';
import { imageSize, MAX_LOGO_PIXELS, svgWork } from '../../../src/core/render/logo-limits';
import { gifHeader, jpegHeader, pngOf, svgMarkerBomb, svgUseBomb, webpHeader } from '../../support/bombs';
import { copyExampleUnder } from '../../support/plans';

/**
 * Logos that cost far more to draw than to store (issue 16, items 2 and 3): read from their
 * header or counted on their text, and left out before anything decodes or draws them. The
 * exports of real bombs run in a child process with a time and memory limit: before the limits,
 * the SVG took the V8 heap down and the PNG took gigabytes.
 */

const ROOT = join(__dirname, '..', '..', '..');
const BIN = join(ROOT, 'bin', 'socialplan.js');

describe('logo limits', function () {
  this.timeout(180_000);
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'socialplan-logo-limits-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  function logoFile(name: string, content: string | Buffer): string {
    const file = join(folder, name);
    writeFileSync(file, content);
    return file;
  }

  it('reads the width and height of PNG, JPEG, GIF and WebP from their headers', () => {
    assert.deepEqual(imageSize(pngOf(3, 2, { idat: false }), 'image/png'), { width: 3, height: 2 });
    assert.deepEqual(imageSize(jpegHeader(640, 480), 'image/jpeg'), { width: 640, height: 480 });
    assert.deepEqual(imageSize(gifHeader(320, 200), 'image/gif'), { width: 320, height: 200 });
    assert.deepEqual(imageSize(webpHeader(20000, 20000), 'image/webp'), { width: 20000, height: 20000 });
    const png = readFileSync(join(ROOT, 'test', 'fixtures', 'pdf', 'logo.png'));
    const size = imageSize(png, 'image/png');
    assert.ok(size && size.width > 0 && size.height > 0 && size.width * size.height <= MAX_LOGO_PIXELS);
  });

  it('refuses a raster logo above 40 megapixels, whatever its format, and keeps one below', () => {
    const bombs = {
      'bomb.png': pngOf(20000, 20000, { idat: false }),
      'bomb.jpg': jpegHeader(20000, 20000),
      'bomb.gif': gifHeader(65535, 65535),
      'bomb.webp': webpHeader(20000, 20000),
    };
    for (const [name, bytes] of Object.entries(bombs)) {
      const logo = readLogo(logoFile(name, bytes));
      assert.ok('problem' in logo, `${name} was read`);
      assert.match(logo.problem.en, /is \d+ × \d+ pixels \(\d+ megapixels\), more than the 40 megapixels/, name);
      assert.match(logo.problem.fr, /plus que les 40 mégapixels permis pour un logo ; il a été omis/, name);
    }
    assert.ok('dataUri' in readLogo(logoFile('ok.png', pngOf(6000, 6000, { idat: false }))), '36 megapixels pass');
    assert.ok('dataUri' in readLogo(logoFile('ok.jpg', jpegHeader(640, 480))));
  });

  it('counts what an SVG stands for once its references are expanded, without expanding it', () => {
    const bomb = svgWork(svgUseBomb(11, 10));
    assert.ok(bomb.elements > 20_000, `${bomb.elements} elements`);
    // l1 = g + 3 × (use + path) = 7; l2 = g + 3 × (use + l1) = 25; defs = 1 + path + l1 + l2 = 34;
    // the drawn use = 1 + l2 = 26; svg = 1 + 34 + 26.
    assert.equal(svgWork(svgUseBomb(2, 3)).elements, 61);
    const plain = svgWork(
      '<svg xmlns="http://www.w3.org/2000/svg"><defs><path id="p" d="M0 0L10 10"/></defs><use href="#p"/><use href="#p"/></svg>',
    );
    assert.deepEqual(plain, { elements: 7, depth: 3, pathChars: 30, textChars: 0, cycle: false });
    const words = svgWork(
      '<svg><style>text { fill: red }</style><defs><text id="t">ACME <tspan>CO</tspan></text></defs><use href="#t"/></svg>',
    );
    assert.equal(
      words.textChars,
      2 * 'ACMECO'.length,
      'the text of the <use>d element counts again; the style does not',
    );
    assert.equal(svgWork('<svg><g id="a"><use href="#a"/></g></svg>').cycle, true);
  });

  it('refuses an SVG logo of nested <use>, one nested too deep, and one that uses itself; keeps a plain one', () => {
    const bomb = readLogo(logoFile('bomb.svg', svgUseBomb(11, 10)));
    assert.ok('problem' in bomb);
    assert.match(bomb.problem.en, /is an SVG too complex to draw \(more than 20,000 elements once its `<use>`/);
    assert.match(bomb.problem.fr, /est un SVG trop complexe à dessiner/);
    const deep = readLogo(logoFile('deep.svg', `<svg>${'<g>'.repeat(100)}${'</g>'.repeat(100)}</svg>`));
    assert.ok('problem' in deep && /nested more than 40 levels deep/.test(deep.problem.en));
    const loop = readLogo(logoFile('loop.svg', '<svg><g id="a"><rect/><use href="#a"/></g></svg>'));
    assert.ok('problem' in loop && /refer back to themselves/.test(loop.problem.en));
    for (const how of ['attribute', 'style'] as const) {
      const markers = readLogo(logoFile(`markers-${how}.svg`, svgMarkerBomb(2000, 20000, how)));
      assert.ok('problem' in markers && /references and markers are expanded/.test(markers.problem.en), how);
    }
    assert.ok('dataUri' in readLogo(logoFile('arrow.svg', svgMarkerBomb(2, 50))), 'an arrow on a line is a logo');
    const text = readLogo(
      logoFile('text.svg', `<svg xmlns="http://www.w3.org/2000/svg"><text>${'Lorem ipsum '.repeat(1000)}</text></svg>`),
    );
    assert.ok('problem' in text && /more than 10,000 characters of text/.test(text.problem.en));
    const fine = readLogo(logoFile('fine.svg', svgUseBomb(3, 10)));
    assert.ok('dataUri' in fine, 'a thousand shapes are a logo');
  });

  /** `socialplan export` of the example plan with this logo, in a child process under limits. */
  function exportWithLogo(name: string, logo: string | Buffer, format: 'pdf' | 'html') {
    const work = mkdtempSync(join(folder, 'export-'));
    copyExampleUnder('en', join(work, 'plan'));
    writeFileSync(join(work, name), logo);
    writeFileSync(join(work, '.socialplan.yaml'), `export: { logo: ./${name} }\n`);
    const run = spawnSync(
      process.execPath,
      ['--max-old-space-size=512', BIN, 'export', 'plan', '--format', format, '-o', `out.${format}`],
      { cwd: work, encoding: 'utf8', timeout: 90_000, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C' } },
    );
    assert.equal(
      run.signal,
      null,
      `killed (${run.signal}): the export ran out of time or memory\n${run.stderr.slice(-2000)}`,
    );
    assert.equal(run.status, 0, run.stderr.slice(-2000));
    return { stderr: run.stderr, output: readFileSync(join(work, `out.${format}`)) };
  }

  it('exports the PDF and the HTML without an SVG logo of 10^11 shapes, and says why', () => {
    for (const format of ['pdf', 'html'] as const) {
      const { stderr, output } = exportWithLogo('logo.svg', svgUseBomb(11, 10), format);
      assert.match(stderr, /logo\.svg is an SVG too complex to draw/);
      if (format === 'html') assert.doesNotMatch(output.toString('utf8'), /<img class="sp-logo"/);
      else assert.equal(output.subarray(0, 5).toString('latin1'), '%PDF-');
    }
  });

  it('exports the PDF without an SVG logo of a 2,000-shape marker on 20,000 vertices (190 KB), and says why', () => {
    const { stderr, output } = exportWithLogo('logo.svg', svgMarkerBomb(2000, 20000), 'pdf');
    assert.match(stderr, /logo\.svg is an SVG too complex to draw/);
    assert.equal(output.subarray(0, 5).toString('latin1'), '%PDF-');
  });

  it('exports the PDF without an SVG logo of 1.8 MB of text, and says why', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y="10">${'Lorem ipsum dolor '.repeat(100_000)}</text></svg>`;
    const { stderr, output } = exportWithLogo('logo.svg', svg, 'pdf');
    assert.match(stderr, /logo\.svg is an SVG too complex to draw \(more than 10,000 characters of text/);
    assert.equal(output.subarray(0, 5).toString('latin1'), '%PDF-');
  });

  it('exports the PDF and the HTML without a PNG decompression bomb (8000 × 8000, 250 KB), and says why', () => {
    const png = pngOf(8000, 8000);
    assert.ok(png.length < 2 * 1024 * 1024, 'under the 2 MB size check');
    for (const format of ['pdf', 'html'] as const) {
      const { stderr, output } = exportWithLogo('logo.png', png, format);
      assert.match(stderr, /logo\.png is 8000 × 8000 pixels \(64 megapixels\)/);
      if (format === 'html') assert.doesNotMatch(output.toString('utf8'), /<img class="sp-logo"/);
      else assert.doesNotMatch(output.toString('latin1'), /\/Subtype \/Image/);
    }
  });

  it('the preview leaves out the same logos, and shows a plain one', () => {
    const work = mkdtempSync(join(folder, 'preview-'));
    copyExampleUnder('en', join(work, 'plan'));
    const planFile = join(work, 'plan', 'plan.md');
    const logos: [string, string | Buffer, boolean][] = [
      ['bomb.svg', svgUseBomb(11, 10), false],
      ['bomb.png', pngOf(20000, 20000, { idat: false }), false],
      ['bomb.webp', webpHeader(30000, 30000), false],
      ['plain.png', pngOf(4, 4), true],
    ];
    for (const [name, content, shown] of logos) {
      writeFileSync(join(work, name), content);
      writeFileSync(join(work, '.socialplan.yaml'), `export: { logo: ./${name} }\n`);
      const preview = new PreviewRenderer().render(
        new Linter(new NodeFileHost(), { trusted: true }),
        planFile,
        true,
        'en',
      );
      assert.ok(preview.found);
      assert.equal(/<img class="sp-logo"/.test(preview.html), shown, name);
    }
  });

  it('the PDF renderer checks a data URI it is handed too', () => {
    // In a child process: a regression would exhaust the heap.
    const script = [
      `const { renderPlanPdf } = require(${JSON.stringify(join(ROOT, 'src', 'core', 'render', 'pdf', 'index.ts'))});`,
      `const { assemblePlan } = require(${JSON.stringify(join(ROOT, 'src', 'core', 'report', 'index.ts'))});`,
      `const { lintedPlanIn } = require(${JSON.stringify(join(ROOT, 'test', 'support', 'plans.ts'))});`,
      `const { svgUseBomb } = require(${JSON.stringify(join(ROOT, 'test', 'support', 'bombs.ts'))});`,
      `const { plan, findings } = lintedPlanIn(${JSON.stringify(join(ROOT, 'examples', 'en'))});`,
      "const logoDataUri = 'data:image/svg+xml;base64,' + Buffer.from(svgUseBomb(11, 10)).toString('base64');",
      'renderPlanPdf(assemblePlan(plan, findings), { logoDataUri }).then((r) => console.log(JSON.stringify(r.warnings)));',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--max-old-space-size=512', '--import', 'tsx', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 90_000,
    });
    assert.equal(run.signal, null, 'killed: the render ran out of time or memory');
    assert.equal(run.status, 0, run.stderr.slice(-2000));
    assert.match(run.stdout, /The logo is an SVG too complex to draw/);
  });
});
