// Regenerates docs/schema.md from the bundled JSON Schemas: `npx tsx scripts/gen-schema-docs.ts`.
// test/core/schemas.test.ts fails when the committed file differs from what this would write.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSchemaDocs } from '../src/core/schema-docs';

const target = join(__dirname, '..', 'docs', 'schema.md');
writeFileSync(target, renderSchemaDocs());
console.log(`Wrote ${target}`);
