import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import sax from 'sax';
import { formatGithub } from '../../src/cli/formatters/github';
import { formatJunit } from '../../src/cli/formatters/junit';
import type { FormatContext, ReportedFinding } from '../../src/cli/formatters/types';

const ROOT = join(__dirname, '..', '..');

const CONTEXT: FormatContext = { rules: [], color: false, locale: 'en', toolVersion: '1.2.3' };

function finding(overrides: Partial<ReportedFinding> = {}): ReportedFinding {
  return {
    file: 'plans/launch.md',
    rule: 'unknown-reference',
    severity: 'error',
    message: 'Unknown resource `sam`.',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 8,
    ...overrides,
  };
}

/**
 * Reads a workflow command line back the way the Actions runner does (ActionCommand.cs in
 * actions/runner): the command name up to a space, properties split on `,` and `=`, the data after
 * the first `::` that follows them, each part percent-decoded.
 */
function readCommand(line: string): { command: string; properties: Record<string, string>; data: string } {
  const match = /^::([a-z]+) ([^:]*)::(.*)$/.exec(line);
  assert.ok(match, `not a workflow command: ${line}`);
  const decode = (text: string) =>
    text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties = Object.fromEntries(
    match[2].split(',').map((pair) => {
      const [name, ...value] = pair.split('=');
      return [name, decode(value.join('='))];
    }),
  );
  return { command: match[1], properties, data: decode(match[3]) };
}

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A strict XML parse (sax in strict mode throws on anything not well-formed) into a small tree. */
function parseXml(xml: string): XmlElement {
  const parser = sax.parser(true);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    const element = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)?.children.push(element);
    stack.push(element);
    root ??= element;
  };
  parser.ontext = (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  };
  parser.onclosetag = () => void stack.pop();
  parser.write(xml).close();
  assert.ok(root, 'no root element');
  return root;
}

function socialplan(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'socialplan.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('cli formatters for CI', () => {
  describe('github', () => {
    it('writes one annotation per finding, error, warning and notice by severity', () => {
      const output = formatGithub(
        [finding(), finding({ severity: 'warning', line: 9 }), finding({ severity: 'info', line: 12 })],
        CONTEXT,
      );
      const lines = output.trimEnd().split('\n');
      assert.deepEqual(
        lines.map((line) => readCommand(line).command),
        ['error', 'warning', 'notice'],
      );
      assert.ok(output.endsWith('\n'));
      assert.deepEqual(readCommand(lines[0]).properties, {
        file: 'plans/launch.md',
        line: '3',
        endLine: '3',
        col: '5',
        endColumn: '8',
        title: 'socialplan unknown-reference',
      });
      assert.equal(readCommand(lines[0]).data, 'Unknown resource `sam`.');
    });

    it('escapes what the runner would split on, so every message and path comes back whole', () => {
      const tricky = finding({
        file: 'plans/a,b: c%d.md',
        message: 'Budget: 100% spent,\nthen 50%25 more\r\n:: ends here',
      });
      const lines = formatGithub([tricky], CONTEXT).trimEnd().split('\n');
      assert.equal(lines.length, 1, 'a line break in a message must not start a new line');
      const read = readCommand(lines[0]);
      assert.equal(read.properties.file, tricky.file);
      assert.equal(read.data, tricky.message);
    });

    it('prints nothing when there are no findings', () => {
      assert.equal(formatGithub([], CONTEXT), '');
    });
  });

  describe('junit', () => {
    it('is well-formed XML with a suite per file, failures for errors and warnings, passes for infos', () => {
      const xml = formatJunit(
        [
          finding({ file: 'b.md' }),
          finding({ file: 'a.md', severity: 'warning', rule: 'unknown-key', line: 2, column: 1 }),
          finding({ file: 'a.md', severity: 'info', rule: 'results-stale', line: 7, column: 3 }),
        ],
        { ...CONTEXT, checkedFiles: ['a.md', 'b.md', 'clean.md'] },
      );
      const root = parseXml(xml);
      assert.equal(root.name, 'testsuites');
      assert.deepEqual(root.attributes, { name: 'socialplan', tests: '4', failures: '2', errors: '0' });
      assert.deepEqual(
        root.children.map((suite) => [suite.attributes.name, suite.attributes.tests, suite.attributes.failures]),
        [
          ['a.md', '2', '1'],
          ['b.md', '1', '1'],
          ['clean.md', '1', '0'],
        ],
      );
      const [warning, info] = root.children[0].children;
      assert.equal(warning.attributes.name, 'unknown-key (2:1)');
      assert.deepEqual(
        warning.children.map((child) => [child.name, child.attributes.type]),
        [['failure', 'warning']],
      );
      assert.deepEqual(
        info.children.map((child) => child.name),
        ['system-out'],
      );
      assert.deepEqual(root.children[2].children[0].children, [], 'a clean file is one passing case');
    });

    it('escapes markup, quotes and characters XML cannot hold', () => {
      const message = 'Use <b>bold</b> & "quotes" \u0007 here';
      const root = parseXml(formatJunit([finding({ file: 'a&b<c>.md', message })], CONTEXT));
      const [suite] = root.children;
      assert.equal(suite.attributes.name, 'a&b<c>.md');
      const failure = suite.children[0].children[0];
      assert.equal(failure.attributes.message, 'Use <b>bold</b> & "quotes" \uFFFD here');
      assert.match(failure.text, /^a&b<c>\.md:3:5 error Use <b>bold<\/b>/);
    });

    it('writes an empty, valid document for a run with nothing to check', () => {
      const root = parseXml(formatJunit([], CONTEXT));
      assert.deepEqual(root.attributes, { name: 'socialplan', tests: '0', failures: '0', errors: '0' });
      assert.deepEqual(root.children, []);
    });
  });

  describe('on the broken example, through the CLI', () => {
    const json = socialplan(['lint', 'examples/broken', '--format', 'json', '--today', '2027-01-15']);
    const expected = (JSON.parse(json.stdout) as ReportedFinding[]).map(
      (entry) => `${entry.file}:${entry.line}:${entry.column} ${entry.rule}`,
    );

    it('github annotates exactly what json reports, with the same exit code', () => {
      const run = socialplan(['lint', 'examples/broken', '--format', 'github', '--today', '2027-01-15']);
      assert.equal(run.status, json.status);
      assert.ok(expected.length > 5, 'the broken example has findings');
      const read = run.stdout
        .trimEnd()
        .split('\n')
        .map(readCommand)
        .map(
          ({ properties }) =>
            `${properties.file}:${properties.line}:${properties.col} ${properties.title.split(' ')[1]}`,
        );
      assert.deepEqual(read, expected);
    });

    it('junit lists every checked document and fails on the same findings', () => {
      const run = socialplan(['lint', 'examples/broken', '--format', 'junit', '--today', '2027-01-15']);
      assert.equal(run.status, json.status);
      const root = parseXml(run.stdout);
      const cases = root.children.flatMap((suite) =>
        suite.children
          .filter((entry) => entry.attributes.line)
          .map(
            (entry) =>
              `${suite.attributes.name}:${entry.attributes.line}:${/\((\d+):(\d+)\)$/.exec(entry.attributes.name)?.[2]} ${entry.attributes.name.split(' ')[0]}`,
          ),
      );
      assert.deepEqual([...cases].sort(), [...expected].sort());
      const files = root.children.map((suite) => suite.attributes.name);
      assert.ok(files.includes('examples/broken/bakery/plan.md'), files.join(', '));
    });
  });
});
