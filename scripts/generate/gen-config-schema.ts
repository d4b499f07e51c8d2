// Regenerates the rule part of schemas/config.schema.json from the rule registry:
// `npx tsx scripts/generate/gen-config-schema.ts`, then `node scripts/build.mjs` (the validators are
// precompiled from the schemas) and `npx tsx scripts/generate/gen-schema-docs.ts` (docs/schema.md).
// test/scripts/generate/generated-docs.test.ts fails when the committed file differs from what this would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withGeneratedRules } from './config-schema';

const target = join(__dirname, '..', '..', 'schemas', 'config.schema.json');
writeFileSync(target, withGeneratedRules(readFileSync(target, 'utf8')));
console.log(`Wrote ${target}`);
