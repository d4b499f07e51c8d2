import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The build (scripts/build.mjs): esbuild drops the licence comments of the packages it bundles, so
 * the build writes their licences to dist/THIRD-PARTY-NOTICES.md. `npm test` builds first.
 */

const ROOT = join(__dirname, '..');
const script = import(pathToFileURL(join(ROOT, 'scripts', 'third-party-notices.mjs')).href) as Promise<{
  packageFolder(input: string): string | undefined;
}>;

describe('build: third-party notices', () => {
  it('finds the package of a bundled file, scoped or nested', async () => {
    const { packageFolder } = await script;
    assert.equal(packageFolder('node_modules/yaml/dist/index.js'), 'node_modules/yaml');
    assert.equal(packageFolder('node_modules/@noble/hashes/esm/sha256.js'), 'node_modules/@noble/hashes');
    assert.equal(packageFolder('node_modules/a/node_modules/b/index.js'), 'node_modules/a/node_modules/b');
    assert.equal(packageFolder('src/core/lint/linter.ts'), undefined);
  });

  it('lists the bundled packages with their licence texts, and no development tool', function () {
    const file = join(ROOT, 'dist', 'THIRD-PARTY-NOTICES.md');
    if (!existsSync(file)) this.skip();
    const text = readFileSync(file, 'utf8');
    for (const name of [
      'pdfkit',
      'fontkit',
      'svg-to-pdfkit',
      'docx',
      'fflate',
      'yaml',
      'ajv',
      'micromark',
      'unified',
      'rehype-sanitize',
      'picomatch',
    ])
      assert.match(text, new RegExp(`^## ${name} \\d+\\.\\d+\\.\\d+ \\(`, 'm'), `${name} is listed`);
    assert.match(text, /## pdfkit [\d.]+ \(MIT\)\n\n```text\n[^`]*Permission is hereby granted/);
    for (const tool of ['mocha', 'typescript', 'esbuild', 'fast-check', 'playwright-core'])
      assert.doesNotMatch(text, new RegExp(`^## ${tool} `, 'm'), `${tool} is not bundled`);
  });
});
