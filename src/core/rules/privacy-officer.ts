import { isRecord } from '../util/guards';
import { keyRange } from '../document/yaml-location';
import { isPlaceholder } from '../method/placeholders';
import type { Localized } from '../types';
import { planCharter } from './charter-legal';
import type { PlanRule } from './rule';

/**
 * Who answers for personal data, and where people find them: Quebec's Law 25 and the GDPR both ask
 * for a named person and published contact details (docs/rules/privacy-officer.md).
 */
export const privacyOfficer: PlanRule = {
  id: 'privacy-officer',
  scope: 'plan',
  defaultSeverity: 'error',
  fixable: false,
  appliesTo: 'running-presence',
  description: {
    en: 'With `CA-QC` among the jurisdictions, the charter names the person in charge of personal information (`privacy.officer`) and where their contact is published (`privacy.contact`); with an EU or EEA jurisdiction, the privacy contact, and the DPO when `privacy.dpo_required`.',
    fr: 'Avec `CA-QC` parmi les juridictions, la charte nomme la personne responsable des renseignements personnels (`privacy.officer`) et où ses coordonnées sont publiées (`privacy.contact`) ; avec une juridiction de l’UE ou de l’EEE, le contact vie privée, et le DPO si `privacy.dpo_required`.',
  },
  check(plan, _context, report) {
    const charter = planCharter(plan);
    const legal = charter?.data.legal;
    if (!charter || !isRecord(legal) || !Array.isArray(legal.jurisdictions)) return;
    const codes = legal.jurisdictions.filter((code): code is string => typeof code === 'string');
    const quebec = codes.includes('CA-QC');
    const europe = codes.find((code) => EEA.has(code.slice(0, 2)));
    if (!quebec && !europe) return;
    const privacy = isRecord(legal.privacy) ? legal.privacy : {};
    const missing: Requirement[] = [];
    if (quebec && !written(privacy.officer)) missing.push(QUEBEC_OFFICER);
    if (!written(privacy.contact)) missing.push(quebec ? QUEBEC_CONTACT : GDPR_CONTACT);
    if (europe && privacy.dpo_required === true && !written(privacy.dpo)) missing.push(GDPR_DPO);
    if (missing.length === 0) return;
    const laws = [quebec ? LAW_25 : undefined, europe ? GDPR : undefined].filter((law) => law !== undefined);
    const list = (locale: 'en' | 'fr') => missing.map((item) => item[locale]).join(locale === 'fr' ? ' ; ' : '; ');
    const message: Localized = {
      en: `${capitalised(laws.map((law) => law.en).join(' and '))} ${laws.length > 1 ? 'ask' : 'asks'} the charter to name who answers for personal data; it lacks ${missing.length === 1 ? 'one item' : `${missing.length} items`}: ${list('en')}.`,
      fr: `${capitalised(laws.map((law) => law.fr).join(' et '))} ${laws.length > 1 ? 'demandent' : 'demande'} que la charte nomme qui répond des renseignements personnels ; il lui manque ${missing.length === 1 ? 'un élément' : `${missing.length} éléments`} : ${list('fr')}.`,
    };
    const path = isRecord(legal.privacy) ? ['legal', 'privacy'] : ['legal', 'jurisdictions'];
    report({ file: charter.file, range: keyRange(charter, path), message });
  },
};

type Requirement = Localized;

const LAW_25: Localized = {
  en: `Quebec's Law 25 (Act respecting the protection of personal information in the private sector, s. 3.1)`,
  fr: 'La Loi 25 du Québec (Loi sur la protection des renseignements personnels dans le secteur privé, art. 3.1)',
};
const GDPR: Localized = { en: 'the GDPR (art. 13 and 37-39)', fr: 'le RGPD (art. 13 et 37 à 39)' };

const QUEBEC_OFFICER: Requirement = {
  en: '`privacy.officer`, the resource id of the person in charge of the protection of personal information',
  fr: '`privacy.officer`, l’identifiant de la ressource responsable de la protection des renseignements personnels',
};
const QUEBEC_CONTACT: Requirement = {
  en: '`privacy.contact`, where their title and contact details are published (a page of the website)',
  fr: '`privacy.contact`, où son titre et ses coordonnées sont publiés (une page du site Web)',
};
const GDPR_CONTACT: Requirement = {
  en: '`privacy.contact`, where the privacy contact is published (the privacy notice)',
  fr: '`privacy.contact`, où le contact vie privée est publié (la politique de confidentialité)',
};
const GDPR_DPO: Requirement = {
  en: '`privacy.dpo`, the resource id of the data protection officer, since `dpo_required` is true',
  fr: '`privacy.dpo`, l’identifiant de la ressource déléguée à la protection des données, puisque `dpo_required` vaut true',
};

/** The EU's 27 members and the EEA's three others, where the GDPR applies. */
const EEA: ReadonlySet<string> = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO'.split(' '),
);

function written(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '' && !isPlaceholder(value);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
