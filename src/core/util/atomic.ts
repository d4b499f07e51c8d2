import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Localized } from '../types';

/**
 * Writes a file the way its user expects (docs/exporting.md, "Writing files"):
 *
 * - a regular file is replaced through a temporary file in its own folder (written, synced, given
 *   the old file's mode and owner, then renamed over it): a crash or a full disk leaves either the
 *   old file or the new one, never half of one;
 * - a symbolic link is followed: the file it points at is written, and the link stays a link;
 * - a file with other hard links, or whose owner this process cannot give to a new file, is
 *   rewritten in place, so that every name keeps seeing the same file and the owner stays (as
 *   editors do); that write is not atomic;
 * - a read-only file is refused (as the system would refuse writing it in place);
 * - a character device or a named pipe (`/dev/null`, a FIFO) gets the bytes as a stream, never a
 *   rename over it; a block device or a socket is refused;
 * - temporary files of ours left beside the target by a killed write (same name pattern, older
 *   than a minute) are removed.
 *
 * Throws a `WriteError` that says why in the user's words (never the temporary file's name).
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  let temporary: string | undefined;
  try {
    // Through the system's own link resolution first: `/dev/stdout` links to `/proc/self/fd/1`,
    // whose link text (`pipe:[…]`) is no path.
    const existing = statSync(file, { throwIfNoEntry: false });
    if (existing?.isDirectory()) throw systemError('EISDIR');
    if (existing && !existing.isFile()) {
      streamTo(file, existing, bytes);
      return;
    }
    const target = linkTarget(file);
    if (existing && !writable(target)) throw new WriteError(file, 'EACCES', READ_ONLY);
    removeStaleTemporaries(target);
    if (existing && existing.nlink > 1) {
      writeInPlace(target, bytes);
      return;
    }
    temporary = temporaryName(target);
    // Private until it has the old file's owner and mode; a new file gets the usual 0666 & ~umask.
    const descriptor = openSync(temporary, 'wx', existing ? 0o600 : 0o666);
    let sameOwner = true;
    try {
      writeAll(descriptor, bytes, 0);
      if (existing) sameOwner = takeOwnerAndMode(descriptor, existing);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    if (!sameOwner) {
      // Renaming would give the user's file to us: write it in place instead, its owner stays.
      removeQuietly(temporary);
      temporary = undefined;
      writeInPlace(target, bytes);
      return;
    }
    renameSync(temporary, target);
    temporary = undefined;
    syncFolder(dirname(target));
  } catch (error) {
    if (temporary !== undefined) removeQuietly(temporary);
    if (error instanceof WriteError) throw error;
    throw writeError(file, temporary, error);
  }
}

/** Our temporary files: `.<name>.<12 hex digits>.tmp` beside the target. */
function temporaryName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** A temporary file of ours not touched for this long belongs to a write that was killed. */
export const STALE_TEMPORARY_MS = 60_000;

/** Removes the temporary files a killed write to `target` left (regular files only, by name and age). */
function removeStaleTemporaries(target: string): void {
  const folder = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return; // the write itself will say why
  }
  const now = Date.now();
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) continue;
    const path = join(folder, name);
    try {
      const stats = lstatSync(path);
      if (stats.isFile() && now - stats.mtimeMs > STALE_TEMPORARY_MS) rmSync(path);
    } catch {
      // gone already, or not ours to remove
    }
  }
}

/** The file a path names, following symbolic links (a dangling link names the file to create). */
function linkTarget(file: string): string {
  let path = file;
  for (let hops = 0; hops < 40; hops++) {
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (!stats?.isSymbolicLink()) return path;
    path = resolve(dirname(path), readlinkSync(path));
  }
  throw systemError('ELOOP');
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch (error) {
    // Only a refusal of this file; anything else (a read-only disk…) the write itself reports.
    return (error as { code?: unknown }).code !== 'EACCES';
  }
}

/** Gives the temporary file the replaced file's owner and mode; false when the owner cannot be given. */
function takeOwnerAndMode(descriptor: number, existing: Stats): boolean {
  const created = fstatSync(descriptor);
  if (created.uid !== existing.uid || created.gid !== existing.gid) {
    try {
      fchownSync(descriptor, existing.uid, existing.gid);
    } catch {
      return false;
    }
  }
  // After the owner: changing the owner clears the set-user-id and set-group-id bits.
  fchmodSync(descriptor, existing.mode & 0o7777);
  return true;
}

