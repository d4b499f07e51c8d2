import { planStructure } from './plan-structure';
import type { Rule } from './rule';
import { schema } from './schema';
import { unknownKey } from './unknown-key';
import { yamlSyntax } from './yaml-syntax';

/** Every rule, in the order of the catalogue (design.md §3). Adding a rule: one file, one line here. */
export const RULES: readonly Rule[] = [yamlSyntax, schema, unknownKey, planStructure];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
