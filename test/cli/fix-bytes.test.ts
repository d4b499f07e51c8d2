import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { runCli } from '../../src/cli/run';
import { propertyParameters } from '../support/property';

/**
 * `lint --fix` changes only the bytes of its edits (issue 19, item 1): the byte order mark, the
 * line endings (LF, CRLF, mixed, classic Mac CR), the last line with or without a break and the
 * UTF-8 text around the edits stay byte for byte; a line a fix inserts ends as the line it is
 * inserted after. The expected bytes are built beside the document, from the same pieces, with each
 * fix's bytes in place: an oracle that knows nothing of the writer.
 */

type Shape = 'lf' | 'crlf' | 'mixed' | 'cr';

interface Piece {
  /** The text of a line (no line break). */
  before: string;
  /** What the fixes make of it. */
  after: string;
  /** A line the fixes insert after this one (its break is this line's own). */
  inserted?: string;
}

interface Draw {
  shape: Shape;
  bom: boolean;
  finalNewline: boolean;
  title: string;
  typo: boolean;
  looseDate: boolean;
  noTotal: boolean;
  bodyLines: string[];
  /** For `mixed`: which lines end with CRLF. */
  crlf: boolean[];
}

const TEXTS = ['Boulangerie — été 😀', 'Café Rive-Sud', 'Spring launch', 'Ça marche « vraiment »', '日本語のプラン'];

function pieces(draw: Draw): Piece[] {
  const same = (line: string): Piece => ({ before: line, after: line });
  const lines: Piece[] = [same('---'), same('socialplan: plan'), same(`title: "${draw.title}"`)];
  lines.push(same('# a comment: it stays — même accentué'));
  if (draw.typo) lines.push({ before: 'agncy: Studio Nord', after: 'agency: Studio Nord' });
  lines.push(
    draw.looseDate
      ? {
          before: 'period: { start: 2027/1/1, end: "2027-12-31" }',
          after: 'period: { start: "2027-01-01", end: "2027-12-31" }',
        }
      : same('period: { start: "2027-01-01", end: "2027-12-31" }'),
  );
  lines.push(same('budget:'), same('  currency: CAD'));
  if (!draw.noTotal) lines.push(same('  total: 5000'));
  lines.push(same('  lines:'));
  const last = '    - { label: Annonces été, category: ads, amount: 5000 }';
  lines.push(draw.noTotal ? { before: last, after: last, inserted: '  total: 5000' } : same(last));
  lines.push(same('---'), same(''));
  for (const line of draw.bodyLines) lines.push(same(line));
  return lines;
}

function lineEnding(draw: Draw, index: number): string {
  if (draw.shape === 'lf') return '\n';
  if (draw.shape === 'crlf') return '\r\n';
  if (draw.shape === 'cr') return '\r';
  return draw.crlf[index % draw.crlf.length] ? '\r\n' : '\n';
}

/** The document's bytes before (`fixed: false`) or after its fixes. */
function bytesOf(draw: Draw, fixed: boolean): Buffer {
  const all = pieces(draw);
  let text = '';
  all.forEach((piece, index) => {
    const lastLine = index === all.length - 1;
    const eol = lastLine && !draw.finalNewline ? '' : lineEnding(draw, index);
    text += fixed ? piece.after : piece.before;
    if (fixed && piece.inserted !== undefined) text += lineEnding(draw, index) + piece.inserted;
    text += eol;
  });
  return Buffer.concat([Buffer.from(draw.bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, 'utf8')]);
}

const draws: fc.Arbitrary<Draw> = fc.record({
  shape: fc.constantFrom<Shape>('lf', 'crlf', 'mixed', 'cr'),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
  title: fc.constantFrom(...TEXTS),
  typo: fc.boolean(),
  looseDate: fc.boolean(),
  noTotal: fc.boolean(),
  bodyLines: fc.array(fc.constantFrom('# Plan', '', 'Texte accentué — 😀', '- item', '> quote'), { maxLength: 4 }),
  crlf: fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
});

async function fix(folder: string): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runCli(['lint', '--fix', '--format', 'json', folder], {
    cwd: folder,
    env: { LANG: 'C' },
    stdout: { write: () => true },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stderr };
}

function hex(bytes: Buffer): string {
  return JSON.stringify(bytes.toString('latin1'));
}

describe('lint --fix keeps every byte outside its edits', function () {
  this.timeout(120_000);
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'sp-fix-bytes-'));
    mkdirSync(join(root, '.git'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('a file with a byte order mark and CRLF: the mark and the CRLF stay, the inserted line ends with CRLF', async () => {
    const draw: Draw = {
      shape: 'crlf',
      bom: true,
      finalNewline: true,
      title: 'Spring launch',
      typo: true,
      looseDate: true,
      noTotal: true,
      bodyLines: ['Body.'],
      crlf: [true],
    };
    const file = join(root, 'plan.md');
    writeFileSync(file, bytesOf(draw, false));
    const run = await fix(root);
    assert.match(run.stderr, /Fixed 3 problems in 1 file\./);
    const after = readFileSync(file);
    assert.deepEqual([...after.subarray(0, 6)], [0xef, 0xbb, 0xbf, 0x2d, 0x2d, 0x2d], 'the byte order mark stays');
    assert.equal(hex(after), hex(bytesOf(draw, true)));
  });

  it('properties: for random fixable documents of every shape (BOM or not, LF, CRLF, mixed, CR, last line broken or not), only the edited bytes change', async () => {
    await fc.assert(
      fc.asyncProperty(draws, async (draw) => {
        const folder = mkdtempSync(join(root, 'case-'));
        const file = join(folder, 'plan.md');
        const before = bytesOf(draw, false);
        writeFileSync(file, before);
        const run = await fix(folder);
        assert.doesNotMatch(run.stderr, /cannot write/, run.stderr);
        const expected = bytesOf(draw, true);
        assert.equal(hex(readFileSync(file)), hex(expected), `shape ${draw.shape}, BOM ${draw.bom}`);
        if (expected.equals(before)) assert.equal(run.stderr, '', 'nothing to fix: nothing said, nothing written');
      }),
      propertyParameters(40),
    );
  });

  it('a file that is not valid UTF-8 is never rewritten (its frontmatter is not read: nothing is fixed, no byte is replaced)', async () => {
    const file = join(root, 'plan.md');
    const bytes = Buffer.concat([
      Buffer.from('---\nsocialplan: plan\ntitle: Caf'),
      Buffer.from([0xe9]),
      Buffer.from('\nagncy: Studio\n---\n'),
    ]);
    writeFileSync(file, bytes);
    await fix(root);
    assert.ok(readFileSync(file).equals(bytes));
  });
});
