import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeBytes, NodeFileHost, type FileHost } from '../../src/core/workspace/host';
import { LineIndex } from '../../src/core/document/lines';
import { INTERNAL_ERROR_RULE, Linter } from '../../src/core/lint/linter';
import type { Finding } from '../../src/core/types';
import { FRONTMATTER_LIMITS } from '../../src/core/document/limits';
import { Documents } from '../../src/core/workspace/documents';
import { lintInChild } from '../support/child-lint';

/**
 * Whatever lies on disk, linting never throws, never reports an internal error, and every range
 * lies inside the file. Each case is linted through `Linter` with real files.
 */
describe('bad input', () => {
  let root: string;
  let counter = 0;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'socialplan-bad-input-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  /** A fresh folder holding the given files (text or bytes); returns the folder. */
  function folderWith(files: Record<string, string | Uint8Array>): string {
    const folder = join(root, String(counter++));
    mkdirSync(folder);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
    return folder;
  }

  /** Lints the files and checks what must hold for any input. */
  function lint(files: string[], host: FileHost = new NodeFileHost()): Finding[] {
    const { findings } = new Linter(host, { trusted: true }).lint(files);
    for (const finding of findings) {
      assert.notEqual(finding.rule, INTERNAL_ERROR_RULE, finding.message.en);
      const length = textOf(finding.file)?.length ?? 0;
      const { start, end } = finding.range;
      assert.ok(Number.isInteger(start) && Number.isInteger(end), `range ${start}-${end} is not made of integers`);
      assert.ok(
        start >= 0 && start <= end && end <= length,
        `range ${start}-${end} outside ${finding.file} (${length} characters)`,
      );
      assert.ok(finding.message.en.length > 0 && finding.message.fr.length > 0, 'a message is empty');
      assert.doesNotMatch(
        finding.message.en,
        /call stack|RangeError|TypeError|\bat .*\.(?:ts|js):\d+/,
        'an engine error leaks into a message',
      );
    }
    return findings;
  }

  /** Lints one file `plan.md` of the given content in a fresh folder. */
  function lintOne(content: string | Uint8Array, name = 'plan.md'): { findings: Finding[]; file: string } {
    const file = join(folderWith({ [name]: content }), name);
    return { findings: lint([file]), file };
  }

  function textOf(file: string): string | undefined {
    if (!existsSync(file) || !statSync(file).isFile()) return undefined;
    const decoded = decodeBytes(readFileSync(file));
    return decoded === 'binary' ? undefined : decoded.text;
  }

  /** `rule line:column-line:column` for the findings of the given rules. */
  function positions(findings: Finding[], rules: string[]): string[] {
    return findings
      .filter((finding) => rules.includes(finding.rule))
      .map((finding) => {
        const lines = new LineIndex(textOf(finding.file) ?? '');
        const start = lines.positionAt(finding.range.start);
        const end = lines.positionAt(finding.range.end);
        return `${finding.rule} ${start.line}:${start.column}-${end.line}:${end.column}`;
      });
  }

  const DOCUMENT_RULES = ['yaml-syntax', 'schema', 'unknown-key'];

  it('a Markdown file without frontmatter: no findings', () => {
    assert.deepEqual(lintOne('# Notes\n\nsocialplan: plan\n').findings, []);
  });

  it('an empty file: no findings', () => {
    assert.deepEqual(lintOne('').findings, []);
  });

  it('an empty frontmatter `---\\n---` is not a SocialPlan document: ignored', () => {
    assert.deepEqual(lintOne('---\n---\n# Notes\n').findings, []);
    assert.deepEqual(lintOne('---\n---').findings, []);
  });

  it('`socialplan:` with an empty value: one schema finding on the key', () => {
    const { findings } = lintOne('---\nsocialplan:\ntitle: T\n---\n');
    assert.deepEqual(positions(findings, DOCUMENT_RULES), ['schema 2:1-2:11']);
    assert.match(findings[0].message.en, /`socialplan` must be one of `plan`, `step`, `charter`, `annex`/);
  });

  it('an unterminated frontmatter: one yaml-syntax finding on the opening fence', () => {
    const { findings } = lintOne('---\nsocialplan: plan\ntitle: T\n\n# Body\n');
    assert.deepEqual(positions(findings, DOCUMENT_RULES), ['yaml-syntax 1:1-1:4']);
    assert.match(findings[0].message.en, /never closed/);
    // and a file that is a bare opening fence, with no SocialPlan key, is left alone
    assert.deepEqual(lintOne('---\n# Notes\n').findings, []);
  });

  it('CRLF line endings: findings on the right line and column', () => {
    const { findings } = lintOne('---\r\nsocialplan: plan\r\ntitle: T\r\nlocale: de\r\nbudjet: 1\r\n---\r\nBody\r\n');
    assert.deepEqual(positions(findings, DOCUMENT_RULES), ['schema 4:9-4:11', 'unknown-key 5:1-5:7']);
  });

  it('a UTF-8 byte order mark: findings on the right line and column', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const { findings } = lintOne(Buffer.concat([bom, Buffer.from('---\nsocialplan: plan\nlocale: de\n---\n')]));
    assert.deepEqual(positions(findings, DOCUMENT_RULES), ['schema 1:1-1:4', 'schema 3:9-3:11']);
    assert.match(findings[0].message.en, /Missing required key `title`/);
  });

  it('tabs: indenting with a tab is a yaml-syntax finding on that line; a tab after `:` is fine', () => {
    const indented = lintOne('---\nsocialplan: plan\ntitle: T\nperiod:\n\tstart: "2027-01-01"\n---\n').findings;
    assert.deepEqual(positions(indented, DOCUMENT_RULES), ['yaml-syntax 5:1-5:2']);
    assert.match(indented[0].message.en, /Tabs cannot indent YAML/);
    assert.deepEqual(positions(lintOne('---\nsocialplan: plan\ntitle:\tT\n---\n').findings, DOCUMENT_RULES), []);
  });

  it('duplicate keys: a yaml-syntax finding on every copy, each pointing at the others', () => {
    const { findings, file } = lintOne('---\nsocialplan: plan\ntitle: T\nclient: A\ntitle: U\n---\n');
    assert.deepEqual(positions(findings, DOCUMENT_RULES), ['yaml-syntax 3:1-3:6', 'yaml-syntax 5:1-5:6']);
    assert.match(findings[0].message.en, /The key `title` appears 2 times in the same mapping/);
    assert.match(findings[0].message.fr, /La clé `title` apparaît 2 fois dans le même bloc/);
    const text = readFileSync(file, 'utf8');
    const second = text.lastIndexOf('title');
    assert.deepEqual(findings[0].related, [
      {
        file,
        range: { start: second, end: second + 5 },
        message: { en: '`title` also appears here', fr: '`title` apparaît aussi ici' },
      },
    ]);
    assert.deepEqual(
      findings[1].related?.map((related) => related.range.start),
      [text.indexOf('title')],
    );
  });

  it('a key repeated 2,000 times: a finding on each copy, each with at most 10 related places', () => {
    const { findings } = lintOne(`---\nsocialplan: plan\ntitle: T\n${'agency: A\n'.repeat(2_000)}---\n`);
    assert.equal(findings.length, 2_000);
    assert.ok(findings.every((finding) => finding.related?.length === 10));
  });

  it('a non-UTF-8 file (latin-1) with a socialplan key: a yaml-syntax finding at the first bad byte', () => {
    const latin1 = Buffer.from(
      '---\nsocialplan: plan\ntitle: T\nclient: Caf\u00e9 Soleil\nagency: \u00c9lan\n---\n',
      'latin1',
    );
    const { findings } = lintOne(latin1);
    assert.deepEqual(positions(findings, DOCUMENT_RULES), ['yaml-syntax 4:12-4:13']);
    assert.match(findings[0].message.en, /not valid UTF-8/);
    assert.match(findings[0].message.fr, /UTF-8/);
  });

  it('a UTF-16 file (Notepad\'s "Unicode"), with or without a byte order mark: a yaml-syntax finding saying to save it as UTF-8', () => {
    const text = '---\nsocialplan: plan\ntitle: T\nlocale: de\n---\n# Plan\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [bytes, name] of [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'UTF-16 LE'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'UTF-16 BE'],
      [le, 'UTF-16 LE without a byte order mark'],
    ] as const) {
      const { findings } = lintOne(bytes);
      assert.deepEqual(positions(findings, DOCUMENT_RULES), ['yaml-syntax 1:1-1:4'], name);
      assert.match(findings[0].message.en, /saved as UTF-16 .*save it as UTF-8/, name);
      assert.match(findings[0].message.fr, /UTF-16.*UTF-8/, name);
    }
    // a UTF-16 file with no SocialPlan key is left alone, as any other Markdown file
    assert.deepEqual(lintOne(Buffer.from('---\ntitle: Notes\n---\n', 'utf16le')).findings, []);
  });

  it('a NUL byte in the frontmatter: a yaml-syntax finding at it; in the body only, the file is still binary', () => {
    const { findings } = lintOne(Buffer.from('---\nsocialplan: plan\ntitle: T\u0000\n---\n# Plan\n'));
    assert.deepEqual(positions(findings, DOCUMENT_RULES), ['yaml-syntax 3:9-3:10']);
    assert.match(findings[0].message.en, /NUL byte.*save/);
    assert.match(findings[0].message.fr, /octet nul/);
    // never closed: still reported
    const unterminated = lintOne(Buffer.from('---\nsocialplan: plan\ntitle: T\u0000\n')).findings;
    assert.ok(unterminated.some((finding) => /NUL byte/.test(finding.message.en)));
  });

  it('classic Mac line endings (CR only): read like CRLF, findings on the right line and column', () => {
    const { findings } = lintOne('---\rsocialplan: plan\rtitle: T\rlocale: de\rbudjet: 1\r---\rBody\r');
    assert.deepEqual(positions(findings, DOCUMENT_RULES), ['schema 4:9-4:11', 'unknown-key 5:1-5:7']);
  });

  it('a binary file named `.md`: ignored, alone or inside a plan folder', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x2d, 0x2d, 0x2d, 0x0a,
    ]);
    const { findings } = lintOne(png, 'image.md');
    assert.deepEqual(findings, []);
    // a binary that starts like a frontmatter is still binary
    assert.deepEqual(
      lintOne(Buffer.concat([Buffer.from('---\nsocialplan: plan\n---\n'), Buffer.from([0, 1, 2])]), 'x.md').findings,
      [],
    );
    const folder = folderWith({ 'plan.md': '---\nsocialplan: plan\ntitle: T\n---\n', 'image.md': png });
    assert.deepEqual(positions(lint([join(folder, 'plan.md'), join(folder, 'image.md')]), DOCUMENT_RULES), []);
  });

  it('a 5 MB plan with a huge body: linted, findings right', () => {
    const body = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n'.repeat(90_000);
    const text = `---\nsocialplan: plan\ntitle: T\nlocale: de\n---\n${body}`;
    assert.ok(text.length > 5_000_000);
    const { findings } = lintOne(text);
    assert.deepEqual(positions(findings, DOCUMENT_RULES), ['schema 4:9-4:11']);
  });

  it('a 5 MB frontmatter list: linted, findings right', function () {
    this.timeout(120_000); // the `yaml` parser reads about 1 MB a second
    const items: string[] = [];
    let size = 0;
    for (let index = 0; size < 5_000_000; index++) {
      const role = index === 7 ? 'boss' : 'other';
      const item = `  - id: person-${index}\n    name: Person ${index}\n    role: ${role}\n    hours_per_week: ${index % 40}\n`;
      items.push(item);
      size += item.length;
    }
    const last = items.length - 1;
    items[last] = items[last].replace('hours_per_week: ', 'hours_per_week: douze');
    const text = `---\nsocialplan: plan\ntitle: T\nresources:\n${items.join('')}---\n`;
    const { findings } = lintOne(text);
    // item 7 starts on line 5 + 7 × 4; its role is its third line
    const lastLine = 5 + last * 4 + 3;
    const douze = `    hours_per_week: douze${last % 40}`;
    assert.deepEqual(positions(findings, DOCUMENT_RULES), [
      `schema 35:11-35:15`,
      `schema ${lastLine}:21-${lastLine}:${douze.length + 1}`,
    ]);
  });

  it('a 50 MB frontmatter of 330,000 objectives, or 6 MB of `[1,1,1…]`: one finding "too large to check fully", quickly and in little memory', function () {
    this.timeout(120_000);
    // Parsed, these took 66 s and 3.9 GB, and 32 s and 3 GB: in a child process with a memory limit.
    const objectives: string[] = [];
    for (let index = 0; index < 330_000; index++)
      objectives.push(
        `  - id: objective-${index}\n    metric: followers\n    target: ${index}\n    deadline: "2027-06-30"\n    note: a long enough note to make the line longer than it would be\n`,
      );
    const big = join(
      folderWith({ 'plan.md': `---\nsocialplan: plan\ntitle: T\nobjectives:\n${objectives.join('')}---\n# Body\n` }),
      'plan.md',
    );
    assert.ok(readFileSync(big).length > 50_000_000);
    const flow = join(
      folderWith({ 'plan.md': `---\nsocialplan: step\nstep: listen\nx: [${'1,'.repeat(3_000_000)}1]\n---\n` }),
      'plan.md',
    );
    for (const file of [big, flow]) {
      const { findings, failure } = lintInChild([file], { seconds: 60, memoryMb: 768 });
      assert.equal(failure, undefined, failure);
      const syntax = findings.filter((finding) => finding.file === file);
      assert.deepEqual(
        syntax.map((finding) => `${finding.rule} ${finding.range.start}-${finding.range.end}`),
        ['yaml-syntax 0-3'],
      );
      assert.match(
        syntax[0].message.en,
        /too large to check fully: SocialPlan reads at most 500,000 lines and commas, or 8 MB/,
      );
      assert.match(syntax[0].message.fr, /trop volumineux pour être vérifié entièrement/);
    }
  });

  it('a frontmatter just under the limits is checked; an edit that takes it past them is reported', () => {
    const lines = FRONTMATTER_LIMITS.linesAndCommas - 10;
    // (comment lines count as lines, and parse quickly)
    const under = `---\n${'#\n'.repeat(lines - 6)}socialplan: plan\ntitle: T\nlocale: de\nnotes:\n  - n\n---\n`;
    const { findings } = lintOne(under);
    assert.deepEqual(positions(findings, DOCUMENT_RULES), [
      `schema ${lines - 2}:9-${lines - 2}:11`,
      `unknown-key ${lines - 1}:1-${lines - 1}:6`,
    ]);
    // the editor's incremental parse of the edited entry does not hide it
    let text = under;
    const host: FileHost = { read: () => ({ text }), list: () => [], isFile: () => true };
    const documents = new Documents(host);
    assert.equal(documents.document('/plan.md')?.syntaxProblems.length, 0);
    text = under.replace('  - n\n', `${'  - n\n'.repeat(20)}`);
    assert.match(documents.document('/plan.md')?.syntaxProblems[0]?.message.en ?? '', /too large to check fully/);
  });

  it('a frontmatter that is a list or a scalar, not a mapping: not a SocialPlan document', () => {
    assert.deepEqual(lintOne('---\n- socialplan: plan\n- title: T\n---\n').findings, []);
    assert.deepEqual(lintOne('---\n- a\n- b\n---\n').findings, []);
    assert.deepEqual(lintOne('---\nsocialplan\n---\n').findings, []);
    assert.deepEqual(lintOne('---\n"socialplan: plan"\n---\n').findings, []);
    assert.deepEqual(lintOne('---\n42\n---\n').findings, []);
  });

  it('a YAML alias bomb (billion laughs): reported, not expanded', () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let level = 1; level < 9; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const started = Date.now();
    const { findings } = lintOne(`---\nsocialplan: plan\ntitle: T\n${levels.join('\n')}\n---\n`);
    assert.ok(Date.now() - started < 5_000, 'the aliases were expanded');
    assert.deepEqual(positions(findings, DOCUMENT_RULES), ['yaml-syntax 1:1-1:4']);
    assert.match(findings[0].message.en, /aliases/);
  });

  it('an alias with no anchor before it: one yaml-syntax finding at the alias', () => {
    const { findings } = lintOne('---\nsocialplan: plan\ntitle: T\nnotes: *nope\nlater: &nope x\n---\n');
    assert.deepEqual(positions(findings, DOCUMENT_RULES), ['yaml-syntax 4:8-4:13']);
    assert.match(findings[0].message.en, /alias refers to an anchor that does not exist/);
    assert.match(findings[0].message.fr, /alias renvoie à une ancre qui n’existe pas/);
  });

  it('deeply nested YAML (5,000 levels of `[`): one yaml-syntax finding, no engine message', () => {
    const open = lintOne(`---\nsocialplan: plan\ntitle: T\nx: ${'['.repeat(5000)}\n---\n`).findings;
    assert.equal(open.filter((finding) => finding.rule === 'yaml-syntax').length, 1);
    assert.match(open[0].message.en, /nested too deeply/);
    assert.match(open[0].message.fr, /trop imbriqué/);
    const balanced = lintOne(
      `---\nsocialplan: plan\ntitle: T\nobjectives: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`,
    ).findings;
    assert.equal(balanced.filter((finding) => finding.rule === 'yaml-syntax').length, 1);
    const mappings = lintOne(
      `---\nsocialplan: plan\ntitle: T\nmethod: ${'{ a: '.repeat(5000)}1${' }'.repeat(5000)}\n---\n`,
    ).findings;
    assert.equal(mappings.filter((finding) => finding.rule === 'yaml-syntax').length, 1);
  });

  it('nesting a few hundred levels deep is still read and checked', () => {
    const { findings } = lintOne(
      `---\nsocialplan: plan\ntitle: T\nobjectives: ${'['.repeat(300)}${']'.repeat(300)}\n---\n`,
    );
    assert.deepEqual(positions(findings, DOCUMENT_RULES), ['schema 4:14-4:612']);
    assert.match(
      findings.find((finding) => finding.rule === 'schema')?.message.en ?? '',
      /`objectives\[0\]` must be a mapping of keys; found a list/,
    );
  });

  it('a very long line: linted, columns right', () => {
    const title = 'x'.repeat(1_000_000);
    const { findings } = lintOne(`---\nsocialplan: plan\ntitle: ${title}\nlocale: de\n---\n${'y'.repeat(1_000_000)}\n`);
    assert.deepEqual(positions(findings, DOCUMENT_RULES), ['schema 4:9-4:11']);
    const long = lintOne(`---\nsocialplan: plan\ntitle: T\ncurrency: ${'c'.repeat(500_000)}\n---\n`).findings;
    assert.deepEqual(positions(long, DOCUMENT_RULES), ['schema 4:11-4:500011']);
  });

  it('a directory named `x.md`: ignored as a target, and inside a plan folder', () => {
    const folder = folderWith({ 'plan.md': '---\nsocialplan: plan\ntitle: T\n---\n' });
    mkdirSync(join(folder, 'x.md'));
    assert.deepEqual(lint([join(folder, 'x.md')]), []);
    assert.deepEqual(positions(lint([join(folder, 'plan.md')]), DOCUMENT_RULES), []);
  });

  it('a file that disappears between listing and reading', () => {
    const folder = folderWith({
      'plan.md': '---\nsocialplan: plan\ntitle: T\n---\n',
      '01-listen.md': '---\nsocialplan: step\nstep: listen\n---\n',
    });
    const victim = join(folder, '01-listen.md');
    /** Deletes the step just before it is read: it was listed, it is gone. */
    class VanishingHost extends NodeFileHost {
      override read(file: string) {
        if (file === victim && existsSync(victim)) unlinkSync(victim);
        return super.read(file);
      }
    }
    assert.deepEqual(positions(lint([join(folder, 'plan.md'), victim], new VanishingHost()), DOCUMENT_RULES), []);
    // and a target that never existed
    assert.deepEqual(lint([join(folder, 'missing.md')]), []);
  });
});
