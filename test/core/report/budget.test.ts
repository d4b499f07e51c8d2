import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { assemblePlan, type PlanModel } from '../../../src/core/report';
import { OneFolderHost, PLAN_FOLDER as FOLDER } from '../../support/folder-host';
import { Linter } from '../../../src/core/lint/linter';
import { renderPlanHtml } from '../../../src/core/render/html/report';
import { renderPlanPdf } from '../../../src/core/render/pdf';
import { pdftotext } from '../../support/pdf';
import { lintedPlanIn } from '../../support/plans';
import { propertyParameters } from '../../support/property';

/**
 * The budget section never adds amounts of different periods or currencies: every total the
 * rendered HTML prints is the sum of the budgets of its own currency and period, computed here
 * independently (in whole cents), for random sets of budgets spread over a plan's documents.
 */

const ROOT = join(__dirname, '..', '..', '..');
const CURRENCIES = ['CAD', 'USD', 'EUR'] as const;
const PERIODS = ['year', 'month', 'campaign'] as const;
const CATEGORIES = ['staff', 'ads', 'content', 'tools'] as const;

interface BudgetInput {
  currency: string | undefined;
  period: string | undefined;
  /** In cents, so that the expected sums are exact. */
  total: number | undefined;
  lines: { category: string; cents: number }[];
}

const CENTS = fc.oneof(
  fc.integer({ min: 0, max: 5_000_000 }).map((units) => units * 100),
  fc.integer({ min: 0, max: 1e9 }),
);
const BUDGET: fc.Arbitrary<BudgetInput> = fc.record({
  currency: fc.option(fc.constantFrom(...CURRENCIES), { nil: undefined }),
  period: fc.option(fc.constantFrom(...PERIODS), { nil: undefined }),
  total: fc.option(CENTS, { nil: undefined }),
  lines: fc.array(fc.record({ category: fc.constantFrom(...CATEGORIES), cents: CENTS }), { maxLength: 4 }),
});

/** The plan's files in memory: the plan document with the first budget, one annex per other budget. */
function budgetYaml(budget: BudgetInput): string {
  const lines = budget.lines.map(
    (line, position) =>
      `    - { label: Line ${position}, category: ${line.category}, amount: ${(line.cents / 100).toFixed(2)} }`,
  );
  return [
    'budget:',
    ...(budget.currency ? [`  currency: ${budget.currency}`] : []),
    ...(budget.period ? [`  period: ${budget.period}`] : []),
    ...(budget.total === undefined ? [] : [`  total: ${(budget.total / 100).toFixed(2)}`]),
    `  lines:${lines.length === 0 ? ' []' : ''}`,
    ...lines,
  ].join('\n');
}

function modelOf(planCurrency: string, budgets: BudgetInput[]): PlanModel {
  const [first, ...others] = budgets;
  const texts = new Map<string, string>([
    [
      'plan.md',
      `---\nsocialplan: plan\ntitle: Plan\nlocale: en\nmethod: five-steps\ncurrency: ${planCurrency}\n${first ? budgetYaml(first) : ''}\n---\n\nThe plan.\n`,
    ],
  ]);
  others.forEach((budget, position) =>
    texts.set(
      `annex-${position}.md`,
      `---\nsocialplan: annex\ntitle: Annex ${position}\norder: ${position}\n${budgetYaml(budget)}\n---\n\nAn annex.\n`,
    ),
  );
  const linter = new Linter(new OneFolderHost(texts), { trusted: true });
  const documents = [...texts.keys()]
    .map((name) => linter.documents.document(join(FOLDER, name)))
    .filter((document) => document !== undefined);
  const plan = linter.documents.plansAround(documents).find((candidate) => candidate.planDocuments.length > 0);
  assert.ok(plan);
  return assemblePlan(plan, linter.lint(plan.documents.map((document) => document.file)).findings);
}

