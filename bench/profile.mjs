#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function and per module,
// with positions in dist/cli.js mapped back to src/… and node_modules/… through the bundle's
// source map when it exists.
//   node bench/profile.mjs <file.cpuprofile> [top=15]
import { readFileSync, existsSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const maps = new Map();
function sourceMapFor(url) {
  // Only our own bundles are mapped: a package's own source map would lose which package it is.
  if (!url.startsWith('file://') || !/\.[cm]?js$/.test(url) || url.includes('/node_modules/')) return undefined;
  if (maps.has(url)) return maps.get(url);
  const file = fileURLToPath(url);
  let map;
  if (existsSync(`${file}.map`)) {
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = undefined;
    }
  }
  maps.set(url, map);
  return map;
}

function cleanPath(path) {
  const plain = path.replace(/^file:\/\//, '');
  const nm = plain.lastIndexOf('node_modules/');
  if (nm !== -1) return plain.slice(nm);
  return plain.replace(/^(?:\.\.\/)+/, '').replace(/^.*?\/(src|bench|dist|scripts)\//, '$1/');
}

/** "node_modules/yaml", "node_modules/ajv", "src/core/rules", "node:internal", "(garbage collector)"… */
function moduleOf(path, functionName) {
  if (!path) return functionName.startsWith('(') ? functionName : '(no script: builtins, ajv-generated code)';
  if (path.startsWith('node:')) return 'node:internal';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (nm) return `node_modules/${nm[1]}`;
  const src = /^(src\/[^/]+(?:\/[^/]+)?)\//.exec(path);
  if (src) return src[1];
  return path.split('/').slice(0, 2).join('/');
}

export function summarize(profileFile, top = 15) {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map();
  profile.samples.forEach((id, index) =>
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)),
  );
  const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);
  const functions = new Map();
  const modules = new Map();
  for (const [id, micros] of selfMicros) {
    const { callFrame } = byId.get(id);
    let path = callFrame.url;
    let line = callFrame.lineNumber + 1;
    const map = sourceMapFor(callFrame.url);
    if (map && callFrame.lineNumber >= 0) {
      const entry = map.findEntry(callFrame.lineNumber, callFrame.columnNumber);
      if (entry?.originalSource) {
        path = entry.originalSource;
        line = entry.originalLine + 1;
      }
    }
    path = path ? cleanPath(path) : '';
    const name = callFrame.functionName || '(anonymous)';
    const key = `${name}  ${path ? `${path}:${line}` : ''}`.trim();
    functions.set(key, (functions.get(key) ?? 0) + micros);
    const module = moduleOf(path, name);
    modules.set(module, (modules.get(module) ?? 0) + micros);
  }
  const rank = (map) =>
    [...map].sort((a, b) => b[1] - a[1]).map(([key, micros]) => ({ key, ms: micros / 1000, share: micros / total }));
  return { totalMs: total / 1000, functions: rank(functions).slice(0, top), modules: rank(modules).slice(0, top) };
}

export function formatSummary(summary) {
  const row = ({ key, ms, share }) =>
    `  ${ms.toFixed(0).padStart(6)} ms ${(share * 100).toFixed(1).padStart(5)}%  ${key}`;
  return [
    `Sampled CPU time: ${summary.totalMs.toFixed(0)} ms`,
    'Self time by module:',
    ...summary.modules.map(row),
    'Top functions by self time:',
    ...summary.functions.map(row),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, top] = process.argv.slice(2);
  process.stdout.write(`${formatSummary(summarize(file, Number(top ?? 15)))}\n`);
}
