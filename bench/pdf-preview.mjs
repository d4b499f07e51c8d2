#!/usr/bin/env node
// The preview budget, in process (run by bench/pdf.mjs in its own process):
//   node bench/pdf-preview.mjs <entry.cjs> <work folder> <runs> <warmup>
// A 30-document plan (the English example and 23 annexes of ~60 lines) served from memory, as the
// editor serves open documents. Before every run one step body changes (a word appended), so the
// Markdown cache misses for that body, as when typing. Two figures: the re-render the preview
// does (assemblePlan + renderPlanHtml) and the whole cycle from the edit (lint of the plan first).
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeLargePlan } from '../test/fixtures/pdf/large-plan.mjs';
import { stats } from './format.mjs';

const [entry, folder, runsArg, warmupArg] = process.argv.slice(2);
const { Linter, NodeFileHost, assemblePlan, renderPlanHtml } = createRequire(import.meta.url)(entry);
const runs = Number(runsArg);
const warmup = Number(warmupArg);

const plan = writeLargePlan(folder, { locale: 'en', pages: 25 });
const annexBody = (index) =>
  Array.from({ length: 6 }, (_, part) =>
    [
      `## Part ${part + 1}`,
      '',
      `Notes ${index}.${part}: what the **team** decided, with a [reference](https://example.org/${index}) and \`code\`.`,
      '',
      '- one point',
      '- another point',
      '  - a detail',
      '',
      '| Item | Owner | When |',
      '| --- | --- | ---: |',
      `| Row ${part} | Dana | 2027-0${1 + (part % 9)}-15 |`,
      '',
    ].join('\n'),
  ).join('\n');
let documents = readdirSync(plan).filter((name) => name.endsWith('.md')).length;
for (let index = 1; documents < 30; index++, documents++)
  writeFileSync(
    join(plan, `annex-extra-${String(index).padStart(2, '0')}.md`),
    `---\nsocialplan: annex\ntitle: Extra annex ${index}\norder: ${100 + index}\n---\n\n${annexBody(index)}\n`,
  );

class MemoryHost extends NodeFileHost {
  overlay = new Map();
  read(file) {
    const text = this.overlay.get(file);
    return text === undefined ? super.read(file) : { text };
  }
}
const host = new MemoryHost();
const files = readdirSync(plan)
  .filter((name) => name.endsWith('.md'))
  .map((name) => join(plan, name));
for (const file of files) host.overlay.set(file, readFileSync(file, 'utf8'));
const edited = files.find((file) => file.endsWith('03-measure.md'));
const original = host.overlay.get(edited);
const lines = files.reduce((sum, file) => sum + host.overlay.get(file).split('\n').length, 0);
const linter = new Linter(host, { trusted: true });

const render = [];
const cycle = [];
for (let index = 0; index < warmup + runs; index++) {
  host.overlay.set(edited, `${original.replace(/\n$/, '')} edit${index}\n`);
  const start = performance.now();
  const result = linter.lint(files);
  const found = linter.documents
    .plansAround([linter.documents.document(edited)])
    .find((candidate) => candidate.planDocuments.length > 0);
  const linted = performance.now();
  const model = assemblePlan(found, result.findings, {});
  const html = renderPlanHtml(model, { sourceAttributes: true });
  const done = performance.now();
  if (!html.includes(`edit${index}`)) throw new Error('the edit did not reach the preview');
  if (index >= warmup) {
    render.push(done - linted);
    cycle.push(done - start);
  }
}
process.stdout.write(
  `${JSON.stringify({ documents: files.length, lines, runs, warmup, render: stats(render), cycle: stats(cycle) })}\n`,
);
