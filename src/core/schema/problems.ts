import type { ErrorObject } from 'ajv';
import { isRecord } from '../util/guards';
import { closest } from '../util/suggest';
import { formatAmount } from '../util/money';
import type { Locale, Localized } from '../types';
import type { DataPath } from '../document/yaml-location';
import { plural } from '../i18n/plural';

/** One real problem found by a schema, ready to be located in the source and reported. */
export interface SchemaProblem {
  /** Where the problem is: for `target: 'key'`, the path of the key to point at. */
  path: DataPath;
  target: 'key' | 'value';
  keyword: string;
  message: Localized;
  /** For `required`: the key to add, at `path` (or beside the condition key for `if/then`). */
  missingProperty?: string;
  /** For `format`: the format the value failed. */
  format?: string;
}

/** Handled elsewhere: unknown keys by the unknown-key rule, `if` by the `then` it guards. */
const IGNORED = new Set(['additionalProperties', 'unevaluatedProperties', 'if']);
const ALTERNATIVES = new Set(['oneOf', 'anyOf']);
const SHADOWED_BY_TYPE = new Set([
  'enum',
  'const',
  'format',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'multipleOf',
]);

/**
 * Turns ajv's raw errors (allErrors mode) into one problem per real issue: the branches of a
 * `oneOf` that could never apply are dropped, an `enum` under a failed `type` is dropped, and so on.
 */
export function toSchemaProblems(
  errors: readonly ErrorObject[],
  data: unknown,
  options: { unknownKeys?: boolean } = {},
): SchemaProblem[] {
  const conditions = conditionKeysByPath(errors);
  // Documents have the unknown-key rule; the config file has only its schema, so it reports them here.
  const kept = (error: ErrorObject) =>
    !IGNORED.has(error.keyword) || (options.unknownKeys === true && error.keyword === 'additionalProperties');
  const relevant = collapseAlternatives(errors.filter(kept), data);
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of dropShadowed(relevant)) {
    const identity = `${error.instancePath}|${error.keyword}|${String(error.params.missingProperty ?? error.params.additionalProperty ?? '')}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    problems.push(describe(error, data, conditions.get(error.instancePath)));
  }
  return problems;
}

export function pointerToPath(pointer: string, data: unknown): (string | number)[] {
  const path: (string | number)[] = [];
  let current = data;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(current) ? Number(token) : token;
    path.push(segment);
    current = Array.isArray(current) ? current[segment as number] : isRecord(current) ? current[token] : undefined;
  }
  return path;
}

function collapseAlternatives(errors: ErrorObject[], data: unknown): ErrorObject[] {
  let result = errors;
  const alternatives = errors.filter((error) => ALTERNATIVES.has(error.keyword));
  for (const alternative of alternatives) {
    const value = valueAt(data, alternative.instancePath);
    const isCollection = typeof value === 'object' && value !== null;
    const under = (error: ErrorObject) =>
      error !== alternative &&
      (error.instancePath === alternative.instancePath ||
        error.instancePath.startsWith(`${alternative.instancePath}/`));
    const noise = (error: ErrorObject) =>
      error.instancePath === alternative.instancePath &&
      (error.keyword === 'type' || (isCollection && (error.keyword === 'enum' || error.keyword === 'const')));
    const meaningful = result.filter((error) => under(error) && !noise(error));
    result = result.filter((error) => !(under(error) && noise(error)));
    if (meaningful.length > 0) result = result.filter((error) => error !== alternative);
  }
  return result;
}

function dropShadowed(errors: ErrorObject[]): ErrorObject[] {
  const typed = new Set(errors.filter((error) => error.keyword === 'type').map((error) => error.instancePath));
  return errors.filter((error) => !(SHADOWED_BY_TYPE.has(error.keyword) && typed.has(error.instancePath)));
}

/** For `if: {properties: {status: {const: skipped}}} then: {required: [skip_reason]}`: the keys of the condition. */
function conditionKeysByPath(errors: readonly ErrorObject[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const error of errors) {
    if (error.keyword !== 'if' || !isRecord(error.parentSchema)) continue;
    const condition = error.parentSchema.if;
    if (isRecord(condition) && isRecord(condition.properties))
      found.set(error.instancePath, Object.keys(condition.properties));
  }
  return found;
}

function describe(error: ErrorObject, data: unknown, conditionKeys: string[] | undefined): SchemaProblem {
  const path = pointerToPath(error.instancePath, data);
  const value = valueAt(data, error.instancePath);
  const name = displayPath(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return requiredProblem(path, String(params.missingProperty), error.schemaPath, conditionKeys, data);
    case 'additionalProperties':
      return unknownKeyProblem(path, String(params.additionalProperty), error.parentSchema);
    case 'type':
      return valueProblem(path, error.keyword, {
        en: `\`${name}\` must be ${typeNames(params.type, 'en')}; found ${shown(value, 'en')}.`,
        fr: `\`${name}\` doit être ${typeNames(params.type, 'fr')} ; trouvé ${shown(value, 'fr')}.`,
      });
    case 'enum':
      return valueProblem(path, error.keyword, enumMessage(name, value, (params.allowedValues as unknown[]) ?? []));
    case 'const':
      return valueProblem(path, error.keyword, enumMessage(name, value, [params.allowedValue]));
    case 'format':
      return {
        ...valueProblem(path, error.keyword, formatMessage(name, value, String(params.format))),
        format: String(params.format),
      };
    default:
      return valueProblem(path, error.keyword, rangeMessage(error, name, value, params));
  }
}

