// Incremental re-lint of a 30-document plan, the way the editor does it after one keystroke:
// one long-lived Linter over a disk cache (CachedFileHost) with the edited text laid on top;
// the whole plan is re-linted so that every document's diagnostics stay current.
// Prints one JSON line: { documents, runs, median, p95, findings }.
import { createRequire } from 'node:module';
import { editorLikeHost } from './editor-host.mjs';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [entry, workFolder, runsArg = '300', warmupArg = '50'] = process.argv.slice(2);
const { CachedFileHost, Linter, NodeFileHost } = createRequire(import.meta.url)(entry);
const runs = Number(runsArg);
const warmup = Number(warmupArg);

/** The English example plan (7 documents) plus 23 annexes with objectives and long bodies. */
function writePlan(folder) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  cpSync(new URL('../examples/en', import.meta.url).pathname, folder, { recursive: true });
  for (let index = 1; index <= 23; index++) {
    const body = Array.from(
      { length: 20 },
      (_, line) => `- Finding ${line + 1} of annex ${index}: what the audience said, and what we will do about it.`,
    ).join('\n');
    writeFileSync(
      join(folder, `annex-${String(index).padStart(2, '0')}.md`),
      `---\nsocialplan: annex\ntitle: Field notes ${index}\norder: ${index}\n---\n\n## Notes\n\n${body}\n\n## Next\n\n${body}\n`,
    );
  }
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(folder, name))
    .sort();
}

const files = writePlan(join(workFolder, 'incremental-plan'));
const edited = files.find((file) => file.endsWith('03-measure.md'));
const original = readFileSync(edited, 'utf8');
const host = editorLikeHost({ CachedFileHost, NodeFileHost });
const linter = new Linter(host, { trusted: true });
linter.lint(files);
const samples = [];
let findings = 0;
for (let run = 0; run < warmup + runs; run++) {
  host.overlay.set(edited, original.replace(/^title: (.*)$/m, `title: $1 (rev ${run})`));
  const start = performance.now();
  findings = linter.lint(files).findings.length;
  if (run >= warmup) samples.push(performance.now() - start);
}
samples.sort((a, b) => a - b);
const at = (q) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)];
process.stdout.write(
  `${JSON.stringify({ documents: files.length, runs, median: at(0.5), p95: at(0.95), findings })}\n`,
);
