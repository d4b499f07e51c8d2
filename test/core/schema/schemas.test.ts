import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import {
  BUNDLED_SCHEMAS,
  SCHEMA_BASE_URI,
  renderSchemaDocs,
  type SchemaNode,
} from '../../../scripts/generate/schema-docs';

const ROOT = join(__dirname, '..', '..', '..');
const SCHEMA_DIR = join(ROOT, 'schemas');
const ANNOTATIONS = ['title', 'description', 'x-title-fr', 'x-description-fr'] as const;
const CUSTOM_KEYWORDS = [
  'x-title-fr',
  'x-description-fr',
  'x-examples',
  'x-enum-descriptions',
  'x-enum-descriptions-fr',
];
const BLOCKS = ['objectives', 'resources', 'budget', 'legal', 'platforms'];
const DOCUMENTS = ['plan', 'step', 'charter', 'annex'];
/** Results (docs/measuring.md): a block of their own, in steps, annexes and results documents only. */
const MEASURING = { block: 'result-list', documents: ['step', 'annex', 'results'] };

/** Read from disk rather than from BUNDLED_SCHEMAS, so a schema file the docs forgot is still tested. */
function loadSchemaFiles(): Map<string, SchemaNode> {
  const files = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.schema.json'))
    .sort();
  return new Map(
    files.map((f) => [f.replace('.schema.json', ''), JSON.parse(readFileSync(join(SCHEMA_DIR, f), 'utf8'))]),
  );
}

const schemas = loadSchemaFiles();

/** Strict mode turns schema mistakes (unknown keywords, untyped keywords, stray `required`) into errors. */
function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(CUSTOM_KEYWORDS);
  for (const schema of schemas.values()) ajv.addSchema(schema);
  return ajv;
}

const ajv = createAjv();

function validator(name: string, fragment = ''): ValidateFunction {
  const validate = ajv.getSchema(`${SCHEMA_BASE_URI}${name}.schema.json${fragment}`);
  if (!validate) throw new Error(`schema ${name}${fragment} not found`);
  return validate;
}

interface Visit {
  node: SchemaNode;
  path: string;
}

/**
 * Every node that describes a value: the root, properties, items, $defs and oneOf/anyOf branches.
 * `if`/`then` are skipped: they only restate keys already declared (and described) in `properties`.
 * A branch that is a bare `$ref` is skipped too: the definition it points to carries the text.
 */
function describingNodes(node: SchemaNode, path = '#'): Visit[] {
  const children: Visit[] = [
    ...Object.entries(node.properties ?? {}).map(([k, n]) => ({ node: n, path: `${path}/properties/${k}` })),
    ...(node.items ? [{ node: node.items, path: `${path}/items` }] : []),
    ...Object.entries(node.$defs ?? {}).map(([k, n]) => ({ node: n, path: `${path}/$defs/${k}` })),
    ...(node.oneOf ?? []).map((n, i) => ({ node: n, path: `${path}/oneOf/${i}` })),
    ...(node.anyOf ?? []).map((n, i) => ({ node: n, path: `${path}/anyOf/${i}` })),
  ];
  const isBareRef = (n: SchemaNode): boolean => Object.keys(n).length === 1 && n.$ref !== undefined;
  return [
    { node, path },
    ...children.filter((c) => !isBareRef(c.node)).flatMap((c) => describingNodes(c.node, c.path)),
  ];
}

function allNodes(): (Visit & { schema: string })[] {
  return [...schemas].flatMap(([name, root]) => describingNodes(root).map((v) => ({ ...v, schema: name })));
}

// ---------------------------------------------------------------------------------------------
// Samples: a plan, a step, a charter, an annex and a config as docs/schema.md documents them, parsed like the engine parses frontmatter (YAML 1.2).

const OBJECTIVES_YAML = `
objectives:
  - id: awareness-south-shore
    goal: awareness
    statement: Make the new bakery range known on the South Shore
    kpi:
      metric: reach
      baseline: 1200
      target: 5000
      unit: people
      source: Meta Business Suite
    deadline: "2027-06-30"
    owner: marie
`;

const RESOURCES_YAML = `
resources:
  - id: marie
    name: Marie Tremblay
    role: community-manager
    internal: true
    dedicated: true
    hours_per_week: 15
    cost: { amount: 18000, per: year }
`;

const BUDGET_YAML = `
budget:
  currency: CAD
  period: year
  total: 25000
  lines:
    - label: Community manager (0.4 FTE)
      category: staff
      amount: 18000
      resource: marie
    - label: Instagram ads, spring launch
      category: ads
      amount: 5000
      platform: instagram
      objective: awareness-south-shore
`;