function requiredProblem(
  path: DataPath,
  missing: string,
  schemaPath: string,
  conditionKeys: string[] | undefined,
  data: unknown,
): SchemaProblem {
  const where = path.length === 0 ? '' : ` in \`${displayPath(path)}\``;
  const whereFr = path.length === 0 ? '' : ` dans \`${displayPath(path)}\``;
  const parent = valueAt(data, pathToPointer(path));
  const isConditional = /\/then\/|\/else\//.test(schemaPath);
  const conditional = isConditional && isRecord(parent) ? conditionKeys?.find((key) => key in parent) : undefined;
  if (conditional) {
    const conditionValue = shownPlain(isRecord(parent) ? parent[conditional] : '');
    return {
      path: [...path, conditional],
      target: 'value',
      keyword: 'required',
      missingProperty: missing,
      message: {
        en: `\`${missing}\` is required when \`${conditional}\` is \`${conditionValue}\`${where}.`,
        fr: `\`${missing}\` est obligatoire quand \`${conditional}\` vaut \`${conditionValue}\`${whereFr}.`,
      },
    };
  }
  return {
    path,
    target: 'key',
    keyword: 'required',
    missingProperty: missing,
    message: {
      en: `Missing required key \`${missing}\`${where}.`,
      fr: `Clé obligatoire \`${missing}\` manquante${whereFr}.`,
    },
  };
}

function unknownKeyProblem(path: DataPath, key: string, parentSchema: unknown): SchemaProblem {
  const known = isRecord(parentSchema) && isRecord(parentSchema.properties) ? Object.keys(parentSchema.properties) : [];
  const suggestion = closest(key, known);
  const where = path.length === 0 ? '' : ` in \`${displayPath(path)}\``;
  const whereFr = path.length === 0 ? '' : ` dans \`${displayPath(path)}\``;
  return {
    path: [...path, key],
    target: 'key',
    keyword: 'additionalProperties',
    message: suggestion
      ? {
          en: `Unknown key \`${key}\`${where}. Did you mean \`${suggestion}\`?`,
          fr: `Clé inconnue \`${key}\`${whereFr}. Vouliez-vous dire \`${suggestion}\` ?`,
        }
      : { en: `Unknown key \`${key}\`${where}.`, fr: `Clé inconnue \`${key}\`${whereFr}.` },
  };
}

