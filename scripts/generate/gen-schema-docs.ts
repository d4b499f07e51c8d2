// Regenerates docs/schema.md from the bundled JSON Schemas: `npx tsx scripts/generate/gen-schema-docs.ts`.
// test/core/schema/schemas.test.ts fails when the committed file differs from what this would write.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSchemaDocs } from './schema-docs';

const target = join(__dirname, '..', '..', 'docs', 'schema.md');
writeFileSync(target, renderSchemaDocs());
console.log(`Wrote ${target}`);
