// `npm run demo`: the main job on the bundled examples, as a new user would run it.
// The two complete plans must lint clean; the broken one must show its findings.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

mkdirSync('demo-output', { recursive: true });

const cli = ['bin/socialplan.js'];
const run = (args) => {
  console.log(`\n$ socialplan ${args.join(' ')}`);
  return spawnSync(process.execPath, [...cli, ...args], { stdio: 'inherit' }).status;
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

for (const format of ['pdf', 'html']) {
  const target = `demo-output/plan-fr.${format}`;
  if (run(['export', 'examples/fr', '--format', format, '-o', target]) !== 0) {
    console.error(`\nExporting examples/fr to ${format.toUpperCase()} failed.`);
    process.exit(1);
  }
}
console.log('\n✔ demo-output/plan-fr.pdf and demo-output/plan-fr.html: the French example plan, exported');
