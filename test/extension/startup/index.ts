import { runMocha } from '../run-mocha';

/** Entry point of the start-up test: a workspace of plans, no config file, no document opened. */
export function run(): Promise<void> {
  return runMocha(() => {
    require('./startup.test');
  });
}
