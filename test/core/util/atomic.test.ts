import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WriteError, writeFileAtomic } from '../../../src/core/util/atomic';

const ROOT = join(__dirname, '..', '..', '..');

/**
 * `writeFileAtomic(file, text)` run as `nobody` (root only): `{}` when written, else the
 * WriteError's code and reason; undefined when setpriv cannot run Node as nobody here.
 */
function writeAsNobody(file: string, text: string): { code?: unknown; reason?: unknown } | undefined {
  const script = `const { writeFileAtomic } = require(${JSON.stringify(join(ROOT, 'src', 'core', 'util', 'atomic.ts'))});
    try { writeFileAtomic(${JSON.stringify(file)}, ${JSON.stringify(text)}); console.log('{}'); }
    catch (error) { console.log(JSON.stringify({ code: error.code, reason: error.reason })); }`;
  const run = spawnSync(
    'setpriv',
    ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '--import', 'tsx', '-e', script],
    { cwd: ROOT, encoding: 'utf8', timeout: 30_000 },
  );
  if (run.status !== 0) {
    console.log(`      skipped: setpriv cannot run Node as nobody here (${run.stderr.trim().split('\n')[0]})`);
    return undefined;
  }
  return JSON.parse(run.stdout);
}

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

  it('keeps the mode of the file it replaces (a private plan stays private), and gives a new file the usual mode', () => {
    const file = join(root, 'plan.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    writeFileAtomic(file, 'new');
    assert.equal(readFileSync(file, 'utf8'), 'new');
    assert.equal((statSync(file).mode & 0o7777).toString(8), '600');
    chmodSync(file, 0o640);
    writeFileAtomic(file, 'newer');
    assert.equal((statSync(file).mode & 0o7777).toString(8), '640');

    const umask = process.umask();
    writeFileAtomic(join(root, 'fresh.md'), 'x');
    assert.equal((statSync(join(root, 'fresh.md')).mode & 0o7777).toString(8), (0o666 & ~umask).toString(8));
  });

  it('keeps the owner of the file it replaces, when it may (as root)', function () {
    if (process.getuid?.() !== 0) this.skip();
    const file = join(root, 'plan.md');
    writeFileSync(file, 'old');
    chownSync(file, 65534, 65534);
    writeFileAtomic(file, 'new');
    const stats = statSync(file);
    assert.deepEqual([stats.uid, stats.gid, readFileSync(file, 'utf8')], [65534, 65534, 'new']);
  });

  it('writes through a symbolic link to the file it points at (the link stays a link)', () => {
    mkdirSync(join(root, 'shared'));
    mkdirSync(join(root, 'client'));
    const shared = join(root, 'shared', 'plan.md');
    writeFileSync(shared, 'old');
    chmodSync(shared, 0o600);
    const link = join(root, 'client', 'plan.md');
    symlinkSync('../shared/plan.md', link);
    const chained = join(root, 'client', 'again.md');
    symlinkSync('plan.md', chained);

    writeFileAtomic(link, 'new');
    assert.ok(lstatSync(link).isSymbolicLink(), 'still a link');
    assert.equal(readlinkSync(link), '../shared/plan.md');
    assert.equal(readFileSync(shared, 'utf8'), 'new');
    assert.equal((statSync(shared).mode & 0o7777).toString(8), '600');
    writeFileAtomic(chained, 'newer');
    assert.ok(lstatSync(chained).isSymbolicLink());
    assert.equal(readFileSync(shared, 'utf8'), 'newer');
    assert.deepEqual(readdirSync(join(root, 'client')).sort(), ['again.md', 'plan.md'], 'no temporary file left');
    assert.deepEqual(readdirSync(join(root, 'shared')), ['plan.md'], 'no temporary file left');

    const dangling = join(root, 'client', 'new.md');
    symlinkSync('../shared/new.md', dangling);
    writeFileAtomic(dangling, 'created');
    assert.ok(lstatSync(dangling).isSymbolicLink());
    assert.equal(readFileSync(join(root, 'shared', 'new.md'), 'utf8'), 'created');

    symlinkSync('loop-b', join(root, 'loop-a'));
    symlinkSync('loop-a', join(root, 'loop-b'));
    assert.equal(failure(join(root, 'loop-a')).code, 'ELOOP');
  });

  it('keeps hard links together: a file with several names is rewritten in place', () => {
    const file = join(root, 'plan.md');
    writeFileSync(file, 'a longer old text');
    const other = join(root, 'other-name.md');
    linkSync(file, other);
    const inode = statSync(file).ino;
    writeFileAtomic(file, 'new');
    assert.equal(statSync(file).ino, inode);
    assert.equal(statSync(file).nlink, 2);
    assert.equal(readFileSync(other, 'utf8'), 'new', 'shorter text: the old tail is cut');
    writeFileAtomic(other, 'a much longer new text than before');
    assert.equal(readFileSync(file, 'utf8'), 'a much longer new text than before');
    assert.deepEqual(readdirSync(root).sort(), ['other-name.md', 'plan.md']);
  });

  it('refuses a read-only file (that the writer may not write), in English and French, and leaves it as it was', function () {
    const file = join(root, 'plan.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o444);
    let refusal: { code?: unknown; reason?: unknown };
    if (process.getuid?.() === 0) {
      // Root may write anything: the same write, as `nobody`, in a folder it may write into.
      chmodSync(root, 0o777);
      const outcome = writeAsNobody(file, 'new');
      if (!outcome) this.skip();
      refusal = outcome;
    } else {
      const error = failure(file);
      refusal = { code: error.code, reason: error.reason };
    }
    assert.deepEqual(refusal, { code: 'EACCES', reason: { en: 'it is read-only', fr: 'il est en lecture seule' } });
    assert.equal(readFileSync(file, 'utf8'), 'old');
    assert.deepEqual(readdirSync(root), ['plan.md']);
  });

  it('a file of another user that the writer may write keeps its owner and mode (rewritten in place)', function () {
    if (process.getuid?.() !== 0) this.skip();
    chmodSync(root, 0o777);
    const file = join(root, 'shared.md');
    writeFileSync(file, 'a longer old text');
    chmodSync(file, 0o666);
    const inode = statSync(file).ino;
    const outcome = writeAsNobody(file, 'new');
    if (!outcome) this.skip();
    assert.deepEqual(outcome, {});
    const stats = statSync(file);
    assert.deepEqual([stats.uid, stats.gid, (stats.mode & 0o7777).toString(8), stats.ino], [0, 0, '666', inode]);
    assert.equal(readFileSync(file, 'utf8'), 'new');
    assert.deepEqual(readdirSync(root), ['shared.md'], 'no temporary file left');
  });

  /** Makes a device node in the private folder (root only: `mknod` needs it). */
  function device(name: string, type: 'c' | 'b', major: number, minor: number): string {
    const path = join(root, name);
    const made = spawnSync('mknod', [path, type, String(major), String(minor)]);
    return made.status === 0 ? path : '';
  }

  it('streams to a character device instead of renaming over it (null, full)', function () {
    if (process.getuid?.() !== 0) this.skip();
    const nul = device('null', 'c', 1, 3);
    const full = device('full', 'c', 1, 7);
    if (!nul || !full) this.skip();
    writeFileAtomic(nul, 'report');
    assert.ok(statSync(nul).isCharacterDevice(), 'still the device, not a regular file');
    const error = failure(full);
    assert.equal(error.code, 'ENOSPC');
    assert.deepEqual(error.reason, { en: 'no space left on the disk', fr: 'plus de place sur le disque' });
    assert.ok(statSync(full).isCharacterDevice());
    assert.deepEqual(readdirSync(root).sort(), ['full', 'null'], 'no temporary file');
  });

  it('refuses a block device and a socket, and says what they are', function () {
    if (process.getuid?.() !== 0) this.skip();
    const block = device('disk', 'b', 7, 200);
    if (!block) this.skip();
    const error = failure(block);
    assert.equal(error.code, 'ENOTREG');
    assert.deepEqual(error.reason, {
      en: 'it is a disk (a block device), not a file',
      fr: 'c’est un disque (un périphérique bloc), pas un fichier',
    });
    assert.ok(statSync(block).isBlockDevice());
    const socket = spawnSync('python3', [
      '-c',
      `import socket; socket.socket(socket.AF_UNIX).bind(${JSON.stringify(join(root, 'sock'))})`,
    ]);
    if (socket.status === 0) {
      const refused = failure(join(root, 'sock'));
      assert.equal(refused.code, 'ENOTREG');
      assert.equal(refused.reason.en, 'it is a socket, not a file');
      assert.ok(statSync(join(root, 'sock')).isSocket());
    }
  });

  it('removes its own stale temporary files beside the target (by name and age), and nothing else', () => {
    const file = join(root, 'out.pdf');
    writeFileSync(file, 'old');
    const hourAgo = new Date(Date.now() - 3600_000);
    const stale = ['.out.pdf.0123456789ab.tmp', '.out.pdf.ffffffffffff.tmp'];
    const kept = [
      '.out.pdf.abcdefabcdef.tmp', // fresh: another write may be under way
      '.other.pdf.0123456789ab.tmp', // another target's
      '.out.pdf.notours.tmp',
      'out.pdf.0123456789ab.tmp',
    ];
    for (const name of [...stale, ...kept]) writeFileSync(join(root, name), 'partial');
    for (const name of [...stale, ...kept.slice(1)]) utimesSync(join(root, name), hourAgo, hourAgo);
    mkdirSync(join(root, '.out.pdf.aaaaaaaaaaaa.tmp'));
    utimesSync(join(root, '.out.pdf.aaaaaaaaaaaa.tmp'), hourAgo, hourAgo);
    writeFileAtomic(file, 'new');
    assert.deepEqual(
      readdirSync(root).sort(),
      [...kept, '.out.pdf.aaaaaaaaaaaa.tmp', 'out.pdf'].sort(),
      'the stale ones are gone, the rest is untouched',
    );
    assert.equal(readFileSync(file, 'utf8'), 'new');
  });
});
