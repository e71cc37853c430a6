import { describe, expect, it } from 'vitest';
import { createDisposableStack } from './disposable-stack';
import { createLogger } from './logger';

const logger = createLogger('disposable-stack-spec', 'silent');

describe('createDisposableStack', () => {
  it('stops the newest resource first, each after the previous one finished', async () => {
    const stack = createDisposableStack(logger);
    const order: string[] = [];
    stack.defer(() => order.push('database'), 'database');
    stack.defer(async () => {
      await Promise.resolve();
      order.push('queue connection');
    }, 'queue connection');
    stack.use({ stop: async () => void order.push('worker') }, 'worker');

    await stack.unwind();

    expect(order).toEqual(['worker', 'queue connection', 'database']);
  });

  it('runs each stop once however often it is unwound', async () => {
    const stack = createDisposableStack(logger);
    let stops = 0;
    stack.defer(() => stops++, 'pool');

    await Promise.all([stack.unwind(), stack.unwind()]);
    await stack.unwind();

    expect(stops).toBe(1);
  });

  it('logs a failing stop and still stops the rest', async () => {
    const failures: unknown[] = [];
    const recording = createLogger('disposable-stack-spec', 'silent');
    recording.error = ((payload: unknown) => void failures.push(payload)) as typeof recording.error;
    const stack = createDisposableStack(recording);
    const stopped: string[] = [];
    stack.defer(() => stopped.push('database'), 'database');
    stack.defer(() => {
      throw new Error('already closed');
    }, 'worker');

    await expect(stack.unwind()).resolves.toBeUndefined();

    expect(stopped).toEqual(['database']);
    expect(failures).toEqual([expect.objectContaining({ resource: 'worker' })]);
  });

  it('after a failed start, stops only what had started', async () => {
    const stack = createDisposableStack(logger);
    const stopped: string[] = [];
    const start = async () => {
      stack.defer(() => stopped.push('database'), 'database');
      stack.defer(() => stopped.push('relay'), 'relay');
      throw new Error('port in use');
    };

    await expect(
      start().catch(async (error: unknown) => {
        await stack.unwind();
        throw error;
      }),
    ).rejects.toThrow('port in use');

    expect(stopped).toEqual(['relay', 'database']);
  });

  it('stops a resource registered after shutdown began', async () => {
    const stack = createDisposableStack(logger);
    let late = false;
    await stack.unwind();
    stack.defer(() => {
      late = true;
    }, 'late worker');

    await stack.unwind();
    await Promise.resolve();

    expect(late).toBe(true);
  });
});