function valueProblem(path: DataPath, keyword: string, message: Localized): SchemaProblem {
  return { path, target: 'value', keyword, message };
}

/** Values an enum message lists; an agency schema may allow thousands. */
const LISTED_VALUES = 20;

function enumMessage(name: string, value: unknown, allowed: unknown[]): Localized {
  const shownValues = allowed
    .slice(0, LISTED_VALUES)
    .map((item) => `\`${shownPlain(item)}\``)
    .join(', ');
  const more = allowed.length - LISTED_VALUES;
  const list =
    more > 0
      ? {
          en: `${shownValues}… (and ${formatAmount(more, undefined, 'en')} more)`,
          fr: `${shownValues}… (et ${formatAmount(more, undefined, 'fr')} autres)`,
        }
      : { en: shownValues, fr: shownValues };
  const suggestion = typeof value === 'string' ? closest(value, allowed.map(String)) : undefined;
  const hint = suggestion
    ? { en: ` Did you mean \`${suggestion}\`?`, fr: ` Vouliez-vous dire \`${suggestion}\` ?` }
    : { en: '', fr: '' };
  if (allowed.length === 1) {
    return {
      en: `\`${name}\` must be ${list.en}; found ${shown(value, 'en')}.${hint.en}`,
      fr: `\`${name}\` doit valoir ${list.fr} ; trouvé ${shown(value, 'fr')}.${hint.fr}`,
    };
  }
  return {
    en: `\`${name}\` must be one of ${list.en}; found ${shown(value, 'en')}.${hint.en}`,
    fr: `\`${name}\` doit être l’une des valeurs ${list.fr} ; trouvé ${shown(value, 'fr')}.${hint.fr}`,
  };
}

const FORMAT_NAMES: Record<string, Localized> = {
  date: {
    en: 'a real calendar date written YYYY-MM-DD (quoted, e.g. "2027-06-30")',
    fr: 'une date réelle au format AAAA-MM-JJ (entre guillemets, p. ex. "2027-06-30")',
  },
  uri: { en: 'a full web address (https://…)', fr: 'une adresse web complète (https://…)' },
  email: { en: 'an email address', fr: 'une adresse courriel' },
};

function formatMessage(name: string, value: unknown, format: string): Localized {
  const expected = FORMAT_NAMES[format] ?? { en: `in the ${format} format`, fr: `au format ${format}` };
  return {
    en: `\`${name}\` must be ${expected.en}; found ${shown(value, 'en')}.`,
    fr: `\`${name}\` doit être ${expected.fr} ; trouvé ${shown(value, 'fr')}.`,
  };
}

const PATTERN_NAMES: Record<string, Localized> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': {
    en: 'a slug: lowercase letters, digits and single hyphens (e.g. `south-shore`)',
    fr: 'un identifiant en minuscules, chiffres et traits d’union simples (p. ex. `rive-sud`)',
  },
  '^[A-Z]{3}$': {
    en: 'an ISO 4217 currency code in capitals (e.g. `CAD`, `EUR`)',
    fr: 'un code de devise ISO 4217 en majuscules (p. ex. `CAD`, `EUR`)',
  },
  '^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$': {
    en: 'a country or region code (e.g. `FR`, `CA-QC`)',
    fr: 'un code de pays ou de région (p. ex. `FR`, `CA-QC`)',
  },
  '^#[0-9A-Fa-f]{6}$': { en: 'a colour written #RRGGBB', fr: 'une couleur au format #RRVVBB' },
};

