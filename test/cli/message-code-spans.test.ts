import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { formatJson } from '../../src/cli/formatters/json';
import { formatSarif } from '../../src/cli/formatters/sarif';
import { formatStylish } from '../../src/cli/formatters/stylish';
import type { FormatContext, ReportedFinding } from '../../src/cli/formatters/types';

/**
 * How each output format carries the code spans of a message (docs/exporting.md, "Messages and
 * code spans"): quotes in the terminal, the contract's backticks in JSON and SARIF's `text`, and a
 * Markdown with its other special characters escaped in SARIF's `markdown`.
 */

const MESSAGE = 'Unknown month `juli` in `kpi.baseline`: write bounce_rate as *July*.';

function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { rules: [], color: false, locale: 'en', toolVersion: '1.2.3', ...overrides };
}

function finding(message = MESSAGE): ReportedFinding {
  return {
    file: 'plan.md',
    rule: 'schema',
    severity: 'error',
    message,
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 5,
  };
}

describe('formatters: code spans of messages', () => {
  it('stylish shows code between quotes, with no backtick, and aligns on the quoted text', () => {
    const output = formatStylish([finding(), finding('Short `x`.')], context());
    assert.ok(!output.includes('`'), output);
    assert.match(output, /Unknown month 'juli' in 'kpi\.baseline': write bounce_rate as \*July\*\. {2}schema/);
    const rows = output.split('\n').filter((row) => row.endsWith('schema'));
    assert.equal(rows[0].indexOf('schema'), rows[1].indexOf('schema'), 'the rule column lines up');
  });

  it('stylish in French uses guillemets with no-break spaces', () => {
    const output = formatStylish([finding('Mois inconnu `juli`.')], context({ locale: 'fr' }));
    assert.match(output, /Mois inconnu «\u00A0juli\u00A0»\./);
  });

  it('json keeps the message as the contract has it, backticks included', () => {
    const [record] = JSON.parse(formatJson([finding()], context())) as { message: string }[];
    assert.equal(record.message, MESSAGE);
  });

  it('sarif: `text` is the contract, `markdown` keeps the spans and escapes the rest; the log stays valid', () => {
    const log = JSON.parse(formatSarif([finding()], context())) as {
      runs: { results: { message: { text: string; markdown: string } }[] }[];
    };
    const { message } = log.runs[0].results[0];
    assert.equal(message.text, MESSAGE);
    assert.equal(message.markdown, 'Unknown month `juli` in `kpi.baseline`: write bounce\\_rate as \\*July\\*.');
    const schema = JSON.parse(
      readFileSync(join(__dirname, '../fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    assert.ok(ajv.validate(schema, log), JSON.stringify(ajv.errors));
  });
});
