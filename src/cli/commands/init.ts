import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_METHOD, PRESET_NAMES, isPresetName } from '../../core/method/methods';
import { createPlan } from '../../core/method/scaffold';
import type { Locale } from '../../core/types';
import { EXIT, pickLocale, UsageError, type CliIo } from '../io';

export const INIT_HELP = `Usage: socialplan init <dir> [--method <m>] [--lang <en|fr>] [--client <name>] [--title <text>]

Creates a new plan in <dir> (created when missing): plan.md, one document per step of the
method (01-….md, 02-….md…), and charter.md, each with the sections to fill in and their
guiding questions. Never overwrites: if any of these files exists, nothing is written.

Options:
  --method <m>       ${PRESET_NAMES.join(', ')} (default: ${DEFAULT_METHOD})
  --lang <en|fr>     language of the documents (default: from LANG)
  --client <name>    the client, written in the plan and in the titles
  --title <text>     the plan's title (default: "Social media plan — <client>")

A new plan lints with two findings until its first decisions are written down: no resource is
dedicated to the presence yet (dedicated-resource) and the charter has no legal limits yet
(charter-legal).

Exit codes: 0 created, 2 usage error or a file already exists.
`;

export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      method: { type: 'string', short: 'm' },
      lang: { type: 'string', short: 'l' },
      client: { type: 'string' },
      title: { type: 'string' },
    },
  });
  const messages = MESSAGES[pickLocale(undefined, io.env)];
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0
        ? 'init needs the folder to create the plan in'
        : `init takes one folder, not ${positionals.length}`,
    );
  const method = values.method ?? DEFAULT_METHOD;
  if (!isPresetName(method))
    throw new UsageError(`--method must be one of ${PRESET_NAMES.join(', ')}, not "${method}"`);
  const locale = documentLocale(values.lang, io);
  const folder = resolve(io.cwd, positionals[0]);
  const shown = (file: string) => relative(io.cwd, file).split('\\').join('/') || file;
  let outcome: ReturnType<typeof createPlan>;
  try {
    outcome = createPlan({ folder, method, locale, client: values.client, title: values.title });
  } catch (error) {
    // A file where the folder should be, a folder we may not write to: say so, no stack trace.
    io.stderr.write(messages.failed(shown(folder), error instanceof Error ? error.message : String(error)));
    return EXIT.usage;
  }
  if (outcome.existing.length > 0) {
    io.stderr.write(messages.refused(outcome.existing.map(shown)));
    return EXIT.usage;
  }
  io.stdout.write(messages.created(outcome.created.map(shown), shown(folder)));
  return EXIT.clean;
}

function documentLocale(requested: string | undefined, io: CliIo): Locale {
  if (requested !== undefined && requested !== 'en' && requested !== 'fr')
    throw new UsageError(`--lang must be en or fr, not "${requested}"`);
  return requested ?? pickLocale(undefined, io.env);
}

const MESSAGES: Record<
  Locale,
  {
    created: (files: string[], folder: string) => string;
    refused: (files: string[]) => string;
    failed: (folder: string, reason: string) => string;
  }
> = {
  en: {
    created: (files, folder) =>
      `Created ${files.length} files:\n${files.map((file) => `  ${file}\n`).join('')}Next: fill in plan.md, then run "socialplan lint ${folder}".\n`,
    refused: (files) =>
      `socialplan: nothing was written: ${files.length === 1 ? 'this file already exists' : 'these files already exist'}:\n${files.map((file) => `  ${file}\n`).join('')}`,
    failed: (folder, reason) => `socialplan: cannot create the plan in ${folder}: ${reason}\n`,
  },
  fr: {
    created: (files, folder) =>
      `${files.length} fichiers créés :\n${files.map((file) => `  ${file}\n`).join('')}Ensuite : remplissez plan.md, puis lancez « socialplan lint ${folder} ».\n`,
    refused: (files) =>
      `socialplan : rien n’a été écrit : ${files.length === 1 ? 'ce fichier existe déjà' : 'ces fichiers existent déjà'} :\n${files.map((file) => `  ${file}\n`).join('')}`,
    failed: (folder, reason) => `socialplan : impossible de créer le plan dans ${folder} : ${reason}\n`,
  },
};
