import { describe, expect, it } from 'vitest';
import { coalescingRunner } from './coalescing-runner';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('coalescingRunner', () => {
  it('never overlaps runs and gives requests made during a run one shared follow-up run', async () => {
    const gates = [deferred(), deferred()];
    let started = 0;
    let active = 0;
    let maxActive = 0;
    const runner = coalescingRunner(async () => {
      const run = started++;
      active++;
      maxActive = Math.max(maxActive, active);
      await gates[run]!.promise;
      active--;
      return run;
    });

    const first = runner.run();
    const second = runner.run();
    const third = runner.run();
    expect(second).toBe(third);
    gates[0]!.resolve();
    expect(await first).toBe(0);
    gates[1]!.resolve();
    expect(await second).toBe(1);
    expect(started).toBe(2);
    expect(maxActive).toBe(1);
  });

  it('still runs the follow-up when the running task fails', async () => {
    let calls = 0;
    const runner = coalescingRunner(async () => {
      calls++;
      if (calls === 1) throw new Error('boom');
      return calls;
    });
    const failing = runner.run();
    const next = runner.run();
    await expect(failing).rejects.toThrow('boom');
    expect(await next).toBe(2);
    await runner.idle();
  });
});
