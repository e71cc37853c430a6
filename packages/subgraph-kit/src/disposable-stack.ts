import type { Logger } from './logger';

/** Anything a subgraph starts and must stop: workers, sweepers, relays, queues, pools. */
export interface Stoppable {
  stop(): Promise<void>;
}

/**
 * What a service started, stopped in reverse order: the last thing started (a worker) stops before what it
 * uses (the queue connection, the database pool). Each stop runs once and is awaited before the next; a stop
 * that fails is logged and the rest still run, so one stuck client never leaves the others open.
 */
export interface DisposableStack {
  /** Registers a clean-up step; `label` names it in the log when it fails. */
  defer(stop: () => unknown, label: string): void;
  /** Registers a started resource and hands it back: `const worker = stack.use(startWorker(…), 'worker')`. */
  use<T extends Stoppable>(resource: T, label: string): T;
  /** Runs every registered step, newest first; later calls get the same promise. */
  unwind(): Promise<void>;
}

export function createDisposableStack(logger: Logger): DisposableStack {
  const steps: { stop: () => unknown; label: string }[] = [];
  let unwinding: Promise<void> | undefined;

  const runStep = async (step: { stop: () => unknown; label: string }) => {
    try {
      await step.stop();
    } catch (error) {
      logger.error({ err: error, resource: step.label }, 'could not stop cleanly');
    }
  };

  const defer = (stop: () => unknown, label: string) => {
    const step = { stop, label };
    // Started after shutdown began (a slow start racing a stop): stop it at once rather than leak it.
    if (unwinding) void unwinding.then(() => runStep(step));
    else steps.push(step);
  };

  return {
    defer,
    use(resource, label) {
      defer(() => resource.stop(), label);
      return resource;
    },
    unwind() {
      unwinding ??= (async () => {
        while (steps.length > 0) await runStep(steps.pop()!);
      })();
      return unwinding;
    },
  };
}
