import { describe, expect, it, vi } from 'vitest';
import { eventStream } from './event-stream';

describe('event stream', () => {
  it('delivers pushed values in order to waiting and later readers', async () => {
    const stream = eventStream<number>(() => undefined);
    const first = stream.next();
    stream.push(1);
    stream.push(2);
    expect(await first).toEqual({ value: 1, done: false });
    expect(await stream.next()).toEqual({ value: 2, done: false });
  });

  it('drains buffered values before ending, and cleans up once', async () => {
    const onClose = vi.fn();
    const stream = eventStream<number>(onClose);
    stream.push(1);
    stream.end();
    stream.end();
    stream.push(2);
    expect(await stream.next()).toEqual({ value: 1, done: false });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('rejects once with the failure after the buffered values', async () => {
    const stream = eventStream<number>(() => undefined);
    stream.push(1);
    stream.fail(new Error('upstream gone'));
    expect(await stream.next()).toEqual({ value: 1, done: false });
    await expect(stream.next()).rejects.toThrow('upstream gone');
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('rejects a waiting reader when it fails', async () => {
    const stream = eventStream<number>(() => undefined);
    const pending = stream.next();
    stream.fail(new Error('refused'));
    await expect(pending).rejects.toThrow('refused');
  });

  it('ends waiting readers at once on return and ignores later pushes', async () => {
    const onClose = vi.fn();
    const stream = eventStream<number>(onClose);
    const pending = stream.next();
    await stream.return();
    stream.push(3);
    stream.fail(new Error('late'));
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
