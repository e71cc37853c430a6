import { afterAll, beforeAll } from 'vitest';

/**
 * Starts something for the tests of one file (or describe block) before them and closes it after them. The
 * value returned reads through to the started one, so the tests use it as the one `start` resolves to.
 */
export function forFile<T extends { close(): Promise<void> }>(start: () => Promise<T>): T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  });
  afterAll(() => started?.close());
  return new Proxy({} as T, {
    get(_target, key) {
      if (!started) throw new Error('what the tests use is started before them');
      return started[key as keyof T];
    },
  });
}
