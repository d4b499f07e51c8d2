import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The engine knows nothing of VS Code, nor of the surfaces built on it: one engine serves the
 * editor, the CLI and the tests (docs/architecture.md). `src/core` may import Node, its npm
 * dependencies, other files of `src/core`, the PDF layout engine (`src/pdf-layout`) and data outside
 * `src` (the bundled `schemas/`).
 */
const ROOT = join(__dirname, '..', '..');
const CORE = join(ROOT, 'src', 'core');
const PDF_LAYOUT = join(ROOT, 'src', 'pdf-layout');
const SOURCE_FILE = /\.(?:[cm]?[jt]s|tsx?)$/;

/** Every module specifier a file imports, re-exports, requires or loads dynamically. */
function importedSpecifiers(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:require|import)\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
    /\brequire\.resolve\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...withoutComments.matchAll(pattern)].map((match) => match[1]));
}

function sourceFilesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFilesUnder(path);
    return SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function isInside(path: string, folder: string): boolean {
  const fromFolder = relative(folder, path);
  return (
    fromFolder === '' || (!fromFolder.startsWith('..') && !fromFolder.startsWith(sep) && !/^[a-zA-Z]:/.test(fromFolder))
  );
}

describe('src/core boundary', () => {
  const files = sourceFilesUnder(CORE);
  const imports = files.flatMap((file) =>
    importedSpecifiers(readFileSync(file, 'utf8')).map((specifier) => ({ file, specifier })),
  );

  it('finds the engine files and their imports', () => {
    assert.ok(files.length >= 10, `only ${files.length} files under src/core`);
    assert.ok(
      imports.some((item) => item.specifier === 'yaml'),
      'the scanner missed `yaml`',
    );
    assert.ok(
      imports.some((item) => item.specifier.startsWith('./')),
      'the scanner missed relative imports',
    );
  });

  it('the scanner sees every way of importing', () => {
    const sample = [
      "import * as vscode from 'vscode';",
      'import type { Uri } from "vscode";',
      "import 'vscode';",
      "export { window } from 'vscode';",
      "const a = require('vscode');",
      'const b = require ( "vscode" );',
      'const c = await import(`vscode`);',
      'import {\n  commands,\n  window,\n} from "vscode";',
      "// import { x } from 'commented-out';",
      "/* require('commented-out') */",
    ].join('\n');
    // eight real imports, and the two commented out are not counted
    assert.deepEqual(importedSpecifiers(sample), Array(8).fill('vscode'));
  });

  it('never imports `vscode`', () => {
    const offenders = imports.filter(({ specifier }) => specifier === 'vscode' || specifier.startsWith('vscode/'));
    assert.deepEqual(
      offenders.map(({ file, specifier }) => `${relative(ROOT, file)} imports ${specifier}`),
      [],
    );
    // and no mention of it that the patterns above could miss
    for (const file of files) {
      assert.doesNotMatch(
        readFileSync(file, 'utf8'),
        /(?:from|require\s*\(|import\s*\()\s*['"`]vscode['"`]/,
        relative(ROOT, file),
      );
    }
  });

  it('never imports from src/cli, src/extension or anywhere else in src outside src/core and src/pdf-layout', () => {
    const src = join(ROOT, 'src');
    const offenders = imports.filter(({ file, specifier }) => {
      if (!specifier.startsWith('.')) return false;
      const target = resolve(dirname(file), specifier);
      return isInside(target, src) && !isInside(target, CORE) && !isInside(target, PDF_LAYOUT);
    });
    assert.deepEqual(
      offenders.map(({ file, specifier }) => `${relative(ROOT, file)} imports ${specifier}`),
      [],
    );
  });
});
