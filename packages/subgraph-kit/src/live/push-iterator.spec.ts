import { describe, expect, it, vi } from 'vitest';
import { pushIterator } from './push-iterator';

describe('push iterator', () => {
  it('delivers pushed values in order, to waiting and later readers', async () => {
    const iterator = pushIterator<number>(() => undefined);
    const first = iterator.next();
    iterator.push(1);
    iterator.push(2);
    expect(await first).toEqual({ value: 1, done: false });
    expect(await iterator.next()).toEqual({ value: 2, done: false });
  });

  it('ends waiting readers on return, cleans up once and ignores later pushes', async () => {
    const onClose = vi.fn();
    const iterator = pushIterator<number>(onClose);
    const pending = iterator.next();
    await iterator.return();
    await iterator.return();
    iterator.push(3);
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
