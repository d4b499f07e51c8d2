import { parseDocument, visit, isScalar } from 'yaml';
import { parseYaml } from './src/core/yaml-parse';
for (const text of ['? "a"a # c\na', '? "a"\na', '? a\na']) {
  const d = parseDocument(text, { uniqueKeys: true });
  const keys: string[] = [];
  visit(parseDocument(text, { uniqueKeys: false }), { Pair(_, p) { if (isScalar(p.key)) keys.push(`${JSON.stringify(p.key.source)}=${p.key.value}@${p.key.range}`); } });
  console.log(JSON.stringify(text), d.errors.map((e) => `${e.code}@${e.pos}`), parseYaml(text).errors.map((e) => `${e.code}@${e.pos}`), keys);
}
