import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderNameProblem, freeFolderName } from '../../../src/extension/commands/new-plan';
import { activateExtension } from '../helpers';

/**
 * The folder step of "New Plan…": a folder that exists is refused as soon as it is named (the
 * input box's `validateInput`), with a free name offered instead; the quick pick's "new folder"
 * is always a free name.
 */
suite('New Plan: the folder', () => {
  suiteSetup(activateExtension);
  let parent = '';
  setup(() => {
    parent = mkdtempSync(join(tmpdir(), 'sp-new-plan-folder-'));
  });
  teardown(() => rmSync(parent, { recursive: true, force: true }));

  test('an existing folder is refused when it is named, and the next free name is offered', () => {
    mkdirSync(join(parent, 'plan'));
    mkdirSync(join(parent, 'plan-2'));
    assert.equal(freeFolderName(parent, 'plan'), 'plan-3');
    assert.equal(folderNameProblem(parent, 'plan'), 'plan already exists: choose another name, such as plan-3.');
    assert.equal(folderNameProblem(parent, ' plan-3 '), undefined, 'a free name is accepted');
  });

  test('a file of that name is in the way too; a free name is kept as it is', () => {
    writeFileSync(join(parent, 'bakery'), '');
    assert.equal(freeFolderName(parent, 'bakery'), 'bakery-2');
    assert.equal(freeFolderName(parent, 'harbour'), 'harbour');
  });

  test('an empty name, a path or a dot is no folder name', () => {
    assert.equal(folderNameProblem(parent, '  '), 'Give the new folder a name.');
    for (const name of ['a/b', 'a\\b', '.', '..'])
      assert.equal(folderNameProblem(parent, name), 'A folder name cannot hold a slash, nor be "." or "..".', name);
  });
});
