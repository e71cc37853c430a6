import { describe, expect, it } from 'vitest';
import { UnrecoverableError } from 'bullmq';
import { failPermanentlyOn } from './permanent-failures';

class MalformedCommandError extends Error {}
class NotHeldError extends Error {}
class SpecialMalformedError extends MalformedCommandError {}

describe('failPermanentlyOn', () => {
  const run = failPermanentlyOn(MalformedCommandError, NotHeldError);

  it('turns a declared error, or a subclass of one, into an UnrecoverableError with its message', async () => {
    for (const error of [
      new MalformedCommandError('no lines'),
      new NotHeldError('expired'),
      new SpecialMalformedError('bad'),
    ]) {
      const thrown = await run(() => Promise.reject(error)).catch((caught: unknown) => caught);
      expect(thrown).toBeInstanceOf(UnrecoverableError);
      expect((thrown as Error).message).toBe(error.message);
    }
  });

  it('rethrows any other failure as it is, for the queue to retry', async () => {
    const lost = new Error('connection lost');
    await expect(run(() => Promise.reject(lost))).rejects.toBe(lost);
    await expect(run(() => Promise.reject('not an error'))).rejects.toBe('not an error');
  });

  it('resolves when the work succeeds', async () => {
    await expect(run(async () => 'done')).resolves.toBeUndefined();
  });
});
