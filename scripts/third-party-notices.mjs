// The licences of the packages the bundles carry (esbuild drops their comments): written by the
// build as dist/THIRD-PARTY-NOTICES.md, which the .vsix and the npm package ship beside the code.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LICENCE_FILE = /^(?:licen[cs]e|copying|notice)(?:[.-].*)?$/i;

/** The package folder an input path of an esbuild metafile lies in (`node_modules/a/…`, `node_modules/@s/b/…`). */
export function packageFolder(input) {
  const marker = 'node_modules/';
  const at = input.lastIndexOf(marker);
  if (at === -1) return undefined;
  const parts = input.slice(at + marker.length).split('/');
  const depth = parts[0].startsWith('@') ? 2 : 1;
  return input.slice(0, at + marker.length) + parts.slice(0, depth).join('/');
}

/** Notices for every package whose code is in one of the metafiles' outputs, sorted by name. */
export function thirdPartyNotices(root, metafiles) {
  const folders = new Set();
  for (const metafile of metafiles)
    for (const output of Object.values(metafile.outputs))
      for (const input of Object.keys(output.inputs)) {
        const folder = packageFolder(input);
        if (folder) folders.add(folder);
      }
  const packages = [...folders]
    .map((folder) => {
      const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'));
      const files = readdirSync(join(root, folder))
        .filter((name) => LICENCE_FILE.test(name))
        .sort();
      return {
        name: manifest.name,
        version: manifest.version,
        license: typeof manifest.license === 'string' ? manifest.license : 'see its package',
        texts: files.map((name) => readFileSync(join(root, folder, name), 'utf8').trim()),
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const unique = packages.filter(
    (item, index) =>
      index === 0 || item.name !== packages[index - 1].name || item.version !== packages[index - 1].version,
  );
  const sections = unique.map((item) =>
    [
      `## ${item.name} ${item.version} (${item.license})`,
      '',
      ...(item.texts.length > 0
        ? item.texts.map((text) => `\`\`\`text\n${text}\n\`\`\``)
        : ['(no licence file in the package; its licence is given above)']),
    ].join('\n'),
  );
  return [
    '# Third-party notices',
    '',
    'SocialPlan bundles the following packages into `dist/`. Their licences:',
    '',
    ...sections,
    '',
  ].join('\n\n');
}

export function writeThirdPartyNotices(root, metafiles) {
  const text = thirdPartyNotices(root, metafiles);
  const file = join(root, 'dist', 'THIRD-PARTY-NOTICES.md');
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}