function rangeMessage(error: ErrorObject, name: string, value: unknown, params: Record<string, unknown>): Localized {
  const found = { en: shown(value, 'en'), fr: shown(value, 'fr') };
  switch (error.keyword) {
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum': {
      const limit = String(params.limit);
      const words = BOUNDS[error.keyword];
      if (error.keyword === 'maximum' || error.keyword === 'exclusiveMaximum') {
        return {
          en: `\`${name}\` is too large: it must be ${words.en} ${limit}; found ${found.en}.`,
          fr: `\`${name}\` est trop grand : il doit être ${words.fr} ${limit} ; trouvé ${found.fr}.`,
        };
      }
      return {
        en: `\`${name}\` must be ${words.en} ${limit}; found ${found.en}.`,
        fr: `\`${name}\` doit être ${words.fr} ${limit} ; trouvé ${found.fr}.`,
      };
    }
    case 'minLength':
      return { en: `\`${name}\` must not be empty.`, fr: `\`${name}\` ne doit pas être vide.` };
    case 'minItems':
      return {
        en: `\`${name}\` must list at least ${plural(Number(params.limit), { one: '{count} item', other: '{count} items' }, 'en')}.`,
        fr: `\`${name}\` doit contenir au moins ${plural(Number(params.limit), { one: '{count} élément', other: '{count} éléments' }, 'fr')}.`,
      };
    case 'uniqueItems':
      return { en: `\`${name}\` lists the same item twice.`, fr: `\`${name}\` contient deux fois le même élément.` };
    case 'pattern': {
      const expected = PATTERN_NAMES[String(params.pattern)] ?? {
        en: `text matching ${String(params.pattern)}`,
        fr: `un texte conforme à ${String(params.pattern)}`,
      };
      return {
        en: `\`${name}\` must be ${expected.en}; found ${found.en}.`,
        fr: `\`${name}\` doit être ${expected.fr} ; trouvé ${found.fr}.`,
      };
    }
    case 'oneOf':
    case 'anyOf':
      return {
        en: `\`${name}\` has none of the allowed forms; found ${found.en}.`,
        fr: `\`${name}\` n’a aucune des formes permises ; trouvé ${found.fr}.`,
      };
    default:
      return {
        en: `\`${name}\` ${error.message ?? 'is invalid'}.`,
        fr: `\`${name}\` est invalide (${error.message ?? error.keyword}).`,
      };
  }
}

const BOUNDS: Record<string, Localized> = {
  minimum: { en: 'at least', fr: 'au moins' },
  exclusiveMinimum: { en: 'more than', fr: 'supérieur à' },
  maximum: { en: 'at most', fr: 'au plus' },
  exclusiveMaximum: { en: 'less than', fr: 'inférieur à' },
};

const TYPE_NAMES: Record<string, Localized> = {
  string: { en: 'a text', fr: 'un texte' },
  number: { en: 'a number', fr: 'un nombre' },
  integer: { en: 'a whole number', fr: 'un nombre entier' },
  boolean: { en: 'true or false', fr: 'true ou false' },
  array: { en: 'a list', fr: 'une liste' },
  object: { en: 'a mapping of keys', fr: 'un bloc de clés' },
  null: { en: 'empty', fr: 'vide' },
};

const OR: Localized = { en: ' or ', fr: ' ou ' };

function typeNames(type: unknown, locale: Locale): string {
  const types = Array.isArray(type) ? type : String(type).split(',');
  const names = types.map((item) => TYPE_NAMES[String(item)]?.[locale] ?? String(item));
  return names.join(OR[locale]);
}

const NOTHING: Localized = { en: 'nothing', fr: 'rien' };

/** How a found value is quoted in a message. */
function shown(value: unknown, locale: Locale): string {
  if (value === null || value === undefined) return NOTHING[locale];
  if (Array.isArray(value)) return TYPE_NAMES.array[locale];
  if (typeof value === 'object') return TYPE_NAMES.object[locale];
  return `\`${shownPlain(value)}\``;
}

function shownPlain(value: unknown): string {
  const text = String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export function displayPath(path: DataPath): string {
  let out = '';
  for (const segment of path)
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out === '' ? 'frontmatter' : out;
}

function valueAt(data: unknown, pointer: string): unknown {
  let current = data;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    current = Array.isArray(current) ? current[Number(token)] : isRecord(current) ? current[token] : undefined;
  }
  return current;
}

function pathToPointer(path: DataPath): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
