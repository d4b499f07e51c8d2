import type { SocialDocument } from '../document/document';
import type { CompiledSchema, SchemaSet } from '../schema/validator';
import type { SchemaProblem } from '../schema/problems';
import type { Fix } from '../types';
import { insertKey, replaceValue } from '../document/yaml-edits';
import { locate } from '../document/yaml-location';

/** Fixes for schema problems: add a missing key with a placeholder, rewrite a date as YYYY-MM-DD. */
export function schemaFixes(
  document: SocialDocument,
  problem: SchemaProblem,
  schemas: SchemaSet,
  compiled: CompiledSchema,
): Fix[] {
  if (problem.keyword === 'required' && problem.missingProperty)
    return addMissingKey(document, problem, schemas, compiled, problem.missingProperty);
  if (problem.keyword === 'format' && problem.format === 'date') return normaliseDate(document, problem);
  return [];
}

function addMissingKey(
  document: SocialDocument,
  problem: SchemaProblem,
  schemas: SchemaSet,
  compiled: CompiledSchema,
  key: string,
): Fix[] {
  // For `if/then` requirements the problem points at the condition key; the key goes beside it.
  const mapPath = problem.target === 'key' ? problem.path : problem.path.slice(0, -1);
  const placeholder = placeholderFor(schemas.navigator.at(compiled.root, [...mapPath, key]).map((node) => node.schema));
  const edit = insertKey(document, mapPath, key, placeholder);
  if (!edit) return [];
  return [
    {
      title: { en: `Add \`${key}\` with a placeholder`, fr: `Ajouter \`${key}\` avec une valeur à remplir` },
      edits: [edit],
      safe: false,
    },
  ];
}

/** An example from the schema when it has one, else an empty value of the right type. */
function placeholderFor(schemas: Record<string, unknown>[]): string {
  for (const schema of schemas) {
    const examples = schema['x-examples'];
    if (Array.isArray(examples) && (typeof examples[0] === 'string' || typeof examples[0] === 'number'))
      return JSON.stringify(examples[0]);
    if (Array.isArray(schema.enum) && schema.enum.length > 0) return String(schema.enum[0]);
  }
  const types = schemas.map((schema) => schema.type);
  if (types.includes('number') || types.includes('integer')) return '0';
  if (types.includes('boolean')) return 'false';
  if (types.includes('array')) return '[]';
  if (types.includes('object')) return '{}';
  return '""';
}

const LOOSE_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

function normaliseDate(document: SocialDocument, problem: SchemaProblem): Fix[] {
  const found = locate(document, problem.path);
  const written =
    found.valueNode && 'value' in found.valueNode ? String((found.valueNode as { value: unknown }).value) : '';
  const match = LOOSE_DATE.exec(written.trim());
  if (!match) return [];
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return [];
  const iso = `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const edit = replaceValue(document, problem.path, `"${iso}"`);
  if (!edit) return [];
  return [{ title: { en: `Write the date as "${iso}"`, fr: `Écrire la date "${iso}"` }, edits: [edit], safe: true }];
}
