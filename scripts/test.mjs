// `npm test`: build, type-check, format and lint check, the mocha suite (engine, CLI, browser), then the tests inside a
// real VS Code. Output streams as it comes; the last line adds both up as "N passed, N failed",
// the line CI reads.
import { spawn } from 'node:child_process';

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const node = process.execPath;
const steps = [
  ['build', node, ['scripts/build.mjs']],
  ['type-check', node, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']],
  // Formatting and lint (biome.jsonc); `npm run format` fixes what it can.
  ['format and lint', node, ['node_modules/@biomejs/biome/bin/biome', 'ci', '--reporter=summary', '.']],
];
for (const [name, command, args] of steps) {
  const { code } = await run(command, args);
  if (code !== 0) {
    console.log(`\n${name} failed\n0 passed, 1 failed`);
    process.exit(1);
  }
}

const totals = { passed: 0, failed: 0, pending: 0 };
const count = (pattern, text) => Number(pattern.exec(text)?.[1] ?? 0);

const mocha = await run(node, ['node_modules/mocha/bin/mocha.js']);
totals.passed += count(/^\s*(\d+) passing/m, mocha.output);
totals.failed +=
  count(/^\s*(\d+) failing/m, mocha.output) + (mocha.code !== 0 && !/failing/.test(mocha.output) ? 1 : 0);
totals.pending += count(/^\s*(\d+) pending/m, mocha.output);

const host = await run(node, ['scripts/test-extension.mjs']);
const hostLine = /^(\d+) passed, (\d+) failed\s*$/m.exec(
  host.output
    .split('\n')
    .filter((line) => /^\d+ passed, \d+ failed/.test(line))
    .at(-1) ?? '',
);
totals.passed += Number(hostLine?.[1] ?? 0);
totals.failed += Number(hostLine?.[2] ?? 0) + (host.code !== 0 && !hostLine ? 1 : 0);

console.log(`\nmocha: ${mocha.code === 0 ? 'ok' : 'FAILED'} · VS Code host: ${host.code === 0 ? 'ok' : 'FAILED'}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.pending ? `, ${totals.pending} skipped` : ''}`);
process.exit(mocha.code === 0 && host.code === 0 && totals.failed === 0 ? 0 : 1);
