import assert from 'node:assert/strict';
import { PLAN_HEAD, ruleMessages } from '../../support/plan-messages';

/** Issue 17, item 5: a "dedicated" person with half an hour a week. */
describe('dedicated-resource, hours a week', () => {
  const plan = (hours: string) => `${PLAN_HEAD}
resources:
  - { id: marie, name: Marie Tremblay, role: community-manager, internal: true, dedicated: true${hours} }`;

  it('warns, with both figures, when a dedicated resource gives fewer hours than the minimum', () => {
    assert.deepEqual(ruleMessages('dedicated-resource', plan(', hours_per_week: 0.5')), [
      {
        en: '`marie` is `dedicated: true` but gives 0.5 h a week, fewer than the 2 h a dedicated person needs to publish, answer and gather news steadily. Set the hours the person really has for the presence, or dedicate someone who has them (option `min_hours_per_week` of `dedicated-resource`).',
        fr: '`marie` est `dedicated: true` mais ne donne que 0,5 h par semaine, moins que les 2 h dont une personne dédiée a besoin pour publier, répondre et recueillir l’information régulièrement. Indiquez les heures que la personne a vraiment pour la présence, ou dédiez quelqu’un qui les a (option `min_hours_per_week` de `dedicated-resource`).',
      },
    ]);
  });

  it('judges only stated hours, and takes its minimum from the config', () => {
    assert.deepEqual(ruleMessages('dedicated-resource', plan('')), []);
    assert.deepEqual(ruleMessages('dedicated-resource', plan(', hours_per_week: 2')), []);
    const config = 'rules:\n  dedicated-resource: { min_hours_per_week: 10 }\n';
    assert.match(
      ruleMessages('dedicated-resource', plan(', hours_per_week: 6'), config)[0].en,
      /gives 6 h a week, fewer than the 10 h/,
    );
  });
});
