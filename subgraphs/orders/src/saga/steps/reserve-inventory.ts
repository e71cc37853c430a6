import type { EventPayloads } from '@msa/events';
import { defineStep, stepResponse } from '@msa/saga';
import { CancellationReason } from '../../domain/cancellation';
import type { CheckoutSagaInput } from '../checkout-input';
import { command, type SagaCommand } from '../saga-command';

/**
 * Holds stock for every line until the order is confirmed or the hold expires; undone by releasing the hold.
 *
 * inventory.released always means "the order holds no stock any more": the reply to our own release, or an
 * expiry while the order waits. An expiry the saga still needed the hold for aborts it with
 * RESERVATION_EXPIRED (not failed at the waiting step, whose owner may still answer: a late authorization
 * must still be voided). Replies are consumed concurrently, so an expiry can be handled before the
 * `inventory.reserved` that preceded it: a running saga never asks for a release while its reservation is in
 * flight, so a release then means the hold already lapsed, and the late `reserved` is compensated by a
 * release that inventory acknowledges without holding anything.
 */
export const reserveInventory = defineStep({
  name: 'reserve-inventory',
  description: 'Holds stock for every line until the order is confirmed or the hold expires.',
  replies: {
    succeeded: 'inventory.reserved',
    failed: {
      event: 'inventory.reservation_failed',
      reason: (payload: EventPayloads['inventory.reservation_failed']) => payload.code,
    },
    undone: { event: 'inventory.released', abortsWith: CancellationReason.RESERVATION_EXPIRED },
  },
  invoke: ({ input }: { input: CheckoutSagaInput }): SagaCommand =>
    command('inventory.reserve', {
      orderId: input.orderId,
      lines: input.lines,
      ttlSeconds: input.reservationTtlSeconds,
    }),
  result: (reply: EventPayloads['inventory.reserved']) =>
    stepResponse({ reservationIds: reply.reservationIds }, { orderId: reply.orderId }),
  compensate: (undo: { orderId: string }): SagaCommand =>
    command('inventory.release', { orderId: undo.orderId, reason: 'order cancelled' }),
});