const LEGAL_YAML = `
legal:
  jurisdictions: [CA-QC, FR]
  intellectual_property: Only images we own or have licensed; credit every creator.
  defamation: No statement about a person or competitor that we cannot prove.
  privacy: { regulations: [GDPR, Quebec Law 25], policy: Never publish customer data. }
  advertising_disclosure: Paid partnerships are marked "#ad" / "#partenariat".
  confidentiality: No unreleased product, price or client name.
  moderation:
    response_time_hours: 24
    remove: [insults, personal data, spam]
    escalate_to: legal-team
  spokespersons: [marie, ceo]
`;

const PLATFORMS_YAML = `
platforms:
  - id: instagram
    name: Instagram
    handle: "@bakery_southshore"
    secured: true
    objectives: [awareness-south-shore]
    frequency: { posts: 3, per: week }
    audience: 25-45, South Shore families
`;

const PLAN_YAML = `
socialplan: plan
title: South Shore Bakery — social media plan 2027
client: Boulangerie Rive-Sud
agency: Studio Nord
period: { start: 2027-01-01, end: 2027-12-31 }
locale: en
method: six-phases
currency: CAD
status: approved
version: "1.0"
approvals: [{ name: Julie Gagnon, role: Marketing director, date: 2026-12-15 }]
charter: ../agency-charter.md
website: { url: "https://bakery.example", bounce_rate: 48.5, analytics: true, calls_to_action: true, notes: Needs a clear offer page }
${OBJECTIVES_YAML}${RESOURCES_YAML}${BUDGET_YAML}${PLATFORMS_YAML}`;

const CUSTOM_METHOD_PLAN_YAML = `
socialplan: plan
title: Custom method plan
method:
  steps:
    - { id: audit, title: Audit }
    - { id: persona, title: { en: Personas, fr: Personas }, requires: [audit] }
    - { id: launch, title: { fr: Lancement }, requires: [audit, persona] }
`;

const STEP_YAML = `
socialplan: step
step: listen
title: Listening and monitoring
status: in-progress
owner: marie
due: 2027-02-28
${OBJECTIVES_YAML}`;

const SKIPPED_STEP_YAML = `
socialplan: step
step: profiles
status: skipped
skip_reason: The client's handles were reserved and filled last year.
`;

const CHARTER_YAML = `
socialplan: charter
title: Social media charter
locale: fr
version: "2.1"
status: review
approvals: [{ name: Luc Bernard }]
${LEGAL_YAML}${RESOURCES_YAML}`;

const ANNEX_YAML = `
socialplan: annex
title: Personas
order: 2
`;

const CONFIG_YAML = `
rules: { vanity-metric: off, budget-minimum: { severity: warning, floor: 12000 }, schema: { severity: error } }
schemas: [ { files: "clients/acme/**", schema: ./schemas/acme.schema.json }, { files: [a/**, b/**], schema: x.json } ]
export: { paper: A4, logo: ./brand/logo.png, color: "#0B5FFF", footer: "Confidential — Agency", locale: fr }
`;

const VALID_SAMPLES: [schema: string, yaml: string][] = [
  ['plan', PLAN_YAML],
  ['plan', CUSTOM_METHOD_PLAN_YAML],
  ['plan', 'socialplan: plan\ntitle: Minimal'],
  ['step', STEP_YAML],
  ['step', SKIPPED_STEP_YAML],
  ['step', 'socialplan: step\nstep: listen'],
  ['charter', CHARTER_YAML],
  ['charter', 'socialplan: charter'],
  ['annex', ANNEX_YAML],
  ['config', CONFIG_YAML],
  ['config', '{}'],
];

const BLOCK_SAMPLES: [block: string, yaml: string][] = [
  ['objectives', OBJECTIVES_YAML],
  ['resources', RESOURCES_YAML],
  ['budget', BUDGET_YAML],
  ['legal', LEGAL_YAML],
  ['platforms', PLATFORMS_YAML],
];

// ---------------------------------------------------------------------------------------------
// Invalid samples: [schema, data, expected keyword, expected instancePath, missing property?]

type Invalid = [schema: string, data: unknown, keyword: string, instancePath: string, missing?: string];

