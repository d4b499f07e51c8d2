import { statSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { writeFailureReason } from '../core/util/atomic';
import type { Locale, Localized } from '../core/types';
import { isLocale, localize } from '../core/i18n/localized';

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
/** `--today YYYY-MM-DD`: a real calendar day, else a usage error; `undefined` when not given. */
export function todayOption(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!day || day.toISOString().slice(0, 10) !== raw)
    throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${raw}"`);
  return raw;
}

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

/**
 * Watches the process's stdout for a failed write (a reader that went away, a full disk), which
 * Node reports as an 'error' event that would otherwise crash with a stack trace.
 */
export function watchOutput(stream: Writable): { settled(): Promise<NodeJS.ErrnoException | undefined> } {
  let failure: NodeJS.ErrnoException | undefined;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    failure ??= error;
  });
  return {
    /** Once everything written so far has reached the system: the first failure, if any. */
    settled: () =>
      new Promise((done) => {
        const known = () => failure ?? (stream.errored as NodeJS.ErrnoException | null) ?? undefined;
        // A destroyed stream reports its error on the next tick: wait for it.
        if (stream.destroyed) setImmediate(() => done(known()));
        else stream.write('', (error) => done(known() ?? (error as NodeJS.ErrnoException | null) ?? undefined));
      }),
  };
}

/**
 * The exit code once stdout failed: a reader that stopped reading (EPIPE, as with `| head`) ends
 * the run quietly with its own code, as Unix tools do; any other failure (a full disk) is one line
 * on stderr and exit 2, since the output the run was for is lost.
 */
export function outputFailureExit(
  code: number,
  failure: NodeJS.ErrnoException | undefined,
  stderr: CliIo['stderr'],
  locale: Locale,
): number {
  if (failure === undefined || failure.code === 'EPIPE') return code;
  const reason = writeFailureReason(failure.code)?.[locale] ?? failure.message;
  const message: Localized = {
    en: `socialplan: cannot write the output (stdout): ${reason}\n`,
    fr: `socialplan : impossible d’écrire la sortie (stdout) : ${reason}\n`,
  };
  stderr.write(localize(message, locale));
  return EXIT.usage;
}

/** The language of the run's own messages, read from its arguments before any command parses them. */
export function localeOfArguments(argv: string[], env: CliIo['env']): Locale {
  const at = argv.indexOf('--locale');
  const value = at === -1 ? argv.find((arg) => arg.startsWith('--locale='))?.slice('--locale='.length) : argv[at + 1];
  return isLocale(value) ? value : pickLocale(undefined, env);
}
