import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { gifHeader, jpegHeader, pngOf, svgMarkerBomb, svgUseBomb, webpHeader } from '../support/bombs';
import { propertyParameters } from '../support/property';
import { copyExampleUnder } from '../support/plans';

/**
 * Hostile files, mixed, through the HTML and the PDF export (issue 16): logos that cost more to
 * draw than to store (nested `<use>`, deep or looping SVGs, entity DOCTYPEs, image headers that
 * claim gigapixels, a real PNG bomb, garbage), with bodies and budgets no plan would hold (a body
 * past the 512 KB limit, deep lists, wide tables, amounts of 10^308). Each case is exported in a
 * child process under a time and memory limit: it must end, exit 0 (`--force`: such plans have
 * errors), write a complete file, and leak no engine error. The lint side is the other half
 * (issue 16's property test of hostile files).
 */

const ROOT = join(__dirname, '..', '..');

type Logo = { name: string; content: string | Buffer };

const LOGO: fc.Arbitrary<Logo> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2, max: 10 }))
    .map(([levels, fanout]) => ({ name: 'logo.svg', content: svgUseBomb(levels, fanout) })),
  fc.integer({ min: 1, max: 3000 }).map((depth) => ({
    name: 'logo.svg',
    content: `<svg xmlns="http://www.w3.org/2000/svg">${'<g>'.repeat(depth)}<rect width="5" height="5"/>${'</g>'.repeat(depth)}</svg>`,
  })),
  fc.constant({
    name: 'logo.svg',
    content: '<svg xmlns="http://www.w3.org/2000/svg"><g id="a"><rect/><use href="#a"/></g><use href="#a"/></svg>',
  }),
  fc.integer({ min: 1, max: 9 }).map((levels) => {
    let entities = '<!ENTITY e0 "lol">';
    for (let level = 1; level <= levels; level++) entities += `<!ENTITY e${level} "${`&e${level - 1};`.repeat(10)}">`;
    return {
      name: 'logo.svg',
      content: `<?xml version="1.0"?><!DOCTYPE svg [${entities}]><svg xmlns="http://www.w3.org/2000/svg"><text>&e${levels};</text></svg>`,
    };
  }),
  fc
    .tuple(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 30000 }), fc.constantFrom('attribute', 'style'))
    .map(([shapes, vertices, how]) => ({
      name: 'logo.svg',
      content: svgMarkerBomb(shapes, vertices, how as 'attribute' | 'style'),
    })),
  fc.integer({ min: 1, max: 150_000 }).map((words) => ({
    name: 'logo.svg',
    content: `<svg xmlns="http://www.w3.org/2000/svg"><text y="10">${'Lorem '.repeat(words)}</text></svg>`,
  })),
  fc.constantFrom(
    { name: 'logo.svg', content: '<svg><rect' },
    {
      name: 'logo.svg',
      content: `<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0${' L1 1'.repeat(300_000)}"/></svg>`,
    },
    {
      name: 'logo.svg',
      content: `<svg xmlns="http://www.w3.org/2000/svg"><a href="${'"'.repeat(1)}${'<'.repeat(500_000)}`,
    },
    { name: 'logo.svg', content: `<svg xmlns="http://www.w3.org/2000/svg">${'<use href="#x"/>'.repeat(50_000)}</svg>` },
  ),
  fc
    .tuple(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 }))
    .map(([width, height]) => ({ name: 'logo.png', content: pngOf(width, height, { idat: false }) })),
  fc
    .tuple(fc.integer({ min: 1, max: 48 }), fc.integer({ min: 1, max: 48 }))
    .map(([width, height]) => ({ name: 'logo.png', content: pngOf(width, height) })),
  fc
    .tuple(
      fc.constantFrom(jpegHeader, gifHeader, webpHeader),
      fc.integer({ min: 1, max: 30000 }),
      fc.integer({ min: 1, max: 30000 }),
    )
    .map(([header, width, height]) => ({
      name: header === jpegHeader ? 'logo.jpg' : header === gifHeader ? 'logo.gif' : 'logo.webp',
      content: header(width, height),
    })),
  fc.uint8Array({ maxLength: 4096 }).map((bytes) => ({ name: 'logo.png', content: Buffer.from(bytes) })),
);

