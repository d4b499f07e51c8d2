import type { SocialDocument } from '../document/document';
import { keyRange, valueRange } from '../document/yaml-location';
import type { Localized } from '../types';
import { isRecord } from '../util/guards';
import { charterInForce, charterOfPlan, written } from '../workspace/governance';
import type { PlanRule } from './rule';

type Part = 'two_factor' | 'access' | 'access_review' | 'offboarding';

const PARTS: Record<Part, Localized> = {
  two_factor: {
    en: 'two-factor authentication (`two_factor: true`)',
    fr: 'la double authentification (`two_factor: true`)',
  },
  access: { en: 'who holds access (`access`)', fr: 'qui détient les accès (`access`)' },
  access_review: {
    en: 'how often access is reviewed (`access_review`)',
    fr: 'la fréquence de revue des accès (`access_review`)',
  },
  offboarding: {
    en: 'how access is removed when someone leaves (`offboarding`)',
    fr: 'le retrait des accès au départ d’une personne (`offboarding`)',
  },
};

/**
 * The charter says how the brand's accounts are protected (docs/rules/account-security.md). A
 * missing block is reported once the charter is in review or approved; a started one, always.
 */
export const accountSecurity: PlanRule = {
  id: 'account-security',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'running-presence',
  description: {
    en: 'The charter says how the brand’s accounts are protected: two-factor authentication, who holds access, how often access is reviewed, and how it is removed when someone leaves.',
    fr: 'La charte dit comment les comptes de la marque sont protégés : double authentification, qui détient les accès, à quelle fréquence ils sont revus, et comment ils sont retirés au départ d’une personne.',
  },
  check(plan, _context, report) {
    const charter = charterOfPlan(plan);
    if (!charter) return;
    const legal = charter.data.legal;
    const security = isRecord(legal) ? legal.account_security : undefined;
    if (security === undefined || security === null) {
      if (charterInForce(charter, plan)) report({ file: charter.file, range: anchor(charter), message: NO_BLOCK });
      return;
    }
    if (!isRecord(security)) return;
    if (security.two_factor === false)
      report({
        file: charter.file,
        range: valueRange(charter, ['legal', 'account_security', 'two_factor']),
        message: {
          en: 'The brand’s accounts do not use two-factor authentication (`two_factor: false`): a stolen password is then enough to take an account over. Turn it on for every account and every person with access.',
          fr: 'Les comptes de la marque n’utilisent pas la double authentification (`two_factor: false`) : un mot de passe volé suffit alors à prendre un compte. Activez-la sur chaque compte et pour chaque personne qui y a accès.',
        },
      });
    const missing = (Object.keys(PARTS) as Part[]).filter((part) =>
      part === 'two_factor' ? security.two_factor === undefined : !written(security[part]),
    );
    if (missing.length === 0) return;
    report({
      file: charter.file,
      range: keyRange(charter, ['legal', 'account_security']),
      message: {
        en: `The account security rules do not say ${missing.map((part) => PARTS[part].en).join(', ')}.`,
        fr: `Les règles de sécurité des comptes ne précisent pas ${missing.map((part) => PARTS[part].fr).join(', ')}.`,
      },
    });
  },
};

const NO_BLOCK: Localized = {
  en: 'The charter does not say how the brand’s accounts are protected (`legal.account_security`): require two-factor authentication (`two_factor`), name who holds access (`access`), how often access is reviewed (`access_review`) and how it is removed when someone leaves (`offboarding`).',
  fr: 'La charte ne dit pas comment les comptes de la marque sont protégés (`legal.account_security`) : exigez la double authentification (`two_factor`), nommez qui détient les accès (`access`), la fréquence de revue des accès (`access_review`) et leur retrait au départ d’une personne (`offboarding`).',
};

function anchor(charter: SocialDocument) {
  return isRecord(charter.data.legal) ? keyRange(charter, ['legal']) : valueRange(charter, ['socialplan']);
}
