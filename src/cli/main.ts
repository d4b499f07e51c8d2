// First, before the other modules load and allocate (src/cli/heap.ts).
import './heap';
import { localeOfArguments, outputFailureExit, watchOutput } from './io';
import { runCli } from './run';

const args = process.argv.slice(2);
const output = watchOutput(process.stdout);
// Nowhere is left to say that stderr failed: its errors must not crash the run.
process.stderr.on('error', () => undefined);

runCli(args, {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
}).then(
  async (code) => {
    const failure = await output.settled();
    process.exitCode = outputFailureExit(code, failure, process.stderr, localeOfArguments(args, process.env));
  },
  (error: unknown) => {
    process.stderr.write(
      `socialplan: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
