import { runMocha } from '../run-mocha';

/** Entry point of the integration tests in an untrusted workspace (Restricted Mode), in French. */
export function run(): Promise<void> {
  return runMocha(() => {
    require('./french.test');
    require('./restricted.test');
  });
}