/** Text appended to the first step's body. */
const BODY = fc.oneof(
  fc.string({ maxLength: 2000 }),
  fc
    .integer({ min: 1, max: 2000 })
    .map((depth) => Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n')),
  fc
    .integer({ min: 1, max: 300 })
    .map((columns) => `| ${'h | '.repeat(columns)}\n|${' --- |'.repeat(columns)}\n| ${'x | '.repeat(columns)}`),
  fc.constant(`${'word '.repeat(120_000)}\n`),
  fc.constant(`${'> '.repeat(5000)}deep quote`),
  fc.constant('[link](https://example.com) '.repeat(20_000)),
);

/** Budget amounts: ordinary, or beyond what a budget can mean. */
const AMOUNT: fc.Arbitrary<string> = fc.constantFrom(
  '52000',
  '1e308',
  '12345678901234567890123',
  '.inf',
  '.nan',
  '-1',
  '0.000001',
);

function writeCase(folder: string, logo: Logo, body: string, amounts: [string, string, string]): void {
  mkdirSync(folder);
  copyExampleUnder('en', join(folder, 'plan'));
  writeFileSync(join(folder, logo.name), logo.content);
  writeFileSync(join(folder, '.socialplan.yaml'), `export: { logo: ./${logo.name} }\n`);
  const planFile = join(folder, 'plan', 'plan.md');
  writeFileSync(
    planFile,
    readFileSync(planFile, 'utf8')
      .replace('total: 112000', `total: ${amounts[0]}`)
      .replace('amount: 52000', `amount: ${amounts[1]}`)
      .replace('amount: 18000', `amount: ${amounts[2]}`),
  );
  const step = join(folder, 'plan', '01-listen.md');
  writeFileSync(step, `${readFileSync(step, 'utf8')}\n\n${body}\n`);
}

/**
 * Exports the case's plan to HTML then PDF with the CLI's export command, in one child process
 * under limits; returns what each export said.
 */
function exportInChild(folder: string): { format: string; status: number; stderr: string }[] {
  const script = [
    `const { exportCommand } = require(${JSON.stringify(join(ROOT, 'src', 'cli', 'commands', 'export.ts'))});`,
    '(async () => {',
    '  const results = [];',
    "  for (const format of ['html', 'pdf']) {",
    "    let stderr = '';",
    `    const io = { cwd: ${JSON.stringify(folder)}, stdout: { write() {} }, stderr: { write(text) { stderr += text; } }, env: { NO_COLOR: '1', LANG: 'C' } };`,
    "    const status = await exportCommand(['plan', '--force', '--format', format, '-o', 'out.' + format], io);",
    '    results.push({ format, status, stderr: stderr.slice(-4000) });',
    '  }',
    "  process.stdout.write('RESULTS:' + JSON.stringify(results));",
    '})();',
  ].join('\n');
  const run = spawnSync(process.execPath, ['--max-old-space-size=768', '--import', 'tsx', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  assert.equal(run.signal, null, `killed (${run.signal}): out of time or memory\n${run.stderr.slice(-2000)}`);
  assert.equal(run.status, 0, `the child crashed\n${run.stderr.slice(-3000)}`);
  const results = /RESULTS:(.*)$/s.exec(run.stdout)?.[1];
  assert.ok(results, run.stdout.slice(-2000));
  return JSON.parse(results);
}

describe('hostile files through the export', function () {
  this.timeout(1_200_000);
  let root: string;
  let counter = 0;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'socialplan-hostile-export-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('HTML and PDF exports of random hostile logos, bodies and amounts end, exit 0 and write a whole file', () => {
    fc.assert(
      fc.property(LOGO, BODY, fc.tuple(AMOUNT, AMOUNT, AMOUNT), (logo, body, amounts: [string, string, string]) => {
        const folder = join(root, String(counter++));
        writeCase(folder, logo, body, amounts);
        for (const result of exportInChild(folder)) {
          assert.equal(result.status, 0, `${result.format}: exit ${result.status}\n${result.stderr}`);
          assert.doesNotMatch(result.stderr, /internal error|RangeError|TypeError|call stack|heap/i, result.stderr);
          const output = readFileSync(join(folder, `out.${result.format}`));
          if (result.format === 'pdf') {
            assert.equal(output.subarray(0, 5).toString('latin1'), '%PDF-');
            assert.ok(output.subarray(-32).toString('latin1').includes('%%EOF'), 'a whole PDF');
          } else assert.match(output.toString('utf8'), /<\/html>\s*$/);
        }
        rmSync(folder, { recursive: true, force: true });
      }),
      {
        ...propertyParameters(6),
        // The issue's own files first, whatever the seed.
        examples: [
          // Found by this test (seed -472384480): 5,000 nested quotes overflowed unified's stack.
          [
            { name: 'logo.svg', content: '<svg><g id="a"><use href="#a"/></g></svg>' },
            `${'> '.repeat(5000)}deep quote`,
            ['52000', '52000', '52000'],
          ],
          [{ name: 'logo.svg', content: svgUseBomb(11, 10) }, 'plain', ['1e308', '1e308', '1e308']],
          [{ name: 'logo.png', content: pngOf(20000, 20000, { idat: false }) }, 'plain', ['52000', '52000', '52000']],
          [
            { name: 'logo.png', content: pngOf(8000, 8000) },
            '- a\n'.repeat(10),
            ['12345678901234567890123', '52000', '18000'],
          ],
        ],
      },
    );
  });
});
