import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The CLI as a user runs it: the esbuild bundle behind `bin/socialplan.js` (built by `npm test`). */

export const BIN = join(__dirname, '..', '..', 'bin', 'socialplan.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `socialplan <args>` in `cwd` with a bare environment: no colour, no locale from the machine. */
export function socialplan(cwd: string, args: string[]): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', LANG: 'C' },
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function assertExit(run: Run, expected: number): void {
  assert.equal(
    run.status,
    expected,
    `exit ${run.status}, expected ${expected}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`,
  );
}
