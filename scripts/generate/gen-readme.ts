// Regenerates the rule table of README.md from the rule registry: `npx tsx scripts/generate/gen-readme.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceRuleTable } from './catalogue';

const readmePath = join(__dirname, '..', '..', 'README.md');
writeFileSync(readmePath, replaceRuleTable(readFileSync(readmePath, 'utf8')));
