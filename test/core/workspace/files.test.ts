import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { markdownFilesUnder } from '../../../src/core/workspace/files';
import { CachedFileHost, NodeFileHost } from '../../../src/core/workspace/host';
import { writeTree } from '../../support/tree';

describe('markdownFilesUnder', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'socialplan-files-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const found = (host = new NodeFileHost()) =>
    markdownFilesUnder(host, root).map((file) => relative(root, file).split('\\').join('/'));

  it('finds Markdown files, sorted, skipping node_modules and hidden folders', () => {
    writeTree(root, {
      'plan.md': '',
      'steps/01.markdown': '',
      'notes.txt': '',
      'node_modules/x/readme.md': '',
      '.git/a.md': '',
      '.vscode/b.md': '',
    });
    assert.deepEqual(found(), ['plan.md', 'steps/01.markdown']);
  });

  // Links that loop (to a parent, to itself) are tested through the CLI, in a child process with a
  // time limit: a regression there would loop forever, which no in-process test can stop.
  it('follows a linked folder, each real folder once', () => {
    writeTree(root, { 'plan.md': '', 'steps/01-listen.md': '', 'shared/charter.md': '' });
    mkdirSync(join(root, 'clients'));
    symlinkSync(join(root, 'shared'), join(root, 'clients', 'shared-link'));
    for (const host of [new NodeFileHost(), new CachedFileHost(new NodeFileHost())]) {
      const files = found(host);
      assert.equal(files.filter((file) => file.endsWith('charter.md')).length, 1, files.join(', '));
      assert.deepEqual(
        files.filter((file) => !file.endsWith('charter.md')),
        ['plan.md', 'steps/01-listen.md'],
      );
    }
  });
});
