/**
 * An async iterator fed from callbacks, the shape graphql-ws serves a subscription from. The producer pushes
 * values, then ends or fails it; the consumer's `return()` (client completed or left) stops it and runs the
 * cleanup once. It is not an async generator, so `return()` takes effect at once even while a `next()` waits.
 */
export interface EventStream<T> extends AsyncIterableIterator<T> {
  push(value: T): void;
  /** No more values: readers get the buffered ones, then done. */
  end(): void;
  /** Readers get the buffered values, then this error once, then done. */
  fail(error: unknown): void;
  return(): Promise<IteratorResult<T, undefined>>;
}

export function eventStream<T>(onClose: () => void): EventStream<T> {
  const buffered: T[] = [];
  const waiting: { resolve: (result: IteratorResult<T, undefined>) => void; reject: (e: unknown) => void }[] =
    [];
  let ended = false;
  let failure: { error: unknown } | undefined;
  let closed = false;

  const close = () => {
    if (closed) return;
    closed = true;
    onClose();
  };
  const finish = () => {
    ended = true;
    close();
    for (const reader of waiting.splice(0)) {
      if (failure) {
        reader.reject(failure.error);
        failure = undefined;
      } else reader.resolve({ value: undefined, done: true });
    }
  };

  const stream: EventStream<T> = {
    push(value) {
      if (ended) return;
      const reader = waiting.shift();
      if (reader) reader.resolve({ value, done: false });
      else buffered.push(value);
    },
    end() {
      if (!ended) finish();
    },
    fail(error) {
      if (ended) return;
      failure = { error };
      finish();
    },
    next() {
      if (buffered.length) return Promise.resolve({ value: buffered.shift()!, done: false });
      if (failure) {
        const { error } = failure;
        failure = undefined;
        return Promise.reject(error);
      }
      if (ended) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    async return() {
      buffered.length = 0;
      failure = undefined;
      if (!ended) finish();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await stream.return();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}
