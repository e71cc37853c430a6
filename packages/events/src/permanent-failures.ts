import { UnrecoverableError } from 'bullmq';

/** A class of errors, e.g. `InvalidCommandError`. */
export type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * For command handlers: errors of the declared classes fail the same way on every retry (a malformed command,
 * a state that cannot change back), so they fail the job permanently, straight to the dead letters where an
 * administrator sees them. Anything else is rethrown as is and retried with the queue's backoff.
 */
export function failPermanentlyOn(
  ...permanentErrors: ErrorClass[]
): (work: () => Promise<unknown>) => Promise<void> {
  return async (work) => {
    try {
      await work();
    } catch (error) {
      if (permanentErrors.some((permanent) => error instanceof permanent)) {
        throw new UnrecoverableError((error as Error).message);
      }
      throw error;
    }
  };
}
