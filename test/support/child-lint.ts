import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Finding } from '../../src/core/types';

const ROOT = join(__dirname, '..', '..');

export interface ChildLint {
  /** The findings, when the child finished. */
  findings: Finding[];
  /** What went wrong, when it did not (killed by the time limit, out of memory, a crash): for the assertion message. */
  failure?: string;
  /** For each linted file, its text as the engine read it, to check the ranges against. */
  lengths: Record<string, number>;
}

/**
 * Lints `files` with the engine (`Linter` over the disk, trusted) in a child process with a time and
 * memory limit: a regression that hangs or swells would stop the whole suite, which no in-process
 * test can prevent. The limits are guards, not measures: they are far above what the lint needs.
 */
export function lintInChild(files: string[], limits: { seconds?: number; memoryMb?: number } = {}): ChildLint {
  const script = `
    const { Linter } = require(${JSON.stringify(join(ROOT, 'src', 'core', 'lint', 'linter.ts'))});
    const { NodeFileHost } = require(${JSON.stringify(join(ROOT, 'src', 'core', 'workspace', 'host.ts'))});
    const host = new NodeFileHost();
    const { findings } = new Linter(host, { trusted: true }).lint(${JSON.stringify(files)});
    const lengths = {};
    for (const finding of findings) {
      if (!(finding.file in lengths)) {
        const source = host.read(finding.file);
        lengths[finding.file] = source && source !== 'binary' ? source.text.length : -1;
      }
    }
    process.stdout.write(JSON.stringify({ findings, lengths }));
  `;
  const run = spawnSync(
    process.execPath,
    [`--max-old-space-size=${limits.memoryMb ?? 1024}`, '--import', 'tsx', '-e', script],
    { cwd: ROOT, encoding: 'utf8', timeout: (limits.seconds ?? 60) * 1000, maxBuffer: 512 * 1024 * 1024 },
  );
  if (run.signal !== null || run.status !== 0) {
    const why =
      run.signal === 'SIGTERM' ? `killed after ${limits.seconds ?? 60} s` : `exit ${run.status} ${run.signal}`;
    return { findings: [], lengths: {}, failure: `${why}\n${run.stderr.slice(-2000)}` };
  }
  const { findings, lengths } = JSON.parse(run.stdout) as { findings: Finding[]; lengths: Record<string, number> };
  return { findings, lengths };
}
