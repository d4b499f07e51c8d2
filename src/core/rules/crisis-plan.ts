import type { SocialDocument } from '../document/document';
import { keyRange, valueRange } from '../document/yaml-location';
import type { Localized } from '../types';
import { isRecord } from '../util/guards';
import { charterInForce, charterOfPlan, written } from '../workspace/governance';
import type { PlanRule, Reporter } from './rule';

type Part = 'levels' | 'spokespersons' | 'holding_statement';

const PARTS: Record<Part, Localized> = {
  levels: { en: 'no severity levels (`levels`)', fr: 'aucun niveau de gravité (`levels`)' },
  spokespersons: {
    en: 'nobody who may speak (`spokespersons`)',
    fr: 'personne qui puisse s’exprimer (`spokespersons`)',
  },
  holding_statement: {
    en: 'no holding statement (`holding_statement`)',
    fr: 'aucune déclaration d’attente (`holding_statement`)',
  },
};

/**
 * The charter says what happens when something goes wrong (docs/rules/crisis-plan.md). A missing
 * procedure is reported once the charter is in review or approved; a started one, always.
 */
export const crisisPlan: PlanRule = {
  id: 'crisis-plan',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  appliesTo: 'running-presence',
  description: {
    en: 'The charter has a crisis procedure: severity levels, who is alerted at each and how fast the brand answers, who may speak, and a holding statement.',
    fr: 'La charte a une procédure de crise : des niveaux de gravité, qui est alerté à chacun et dans quel délai la marque répond, qui peut s’exprimer, et une déclaration d’attente.',
  },
  check(plan, _context, report) {
    const charter = charterOfPlan(plan);
    if (!charter) return; // `charter-legal` reports a plan without a charter.
    const legal = charter.data.legal;
    const crisis = isRecord(legal) ? legal.crisis : undefined;
    if (crisis === undefined || crisis === null) {
      if (charterInForce(charter, plan)) reportNoProcedure(charter, report);
      return;
    }
    if (!isRecord(crisis)) return; // The schema reports a crisis that is not a block.
    const missing = (Object.keys(PARTS) as Part[]).filter((part) => !written(crisis[part]));
    if (missing.length > 0)
      report({
        file: charter.file,
        range: keyRange(charter, ['legal', 'crisis']),
        message: {
          en: `The crisis procedure names ${join(
            missing.map((part) => PARTS[part].en),
            'and',
          )}: in a crisis there is no time to decide them.`,
          fr: `La procédure de crise ne prévoit ${join(
            missing.map((part) => PARTS[part].fr),
            'ni',
          )} : en pleine crise, on n’a pas le temps d’en décider.`,
        },
      });
    if (Array.isArray(crisis.levels))
      crisis.levels.forEach((level, position) => checkLevel(charter, level, position, report));
  },
};

function reportNoProcedure(charter: SocialDocument, report: Reporter): void {
  const hasLegal = isRecord(charter.data.legal);
  report({
    file: charter.file,
    range: hasLegal ? keyRange(charter, ['legal']) : valueRange(charter, ['socialplan']),
    message: {
      en: 'The charter has no crisis procedure (`legal.crisis`): write its severity levels, who is alerted at each (`alert`) and within how many hours the brand answers (`respond_within_hours`), who may speak (`spokespersons`) and a holding statement (`holding_statement`).',
      fr: 'La charte n’a pas de procédure de crise (`legal.crisis`) : écrivez ses niveaux de gravité, qui est alerté à chacun (`alert`) et en combien d’heures la marque répond (`respond_within_hours`), qui peut s’exprimer (`spokespersons`) et une déclaration d’attente (`holding_statement`).',
    },
  });
}

function checkLevel(charter: SocialDocument, level: unknown, position: number, report: Reporter): void {
  if (!isRecord(level)) return;
  const noAlert = !written(level.alert);
  const noDelay = typeof level.respond_within_hours !== 'number';
  if (!noAlert && !noDelay) return;
  const name = typeof level.name === 'string' && level.name.trim() !== '' ? `« ${level.name} »` : `${position + 1}`;
  const nameEn = typeof level.name === 'string' && level.name.trim() !== '' ? `"${level.name}"` : `${position + 1}`;
  const path = ['legal', 'crisis', 'levels', position, ...(typeof level.name === 'string' ? ['name'] : [])];
  const en = [
    noAlert ? 'who is alerted (`alert`)' : '',
    noDelay ? 'how fast the brand answers (`respond_within_hours`)' : '',
  ];
  const fr = [
    noAlert ? 'qui est alerté (`alert`)' : '',
    noDelay ? 'en combien d’heures la marque répond (`respond_within_hours`)' : '',
  ];
  report({
    file: charter.file,
    range: valueRange(charter, path),
    message: {
      en: `Crisis level ${nameEn} does not say ${join(en.filter(Boolean), 'or')}.`,
      fr: `Le niveau de crise ${name} ne dit pas ${join(fr.filter(Boolean), 'ni')}.`,
    },
  });
}

function join(words: string[], last: string): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}
