#!/usr/bin/env node
// The floor: the least work any frontmatter linter must do with our schemas. For each Markdown file
// under the given folders: read it, split the frontmatter, `yaml.parseDocument` it, and validate the
// data with a precompiled ajv validator of the bundled schemas (Ajv2020 + ajv-formats, allErrors).
// Nothing else: no ranges, no messages, no unknown-key walk, no plan-level rules, no output but one
// JSON line: { files, documents, findings, byFile }.
//
//   node bench/floor.mjs <folder…>
//   node bench/floor.mjs --compare-peer-schemas <peerSchemaDir> <folder…>
//        checks that the dereferenced draft-07 schemas written for the peer give the same errors
//        as ours on every document (same count per document); exits 1 when they do not.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import Ajv2020Module from 'ajv/dist/2020.js';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const Ajv = AjvModule.default ?? AjvModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KINDS = ['plan', 'step', 'charter', 'annex'];

function compileOurs() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const schemaDir = join(root, 'schemas');
  for (const name of readdirSync(schemaDir))
    if (name.endsWith('.schema.json')) ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, name), 'utf8')));
  return Object.fromEntries(
    KINDS.map((kind) => [kind, ajv.getSchema(`https://socialplan.dev/schemas/${kind}.schema.json`)]),
  );
}

function compilePeer(dir) {
  const ajv = new Ajv({ allErrors: true, strict: false }); // what remark-lint-frontmatter-schema uses
  addFormats(ajv);
  return Object.fromEntries(
    KINDS.map((kind) => [kind, ajv.compile(JSON.parse(readFileSync(join(dir, `${kind}.schema.json`), 'utf8')))]),
  );
}

function markdownFiles(folder, found = []) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) markdownFiles(path, found);
    else if (entry.name.endsWith('.md')) found.push(path);
  }
  return found;
}

/** The YAML between a leading `---` line and the next `---` line, or undefined. */
function frontmatter(text) {
  if (!text.startsWith('---\n') && !text.startsWith('---\r\n')) return undefined;
  const open = text.indexOf('\n') + 1;
  const close = text.indexOf('\n---', open - 1);
  return close === -1 ? undefined : text.slice(open, close + 1);
}

function check(file, validators) {
  const yamlText = frontmatter(readFileSync(file, 'utf8'));
  if (yamlText === undefined) return undefined;
  const document = parseDocument(yamlText);
  if (document.errors.length > 0) return { findings: document.errors.length, kind: 'yaml' };
  const data = document.toJS();
  const validate = validators[data?.socialplan];
  if (!validate) return data && 'socialplan' in data ? { findings: 1, kind: 'unknown' } : undefined;
  validate(data);
  return { findings: validate.errors?.length ?? 0, kind: data.socialplan, data };
}

const args = process.argv.slice(2);
if (args[0] === '--compare-peer-schemas') {
  const ours = compileOurs();
  const peer = compilePeer(args[1]);
  let documents = 0;
  const mismatches = [];
  for (const file of args.slice(2).flatMap((folder) => markdownFiles(folder))) {
    const result = check(file, ours);
    if (!result?.data || !peer[result.kind]) continue;
    documents++;
    peer[result.kind](result.data);
    const peerCount = peer[result.kind].errors?.length ?? 0;
    if (peerCount !== result.findings) mismatches.push(`${file}: ours ${result.findings}, peer schema ${peerCount}`);
  }
  process.stdout.write(`${JSON.stringify({ documents, mismatches })}\n`);
  process.exitCode = mismatches.length > 0 ? 1 : 0;
} else {
  const validators = compileOurs();
  const byFile = {};
  let files = 0;
  let documents = 0;
  let findings = 0;
  for (const file of args.flatMap((folder) => markdownFiles(folder))) {
    files++;
    const result = check(file, validators);
    if (!result) continue;
    documents++;
    if (result.findings > 0) byFile[file] = result.findings;
    findings += result.findings;
  }
  process.stdout.write(`${JSON.stringify({ files, documents, findings, byFile })}\n`);
}