/** `12,345.60 CAD` → [1234560, 'CAD']. */
function parseAmount(text: string): [number, string] {
  const match = /^(\d{1,3}(?:,\d{3})*)(?:\.(\d{2}))?\s([A-Z]{3})$/.exec(text.trim());
  assert.ok(match, `not an amount: ${JSON.stringify(text)}`);
  return [Number(match[1].replace(/,/g, '')) * 100 + Number(match[2] ?? '0'), match[3]];
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** What one envelope of the rendered budget section prints. */
interface PrintedEnvelope {
  currency: string;
  period: string;
  cards: Map<string, string>;
  categories: Map<string, string>;
  allocatedFooter: string | undefined;
  /** Every amount printed in it, with its currency. */
  amounts: string[];
}

function budgetSection(html: string): string {
  const start = html.indexOf('id="sp-budget"');
  assert.ok(start >= 0, 'no budget section');
  return html.slice(start, html.indexOf('</section>', start));
}

function cardsOf(html: string): Map<string, string> {
  return new Map(
    [...html.matchAll(/<div class="sp-card"><span>(.*?)<\/span><b>(.*?)<\/b><\/div>/g)].map((match) => [
      textOf(match[1]),
      textOf(match[2]),
    ]),
  );
}

function printedEnvelopes(section: string): PrintedEnvelope[] {
  return [
    ...section.matchAll(/<div class="sp-envelope" data-currency="([^"]*)" data-period="([^"]*)">([\s\S]*?)\n<\/div>/g),
  ].map(([, currency, period, body]) => ({
    currency,
    period,
    cards: cardsOf(body),
    categories: new Map(
      [
        ...body.matchAll(
          /<tr class="sp-group"><td>(.*?)<\/td><td class="sp-num">.*?<\/td><td class="sp-num">(.*?)<\/td><\/tr>/g,
        ),
      ].map((match) => [textOf(match[1]), textOf(match[2])]),
    ),
    allocatedFooter: /<tr class="sp-total">.*?<td class="sp-num">[^<]*<\/td><td class="sp-num">(.*?)<\/td><\/tr>/.exec(
      body,
    )?.[1],
    amounts: [...textOf(body.replace(/<svg[\s\S]*?<\/svg>/g, '')).matchAll(/\d[\d,]*(?:\.\d{2})? [A-Z]{3}\b/g)].map(
      (match) => match[0],
    ),
  }));
}

const CATEGORY_LABELS: Record<string, string> = {
  staff: 'Staff',
  ads: 'Advertising',
  content: 'Content',
  tools: 'Tools',
};

/** The budgets' sums in cents, per currency and period, computed without the engine. */
function expectedEnvelopes(planCurrency: string, budgets: BudgetInput[]) {
  const envelopes = new Map<
    string,
    { total: number | undefined; allocated: number; categories: Map<string, number> }
  >();
  for (const budget of budgets) {
    const key = `${budget.currency ?? planCurrency} ${budget.period ?? 'year'}`;
    const envelope = envelopes.get(key) ?? { total: undefined, allocated: 0, categories: new Map() };
    if (budget.total !== undefined) envelope.total = (envelope.total ?? 0) + budget.total;
    for (const line of budget.lines) {
      envelope.allocated += line.cents;
      envelope.categories.set(line.category, (envelope.categories.get(line.category) ?? 0) + line.cents);
    }
    envelopes.set(key, envelope);
  }
  for (const [key, envelope] of envelopes)
    if (envelope.total === undefined && envelope.categories.size === 0) envelopes.delete(key);
  return envelopes;
}

function checkPrintedTotals(planCurrency: string, budgets: BudgetInput[]): void {
  const section = budgetSection(renderPlanHtml(modelOf(planCurrency, budgets)));
  const expected = expectedEnvelopes(planCurrency, budgets);
  const printed = printedEnvelopes(section);
  assert.deepEqual(
    printed.map((envelope) => `${envelope.currency} ${envelope.period}`).sort(),
    [...expected.keys()].sort(),
    'one envelope per currency and period',
  );
  const cents = (text: string | undefined, currency: string) => {
    assert.ok(text !== undefined);
    const [value, unit] = parseAmount(textOf(text));
    assert.equal(unit, currency, `${text} is printed in its envelope's currency`);
    return value;
  };
  for (const envelope of printed) {
    const want = expected.get(`${envelope.currency} ${envelope.period}`);
    assert.ok(want);
    const label = `${envelope.currency} ${envelope.period}`;
    for (const amount of envelope.amounts) assert.ok(amount.endsWith(envelope.currency), `${amount} in ${label}`);
    const total = envelope.cards.get('Total budget');
    assert.equal(total === undefined ? undefined : cents(total, envelope.currency), want.total, `${label} total`);
    assert.equal(cents(envelope.cards.get('Allocated'), envelope.currency), want.allocated, `${label} allocated`);
    const unallocated = envelope.cards.get('Not yet allocated');
    const left = want.total !== undefined && want.total > want.allocated ? want.total - want.allocated : undefined;
    assert.equal(unallocated === undefined ? undefined : cents(unallocated, envelope.currency), left, `${label} left`);
    const perYear = envelope.cards.get('Per year (monthly × 12)');
    assert.equal(
      perYear === undefined ? undefined : cents(perYear, envelope.currency),
      envelope.period === 'month' && want.total !== undefined ? want.total * 12 : undefined,
      `${label} per year`,
    );
    if (want.categories.size > 0)
      assert.equal(cents(envelope.allocatedFooter, envelope.currency), want.allocated, `${label} footer`);
    assert.deepEqual(
      new Map([...envelope.categories].map(([name, amount]) => [name, cents(amount, envelope.currency)])),
      new Map([...want.categories].map(([category, amount]) => [CATEGORY_LABELS[category], amount])),
      `${label} categories`,
    );
  }
  // The yearly equivalent, only for a currency with a monthly total, and labelled so.
  const summary = cardsOf(section.slice(0, Math.max(0, section.indexOf('<div class="sp-envelope"'))));
  const yearly = new Map<string, number>();
  for (const [key, envelope] of expected) {
    const [currency, period] = key.split(' ');
    if (period === 'month' && envelope.total !== undefined) yearly.set(currency, 0);
  }
  for (const [key, envelope] of expected) {
    const [currency, period] = key.split(' ');
    if (yearly.has(currency) && envelope.total !== undefined && period !== 'campaign')
      yearly.set(currency, (yearly.get(currency) ?? 0) + envelope.total * (period === 'month' ? 12 : 1));
  }
  assert.deepEqual(
    new Map([...summary].map(([name, amount]) => [name, parseAmount(amount)[0]])),
    new Map(
      [...yearly].map(([currency, amount]) => [`Yearly equivalent (yearly + monthly × 12) (${currency})`, amount]),
    ),
    'yearly equivalents',
  );
  const foreign = [...expected.keys()].some((key) => !key.startsWith(`${planCurrency} `));
  assert.equal(section.includes('sp-budget-note'), foreign, 'the note on other currencies');
}

describe('budget section', () => {
  it('properties: every printed total is the sum of its own currency and period', () => {
    // Chosen cases: a yearly and a campaign budget (the issue), and a budget in another currency.
    const year: BudgetInput = { currency: 'USD', period: 'year', total: 11_200_000, lines: [] };
    const campaign: BudgetInput = {
      currency: 'USD',
      period: 'campaign',
      total: 500_000,
      lines: [{ category: 'ads', cents: 500_000 }],
    };
    checkPrintedTotals('USD', [year, campaign]);
    checkPrintedTotals('CAD', [
      { ...year, currency: undefined },
      { ...campaign, currency: 'EUR' },
    ]);
    checkPrintedTotals('CAD', [
      { currency: undefined, period: 'month', total: 100_000, lines: [] },
      { currency: undefined, period: undefined, total: 50, lines: [{ category: 'staff', cents: 49 }] },
    ]);
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENCIES),
        fc.array(BUDGET, { minLength: 1, maxLength: 5 }),
        (currency, budgets) => checkPrintedTotals(currency, budgets),
      ),
      propertyParameters(60),
    );
  });

  describe('the bundled examples', () => {
    const english = lintedPlanIn(join(ROOT, 'examples', 'en'));
    const englishModel = assemblePlan(english.plan, english.findings);
    const bakery = lintedPlanIn(join(ROOT, 'examples', 'broken', 'bakery'));
    const bakeryModel = assemblePlan(bakery.plan, bakery.findings);

    it('keeps the campaign budget of examples/en out of the yearly one', () => {
      const section = textOf(budgetSection(renderPlanHtml(englishModel)));
      assert.doesNotMatch(section, /117,000/);
      assert.match(section, /Yearly budget \(USD\)\s*plan\.md\s*Total budget112,000 USDAllocated112,000 USD/);
      assert.match(section, /Campaign budget \(USD\)\s*04-platforms\.md\s*Total budget5,000 USDAllocated5,000 USD/);
      assert.match(section, /Allocated \(for the campaign\)100%5,000 USD/);
    });

    it('shows the EUR budget of the bakery in EUR, out of the CAD totals, and says so', () => {
      const section = textOf(budgetSection(renderPlanHtml(bakeryModel)));
      assert.doesNotMatch(section, /2,000 CAD|13,500/);
      assert.match(section, /Boosted posts for the summer markets\s*Facebook\s*2,000 EUR/);
      assert.match(section, /Yearly budget \(CAD\)\s*plan\.md\s*Total budget9,000 CADAllocated11,500 CAD/);
      assert.match(section, /The totals in CAD exclude the budgets in EUR/);
    });

    it('prints the same envelopes in the PDF (read back with pdftotext)', async function () {
      this.timeout(60_000);
      const bakeryText = pdftotext((await renderPlanPdf(bakeryModel)).bytes, '-raw').replace(/\s+/g, ' ');
      assert.match(bakeryText, /The totals in CAD exclude the budgets in EUR/);
      assert.match(bakeryText, /Campaign budget \(EUR\) 04-distribution\.md/);
      assert.match(
        bakeryText,
        /Boosted posts for the summer markets Facebook 2,000 EUR Allocated \(for the campaign\) 100% 2,000 EUR/,
      );
      assert.doesNotMatch(bakeryText, /2,000 CAD/);
      const englishText = pdftotext((await renderPlanPdf(englishModel)).bytes, '-raw').replace(/\s+/g, ' ');
      assert.doesNotMatch(englishText, /117,000/);
      assert.match(englishText, /Campaign budget \(USD\) 04-platforms\.md/);
      assert.match(englishText, /Allocated \(for the campaign\) 100% 5,000 USD/);
    });
  });
});
