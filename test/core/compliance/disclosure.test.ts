import assert from 'node:assert/strict';
import { join } from 'node:path';
import { caseRoot, FIXTURES, lintFixture } from '../../support/fixtures';
import {
  DISCLOSURE_TABLES,
  disclosureTablesFor,
  missingMentions,
  type DisclosureCountry,
} from '../../../src/core/compliance/disclosure';

/** Policy text → the purposes (English) of the mentions still missing, per country. */
const CASES: [DisclosureCountry, string, string[]][] = [
  ['FR', 'Mention « Publicité » et « Images retouchées » sur chaque contenu.', []],
  ['FR', 'Mention « Collaboration commerciale » ; « Images virtuelles » pour l’IA.', []],
  ['FR', 'mention publicite, images retouchees', []],
  ['FR', 'Chaque partenariat porte la mention « Publicité ».', ['the mention of altered images']],
  ['FR', 'Les partenariats sont signalés par #ad.', ['the advertising mention', 'the mention of altered images']],
  ['FR', 'La transparence publicitaire est totale.', ['the advertising mention', 'the mention of altered images']],
  ['US', 'Paid partnerships are marked "#ad".', []],
  ['US', 'Sponsored posts say so in the first line.', []],
  ['US', 'We use the platform’s Paid partnership label.', []],
  ['US', 'Creators write "Ad" at the start of the caption.', []],
  ['US', 'Creators start with Ad: before the caption.', []],
  ['US', 'Every advertisement is labelled.', []],
  ['US', 'Paid partnerships use the platform label.', []],
  ['US', 'Creators add #MillracePartner.', []],
  ['US', 'Creators thank the brand in their caption.', ['a clear and conspicuous disclosure']],
  ['US', 'Partnerships are disclosed.', ['a clear and conspicuous disclosure']],
  ['US', 'We add a line about our adventures.', ['a clear and conspicuous disclosure']],
  ['CA', 'Tout partenariat porte « Publicité » ou « #partenariat ».', []],
  ['CA', 'Les créateurs ajoutent #commandité.', []],
  ['CA', 'Les créateurs ajoutent #pub au début.', []],
  ['CA', 'Contenu commandité signalé comme tel.', []],
  ['CA', 'Les partenariats rémunérés sont identifiés au début du texte.', []],
  ['CA', 'Les contenus sponsorisés sont identifiés.', []],
  ['CA', 'Creators add #ad or #sponsored.', []],
  ['CA', 'Creators add #BakeryAmbassador.', []],
  ['CA', 'Les partenariats sont mentionnés dans la légende.', ['a clear disclosure of the material connection']],
  ['CA', 'Partnerships are mentioned in the caption.', ['a clear disclosure of the material connection']],
  ['CA', 'Le pubcrawl du vendredi.', ['a clear disclosure of the material connection']],
];

describe('disclosure tables', () => {
  for (const [country, text, missing] of CASES) {
    it(`${country}: ${text} → ${missing.length === 0 ? 'complete' : missing.join(', ')}`, () => {
      assert.deepEqual(
        missingMentions(DISCLOSURE_TABLES[country], text).map((mention) => mention.purpose.en),
        missing,
      );
    });
  }

  it('reads a subdivision as its country, once, in order; unknown countries have no table', () => {
    assert.deepEqual(
      disclosureTablesFor(['US-MA', 'US', 'CA-QC', 'CH', 42, 'FR']).map((table) => table.country),
      ['US', 'CA', 'FR'],
    );
    assert.deepEqual(disclosureTablesFor(['CH', 'GB']), []);
  });

  it('every mention names its source, in both languages, with an address', () => {
    for (const table of Object.values(DISCLOSURE_TABLES)) {
      for (const mention of table.mentions) {
        assert.ok(mention.source.title.en && mention.source.title.fr, table.country);
        assert.match(mention.source.url, /^https:\/\//);
      }
    }
  });
});

describe('disclosure-policy', () => {
  const findings = (name: string) =>
    lintFixture(caseRoot(join(FIXTURES, 'rules', 'disclosure-policy', name))).filter(
      (finding) => finding.rule === 'disclosure-policy',
    );

  it('says when a hashtag after a space was read as a YAML comment', () => {
    const [finding] = findings('fail-hashtag-read-as-comment');
    assert.match(
      finding.message.en,
      /in YAML, a `#` after a space starts a comment, so put the whole text in quotes\.$/,
    );
    assert.match(finding.message.fr, /mettez tout le texte entre guillemets\.$/);
  });

  it('names each missing mention with its jurisdiction and source, in both languages', () => {
    const [finding] = findings('fail-france-no-image-mention');
    assert.match(
      finding.message.en,
      /does not name the mention the charter's jurisdictions require — France: the mention of altered images, “Images retouchées” or “Images virtuelles” \(Loi n° 2023-451 du 9 juin 2023 visant à encadrer l’influence commerciale \(France\), art\. 5\)\./,
    );
    assert.match(
      finding.message.fr,
      /la France : la mention des images modifiées, « Images retouchées » ou « Images virtuelles »/,
    );
    assert.doesNotMatch(finding.message.en, /starts a comment/);
  });
});
