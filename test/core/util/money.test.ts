import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemblePlan } from '../../../src/core/report';
import { renderPlanHtml } from '../../../src/core/render/html/report';
import { formatAmount, isAmount, MAX_AMOUNT, quantity, yearlyCost } from '../../../src/core/util/money';
import { lintedPlanIn } from '../../support/plans';

/**
 * Amounts as the messages and the report print them (issue 16, item 6): ordinary amounts as they
 * always were, and amounts no budget can mean (above 10^15, or not finite) refused by the schema,
 * and printed anyway in plain digits, never as `1e+22`, `Infinity` or `NaN`.
 */

const ROOT = join(__dirname, '..', '..', '..');
const NBSP = '\u00A0';

describe('formatAmount', () => {
  it('prints ordinary amounts as before: groups of three, cents only when there are some', () => {
    assert.equal(formatAmount(112000, 'USD', 'en'), '112,000 USD');
    assert.equal(formatAmount(112000, 'USD', 'fr'), `112${NBSP}000${NBSP}USD`);
    assert.equal(formatAmount(2500.5, 'EUR', 'en'), '2,500.50 EUR');
    assert.equal(formatAmount(2500.5, 'EUR', 'fr'), `2${NBSP}500,50${NBSP}EUR`);
    assert.equal(formatAmount(-0.004, undefined, 'en'), '0');
    assert.equal(formatAmount(-12.3, undefined, 'en'), '-12.30');
    assert.equal(formatAmount(MAX_AMOUNT, 'USD', 'en'), '1,000,000,000,000,000 USD');
  });

  it('prints amounts past 10^15 in plain digits, to the unit, and the non-finite without digits', () => {
    assert.equal(formatAmount(Number('12345678901234567890123'), 'USD', 'en'), '12,345,678,901,234,567,741,440 USD');
    assert.equal(formatAmount(-1e21, undefined, 'fr'), `-1${`${NBSP}000`.repeat(7)}`);
    const huge = formatAmount(1e308, 'USD', 'en');
    assert.match(huge, /^100,000,000,000,000,001,097,906,362,944(?:,\d{3}){93} USD$/, 'the digits of the double 1e308');
    assert.equal(formatAmount(Number.POSITIVE_INFINITY, 'USD', 'en'), '∞ USD');
    assert.equal(formatAmount(Number.NEGATIVE_INFINITY, undefined, 'en'), '-∞');
    assert.equal(formatAmount(Number.NaN, 'USD', 'fr'), `—${NBSP}USD`);
    for (const amount of [1e16, 1e21, Number.MAX_VALUE, Number('123456789012345678')])
      for (const locale of ['en', 'fr'] as const)
        assert.doesNotMatch(formatAmount(amount, 'USD', locale), /e\+|Infinity|NaN/, `${amount} in ${locale}`);
  });

  it('isAmount: a finite number from 0 to 10^15', () => {
    assert.ok(isAmount(0) && isAmount(MAX_AMOUNT) && isAmount(2500.5));
    for (const value of [-1, MAX_AMOUNT * 1.0000001, 1e308, Number.POSITIVE_INFINITY, Number.NaN, '12'])
      assert.ok(!isAmount(value), String(value));
  });
});

describe('amounts no budget can mean', function () {
  this.timeout(60_000);
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'socialplan-amounts-'));
    cpSync(join(ROOT, 'examples', 'en'), work, { recursive: true });
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  /** The example plan with its budget's total and first two lines replaced. */
  function planWith(total: string, first: string, second: string) {
    const file = join(work, 'plan.md');
    const text = readFileSync(file, 'utf8')
      .replace('total: 112000', `total: ${total}`)
      .replace('amount: 52000', `amount: ${first}`)
      .replace('amount: 18000', `amount: ${second}`);
    writeFileSync(file, text);
    return lintedPlanIn(work);
  }

  const GARBAGE = /e\+\d|Infinity|NaN/;

  it('are schema findings ("too large"), and no message prints them as 1e+22, Infinity or NaN', () => {
    const { findings } = planWith('12345678901234567890123', '1e308', '1e308');
    const tooLarge = findings.filter((finding) => finding.rule === 'schema' && /is too large/.test(finding.message.en));
    assert.deepEqual(
      tooLarge.map((finding) => finding.message.en.replace(/; found.*/, '')),
      [
        '`budget.total` is too large: it must be at most 1000000000000000',
        '`budget.lines[0].amount` is too large: it must be at most 1000000000000000',
        '`budget.lines[1].amount` is too large: it must be at most 1000000000000000',
      ],
    );
    assert.match(
      tooLarge[0].message.fr,
      /^`budget\.total` est trop grand : il doit être au plus 1000000000000000 ; trouvé/,
    );
    for (const finding of findings) {
      assert.notEqual(finding.rule, 'budget-sum', finding.message.en);
      assert.doesNotMatch(finding.message.en.replace(/; found `[^`]*`/, ''), GARBAGE, finding.message.en);
    }
  });

  it('an infinite or NaN amount is a schema finding too', () => {
    const { findings } = planWith('.inf', '.nan', '-.inf');
    const paths = findings.filter((finding) => finding.rule === 'schema').map((finding) => finding.message.en);
    assert.equal(paths.length, 3, paths.join('\n'));
    assert.ok(findings.every((finding) => finding.rule !== 'budget-sum'));
  });

  it('the report of such a plan (exported with --force) prints no 1e+22, Infinity or NaN', () => {
    const { plan, findings } = planWith('12345678901234567890123', '1e308', '1e308');
    const html = renderPlanHtml(assemblePlan(plan, findings));
    // What the author wrote is quoted back in the validation summary, as code: not a printed amount.
    const text = html.replace(/(?:found|trouvé) <code>[^<]*<\/code>/g, '');
    assert.doesNotMatch(text, GARBAGE);
  });
});

describe('yearlyCost', () => {
  it('brings a yearly, monthly or hourly cost to a year (an hour: × hours a week × 52)', () => {
    assert.equal(yearlyCost({ amount: 18000, per: 'year' }, undefined), 18000);
    assert.equal(yearlyCost({ amount: 0.1, per: 'month' }, undefined), 1.2);
    assert.equal(yearlyCost({ amount: 25, per: 'hour' }, 10), 13000);
  });

  it('is unknown for an hourly rate without hours and for a malformed cost', () => {
    for (const [cost, hours] of [
      [{ amount: 25, per: 'hour' }, undefined],
      [{ amount: 25, per: 'hour' }, 'douze'],
      [{ amount: -1, per: 'year' }, undefined],
      [{ amount: 10, per: 'week' }, undefined],
      ['18000', undefined],
      [null, undefined],
    ] as const)
      assert.equal(yearlyCost(cost, hours), undefined, JSON.stringify(cost));
  });
});

describe('quantity', () => {
  it('prints one decimal when there is one, with the decimal comma in French', () => {
    assert.deepEqual(quantity(8.25), { en: '8.3', fr: '8,3' });
    assert.deepEqual(quantity(11), { en: '11', fr: '11' });
    assert.deepEqual(quantity(1234.5), { en: '1,234.5', fr: `1${NBSP}234,5` });
  });
});
