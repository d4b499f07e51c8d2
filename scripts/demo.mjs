// `npm run demo`: the main job on the bundled examples, as a new user would run it.
// The two complete plans must lint clean; the broken one must show its findings.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

mkdirSync('demo-output', { recursive: true });

const cli = [resolve('bin/socialplan.js')];
const run = (args, cwd = '.') => {
  console.log(`\n$ ${cwd === '.' ? '' : `cd ${cwd} && `}socialplan ${args.join(' ')}`);
  return spawnSync(process.execPath, [...cli, ...args], { stdio: 'inherit', cwd }).status;
};

const clean = run(['lint', 'examples/en', 'examples/fr']);
if (clean !== 0) {
  console.error('\nThe example plans should lint clean, but they do not.');
  process.exit(1);
}
console.log('✔ examples/en and examples/fr: no problems');

const broken = run(['lint', 'examples/broken']);
if (broken !== 1) {
  console.error(`\nexamples/broken should report errors (exit 1), but exited with ${broken}.`);
  process.exit(1);
}
console.log('\n✔ examples/broken: findings shown above, as intended');

// No -o: the files are named after the plan's title and version (docs/exporting.md, "File names").
const names = ['pdf', 'html'].map((format) => `plan-medias-sociaux-2027-mie-levain-0.9.${format}`);
for (const format of ['pdf', 'html']) {
  if (run(['export', '../examples/fr', '--format', format], 'demo-output') !== 0) {
    console.error(`\nExporting examples/fr to ${format.toUpperCase()} failed.`);
    process.exit(1);
  }
}
const missing = names.filter((name) => !readdirSync('demo-output').includes(name));
if (missing.length > 0) {
  console.error(`\nThe export did not write demo-output/${missing.join(' and demo-output/')}.`);
  process.exit(1);
}
console.log(`\n✔ demo-output/${names.join(' and demo-output/')}: the French example plan, exported`);
