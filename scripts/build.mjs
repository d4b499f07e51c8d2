// Bundles the CLI (and, once it exists, the extension) with esbuild. Types are checked separately
// with `tsc --noEmit`, so this stays fast enough to run before every test and benchmark.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { generateValidators } from './gen-validators.mjs';
import { writeThirdPartyNotices } from './third-party-notices.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

/**
 * The CLI without `socialplan export`, `report` and `results`, `dist/cli-lint.js`, which
 * `bin/socialplan.js` runs for every other command: the report's assembly and renderers (unified,
 * the sanitizer, parse5…) are about two thirds of the CLI's code, and a `lint` that parsed them on
 * every start (a pre-commit hook runs one per commit) paid for it; the CSV import (Papa Parse) is
 * kept out for the same reason. Its `export`, should it be run directly, requires
 * `dist/cli-export.js`; `bin/socialplan.js` sends those commands to the whole `dist/cli.js`
 * instead, so that they do not load the engine twice (docs/architecture.md, "The CLI's bundles").
 */
const exportApart = {
  name: 'export-apart',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/commands\/(export|results)$/ }, (args) =>
      args.importer.endsWith(join('src', 'cli', 'run.ts'))
        ? { path: `./cli-${args.path.split('/').pop()}.js`, external: true }
        : undefined,
    );
  },
};

const entries = [
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli-lint.js', plugins: [exportApart] },
  { entryPoints: ['src/cli/commands/export.ts'], outfile: 'dist/cli-export.js' },
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
].filter((entry) => existsSync(join(root, entry.entryPoints[0])));

generateValidators();
const results = await Promise.all([
  ...entries.map((entry) => build({ ...common, ...entry })),
  buildPdfEngine(),
  buildDocxEngine(),
]);
// esbuild drops the packages' licence comments: their licences go beside the bundles instead.
writeThirdPartyNotices(
  root,
  results.map((result) => result.metafile),
);

/** The `docx` library and fflate as one lazily loaded file, read only to export a Word document. */
function buildDocxEngine() {
  return build({
    ...common,
    entryPoints: ['src/core/render/docx/engine.ts'],
    outfile: 'dist/docx-engine.js',
    sourcemap: false,
    minify: true,
  });
}

/**
 * pdfkit, fontkit and svg-to-pdfkit as one lazily loaded file, with the data files they read at run time
 * (pdfkit's font metrics, the Roboto fonts) copied beside it.
 */
async function buildPdfEngine() {
  const result = await build({
    ...common,
    entryPoints: ['src/core/render/pdf/engine.ts'],
    outfile: 'dist/pdf-engine.js',
    sourcemap: false,
    minify: true,
  });
  const copy = (from, to, wanted = () => true) => {
    rmSync(join(root, to), { recursive: true, force: true });
    mkdirSync(join(root, to), { recursive: true });
    for (const entry of readdirSync(join(root, from), { withFileTypes: true }))
      if (entry.isFile() && wanted(entry.name)) copyFileSync(join(root, from, entry.name), join(root, to, entry.name));
  };
  // Of pdfkit's standard-font metrics only Courier's are read (the font pdfkit opens first, never
  // drawn with); Roboto and DejaVu Sans Mono are embedded.
  copy('node_modules/pdfkit/js/data', 'dist/data', (name) => name.startsWith('Courier'));
  copy('assets/fonts/Roboto', 'dist/fonts/Roboto');
  copy('assets/fonts/DejaVuSansMono', 'dist/fonts/DejaVuSansMono');
  return result;
}
