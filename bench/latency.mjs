#!/usr/bin/env node
// In-process per-document lint latency, run by bench/run.mjs in its own process:
//   node bench/latency.mjs <entry.cjs> <small.md> <large.md> <runs> <warmup> [only] [name=file.md…]
// Prints one JSON line. `only` (e.g. "small:edit") measures one case, for profiling; each
// `name=file.md` adds a document, measured like the two others (run.mjs adds `longest`, the
// document with the longest frontmatter).
// The engine caches parsed documents by text, so every case below defeats that cache:
//  - parse : parseSocialDocument(file, {text}) alone, the text changed on every run: YAML parse,
//            plain data, line index: a full parse. (The Linter re-parses only the edited top-level
//            entry when it can — src/core/document/frontmatter-edit.ts — so the edit modes can beat it.)
//  - edit  : one long-lived Linter (as in the editor) whose host returns the document with its
//            `title:` changed on every run, so the document is re-parsed and re-checked and the
//            plan-level rules run again; its 9 siblings (~150 lines each) come from disk
//            (NodeFileHost), parsed once and then served from the cache — but read and decoded
//            again on every run, since the cache is checked against the file's current text.
//  - edit-body: as `edit`, but the change is in the Markdown body (a word of the last line), the
//            frontmatter staying the same: what typing in the body costs.
//  - edit-mem: as `edit`, but the host serves every file of the plan from memory (no disk reads),
//            which is what the editor host does for documents open in tabs.
//  - fresh : a new Linter and a new NodeFileHost on every run: the document and its 9 siblings
//            are read and parsed again (the compiled schemas are shared by the process, as in the
//            CLI and the extension).
import { createRequire } from 'node:module';
import { editorLikeHost } from './editor-host.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stats } from './format.mjs';

const [entry, small, large, runsArg, warmupArg, ...rest] = process.argv.slice(2);
const only = rest.find((arg) => !arg.includes('='));
const extra = rest
  .filter((arg) => arg.includes('='))
  .map((arg) => [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]);
const { CachedFileHost, Linter, NodeFileHost, parseSocialDocument } = createRequire(import.meta.url)(entry);
const runs = Number(runsArg);
const warmup = Number(warmupArg);

class EditedHost extends NodeFileHost {
  overlay = new Map();
  read(file) {
    const text = this.overlay.get(file);
    return text === undefined ? super.read(file) : { text };
  }
}

/** Every Markdown file of the document's folder, read once: the host then serves them from memory. */
function inMemoryHost(file) {
  const host = new EditedHost();
  const folder = dirname(file);
  for (const name of readdirSync(folder))
    if (name.endsWith('.md')) host.overlay.set(join(folder, name), readFileSync(join(folder, name), 'utf8'));
  return host;
}

const edited = (original, i) => original.replace(/^title: (.*)$/m, `title: $1 (rev ${i})`);
const editedBody = (original, i) => `${original.replace(/\n$/, '')} rev${i}\n`;

function measureParse(file) {
  const original = readFileSync(file, 'utf8');
  const samples = [];
  for (let i = 0; i < warmup + runs; i++) {
    const text = edited(original, i);
    const start = performance.now();
    parseSocialDocument(file, { text });
    const elapsed = performance.now() - start;
    if (i >= warmup) samples.push(elapsed);
  }
  return { ...stats(samples), findings: undefined };
}

function measureEdit(file, host = new EditedHost(), edit = edited) {
  const original = readFileSync(file, 'utf8');
  const linter = new Linter(host, { trusted: true });
  const samples = [];
  let findings = 0;
  for (let i = 0; i < warmup + runs; i++) {
    host.overlay.set(file, edit(original, i));
    const start = performance.now();
    const result = linter.lint([file]);
    const elapsed = performance.now() - start;
    if (i >= warmup) samples.push(elapsed);
    findings = result.findings.length;
  }
  return { ...stats(samples), findings };
}

function measureFresh(file) {
  const samples = [];
  let findings = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const start = performance.now();
    const result = new Linter(new NodeFileHost(), { trusted: true }).lint([file]);
    const elapsed = performance.now() - start;
    if (i >= warmup) samples.push(elapsed);
    findings = result.findings.length;
  }
  return { ...stats(samples), findings };
}

const MODES = {
  parse: measureParse,
  edit: (file) => measureEdit(file),
  'edit-body': (file) => measureEdit(file, new EditedHost(), editedBody),
  'edit-mem': (file) => measureEdit(file, inMemoryHost(file)),
  editor: (file) => measureEdit(file, editorLikeHost({ CachedFileHost, NodeFileHost })),
  'editor-body': (file) => measureEdit(file, editorLikeHost({ CachedFileHost, NodeFileHost }), editedBody),
  fresh: measureFresh,
};
const lines = (file) => readFileSync(file, 'utf8').split('\n').length - 1;
/** Lines between the two `---` fences. */
const frontmatterLines = (file) => readFileSync(file, 'utf8').split('\n').indexOf('---', 1) - 1;
const output = {};
for (const [name, file] of [['small', small], ['large', large], ...extra]) {
  output[name] = { file, lines: lines(file), frontmatterLines: frontmatterLines(file) };
  for (const [mode, measure] of Object.entries(MODES)) {
    if (only && only !== `${name}:${mode}`) continue;
    output[name][mode] = measure(file);
  }
}
process.stdout.write(`${JSON.stringify(output)}\n`);
