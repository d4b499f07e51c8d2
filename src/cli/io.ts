import { statSync } from 'node:fs';
import type { Locale } from '../core/types';

export interface CliIo {
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

export class UsageError extends Error {}

/** `--locale`, else the terminal's language, else English. */
export function pickLocale(requested: string | undefined, env: CliIo['env']): Locale {
  if (requested !== undefined) {
    if (requested !== 'en' && requested !== 'fr') throw new UsageError(`--locale must be en or fr, not "${requested}"`);
    return requested;
  }
  const language = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(io: CliIo, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.stdout.isTTY === true;
}

/** What a path names; `other` for pipes, sockets and devices, which are never documents. */
export function pathKind(path: string): 'file' | 'folder' | 'other' | undefined {
  try {
    const stats = statSync(path);
    return stats.isDirectory() ? 'folder' : stats.isFile() ? 'file' : 'other';
  } catch {
    return undefined;
  }
}
