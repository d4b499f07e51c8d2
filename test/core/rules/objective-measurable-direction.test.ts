import assert from 'node:assert/strict';
import { lintFiles } from '../../support/rule-examples';

/**
 * Issue 17, item 3: a KPI with no `source`, and a target that is not past the baseline in the
 * KPI's direction (`kpi.direction`, or `decrease` for a time, a cost, a bounce rate).
 */
function messages(kpi: string, locale = 'en'): { en: string; fr: string; severity: string }[] {
  const plan = [
    '---',
    'socialplan: plan',
    'title: Spring launch',
    `locale: ${locale}`,
    'objectives:',
    '  - id: answers',
    '    goal: customer-service',
    `    kpi: ${kpi}`,
    '    deadline: "2027-09-30"',
    '---',
    '',
  ].join('\n');
  return lintFiles(new Map([['plan.md', plan]]))
    .filter((finding) => finding.rule === 'objective-measurable')
    .map((finding) => ({ ...finding.message, severity: finding.severity }));
}

describe('objective-measurable: source and direction', () => {
  it('a KPI read nowhere is a warning naming the objective, in English and French', () => {
    assert.deepEqual(messages('{ metric: median response time, baseline: 6, target: 2 }'), [
      {
        en: 'The KPI of objective `answers` has no `kpi.source`: name the tool or report its figure is read from (Google Analytics 4, the till, the CRM), so that the baseline and the result are read the same way.',
        fr: 'L’indicateur de l’objectif `answers` n’a pas de `kpi.source` : indiquez l’outil ou le rapport où l’on lit son chiffre (Google Analytics 4, la caisse, le CRM), pour que le point de départ et le résultat se lisent de la même façon.',
        severity: 'warning',
      },
    ]);
  });

  it('a target below the baseline of a rising KPI gives both figures, grouped as each language writes them', () => {
    assert.deepEqual(messages('{ metric: reach, baseline: 18000, target: 12500.5, source: Meta }'), [
      {
        en: 'Objective `answers` has a target of 12,500.5, which is not above its baseline of 18,000. Set a target above 18,000, or `direction: decrease` if a lower figure is the aim (a response time, a cost per lead).',
        fr: 'L’objectif `answers` a une cible de 12\u00a0500,5, qui n’est pas au-dessus de son point de départ de 18\u00a0000. Fixez une cible au-dessus de 18\u00a0000, ou indiquez `direction: decrease` si le but est un chiffre plus bas (un délai de réponse, un coût par prospect).',
        severity: 'error',
      },
    ]);
  });

  it('a response time is read as falling unless `direction` says otherwise', () => {
    assert.deepEqual(messages('{ metric: median response time, baseline: 4, target: 6, source: Inbox }'), [
      {
        en: 'Objective `answers` has a target of 6, which is not below its baseline of 4, yet its metric is one a plan lowers (a time, a cost, a bounce rate). Set a target below 4, or `direction: increase` if a higher figure is the aim.',
        fr: 'L’objectif `answers` a une cible de 6, qui n’est pas au-dessous de son point de départ de 4, alors que sa mesure est de celles qu’on fait baisser (un délai, un coût, un taux de rebond). Fixez une cible au-dessous de 4, ou indiquez `direction: increase` si le but est un chiffre plus élevé.',
        severity: 'error',
      },
    ]);
    assert.deepEqual(
      messages('{ metric: median response time, baseline: 4, target: 6, source: Inbox, direction: increase }'),
      [],
    );
  });

  it('a stated direction is named, and an equal target asks for no progress', () => {
    assert.deepEqual(
      messages('{ metric: leads, baseline: 40, target: 40, source: CRM, direction: decrease }').map(({ en }) => en),
      [
        'Objective `answers` has a target equal to its baseline (40): it asks for no progress, yet the KPI is meant to fall (`direction: decrease`). Set a target below 40, or `direction: increase` if a higher figure is the aim.',
      ],
    );
  });

  it('leaves the placeholders 0 and 0 and values of the wrong type to other findings', () => {
    assert.deepEqual(messages('{ metric: leads, baseline: 0, target: 0, source: CRM }'), []);
    assert.deepEqual(messages('{ metric: leads, baseline: "40", target: 10, source: CRM }'), []);
    assert.deepEqual(messages('{ metric: leads, baseline: 40, target: 10, source: CRM, direction: down }'), []);
  });
});
