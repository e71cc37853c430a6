import { defineStep, stepResponse } from '@msa/saga';
import type { ReturnSagaInput } from '../return-input';
import { command, type SagaCommand } from '../saga-command';

/**
 * Puts the returned units back on the shelf. It runs first and is never undone: the parcel is physically back
 * in the warehouse whatever happens to the refund, so taking the units off the shelf again would make the
 * stock figures wrong.
 */
export const restockReturnedItems = defineStep({
  name: 'restock-returned-items',
  description: 'Returns the received units to stock.',
  replies: { succeeded: 'inventory.restocked' },
  invoke: ({ input }: { input: ReturnSagaInput }): SagaCommand =>
    command('inventory.restock', {
      orderId: input.orderId,
      lines: input.lines,
      reason: `return ${input.returnId}`,
    }),
  result: () => stepResponse(undefined, undefined),
  compensate: (): SagaCommand | null => null,
});
