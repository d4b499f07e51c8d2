import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WriteError, writeFileAtomic } from '../../../src/core/util/atomic';

describe('writeFileAtomic', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'socialplan-atomic-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('replaces the file whole and leaves no temporary file', () => {
    const file = join(root, 'plan.pdf');
    writeFileSync(file, 'old');
    writeFileAtomic(file, new Uint8Array([1, 2, 3]));
    assert.deepEqual([...readFileSync(file)], [1, 2, 3]);
    assert.deepEqual(readdirSync(root), ['plan.pdf']);
  });

  /** The WriteError thrown writing `file`. */
  function failure(file: string): WriteError {
    try {
      writeFileAtomic(file, 'text');
    } catch (error) {
      assert.ok(error instanceof WriteError, `a WriteError, not ${String(error)}`);
      return error;
    }
    assert.fail(`${file} was written`);
  }

  it('says why it cannot write, about the file named, in English and French; nothing is left behind', () => {
    const missingFolder = failure(join(root, 'no', 'such', 'plan.pdf'));
    assert.equal(missingFolder.code, 'ENOENT');
    assert.deepEqual(missingFolder.reason, { en: 'its folder does not exist', fr: 'son dossier n’existe pas' });
    assert.equal(
      missingFolder.message,
      `cannot write ${join(root, 'no', 'such', 'plan.pdf')}: its folder does not exist`,
    );

    writeFileSync(join(root, 'a-file'), 'x');
    const throughAFile = failure(join(root, 'a-file', 'plan.pdf'));
    assert.equal(throughAFile.code, 'ENOTDIR');
    assert.equal(throughAFile.reason.en, 'part of its path is a file, not a folder');

    mkdirSync(join(root, 'a-folder'));
    const overAFolder = failure(join(root, 'a-folder'));
    assert.equal(overAFolder.code, 'EISDIR');
    assert.equal(overAFolder.reason.fr, 'c’est un dossier');

    for (const error of [missingFolder, throughAFile, overAFolder]) assert.doesNotMatch(error.message, /\.tmp/);
    assert.deepEqual(readdirSync(root).sort(), ['a-file', 'a-folder'], 'no temporary file left');
    assert.deepEqual(readdirSync(join(root, 'a-folder')), []);
  });
});
