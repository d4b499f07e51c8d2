import assert from 'node:assert/strict';
import { NodeFileHost } from '../../../src/core/workspace/host';
import { hover } from '../../../src/core/language';
import { Linter } from '../../../src/core/lint/linter';
import { editing, withCursor } from '../../support/cursor';

/** Hover text at the `‸` of an edited copy of a bakery file, read with the whole plan around it. */
function hoverIn(file: string, from: string | RegExp, to: string, locale: 'en' | 'fr' = 'en'): string | undefined {
  const linter = new Linter(new NodeFileHost());
  return hover(editing(file, from, to, locale), { linter })?.markdown;
}

describe('hover', () => {
  describe('on keys', () => {
    it('gives the title, description, expected value and an example, in English', () => {
      const text = hoverIn('01-listen.md', 'owner: marie', 'own‸er: marie');
      assert.ok(text);
      assert.match(text, /^\*\*Owner\*\* · `owner`/);
      assert.match(text, /The resource responsible for completing the step\./);
      assert.match(text, /\*Expects:\* the id of a resource defined in the plan/);
      assert.match(text, /```yaml\nowner: marie\n```/);
    });

    it('speaks French when asked', () => {
      const text = hoverIn('01-listen.md', 'owner: marie', 'own‸er: marie', 'fr');
      assert.ok(text);
      assert.match(text, /^\*\*Responsable\*\* · `owner`/);
      assert.match(text, /La ressource chargée de mener l'étape à bien\./);
      assert.match(text, /\*Attend :\* l’identifiant d’une ressource définie dans le plan/);
    });

    it('lists the allowed values with their meaning, and says when a key is required', () => {
      const text = hoverIn('plan.md', '    goal: awareness', '    go‸al: awareness');
      assert.ok(text);
      assert.match(text, /^\*\*Goal\*\* · `goal`/);
      assert.match(text, /\*Required\*/);
      assert.match(text, /- `store-visits` — Bring people into a shop, a venue or an event\./);
    });

    it('shows a whole example for a mapping key', () => {
      const text = hoverIn('plan.md', 'period:', 'per‸iod:');
      assert.ok(text);
      assert.match(text, /```yaml\nperiod:\n {2}start: 2027-01-01\n {2}end: 2027-12-31\n```/);
    });

    it('describes keys deep in a flow mapping, and the key being typed once it is known', () => {
      assert.match(
        hoverIn('plan.md', '{ posts: 3, per: week }', '{ posts: 3, p‸er: week }') ?? '',
        /^\*\*Per\*\* · `per`/,
      );
      assert.match(
        hoverIn('plan.md', 'currency: CAD\nstatus', 'curr‸ency\nstatus') ?? '',
        /^\*\*Currency\*\* · `currency`/,
      );
    });

    it('explains `socialplan` even before the document has a kind', () => {
      const { text, offset } = withCursor('---\nsocial‸plan:\n---\n');
      const result = hover({ file: '/tmp/new.md', text, offset, locale: 'en' });
      assert.match(result?.markdown ?? '', /Document kind/);
      assert.match(result?.markdown ?? '', /- `charter` — /);
    });

    it('says nothing about an unknown key (the unknown-key diagnostic does)', () => {
      assert.equal(hoverIn('01-listen.md', 'owner: marie', 'own‸ers: marie'), undefined);
    });
  });

  describe('on values', () => {
    it('on an enum value, says what that value means, then documents the key', () => {
      const text = hoverIn('01-listen.md', 'status: in-progress', 'status: in-pro‸gress');
      assert.ok(text);
      assert.match(text, /^\*\*`in-progress`\*\* — Being worked on\./);
      assert.match(text, /\*\*Status\*\* · `status`/);
    });

    it('on a resource reference, gives the person’s name, role and situation, and where they are defined', () => {
      const text = hoverIn('01-listen.md', 'owner: marie', 'owner: ma‸rie');
      assert.ok(text);
      assert.match(text, /^\*\*Resource `marie`\*\* — Marie Tremblay/);
      assert.match(
        text,
        /\*Role:\* community-manager · internal \(the client’s own staff\) · dedicated to the presence · 15 h\/week/,
      );
      assert.match(text, /\*Defined in\* `annex-team\.md`/);
    });

    it('on an objective reference, gives the statement and the KPI from baseline to target', () => {
      const text = hoverIn(
        'plan.md',
        'objectives: [awareness-south-shore, saturday-visits]',
        'objectives: [awareness-south-shore, saturday-vi‸sits]',
      );
      assert.ok(text);
      assert.match(text, /^\*\*Objective `saturday-visits`\*\* · store-visits/);
      assert.match(text, /Bring more families to the shop on Saturday mornings/);
      assert.match(
        text,
        /\*KPI:\* coupons redeemed in store — 40 → 120 coupons per month, by 2027-09-30 \(source: till report\)/,
      );
      assert.match(text, /\*Owner:\* `marie` \(Marie Tremblay\)/);
    });

    it('on a platform reference in a budget line, gives the platform’s name and handle', () => {
      const text = hoverIn('plan.md', '      platform: instagram', '      platform: insta‸gram');
      assert.ok(text);
      assert.match(text, /^\*\*Platform `instagram`\*\* — Instagram `@bakery_southshore`/);
      assert.match(text, /handle reserved · 3 posts per week/);
    });

    it('on spokespersons and escalate_to in the charter, resolves the resources of the plan', () => {
      assert.match(
        hoverIn('charter.md', 'spokespersons: [marie, ceo]', 'spokespersons: [marie, c‸eo]') ?? '',
        /^\*\*Resource `ceo`\*\* — Sophie Gagnon/,
      );
      assert.match(
        hoverIn('charter.md', 'escalate_to: julien', 'escalate_to: jul‸ien') ?? '',
        /external \(agency or freelance\)/,
      );
    });

    it('on a definition, also says how often the id is used (two owners and a budget line in the plan, a step owner, a spokesperson)', () => {
      const text = hoverIn('annex-team.md', '  - id: marie', '  - id: mar‸ie');
      assert.match(text ?? '', /Referred to 5 times in the plan\./);
    });

    it('on an unknown id, says so and suggests the closest one', () => {
      const text = hoverIn('01-listen.md', 'owner: marie', 'owner: mari‸o');
      assert.equal(text, 'No resource `mario` is defined in this plan. Did you mean `marie`?');
    });

    it('on `step:`, gives the step’s title, its place in the method and its guide', () => {
      const english = hoverIn('02-profiles.md', 'step: profiles', 'step: prof‸iles');
      assert.match(
        english ?? '',
        /^\*\*Profiles and brand\*\* · `profiles` — step 2 of 6 of the \*Six phases\* method/,
      );
      assert.match(english ?? '', /Reserve the brand’s names on the platforms/);
      assert.match(english ?? '', /\*Requires, done first:\* Listening and monitoring \(`listen`\)/);
      const french = hoverIn('02-profiles.md', 'step: profiles', 'step: prof‸iles', 'fr');
      assert.match(
        french ?? '',
        /^\*\*Profils et image de marque\*\* · `profiles` — étape 2 sur 6 de la méthode \*Six phases\*/,
      );
    });

    it('on a step that is not in the plan’s method, says so', () => {
      const text = hoverIn('02-profiles.md', 'step: profiles', 'step: profil‸e');
      assert.equal(text, '`profile` is not a step of the plan’s method (*Six phases*). Did you mean `profiles`?');
    });

    it('on `method:`, lists the method’s steps', () => {
      const text = hoverIn('plan.md', 'method: six-phases', 'method: six-ph‸ases');
      assert.match(text ?? '', /^\*\*Six phases\*\* · `six-phases`/);
      assert.match(text ?? '', /1\. Listening and monitoring \(`listen`\)\n2\. Profiles and brand \(`profiles`\)/);
    });

    it('on the document kind, says what kind of document it is', () => {
      assert.match(
        hoverIn('charter.md', 'socialplan: charter', 'socialplan: char‸ter') ?? '',
        /^\*\*`charter`\*\* — The social media charter/,
      );
    });

    it('while the YAML around is broken by the line being typed, still finds the plan’s ids', () => {
      // The unclosed flow sequence breaks this document's YAML; the other documents are fine.
      const text = hoverIn('charter.md', 'spokespersons: [marie, ceo]', 'spokespersons: [marie, c‸eo');
      assert.match(text ?? '', /Sophie Gagnon/);
    });
  });

  it('answers nothing outside the frontmatter', () => {
    assert.equal(hoverIn('01-listen.md', 'Reach last quarter', 'Reach last qu‸arter'), undefined);
  });
});
