import { describe, expect, it } from 'vitest';
import { createWorkLimiter } from './work-limiter';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('work limiter', () => {
  it('runs at most max tasks at once and starts the waiting ones in order', async () => {
    const limiter = createWorkLimiter(2);
    const gates = Array.from({ length: 5 }, () => deferred());
    const started: number[] = [];
    const runs = gates.map((gate, index) =>
      limiter.run(async () => {
        started.push(index);
        await gate.promise;
        return index;
      }),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    expect([limiter.active, limiter.waiting]).toEqual([2, 3]);

    gates[1]!.resolve();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    expect(limiter.active).toBe(2);

    for (const gate of gates) gate.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
    expect([limiter.active, limiter.waiting]).toEqual([0, 0]);
  });

  it.each(Array.from({ length: 10 }, (_, hops) => hops))(
    'never runs more than max when a caller arrives %i microtasks after a task finishes',
    async (hops) => {
      const limiter = createWorkLimiter(1);
      const gate = deferred();
      let running = 0;
      let most = 0;
      const task = (wait: Promise<unknown>) => async () => {
        running++;
        most = Math.max(most, running);
        await wait;
        running--;
      };
      const first = limiter.run(task(gate.promise));
      const waiting = limiter.run(task(settle()));
      let arrival: Promise<unknown> = gate.promise;
      for (let i = 0; i < hops; i++) arrival = arrival.then(() => undefined);
      const late = arrival.then(() => limiter.run(task(settle())));
      gate.resolve();
      await Promise.all([first, waiting, late]);
      expect(most).toBe(1);
      expect([limiter.active, limiter.waiting]).toEqual([0, 0]);
    },
  );

  it('frees the slot of a task that fails', async () => {
    const limiter = createWorkLimiter(1);
    const failing = limiter.run(() => Promise.reject(new Error('boom')));
    const next = limiter.run(async () => 'next');
    await expect(failing).rejects.toThrow('boom');
    expect(await next).toBe('next');
    expect(limiter.active).toBe(0);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => createWorkLimiter(0)).toThrow(/positive integer/);
  });
});