const objective = { id: 'reach-more', goal: 'awareness' };
const resource = { id: 'marie', name: 'Marie', role: 'community-manager' };
const budget = { currency: 'CAD', lines: [{ label: 'Ads', category: 'ads', amount: 10 }] };
const platform = { id: 'instagram', name: 'Instagram' };
const plan = { socialplan: 'plan', title: 'T' };
const step = { socialplan: 'step', step: 'listen' };

const INVALID_SAMPLES: Invalid[] = [
  ['objectives', [{ id: 'x' }], 'required', '/0', 'goal'],
  ['objectives', [{ goal: 'awareness' }], 'required', '/0', 'id'],
  ['objectives', [{ ...objective, goal: 'fame' }], 'enum', '/0/goal'],
  ['objectives', [{ ...objective, id: 'Reach More' }], 'pattern', '/0/id'],
  ['objectives', [{ ...objective, kpi: { baseline: '1200' } }], 'type', '/0/kpi/baseline'],
  ['objectives', [{ ...objective, kpi: { target: true } }], 'type', '/0/kpi/target'],
  ['objectives', [{ ...objective, kpi: { metric: 'reach', goal: 5 } }], 'additionalProperties', '/0/kpi'],
  ['objectives', [{ ...objective, deadline: '2027-02-30' }], 'format', '/0/deadline'],
  ['objectives', [{ ...objective, owner: 'Marie T' }], 'pattern', '/0/owner'],
  ['objectives', { id: 'x', goal: 'awareness' }, 'type', ''],
  ['resources', [{ id: 'marie', role: 'analyst' }], 'required', '/0', 'name'],
  ['resources', [{ ...resource, role: 'cm' }], 'enum', '/0/role'],
  ['resources', [{ ...resource, hours_per_week: 200 }], 'maximum', '/0/hours_per_week'],
  ['resources', [{ ...resource, hours_per_week: -1 }], 'minimum', '/0/hours_per_week'],
  ['resources', [{ ...resource, internal: 'yes' }], 'type', '/0/internal'],
  ['resources', [{ ...resource, cost: { amount: 10, per: 'week' } }], 'enum', '/0/cost/per'],
  ['resources', [{ ...resource, cost: { amount: 10 } }], 'required', '/0/cost', 'per'],
  ['resources', [{ ...resource, email: 'm@example.com' }], 'additionalProperties', '/0'],
  ['budget', { lines: [] }, 'required', '', 'currency'],
  ['budget', { currency: 'CAD' }, 'required', '', 'lines'],
  ['budget', { ...budget, currency: 'cad' }, 'pattern', '/currency'],
  ['budget', { ...budget, period: 'quarter' }, 'enum', '/period'],
  ['budget', { ...budget, total: -1 }, 'minimum', '/total'],
  ['budget', { ...budget, lines: [{ label: 'Ads', category: 'marketing', amount: 10 }] }, 'enum', '/lines/0/category'],
  ['budget', { ...budget, lines: [{ label: 'Ads', category: 'ads', amount: -5 }] }, 'minimum', '/lines/0/amount'],
  ['budget', { ...budget, lines: [{ category: 'ads', amount: 5 }] }, 'required', '/lines/0', 'label'],
  [
    'budget',
    { ...budget, lines: [{ label: 'Ads', category: 'ads', amount: 5, platform: 'Insta gram' }] },
    'pattern',
    '/lines/0/platform',
  ],
  ['legal', { jurisdictions: ['Quebec'] }, 'pattern', '/jurisdictions/0'],
  ['legal', { jurisdictions: ['FR', 'FR'] }, 'uniqueItems', '/jurisdictions'],
  ['legal', { privacy: 'Never publish data' }, 'type', '/privacy'],
  ['legal', { privacy: { regulations: 'GDPR' } }, 'type', '/privacy/regulations'],
  ['legal', { moderation: { response_time_hours: -1 } }, 'minimum', '/moderation/response_time_hours'],
  ['legal', { moderation: { escalate_to: 'Legal Team' } }, 'pattern', '/moderation/escalate_to'],
  ['legal', { spokespersons: ['Marie'] }, 'pattern', '/spokespersons/0'],
  ['legal', { defamation: 'x', tone: 'friendly' }, 'additionalProperties', ''],
  ['platforms', [{ id: 'instagram' }], 'required', '/0', 'name'],
  ['platforms', [{ ...platform, frequency: { posts: 3, per: 'year' } }], 'enum', '/0/frequency/per'],
  ['platforms', [{ ...platform, frequency: { posts: 0, per: 'week' } }], 'minimum', '/0/frequency/posts'],
  ['platforms', [{ ...platform, frequency: { per: 'week' } }], 'required', '/0/frequency', 'posts'],
  ['platforms', [{ ...platform, objectives: ['a', 'a'] }], 'uniqueItems', '/0/objectives'],
  ['platforms', [{ ...platform, secured: 'yes' }], 'type', '/0/secured'],
  ['plan', { title: 'T' }, 'required', '', 'socialplan'],
  ['plan', { socialplan: 'plan' }, 'required', '', 'title'],
  ['plan', { ...plan, socialplan: 'step' }, 'const', '/socialplan'],
  ['plan', { ...plan, title: '' }, 'minLength', '/title'],
  ['plan', { ...plan, status: 'final' }, 'enum', '/status'],
  ['plan', { ...plan, locale: 'de' }, 'enum', '/locale'],
  ['plan', { ...plan, method: 'seven-steps' }, 'oneOf', '/method'],
  ['plan', { ...plan, method: { steps: [{ id: 'Bad Id', title: 'x' }] } }, 'pattern', '/method/steps/0/id'],
  ['plan', { ...plan, method: { steps: [{ id: 'a' }] } }, 'required', '/method/steps/0', 'title'],
  ['plan', { ...plan, method: { steps: [{ id: 'a', title: {} }] } }, 'minProperties', '/method/steps/0/title'],
  ['plan', { ...plan, method: { steps: [] } }, 'minItems', '/method/steps'],
  ['plan', { ...plan, version: 1.0 }, 'type', '/version'],
  ['plan', { ...plan, currency: 'EURO' }, 'pattern', '/currency'],
  ['plan', { ...plan, period: { start: '2027-01-01' } }, 'required', '/period', 'end'],
  ['plan', { ...plan, period: { start: '2027-13-01', end: '2027-12-31' } }, 'format', '/period/start'],
  ['plan', { ...plan, approvals: [{ role: 'CEO' }] }, 'required', '/approvals/0', 'name'],
  ['plan', { ...plan, approvals: [{ name: 'A', date: '15/12/2026' }] }, 'format', '/approvals/0/date'],
  ['plan', { ...plan, website: { bounce_rate: 120 } }, 'maximum', '/website/bounce_rate'],
  ['plan', { ...plan, website: { url: 'not a url' } }, 'format', '/website/url'],
  ['plan', { ...plan, website: { analytics: 'yes' } }, 'type', '/website/analytics'],
  ['plan', { ...plan, budjet: {} }, 'additionalProperties', ''],
  ['plan', { ...plan, step: 'listen' }, 'additionalProperties', ''],
  [
    'plan',
    { ...plan, budget: { ...budget, lines: [{ label: 'x', category: 'fun', amount: 1 }] } },
    'enum',
    '/budget/lines/0/category',
  ],
  ['plan', { ...plan, objectives: [{ id: 'x', goal: 'fame' }] }, 'enum', '/objectives/0/goal'],
  ['step', { socialplan: 'step' }, 'required', '', 'step'],
  ['step', { ...step, status: 'skipped' }, 'required', '', 'skip_reason'],
  ['step', { ...step, status: 'skipped', skip_reason: '' }, 'minLength', '/skip_reason'],
  ['step', { ...step, status: 'started' }, 'enum', '/status'],
  ['step', { ...step, due: '2027-13-01' }, 'format', '/due'],
  ['step', { ...step, owner: 'Marie' }, 'pattern', '/owner'],
  ['step', { ...step, title: 'T', method: 'six-phases' }, 'additionalProperties', ''],
  ['step', { ...step, legal: { privacy: 'x' } }, 'type', '/legal/privacy'],
  ['charter', { socialplan: 'plan' }, 'const', '/socialplan'],
  ['charter', { socialplan: 'charter', legal: { defamation: 3 } }, 'type', '/legal/defamation'],
  ['charter', { socialplan: 'charter', status: 'signed' }, 'enum', '/status'],
  ['charter', { socialplan: 'charter', period: {} }, 'additionalProperties', ''],
  ['annex', { socialplan: 'annex', order: 1.5 }, 'type', '/order'],
  ['annex', { socialplan: 'annex', platforms: [{ id: 'x' }] }, 'required', '/platforms/0', 'name'],
  ['config', { rules: { 'vanity-metrics': 'off' } }, 'additionalProperties', '/rules'],
  ['config', { rules: { 'vanity-metric': 'warn' } }, 'oneOf', '/rules/vanity-metric'],
  ['config', { rules: { 'budget-minimum': { floor: -1 } } }, 'minimum', '/rules/budget-minimum/floor'],
  ['config', { rules: { 'step-order': { floor: 1 } } }, 'additionalProperties', '/rules/step-order'],
  ['config', { schemas: [{ files: 'x/**' }] }, 'required', '/schemas/0', 'schema'],
  ['config', { schemas: [{ files: [], schema: 'a.json' }] }, 'minItems', '/schemas/0/files'],
  ['config', { export: { paper: 'A3' } }, 'enum', '/export/paper'],
  ['config', { export: { color: 'blue' } }, 'pattern', '/export/color'],
  ['config', { exports: {} }, 'additionalProperties', ''],
];

