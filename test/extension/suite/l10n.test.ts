import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../helpers';

/**
 * VS Code here runs in English (code-server has no French language pack offline), so the French
 * strings are checked where they live: every string the extension shows has its translation.
 */
suite('Translations', () => {
  const root = () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    return extension.extensionPath;
  };
  const json = (file: string) => JSON.parse(readFileSync(join(root(), file), 'utf8')) as Record<string, string>;

  test('every vscode.l10n.t string of src/extension is in the English and French bundles', () => {
    const used = new Set<string>();
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts'))
          for (const match of readFileSync(path, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g))
            used.add(match[1].replace(/\\'/g, "'"));
      }
    };
    walk(join(root(), 'src', 'extension'));
    assert.ok(used.size > 0);
    const english = json('l10n/bundle.l10n.json');
    const french = json('l10n/bundle.l10n.fr.json');
    assert.deepEqual(
      [...used].filter((key) => !(key in french)),
      [],
      'missing in l10n/bundle.l10n.fr.json',
    );
    assert.deepEqual(
      [...used].filter((key) => !(key in english)),
      [],
      'missing in l10n/bundle.l10n.json',
    );
  });

  test('package.nls.fr.json translates every key of package.nls.json, and the manifest uses only known keys', () => {
    const english = json('package.nls.json');
    const french = json('package.nls.fr.json');
    assert.deepEqual(Object.keys(french).sort(), Object.keys(english).sort());
    const manifest = readFileSync(join(root(), 'package.json'), 'utf8');
    const placeholders = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]);
    assert.deepEqual(
      placeholders.filter((key) => !(key in english)),
      [],
    );
  });
});
