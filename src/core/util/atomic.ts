import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Localized } from '../types';

/**
 * Writes through a temporary file in the same folder, then renames it over the target: a crash
 * or a full disk leaves either the old file or the new one, never half of one. Throws a
 * `WriteError` that says why in the user's words (never the temporary file's name).
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const descriptor = openSync(temporary, 'wx');
    try {
      writeSync(descriptor, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, file);
  } catch (error) {
    removeQuietly(temporary);
    throw writeError(file, temporary, error);
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
};

function writeError(file: string, temporary: string, error: unknown): WriteError {
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : undefined;
  const known = code === undefined ? undefined : REASONS[code];
  if (known) return new WriteError(file, code, known);
  // Another system error: its own words, about the file the user named.
  const message = (error instanceof Error ? error.message : String(error)).split(temporary).join(file);
  return new WriteError(file, code, { en: message, fr: message });
}
