import Mocha from 'mocha';

/**
 * Runs mocha inside the extension host. The test files are bundled with this runner, so they are
 * loaded by `load` after mocha has put its `suite` / `test` globals in place. Resolves with the
 * counts (the harness prints them); rejects when a test failed, which VS Code reports as exit 1.
 */
export function runMocha(load: () => void): Promise<void> {
  // SOCIALPLAN_TEST_GREP runs only the tests whose title matches (the harness passes the
  // environment through code-server to the extension host).
  const grep = process.env.SOCIALPLAN_TEST_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec', ...(grep ? { grep } : {}) });
  mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
  load();
  return new Promise((resolve, reject) => {
    let passed = 0;
    let failed = 0;
    const runner = mocha.run(() => {
      console.log(`extension host: ${passed} passed, ${failed} failed`);
      if (failed > 0) reject(new Error(`${failed} test(s) failed`));
      else resolve();
    });
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
  });
}
