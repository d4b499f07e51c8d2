// Precompiles the bundled JSON Schemas into plain validation functions (ajv "standalone" code),
// so the CLI and the extension start without compiling schemas: ~10 ms instead of ~120 ms.
// The output carries a hash of the schemas; the engine compiles at run time if it is stale.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const standaloneCode = require('ajv/dist/standalone').default;
const addFormats = require('ajv-formats').default;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = join(root, 'schemas');
const outFile = join(root, 'src/core/schema/generated/validators.js');

/** Same order as BUNDLED_SCHEMAS in src/core/schema/bundled.ts: the hash depends on it. */
const ORDER = [
  'common',
  'objectives',
  'resources',
  'budget',
  'legal',
  'platforms',
  'result-list',
  'post-list',
  'plan',
  'step',
  'charter',
  'annex',
  'results',
  'calendar',
  'config',
];
const EXPORTED = ['plan', 'step', 'charter', 'annex', 'results', 'calendar', 'config'];

export function generateValidators() {
  const schemas = ORDER.map((name) => JSON.parse(readFileSync(join(schemaDir, `${name}.schema.json`), 'utf8')));
  const unexpected = readdirSync(schemaDir).filter((file) => !ORDER.includes(file.replace('.schema.json', '')));
  if (unexpected.length > 0)
    throw new Error(`schemas/ holds files the generator does not know: ${unexpected.join(', ')}`);
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    verbose: true,
    code: { source: true },
  });
  addFormats(ajv);
  ajv.addVocabulary(annotationKeywords(schemas));
  for (const schema of schemas) ajv.addSchema(schema);
  const ids = Object.fromEntries(EXPORTED.map((name) => [name, schemas[ORDER.indexOf(name)].$id]));
  const code = standaloneCode(ajv, ids);
  const hash = hashSchemas(schemas);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${code}\nexports.schemaHash = ${JSON.stringify(hash)};\n`);
}

export function hashSchemas(schemas) {
  return require('node:crypto').createHash('sha256').update(JSON.stringify(schemas)).digest('hex');
}

function annotationKeywords(schemas) {
  const found = new Set();
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key.startsWith('x-')) found.add(key);
        visit(child);
      }
    }
  };
  schemas.forEach(visit);
  return [...found].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) generateValidators();
