/**
 * Gives the event loop a turn every few tens of milliseconds. An export runs in the editor's
 * extension host, which must keep answering (completion, diagnostics, other extensions) while a
 * long plan is assembled, laid out and drawn. In the CLI it costs a few dozen turns of the loop.
 */
export class Pauser {
  private last: number;

  /** `clock`: milliseconds; tests pass their own to make the pauses deterministic. */
  constructor(private readonly clock: () => number = () => performance.now()) {
    this.last = clock();
  }

  /** Resolves at once, unless the last turn given is `PAUSE_EVERY_MS` old: then after one. */
  async now(): Promise<void> {
    if (this.clock() - this.last < PAUSE_EVERY_MS) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.last = this.clock();
  }
}

const PAUSE_EVERY_MS = 25;
