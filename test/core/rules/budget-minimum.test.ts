import assert from 'node:assert/strict';
import { PLAN_HEAD, ruleMessages } from '../../support/plan-messages';

/** Issue 19, item 2: the floor's own exemption (the client's size), and no message contradicting the plan. */
describe('budget-minimum', () => {
  const plan = (extra: string, line: string) => `${PLAN_HEAD}
${extra}
resources:
  - { id: marie, name: Marie Tremblay, role: community-manager, internal: true, dedicated: true }
budget:
  currency: CAD
  period: year
  total: 9000
  lines:
    - ${line}`;
  const staffLine = '{ label: Receptionist (3 h a week), category: staff, amount: 8000, resource: marie }';
  const adsLine = '{ label: Ads, category: ads, amount: 9000 }';

  it('does not apply to a self-employed client or a very small business', () => {
    for (const size of ['solo', 'micro'])
      assert.deepEqual(ruleMessages('budget-minimum', plan(`client_size: ${size}`, staffLine)), [], size);
    for (const size of ['small', 'medium', 'large'])
      assert.equal(ruleMessages('budget-minimum', plan(`client_size: ${size}`, staffLine)).length, 1, size);
  });

  it("gives the plan's own figure for the dedicated person's time instead of saying it costs more", () => {
    const [message] = ruleMessages('budget-minimum', plan('', staffLine));
    assert.equal(
      message.en,
      'The yearly budget is 9,000 CAD, below the floor of 15,000 CAD for a plan that relies on a dedicated person (`marie`, whose time the plan costs at 8,000 CAD a year): check that the time costed pays for the hours the presence needs. Raise the budget; if the client is self-employed or a very small business, write `client_size: solo` or `micro` in the plan (the floor does not apply to them); or set another `floor` for `budget-minimum` in `.socialplan.yaml`.',
    );
    assert.equal(
      message.fr,
      'Le budget annuel est de 9\u00a0000\u00a0CAD, sous le plancher de 15\u00a0000\u00a0CAD pour un plan qui repose sur une personne dédiée (`marie`, dont le plan chiffre le temps à 8\u00a0000\u00a0CAD par an) : vérifiez que le temps chiffré paie les heures dont la présence a besoin. Augmentez le budget ; si le client est travailleur autonome ou une très petite entreprise, écrivez `client_size: solo` ou `micro` dans le plan (le plancher ne s’applique pas à eux) ; ou fixez un autre `floor` pour `budget-minimum` dans `.socialplan.yaml`.',
    );
    assert.doesNotMatch(message.en, /costs more/);
  });

  it("reads the person's own `cost` when no line names them, and says the rule of thumb when nothing is costed", () => {
    const costed = plan('', adsLine).replace(
      'dedicated: true }',
      'dedicated: true, cost: { amount: 500, per: month } }',
    );
    assert.match(
      ruleMessages('budget-minimum', costed)[0].en,
      /\(`marie`, whose time the plan costs at 6,000 CAD a year\)/,
    );
    assert.match(
      ruleMessages('budget-minimum', plan('', adsLine))[0].en,
      /\(`marie`\): part of one person's time usually costs more than that alone\./,
    );
  });
});