function matches(error: ErrorObject, keyword: string, instancePath: string, missing?: string): boolean {
  const missingOk = missing === undefined || (error.params as { missingProperty?: string }).missingProperty === missing;
  return error.keyword === keyword && error.instancePath === instancePath && missingOk;
}

const describeErrors = (errors: ErrorObject[] | null | undefined): string =>
  (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.keyword}: ${e.message}`).join('\n');

// ---------------------------------------------------------------------------------------------

describe('bundled JSON Schemas', () => {
  it('has one schema file per document kind, block, shared types and config', () => {
    const expected = [
      ...DOCUMENTS,
      ...BLOCKS,
      'common',
      'config',
      MEASURING.block,
      'results',
      'post-list',
      'calendar',
    ].sort();
    assert.deepEqual([...schemas.keys()], expected);
  });

  it('documents exactly the schema files present (docs cannot forget one)', () => {
    assert.deepEqual(BUNDLED_SCHEMAS.map((e) => e.name).sort(), [...schemas.keys()]);
  });

  it('declares draft 2020-12 and the socialplan.dev $id of its file name', () => {
    for (const [name, schema] of schemas) {
      assert.equal((schema as { $schema?: string }).$schema, 'https://json-schema.org/draft/2020-12/schema', name);
      assert.equal(schema.$id, `${SCHEMA_BASE_URI}${name}.schema.json`, name);
    }
  });

  for (const name of loadSchemaFiles().keys()) {
    it(`compiles ${name}.schema.json with Ajv 2020 in strict mode`, () => {
      assert.equal(typeof validator(name), 'function');
    });
  }

  it('uses only relative cross-file $refs, to schemas that exist', () => {
    for (const { node, path, schema } of allNodes()) {
      if (!node.$ref) continue;
      const [file] = node.$ref.split('#');
      assert.ok(!/^[a-z]+:/.test(node.$ref), `${schema} ${path}: absolute $ref ${node.$ref}`);
      if (file) assert.ok(schemas.has(file.replace('.schema.json', '')), `${schema} ${path}: unknown ${file}`);
    }
  });

  it('closes every object with additionalProperties: false, but for a map of typed values', () => {
    for (const { node, path, schema } of allNodes()) {
      if (node.type !== 'object') continue;
      const additional = (node as { additionalProperties?: unknown; properties?: unknown }).additionalProperties;
      // A post's `metrics` names whatever the platform counts: free keys, each a number (docs/calendar.md).
      if (typeof additional === 'object' && additional !== null && node.properties === undefined) continue;
      assert.equal(additional, false, `${schema} ${path}`);
    }
  });

  it('gives every property, item, definition and branch an English and a French title and description', () => {
    const missing = allNodes().flatMap(({ node, path, schema }) =>
      ANNOTATIONS.filter((key) => typeof node[key] !== 'string' || node[key]!.trim() === '').map(
        (key) => `${schema}.schema.json ${path}: ${key}`,
      ),
    );
    assert.deepEqual(missing, []);
  });

  it('explains every enumeration value in English and French', () => {
    for (const { node, path, schema } of allNodes()) {
      if (!node.enum) continue;
      const where = `${schema} ${path}`;
      assert.equal(node['x-enum-descriptions']?.length, node.enum.length, `${where}: x-enum-descriptions`);
      assert.equal(node['x-enum-descriptions-fr']?.length, node.enum.length, `${where}: x-enum-descriptions-fr`);
    }
  });

  it('gives x-examples as arrays of values the node itself accepts', () => {
    for (const { node, path, schema } of allNodes()) {
      const examples = node['x-examples'];
      if (examples === undefined) continue;
      assert.ok(Array.isArray(examples) && examples.length > 0, `${schema} ${path}`);
      const validate = ajv.compile({ $ref: `${SCHEMA_BASE_URI}${schema}.schema.json${path}` });
      for (const example of examples) {
        assert.ok(
          validate(example),
          `${schema} ${path}: example ${JSON.stringify(example)}\n${describeErrors(validate.errors)}`,
        );
      }
    }
  });

  it('declares no properties in then/else (the engine reads them as part of the object for unknown keys)', () => {
    for (const { node, path, schema } of allNodes()) {
      for (const branch of [node.then, (node as { else?: SchemaNode }).else]) {
        assert.equal(branch?.properties, undefined, `${schema} ${path}`);
      }
    }
  });

  it('accepts the frontmatter blocks in every document kind, described the same way', () => {
    for (const block of BLOCKS) {
      const reference = schemas.get('plan')!.properties![block];
      for (const doc of DOCUMENTS) {
        assert.deepEqual(schemas.get(doc)!.properties![block], reference, `${doc}.${block}`);
      }
      assert.equal(reference.$ref, `${block}.schema.json`);
    }
  });

  it('accepts `results:` in steps, annexes and results documents, described the same way, and nowhere else', () => {
    const reference = schemas.get('step')!.properties!.results;
    assert.equal(reference.$ref, `${MEASURING.block}.schema.json`);
    for (const doc of MEASURING.documents)
      assert.deepEqual(
        { ...schemas.get(doc)!.properties!.results, description: '', 'x-description-fr': '' },
        { ...reference, description: '', 'x-description-fr': '' },
        doc,
      );
    for (const doc of ['plan', 'charter']) assert.equal(schemas.get(doc)!.properties!.results, undefined, doc);
  });

  describe('valid samples (every document kind and the config)', () => {
    for (const [name, yaml] of VALID_SAMPLES) {
      it(`accepts a ${name} sample: ${yaml.trim().split('\n')[0]}…`, () => {
        const validate = validator(name);
        assert.ok(validate(parse(yaml)), describeErrors(validate.errors));
      });
    }
    for (const [block, yaml] of BLOCK_SAMPLES) {
      it(`accepts the ${block} block on its own`, () => {
        const validate = validator(block);
        assert.ok(validate(parse(yaml)[block]), describeErrors(validate.errors));
      });
    }
  });

  describe('invalid samples', () => {
    for (const [name, data, keyword, instancePath, missing] of INVALID_SAMPLES) {
      it(`${name}: ${JSON.stringify(data)} fails with ${keyword} at "${instancePath}"`, () => {
        const validate = validator(name);
        assert.equal(validate(data), false, 'expected the sample to be rejected');
        const found = validate.errors!.some((e) => matches(e, keyword, instancePath, missing));
        assert.ok(found, `no ${keyword} error at "${instancePath}"; got:\n${describeErrors(validate.errors)}`);
      });
    }
  });

  describe('format: date', () => {
    const validate = (): ValidateFunction => validator('common', '#/$defs/date');
    for (const bad of ['2027-02-30', '2027-13-01', '2027-02-29', '2027-1-5', '31/01/2027']) {
      it(`rejects ${bad}`, () => assert.equal(validate()(bad), false));
    }
    for (const good of ['2028-02-29', '2027-01-31', '2027-12-31']) {
      it(`accepts ${good}`, () => assert.ok(validate()(good), describeErrors(validate().errors)));
    }
    it('receives unquoted YAML dates as strings (YAML 1.2 core schema)', () => {
      const { due } = parse('due: 2027-06-30');
      assert.equal(due, '2027-06-30');
    });
  });
});

describe('schema reference (docs/schema.md)', () => {
  const rendered = renderSchemaDocs();

  it('is up to date with the schemas', () => {
    const onDisk = readFileSync(join(ROOT, 'docs', 'schema.md'), 'utf8').replace(/\r\n/g, '\n');
    assert.ok(onDisk === rendered, 'docs/schema.md is out of date: run `npx tsx scripts/generate/gen-schema-docs.ts`');
  });

  it('has a unique anchor for every internal link', () => {
    const ids = [...rendered.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, 'duplicate anchors');
    const targets = [...rendered.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    assert.deepEqual(
      targets.filter((t) => !ids.includes(t)),
      [],
    );
  });

  it('lists every key of every schema with both descriptions', () => {
    for (const { node } of allNodes()) {
      for (const [key, property] of Object.entries(node.properties ?? {})) {
        const cells = `| ${property.description}`;
        assert.ok(rendered.includes(`| \`${key}\` |`), `key ${key} missing`);
        assert.ok(
          rendered.includes(cells) && rendered.includes(`| ${property['x-description-fr']}`),
          `${key}: descriptions`,
        );
      }
    }
  });
});
