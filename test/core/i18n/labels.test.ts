import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enumLabel, hasEnumLabel, type EnumKind } from '../../../src/core/i18n/labels';
import { inEveryLocale, LOCALES, localize, TYPOGRAPHY } from '../../../src/core/i18n/localized';
import { METHOD_PRESETS, PRESET_NAMES } from '../../../src/core/method/methods';

const SCHEMAS = join(__dirname, '..', '..', '..', 'schemas');

/** One `enum` of a bundled schema: its values, and the editor's description of each, in both languages. */
interface SchemaEnum {
  values: string[];
  en: unknown;
  fr: unknown;
}

/** Every `enum` of the bundled schemas, as "file#/json/pointer" → its values and descriptions. */
function schemaEnums(): Map<string, SchemaEnum> {
  const found = new Map<string, SchemaEnum>();
  const walk = (node: unknown, pointer: string, file: string) => {
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${pointer}/${index}`, file));
    else if (node && typeof node === 'object') {
      const schema = node as Record<string, unknown>;
      for (const [key, value] of Object.entries(schema)) {
        if (key === 'enum' && Array.isArray(value))
          found.set(`${file}#${pointer}`, {
            values: value.map(String),
            en: schema['x-enum-descriptions'],
            fr: schema['x-enum-descriptions-fr'],
          });
        else walk(value, `${pointer}/${key}`, file);
      }
    }
  };
  for (const file of readdirSync(SCHEMAS)
    .filter((name) => name.endsWith('.schema.json'))
    .sort()) {
    walk(JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')), '', file);
  }
  return found;
}

/** Which label table names each enum a reader sees in the report or the editor. */
const LABELLED: Record<string, EnumKind> = {
  'budget.schema.json#/properties/period': 'budgetPeriod',
  'budget.schema.json#/properties/lines/items/properties/category': 'category',
  'common.schema.json#/$defs/documentStatus': 'planStatus',
  'common.schema.json#/$defs/reviewPeriod': 'reviewPeriod',
  'legal.schema.json#/properties/account_security/properties/access_review': 'reviewPeriod',
  'objectives.schema.json#/items/properties/goal': 'goal',
  'plan.schema.json#/properties/decision': 'planDecision',
  'platforms.schema.json#/items/properties/frequency/properties/per': 'per',
  'resources.schema.json#/items/properties/role': 'role',
  'resources.schema.json#/items/properties/cost/properties/per': 'per',
  'step.schema.json#/properties/status': 'stepStatus',
};

/** Enums that are never shown as words to a reader, and why. */
const NOT_LABELLED: Record<string, string> = {
  'common.schema.json#/$defs/locale': 'the language itself, never printed',
  'common.schema.json#/$defs/approvalWorkflow/items/oneOf/1/properties/needs':
    'the approval chain prints the state of each level, not `any` or `all`',
  'config.schema.json#/properties/export/properties/paper': 'a paper size, printed as it is (A4, Letter)',
  'config.schema.json#/properties/export/properties/edition': 'who an export is for; the report never prints it',
  'config.schema.json#/$defs/objectiveOnTrackOptions/properties/trend':
    'a config value; the report names the projection, not the option',
  'config.schema.json#/$defs/severity': 'a config value; findings name their severity through the `severity` table',
  'objectives.schema.json#/items/properties/kpi/properties/direction':
    'the report shows the baseline and the target, whose order says the direction',
  'plan.schema.json#/$defs/methodPreset': 'methods are named by their own titles (checked below)',
  'plan.schema.json#/properties/client_size': 'read by `budget-minimum` only; the report does not print it',
  'post-list.schema.json#/items/properties/format':
    'the report has no calendar section yet (docs/calendar.md, "Not there yet")',
  'post-list.schema.json#/items/properties/status':
    'the report has no calendar section yet (docs/calendar.md, "Not there yet")',
};

describe('i18n', () => {
  describe('enum labels', () => {
    const enums = schemaEnums();

    it('every enum of the schemas is either labelled or said to need no label', () => {
      const unaccounted = [...enums.keys()].filter((where) => !(where in LABELLED) && !(where in NOT_LABELLED));
      assert.deepEqual(unaccounted, []);
      const gone = [...Object.keys(LABELLED), ...Object.keys(NOT_LABELLED)].filter((where) => !enums.has(where));
      assert.deepEqual(gone, [], 'a listed enum is no longer in the schemas');
    });

    it('every value of a labelled enum has a label in English and in French', () => {
      const missing: string[] = [];
      for (const [where, kind] of Object.entries(LABELLED)) {
        for (const value of enums.get(where)?.values ?? []) {
          if (!hasEnumLabel(kind, value)) missing.push(`${where} ${value}`);
          for (const locale of LOCALES) {
            if (enumLabel(kind, value, locale).trim() === '') missing.push(`${where} ${value} (${locale})`);
          }
        }
      }
      assert.deepEqual(missing, []);
    });

    it('every value of every enum has a description in English and in French, for the editor', () => {
      const missing: string[] = [];
      for (const [where, { values, en, fr }] of enums) {
        for (const [locale, descriptions] of [
          ['en', en],
          ['fr', fr],
        ] as const) {
          const complete =
            Array.isArray(descriptions) &&
            descriptions.length === values.length &&
            descriptions.every((description) => typeof description === 'string' && description.trim() !== '');
          if (!complete) missing.push(`${where} (${locale})`);
        }
      }
      assert.deepEqual(missing, []);
    });

    it('every preset method has a title in English and in French', () => {
      const presets = enums.get('plan.schema.json#/$defs/methodPreset')?.values ?? [];
      assert.deepEqual([...presets].sort(), [...PRESET_NAMES].sort());
      for (const preset of PRESET_NAMES)
        for (const locale of LOCALES) assert.ok(METHOD_PRESETS[preset].title[locale].trim(), `${preset} (${locale})`);
    });

    it('an unknown value is shown as it is', () => {
      assert.equal(enumLabel('goal', 'world-peace', 'fr'), 'world-peace');
    });
  });

  describe('localized texts and typography', () => {
    it('picks the text of a locale, and makes one text per locale', () => {
      assert.equal(localize({ en: 'Budget', fr: 'Budget (fr)' }, 'fr'), 'Budget (fr)');
      assert.deepEqual(
        inEveryLocale((locale) => `x${TYPOGRAPHY[locale].colon}1`),
        { en: 'x: 1', fr: 'x\u00A0: 1' },
      );
    });

    it('has the typography of every locale', () => {
      for (const locale of LOCALES) assert.ok(TYPOGRAPHY[locale], locale);
      assert.equal(TYPOGRAPHY.fr.withinHours('12'), 'Sous 12\u00A0h');
      assert.equal(TYPOGRAPHY.en.withinHours('12'), 'Within 12 h');
    });
  });
});
