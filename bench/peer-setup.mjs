// Prepares the peer (remark-cli + remark-lint-frontmatter-schema) to check the corpus with our schemas.
//
// The peer cannot use schemas/*.schema.json as they are: it compiles with ajv's draft-07 class, which
// rejects `"$schema": ".../draft/2020-12/schema"`, and its $ref bundler (json-schema-ref-parser) does
// not honour `$id`, so the bundled sub-schemas' own `$id`s would re-base the internal pointers it writes.
// So we write one self-contained, fully dereferenced schema per document kind (no `$schema`, `$id`,
// `$ref` or `$defs` left), with the same validation keywords. Our schemas only use keywords that mean
// the same in draft-07 and 2020-12 (type, properties, required, enum, const, pattern, format,
// minimum/maximum, min/maxLength, minItems, uniqueItems, object `items`, oneOf, if/then,
// minProperties), and their `$ref` siblings are annotations only (a sibling validation keyword would be
// kept through `allOf`). bench/run.mjs checks the result: `bench/floor.mjs --compare-peer-schemas` validates
// every corpus document with both sets and requires the same number of ajv errors.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const KINDS = ['plan', 'step', 'charter', 'annex'];
const ANNOTATION = /^(?:title|description|examples|\$comment|x-.*)$/;

function loadSchemas(schemaDir) {
  const byId = new Map();
  for (const name of readdirSync(schemaDir).filter((file) => file.endsWith('.schema.json'))) {
    const schema = JSON.parse(readFileSync(join(schemaDir, name), 'utf8'));
    byId.set(schema.$id, schema);
  }
  return byId;
}

function resolvePointer(document, pointer) {
  let node = document;
  for (const raw of pointer.split('/').slice(1)) node = node[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (node === undefined) throw new Error(`unresolvable pointer ${pointer}`);
  return node;
}

function dereference(node, base, byId, depth = 0) {
  if (depth > 50) throw new Error('recursive schema: cannot dereference');
  if (Array.isArray(node)) return node.map((item) => dereference(item, base, byId, depth));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  let target;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref') {
      const url = new URL(value, base);
      const pointer = url.hash.slice(1);
      url.hash = '';
      const document = byId.get(url.href);
      if (!document) throw new Error(`unknown $ref ${value} from ${base}`);
      target = dereference(resolvePointer(document, pointer), url.href, byId, depth + 1);
    } else if (key === '$schema' || key === '$id' || key === '$defs') continue;
    else out[key] = ANNOTATION.test(key) ? value : dereference(value, base, byId, depth);
  }
  if (!target) return out;
  const siblings = Object.keys(out).filter((key) => !ANNOTATION.test(key));
  if (siblings.length > 0) return { allOf: [target], ...out }; // not needed by our schemas, kept correct
  return { ...target, ...out };
}

/** Writes bench/.work/peer/<kind>.schema.json and the remark config; returns the config path. */
export function setupPeer({ root, workDir, corpusDir }) {
  const byId = loadSchemas(join(root, 'schemas'));
  const peerDir = join(workDir, 'peer');
  mkdirSync(peerDir, { recursive: true });
  const corpus = relative(root, corpusDir).split('\\').join('/');
  const globs = {
    plan: [`${corpus}/**/plan.md`],
    charter: [`${corpus}/**/charter.md`],
    step: [`${corpus}/**/[0-9][0-9]-*.md`],
    annex: [`${corpus}/**/annex-*.md`],
  };
  const schemas = {};
  for (const kind of KINDS) {
    const id = `https://socialplan.dev/schemas/${kind}.schema.json`;
    const flat = dereference(byId.get(id), id, byId);
    const file = join(peerDir, `${kind}.schema.json`);
    writeFileSync(file, JSON.stringify(flat, null, 2));
    if (JSON.stringify(flat).includes('"$ref"')) throw new Error(`a $ref survived in ${file}`);
    // The plugin resolves these paths from the folder of the nearest .remarkrc above each
    // Markdown file, or from the process's cwd when there is none: we run remark from `root`.
    schemas[relative(root, file).split('\\').join('/')] = globs[kind];
  }
  const config = { plugins: ['remark-frontmatter', ['remark-lint-frontmatter-schema', { schemas }]] };
  const rcPath = join(peerDir, '.remarkrc.json');
  writeFileSync(rcPath, JSON.stringify(config, null, 2));
  return { rcPath, schemas };
}
