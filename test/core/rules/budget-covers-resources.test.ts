import assert from 'node:assert/strict';
import { PLAN_HEAD, ruleMessages } from '../../support/plan-messages';

/** Issue 17, item 5: resources whose yearly `cost` exceeds the budget, with the figures. */
describe('budget-covers-resources', () => {
  const plan = (budget: string, costs: string[]) => `${PLAN_HEAD}
resources:
${costs.map((cost, position) => `  - { id: r${position}, name: R${position}, role: other, hours_per_week: 10, cost: ${cost} }`).join('\n')}
budget:
  currency: CAD
${budget}
  lines:
    - { label: Everything, category: other, amount: 1 }`;

  it('brings yearly, monthly and hourly costs to a year and names the costliest first', () => {
    // 12,000 + 800 × 12 + 25 × 10 h × 52 = 12,000 + 9,600 + 13,000 = 34,600 > 30,000.
    const costs = ['{ amount: 12000, per: year }', '{ amount: 800, per: month }', '{ amount: 25, per: hour }'];
    assert.deepEqual(ruleMessages('budget-covers-resources', plan('  period: year\n  total: 30000', costs)), [
      {
        en: "The yearly budget is 30,000 CAD, less than the 34,600 CAD a year the plan's resources cost (`r2` 13,000 CAD, `r0` 12,000 CAD, `r1` 9,600 CAD): the budget does not pay for the people the plan relies on. Raise the budget, or correct the resources' `cost`.",
        fr: 'Le budget annuel est de 30\u00a0000\u00a0CAD, moins que les 34\u00a0600\u00a0CAD par an que coûtent les ressources du plan (`r2` 13\u00a0000\u00a0CAD, `r0` 12\u00a0000\u00a0CAD, `r1` 9\u00a0600\u00a0CAD) : le budget ne paie pas les personnes sur lesquelles repose le plan. Augmentez le budget, ou corrigez le `cost` des ressources.',
      },
    ]);
  });

  it('compares with a monthly budget × 12, and is silent when the costs fit', () => {
    const [message] = ruleMessages(
      'budget-covers-resources',
      plan('  period: month\n  total: 1500', ['{ amount: 1600, per: month }']),
    );
    assert.match(message.en, /^The budget is 1,500 CAD a month, 18,000 CAD a year, less than the 19,200 CAD a year/);
    assert.deepEqual(
      ruleMessages('budget-covers-resources', plan('  period: month\n  total: 1600', ['{ amount: 1600, per: month }'])),
      [],
    );
  });

  it('never adds a budget in another currency, nor a campaign budget', () => {
    const other = plan('  period: year\n  total: 1000', ['{ amount: 12000, per: year }']).replace(
      '  currency: CAD\n  period',
      '  currency: EUR\n  period',
    );
    assert.deepEqual(ruleMessages('budget-covers-resources', other), []);
    const campaign = plan('  period: campaign\n  total: 1000', ['{ amount: 12000, per: year }']);
    assert.deepEqual(ruleMessages('budget-covers-resources', campaign), []);
  });
});
