import { runMocha } from '../run-mocha';

/** Entry point of the integration tests in an untrusted workspace (Restricted Mode). */
export function run(): Promise<void> {
  return runMocha(() => {
    require('./restricted.test');
  });
}
