import annex from '../../../schemas/annex.schema.json';
import calendar from '../../../schemas/calendar.schema.json';
import budget from '../../../schemas/budget.schema.json';
import charter from '../../../schemas/charter.schema.json';
import common from '../../../schemas/common.schema.json';
import config from '../../../schemas/config.schema.json';
import legal from '../../../schemas/legal.schema.json';
import objectives from '../../../schemas/objectives.schema.json';
import postList from '../../../schemas/post-list.schema.json';
import plan from '../../../schemas/plan.schema.json';
import platforms from '../../../schemas/platforms.schema.json';
import resources from '../../../schemas/resources.schema.json';
import resultList from '../../../schemas/result-list.schema.json';
import results from '../../../schemas/results.schema.json';
import step from '../../../schemas/step.schema.json';
import type { DocumentKind } from '../document/document';

export type JsonSchema = { [key: string]: unknown };

/** Every bundled schema; imported (not read from disk) so the bundles carry them. */
export const BUNDLED_SCHEMAS: JsonSchema[] = [
  common,
  objectives,
  resources,
  budget,
  legal,
  platforms,
  resultList,
  postList,
  plan,
  step,
  charter,
  annex,
  results,
  calendar,
  config,
];

export const DOCUMENT_SCHEMAS: Record<DocumentKind, JsonSchema> = { plan, step, charter, annex, results, calendar };

export const CONFIG_SCHEMA: JsonSchema = config;

export function schemaId(schema: JsonSchema): string {
  return String(schema.$id);
}
