/** An async iterator fed by pushes, as graphql-ws expects from a subscription; `return()` ends it and cleans up. */
export interface PushIterator<T> extends AsyncIterableIterator<T> {
  push(value: T): void;
  return(): Promise<IteratorResult<T>>;
}

export function pushIterator<T>(onClose: () => Promise<void> | void): PushIterator<T> {
  const buffered: T[] = [];
  const waiting: ((result: IteratorResult<T>) => void)[] = [];
  let done = false;

  const iterator: PushIterator<T> = {
    push(value) {
      if (done) return;
      const next = waiting.shift();
      if (next) next({ value, done: false });
      else buffered.push(value);
    },
    next() {
      if (buffered.length) return Promise.resolve({ value: buffered.shift()!, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    async return() {
      if (!done) {
        done = true;
        buffered.length = 0;
        for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
        await onClose();
      }
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
