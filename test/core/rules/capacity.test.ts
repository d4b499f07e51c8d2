import assert from 'node:assert/strict';
import { PLAN_HEAD, ruleMessages } from '../../support/plan-messages';

/** Issue 17, item 7: posting promises nobody can keep, with the figures in the message. */
describe('capacity', () => {
  const plan = (hours: number, frequencies: string[]) => `${PLAN_HEAD}
platforms:
${frequencies.map((frequency, position) => `  - { id: p${position}, name: P${position}, frequency: ${frequency} }`).join('\n')}
resources:
  - { id: marie, name: Marie Tremblay, role: community-manager, internal: true, dedicated: true, hours_per_week: ${hours} }
  - { id: luc, name: Luc Roy, role: spokesperson, internal: true, hours_per_week: 20 }
  - { id: ana, name: Ana Roy, role: designer, internal: false, hours_per_week: 1 }`;

  it('gives the posts a week, the minutes, the hours needed and the hours given, in English and French', () => {
    // 1 a day + 4 a week = 11 posts × 45 min = 8.25 h; Marie 3 h + Ana 1 h (the spokesperson does not produce).
    assert.deepEqual(ruleMessages('capacity', plan(3, ['{ posts: 1, per: day }', '{ posts: 4, per: week }'])), [
      {
        en: 'The platforms promise 11 posts a week × 45 min = 8.3 h; the people who produce content (`marie`, `ana`) give 4 h a week. Post less often, give them more hours, or set the `minutes_per_post` of `capacity` to what a post takes you.',
        fr: 'Les plateformes promettent 11 publications par semaine × 45 min = 8,3 h ; les personnes qui produisent les contenus (`marie`, `ana`) donnent 4 h par semaine. Publiez moins souvent, donnez-leur plus d’heures, ou réglez `minutes_per_post` de `capacity` sur ce que vous prend une publication.',
      },
    ]);
  });

  it('brings monthly posts to a week (× 12 ÷ 52) and reads minutes_per_post from the config', () => {
    // 13 a month = 3 a week: 2.25 h at 45 min, within 3 h; 4.5 h at 90 min, beyond.
    assert.deepEqual(ruleMessages('capacity', plan(2, ['{ posts: 13, per: month }'])), []);
    const [message] = ruleMessages(
      'capacity',
      plan(2, ['{ posts: 13, per: month }']),
      'rules:\n  capacity: { minutes_per_post: 90 }\n',
    );
    assert.match(message.en, /^The platforms promise 3 posts a week × 90 min = 4\.5 h; .* give 3 h a week\./);
  });

  it('says nothing when a producer gives no hours: the plan does not say how much time there is', () => {
    const unsaid = plan(3, ['{ posts: 2, per: day }']).replace(', hours_per_week: 1 }', ' }');
    assert.deepEqual(ruleMessages('capacity', unsaid), []);
  });
});
