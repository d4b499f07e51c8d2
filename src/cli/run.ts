import { EXPORT_HELP, REPORT_HELP } from './commands/export-help';
import { initCommand, INIT_HELP } from './commands/init';
import { lintCommand, LINT_HELP } from './commands/lint';
import { RESULTS_HELP } from './commands/results-help';
import { EXIT, UsageError, type CliIo } from './io';
import { VERSION } from './version';

const HELP = `socialplan ${VERSION} — lint and export social media strategy plans

Usage:
  socialplan lint [paths…] [options]   check SocialPlan documents (default path: .)
  socialplan export <plan> [options]   assemble a plan into one report (-o plan.html)
  socialplan report <plan> --month YYYY-MM [options]
                                       the client's monthly report (-o report.pdf)
  socialplan results import <file.csv> --objective <id> --into <results.md>
                                       add the values of an analytics export to the results
  socialplan init <dir> [options]      create a new plan: plan.md, its steps, charter.md
  socialplan --help | --version

Run "socialplan <command> --help" for a command's options.
`;

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  lint: { run: lintCommand, help: LINT_HELP },
  // Loaded when asked for: the report's renderers (unified, the sanitizer, parse5…) are most of the
  // bundle's start-up cost, and `lint` never needs them.
  export: { run: async (args, io) => (await import('./commands/export')).exportCommand(args, io), help: EXPORT_HELP },
  report: { run: async (args, io) => (await import('./commands/export')).reportCommand(args, io), help: REPORT_HELP },
  results: {
    run: async (args, io) => (await import('./commands/results')).resultsCommand(args, io),
    help: RESULTS_HELP,
  },
  init: { run: initCommand, help: INIT_HELP },
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    // A usage error: the help goes to stderr, so that it never ends up in a redirected report.
    io.stderr.write(HELP);
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(HELP);
    return EXIT.clean;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.clean;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) return usageError(io, `unknown command "${name}"`);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.help);
    return EXIT.clean;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) return usageError(io, (error as Error).message);
    throw error;
  }
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`socialplan: ${message}\nRun "socialplan --help" for usage.\n`);
  return EXIT.usage;
}

function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    typeof (error as { code?: unknown }).code === 'string' &&
    String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
  );
}
