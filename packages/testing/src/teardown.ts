/**
 * Stops what a harness started, in the order given (the subgraph first, the database last), skipping what
 * never started. Every step runs even when one fails, so a failing test still leaves nothing behind; the
 * first failure is thrown at the end.
 */
export async function closeInOrder(...steps: ((() => Promise<unknown>) | null | undefined)[]): Promise<void> {
  let failure: unknown;
  for (const step of steps) {
    try {
      await step?.();
    } catch (error) {
      failure ??= error;
    }
  }
  if (failure !== undefined) throw failure;
}
