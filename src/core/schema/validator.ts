import { createHash } from 'node:crypto';
import type { AnySchema, ValidateFunction } from 'ajv';
import type { RegExpEngine } from 'ajv/dist/types';
import type Ajv2020 from 'ajv/dist/2020';
import type AjvDraft07 from 'ajv';
import * as precompiled from './generated/validators';
import { isRecord } from '../util/guards';
import type { DocumentKind } from '../document/document';
import { BUNDLED_SCHEMAS, CONFIG_SCHEMA, DOCUMENT_SCHEMAS, schemaId, type JsonSchema } from './bundled';
import { SchemaNavigator, type SchemaNode } from './navigator';
import { toSchemaProblems, type SchemaProblem } from './problems';
import { linearRegExp } from './regexp';

type AjvInstance = InstanceType<typeof Ajv2020> | InstanceType<typeof AjvDraft07>;

/** A compiled schema that can check a frontmatter and be walked for keys. */
export interface CompiledSchema {
  root: SchemaNode;
  validate: ValidateFunction;
  /** Base URI of the schema, for `$ref` resolution while walking it. */
  id: string;
}

/**
 * The bundled schemas, compiled once per process, plus the custom schemas of agencies
 * (compiled on demand and cached by their text).
 */
export class SchemaSet {
  readonly navigator: SchemaNavigator;
  private runtimeAjv: AjvInstance | undefined;
  private readonly byKind = new Map<DocumentKind, CompiledSchema>();
  private readonly schemasById = new Map<string, JsonSchema>();
  private readonly customCache = new Map<string, CompiledSchema>();
  private configValidator: ValidateFunction | undefined;

  constructor() {
    for (const schema of BUNDLED_SCHEMAS) this.schemasById.set(schemaId(schema), schema);
    this.navigator = new SchemaNavigator(this.schemasById);
  }

  forKind(kind: DocumentKind): CompiledSchema {
    let compiled = this.byKind.get(kind);
    if (!compiled) {
      const schema = DOCUMENT_SCHEMAS[kind];
      compiled = {
        root: this.navigator.root(schema),
        validate: this.bundledValidator(kind, schema),
        id: schemaId(schema),
      };
      this.byKind.set(kind, compiled);
    }
    return compiled;
  }

  validate(compiled: CompiledSchema, data: unknown): SchemaProblem[] {
    compiled.validate(data);
    return toSchemaProblems(compiled.validate.errors ?? [], data);
  }

  validateConfig(data: unknown): SchemaProblem[] {
    this.configValidator ??= this.bundledValidator('config', CONFIG_SCHEMA);
    this.configValidator(data);
    return toSchemaProblems(this.configValidator.errors ?? [], data, { unknownKeys: true });
  }

  /**
   * Compiles an agency's schema (draft 2020-12 or draft-07). Throws with a readable message
   * when the schema itself is invalid; the config loader turns that into a finding.
   */
  compileCustom(file: string, text: string, schema: JsonSchema): CompiledSchema {
    const cacheKey = `${file}\u0000${text}`;
    const cached = this.customCache.get(cacheKey);
    if (cached) return cached;
    const isDraft07 = typeof schema.$schema === 'string' && schema.$schema.includes('draft-07');
    // An agency's patterns are matched in linear time (regexp.ts): a cloned repository cannot hang the lint.
    const ajv = createAjv(isDraft07 ? loadAjvDraft07() : loadAjv2020(), [], false, linearRegExp);
    const id = typeof schema.$id === 'string' ? schema.$id : pathToUri(file);
    const validate = ajv.compile({ ...schema, $id: id } as AnySchema);
    const compiled: CompiledSchema = { root: { schema, base: id }, validate, id };
    this.customCache.set(cacheKey, compiled);
    return compiled;
  }

  /** The build-time validator when it matches the schemas, else one compiled now (a stale build). */
  private bundledValidator(name: DocumentKind | 'config', schema: JsonSchema): ValidateFunction {
    // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the precompiled validators are one generated module, bundled whole anyway
    if (precompiledIsFresh()) return precompiled[name];
    if (!this.runtimeAjv) {
      this.runtimeAjv = createAjv(loadAjv2020(), annotationKeywords(BUNDLED_SCHEMAS), true);
      for (const bundled of BUNDLED_SCHEMAS) this.runtimeAjv.addSchema(bundled as AnySchema);
    }
    const validate = this.runtimeAjv.getSchema(schemaId(schema));
    if (!validate) throw new Error(`bundled schema ${name} is missing`);
    return validate;
  }

  /** A navigator that also knows one custom schema (for unknown-key and completion). */
  navigatorWith(custom: readonly CompiledSchema[]): SchemaNavigator {
    if (custom.length === 0) return this.navigator;
    const byId = new Map(this.schemasById);
    for (const compiled of custom) byId.set(compiled.id, compiled.root.schema);
    return new SchemaNavigator(byId);
  }
}

let shared: SchemaSet | undefined;

/** The process-wide schema set: compiling the bundled schemas costs a few milliseconds, once. */
export function bundledSchemas(): SchemaSet {
  shared ??= new SchemaSet();
  return shared;
}

let freshness: boolean | undefined;

function precompiledIsFresh(): boolean {
  freshness ??= (() => {
    try {
      return precompiled.schemaHash === createHash('sha256').update(JSON.stringify(BUNDLED_SCHEMAS)).digest('hex');
    } catch {
      return false; // not generated yet (running from sources before a build)
    }
  })();
  return freshness;
}

/** ajv's compiler is loaded only when a schema must be compiled now: it costs ~50 ms to load. */
function loadAjv2020(): typeof Ajv2020 {
  return (require('ajv/dist/2020') as { default: typeof Ajv2020 }).default;
}

function loadAjvDraft07(): typeof AjvDraft07 {
  return (require('ajv') as { default: typeof AjvDraft07 }).default;
}

function createAjv(
  AjvClass: typeof Ajv2020 | typeof AjvDraft07,
  keywords: string[],
  strict: boolean,
  regExp?: RegExpEngine,
): AjvInstance {
  const ajv = new AjvClass({
    allErrors: true,
    strict,
    allowUnionTypes: true,
    verbose: true,
    validateFormats: true,
    ...(regExp ? { code: { regExp } } : {}),
  });
  (require('ajv-formats') as { default: (ajv: AjvInstance) => void }).default(ajv);
  if (keywords.length > 0) ajv.addVocabulary(keywords);
  return ajv;
}

/** Our annotations (`x-title-fr`…) are declared so that ajv's strict mode accepts them. */
function annotationKeywords(schemas: JsonSchema[]): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isRecord(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (key.startsWith('x-')) found.add(key);
        visit(child);
      }
    }
  };
  schemas.forEach(visit);
  return [...found].sort();
}

function pathToUri(file: string): string {
  return `file://${file.split('\\').join('/').split('/').map(encodeURIComponent).join('/')}`;
}
