import { isRecord } from '../util/guards';
import type { IdKind } from '../workspace/plan-index';
import type { SchemaNode } from '../schema/navigator';
import type { Locale, Localized } from '../types';

/** What an id-valued key refers to: a block item of the plan, or a step of its method. */
export type IdTarget = IdKind | 'step';

export interface EnumValue {
  value: unknown;
  description?: Localized;
}

/** What the schemas say about one place in a frontmatter, merged over every node that describes it. */
export interface SchemaInfo {
  title?: Localized;
  description?: Localized;
  types: string[];
  enumValues: EnumValue[];
  examples: unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  /** The value is the id of something defined elsewhere in the plan. */
  idTarget?: IdTarget;
  /** The value may be a mapping with these known keys. */
  hasProperties: boolean;
  /** The value may be a list. */
  isList: boolean;
  /** Required keys of the mapping (when the value is a mapping), unconditionally required ones only. */
  required: string[];
}

const ID_DEFS: Record<string, IdTarget> = {
  resourceId: 'resource',
  objectiveId: 'objective',
  platformId: 'platform',
  pillarId: 'pillar',
  stepId: 'step',
};

/**
 * Reads titles, descriptions, allowed values and examples from the schema nodes the navigator
 * found for a path. Nodes come most specific first (the property, then what it `$ref`s), so the
 * first title and description are the ones written for this very key.
 */
export function schemaInfo(nodes: readonly SchemaNode[]): SchemaInfo {
  const info: SchemaInfo = {
    types: [],
    enumValues: [],
    examples: [],
    hasProperties: false,
    isList: false,
    required: [],
  };
  for (const { schema } of nodes) {
    info.title ??= localized(schema, 'title', 'x-title-fr');
    info.description ??= localized(schema, 'description', 'x-description-fr');
    for (const type of Array.isArray(schema.type) ? schema.type : [schema.type]) {
      if (typeof type === 'string' && !info.types.includes(type)) info.types.push(type);
    }
    if (Array.isArray(schema.enum)) {
      const en = stringList(schema['x-enum-descriptions']);
      const fr = stringList(schema['x-enum-descriptions-fr']);
      schema.enum.forEach((value, index) => {
        if (info.enumValues.some((known) => known.value === value)) return;
        const english = en[index];
        info.enumValues.push({
          value,
          description: english === undefined ? undefined : { en: english, fr: fr[index] ?? english },
        });
      });
    }
    if ('const' in schema && !info.enumValues.some((known) => known.value === schema.const))
      info.enumValues.push({ value: schema.const });
    if (info.examples.length === 0 && Array.isArray(schema['x-examples'])) info.examples = schema['x-examples'];
    if (typeof schema.format === 'string') info.format ??= schema.format;
    if (typeof schema.pattern === 'string') info.pattern ??= schema.pattern;
    if (typeof schema.minimum === 'number') info.minimum ??= schema.minimum;
    if (typeof schema.maximum === 'number') info.maximum ??= schema.maximum;
    if (typeof schema.$ref === 'string') {
      const definition = /#\/\$defs\/(\w+)$/.exec(schema.$ref)?.[1];
      if (definition && definition in ID_DEFS) info.idTarget ??= ID_DEFS[definition];
    }
    if (isRecord(schema.properties)) info.hasProperties = true;
    if (schema.type === 'array' || isRecord(schema.items)) info.isList = true;
    // Only a schema that declares a key and requires it makes it required: a `then` fragment's
    // `required` (skip_reason, once the status is skipped) holds only under its condition.
    if (Array.isArray(schema.required) && isRecord(schema.properties)) {
      const declared = schema.properties;
      for (const key of schema.required)
        if (typeof key === 'string' && key in declared && !info.required.includes(key)) info.required.push(key);
    }
  }
  return info;
}

/** A short, human name for the type of value expected. */
export function typeLabel(info: SchemaInfo, locale: Locale): string | undefined {
  const words = TYPE_WORDS[locale];
  if (info.idTarget) return words.id[info.idTarget];
  if (info.format === 'date') return words.date;
  if (info.format === 'uri') return words.uri;
  const labels = info.types.map((type) => words.types[type] ?? type);
  return labels.length > 0 ? labels.join(words.or) : undefined;
}

const TYPE_WORDS: Record<
  Locale,
  { id: Record<IdTarget, string>; date: string; uri: string; or: string; types: Record<string, string> }
> = {
  en: {
    id: {
      resource: 'the id of a resource defined in the plan',
      objective: 'the id of an objective defined in the plan',
      platform: 'the id of a platform defined in the plan',
      pillar: 'the id of an editorial pillar defined in the plan',
      step: 'the id of a step of the plan’s method',
    },
    date: 'a date, YYYY-MM-DD',
    uri: 'a web address',
    or: ' or ',
    types: {
      string: 'text',
      number: 'a number',
      integer: 'a whole number',
      boolean: 'true or false',
      object: 'a mapping of keys',
      array: 'a list',
    },
  },
  fr: {
    id: {
      resource: 'l’identifiant d’une ressource définie dans le plan',
      objective: 'l’identifiant d’un objectif défini dans le plan',
      platform: 'l’identifiant d’une plateforme définie dans le plan',
      pillar: 'l’identifiant d’un pilier éditorial défini dans le plan',
      step: 'l’identifiant d’une étape de la méthode du plan',
    },
    date: 'une date, AAAA-MM-JJ',
    uri: 'une adresse web',
    or: ' ou ',
    types: {
      string: 'du texte',
      number: 'un nombre',
      integer: 'un nombre entier',
      boolean: 'true ou false',
      object: 'un ensemble de clés',
      array: 'une liste',
    },
  },
};

function localized(schema: Record<string, unknown>, english: string, french: string): Localized | undefined {
  const en = schema[english];
  if (typeof en !== 'string') return undefined;
  const fr = schema[french];
  return { en, fr: typeof fr === 'string' ? fr : en };
}

function stringList(value: unknown): (string | undefined)[] {
  return Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : undefined)) : [];
}
