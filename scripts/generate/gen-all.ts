// Runs every generator of scripts/generate/, in order: `npx tsx scripts/generate/gen-all.ts`.
// The README's rule table and the config schema's rule part come from the rule registry; docs/schema.md
// from the schemas (so after the config schema); the snippets from the methods, templates and schemas;
// docs/methods.md's step tables from the methods.
// Each runs in a process of its own, so that a generator reads the files the previous one wrote.
// Then `node scripts/build.mjs` precompiles the validators from the schemas.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const tsx = require.resolve('tsx/cli');
for (const script of [
  'gen-readme.ts',
  'gen-config-schema.ts',
  'gen-schema-docs.ts',
  'gen-snippets.ts',
  'gen-method-docs.ts',
]) {
  console.log(`${script}:`);
  execFileSync(process.execPath, [tsx, join(__dirname, script)], { stdio: 'inherit' });
}