/** Rewrites a file where it is: same inode, links, owner and mode. */
function writeInPlace(target: string, bytes: Uint8Array): void {
  const descriptor = openSync(target, constants.O_WRONLY);
  try {
    writeAll(descriptor, bytes, 0);
    ftruncateSync(descriptor, bytes.byteLength);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** A character device or a named pipe: the bytes, in order, and nothing renamed or created. */
function streamTo(file: string, stats: Stats, bytes: Uint8Array): void {
  if (stats.isBlockDevice()) throw new WriteError(file, 'ENOTREG', BLOCK_DEVICE);
  if (stats.isSocket()) throw new WriteError(file, 'ENOTREG', SOCKET);
  // No O_CREAT, no O_TRUNC: the device or pipe is opened as it is (a pipe waits for its reader).
  const descriptor = openSync(file, constants.O_WRONLY);
  try {
    writeAll(descriptor, bytes, null);
  } finally {
    closeSync(descriptor);
  }
}

/** `writeSync` may write less than asked (pipes, devices, signals): loop until all is written. */
function writeAll(descriptor: number, bytes: Uint8Array, position: number | null): void {
  let done = 0;
  while (done < bytes.byteLength) {
    const written = writeSync(
      descriptor,
      bytes,
      done,
      bytes.byteLength - done,
      position === null ? null : position + done,
    );
    if (written <= 0) throw systemError('EIO');
    done += written;
  }
}

/** Makes the rename itself durable; a folder that cannot be opened (Windows) is left to the system. */
function syncFolder(folder: string): void {
  try {
    const descriptor = openSync(folder, 'r');
    try {
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  } catch {
    // best effort
  }
}

/** The cleanup must not hide why the write failed (a path through a file fails here too). */
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // nothing was created there
  }
}

function systemError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

/** A file could not be written; the previous file, if any, is unchanged. */
export class WriteError extends Error {
  constructor(
    readonly file: string,
    readonly code: string | undefined,
    readonly reason: Localized,
  ) {
    super(`cannot write ${file}: ${reason.en}`);
    this.name = 'WriteError';
  }
}

const READ_ONLY: Localized = { en: 'it is read-only', fr: 'il est en lecture seule' };
const BLOCK_DEVICE: Localized = {
  en: 'it is a disk (a block device), not a file',
  fr: 'c’est un disque (un périphérique bloc), pas un fichier',
};
const SOCKET: Localized = { en: 'it is a socket, not a file', fr: 'c’est un socket, pas un fichier' };

const REASONS: Record<string, Localized> = {
  ENOENT: { en: 'its folder does not exist', fr: 'son dossier n’existe pas' },
  ENOTDIR: {
    en: 'part of its path is a file, not a folder',
    fr: 'une partie de son chemin est un fichier, pas un dossier',
  },
  EISDIR: { en: 'it is a folder', fr: 'c’est un dossier' },
  EACCES: { en: 'permission denied', fr: 'permission refusée' },
  EPERM: { en: 'permission denied', fr: 'permission refusée' },
  EROFS: { en: 'the disk is read-only', fr: 'le disque est en lecture seule' },
  ENOSPC: { en: 'no space left on the disk', fr: 'plus de place sur le disque' },
  EDQUOT: { en: 'the disk quota is exceeded', fr: 'le quota du disque est dépassé' },
  ENAMETOOLONG: { en: 'its name is too long', fr: 'son nom est trop long' },
  ELOOP: {
    en: 'its symbolic links form a loop',
    fr: 'ses liens symboliques forment une boucle',
  },
  EPIPE: {
    en: 'the program reading it stopped before the end',
    fr: 'le programme qui le lisait s’est arrêté avant la fin',
  },
};

function writeError(file: string, temporary: string | undefined, error: unknown): WriteError {
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : undefined;
  const known = code === undefined ? undefined : REASONS[code];
  if (known) return new WriteError(file, code, known);
  // Another system error: its own words, about the file the user named.
  const raw = error instanceof Error ? error.message : String(error);
  const message = temporary === undefined ? raw : raw.split(temporary).join(file);
  return new WriteError(file, code, { en: message, fr: message });
}

/** The words for a failed write of `code` (ENOSPC, EPIPE…), in both languages; for streams such as stdout. */
export function writeFailureReason(code: string | undefined): Localized | undefined {
  return code === undefined ? undefined : REASONS[code];
}
