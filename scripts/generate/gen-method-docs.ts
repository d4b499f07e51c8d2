// Regenerates the step tables of docs/methods.md from the method presets: `npx tsx scripts/generate/gen-method-docs.ts`.
// test/scripts/generate/generated-docs.test.ts fails when the committed file differs from what this would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceMethodTables } from './method-docs';

const target = join(__dirname, '..', '..', 'docs', 'methods.md');
writeFileSync(target, replaceMethodTables(readFileSync(target, 'utf8')));
console.log(`Wrote ${target}`);
