/**
 * The rule part of `schemas/config.schema.json`, generated from the rule registry so that a rule's
 * description, default severity and options have one source: the rule's own file.
 *
 * It writes `properties.rules.properties` (one entry per rule, in the registry's order) and, for each
 * rule that takes options, two `$defs`: `<rule>Setting` (a severity or an object) and `<rule>Options`
 * (`severity` and the rule's options). The rest of the file is written by hand and kept as it is.
 * test/scripts/generate/generated-docs.test.ts fails when the committed file differs from this output.
 */
import { RULES } from '../../src/core/rules/index';
import type { Rule } from '../../src/core/rules/rule';

type Json = Record<string, unknown>;

/** `$defs` the generator owns besides the per-rule ones: they are left alone. */
const SHARED_DEFS = new Set(['severity', 'ruleSetting', 'ruleOptions']);

const SEVERITY_OPTION: Json = {
  $ref: '#/$defs/severity',
  title: 'Severity',
  description: "How the rule's findings are reported; the rule's default when omitted.",
  'x-title-fr': 'Gravité',
  'x-description-fr': 'Comment les constats de la règle sont signalés ; la gravité par défaut si elle est omise.',
};

/** `budget-minimum` → `budgetMinimum`. */
function camel(id: string): string {
  return id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

function list(items: string[], and: string): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function ruleEntry(rule: Rule): Json {
  const options = Object.entries(rule.options ?? {});
  const example =
    options.length === 0
      ? 'warning'
      : { severity: 'warning', ...Object.fromEntries(options.map(([key, option]) => [key, option.examples[0]])) };
  return {
    $ref: options.length === 0 ? '#/$defs/ruleSetting' : `#/$defs/${camel(rule.id)}Setting`,
    title: rule.id,
    description: `${rule.description.en} Default: ${rule.defaultSeverity}.`,
    'x-title-fr': rule.id,
    'x-description-fr': `${rule.description.fr} Par défaut : ${rule.defaultSeverity}.`,
    'x-examples': ['off', example],
  };
}

function optionDefs(rule: Rule): Json {
  const options = Object.entries(rule.options ?? {});
  if (options.length === 0) return {};
  const name = camel(rule.id);
  const keys = options.map(([key]) => `\`${key}\``);
  return {
    [`${name}Setting`]: {
      title: `${rule.id} setting`,
      description: `A severity, or an object with a \`severity\` and ${list(
        keys.map((key) => `a ${key}`),
        'and',
      )}.`,
      'x-title-fr': `Réglage de ${rule.id}`,
      'x-description-fr': `Une gravité, ou un objet avec les clés ${list(['`severity`', ...keys], 'et')}.`,
      oneOf: [{ $ref: '#/$defs/severity' }, { $ref: `#/$defs/${name}Options` }],
    },
    [`${name}Options`]: {
      title: `${rule.id} options`,
      description: `Settings of the ${rule.id} rule.`,
      'x-title-fr': `Options de ${rule.id}`,
      'x-description-fr': `Réglages de la règle ${rule.id}.`,
      type: 'object',
      additionalProperties: false,
      properties: {
        severity: SEVERITY_OPTION,
        ...Object.fromEntries(
          options.map(([key, option]) => [
            key,
            {
              ...option.schema,
              title: option.title.en,
              description: option.description.en,
              'x-title-fr': option.title.fr,
              'x-description-fr': option.description.fr,
              'x-examples': option.examples,
            },
          ]),
        ),
      },
    },
  };
}

/** The config schema with its rule part regenerated; `text` is the committed file. */
export function withGeneratedRules(text: string): string {
  const schema = JSON.parse(text) as Json & { properties: { rules: Json }; $defs: Json };
  schema.properties.rules.properties = Object.fromEntries(RULES.map((rule) => [rule.id, ruleEntry(rule)]));
  const handWritten = Object.entries(schema.$defs).filter(([key]) => SHARED_DEFS.has(key) || !isRuleDef(key));
  schema.$defs = Object.fromEntries([...handWritten, ...RULES.flatMap((rule) => Object.entries(optionDefs(rule)))]);
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** A `$defs` name of the shape the generator writes (`budgetMinimumSetting`, `budgetMinimumOptions`). */
function isRuleDef(key: string): boolean {
  return /^[a-z][A-Za-z]*(Setting|Options)$/.test(key);
}
