// Regenerates snippets/socialplan.en.json and snippets/socialplan.fr.json from the methods, the step
// templates and the schemas: `npx tsx scripts/generate/gen-snippets.ts`.
// test/scripts/generate/snippets.test.ts fails when the committed files differ from what this would write.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { snippetFileText } from './snippets';

const folder = join(__dirname, '..', '..', 'snippets');
mkdirSync(folder, { recursive: true });
for (const locale of ['en', 'fr'] as const) {
  const target = join(folder, `socialplan.${locale}.json`);
  writeFileSync(target, snippetFileText(locale));
  console.log(`Wrote ${target}`);
}
