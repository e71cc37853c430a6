import type { EventPayloads } from '@msa/events';
import { defineStep, stepResponse } from '@msa/saga';
import { CancellationReason } from '../../domain/cancellation';
import { failureCode } from '../failure-codes';
import type { CheckoutSagaInput } from '../checkout-input';
import { command, type SagaCommand } from '../saga-command';

/** Consumes the usage of the order's promotions (limits are enforced by promotions); undone by un-redeeming. */
export const redeemPromotions = defineStep({
  name: 'redeem-promotions',
  description: 'Redeems the promotions frozen onto the order, against their usage limits.',
  replies: {
    succeeded: 'promotions.redeemed',
    failed: {
      event: 'promotions.redemption_failed',
      reason: (payload: EventPayloads['promotions.redemption_failed']) =>
        failureCode(payload.code, CancellationReason.PROMOTION_NOT_APPLICABLE),
    },
    compensated: 'promotions.unredeemed',
  },
  when: ({ input }: { input: CheckoutSagaInput }) => input.redemptions.length > 0,
  invoke: ({ input }: { input: CheckoutSagaInput }): SagaCommand =>
    command('promotions.redeem', {
      orderId: input.orderId,
      customerId: input.customerId,
      redemptions: input.redemptions,
      orderTotal: input.amount,
      currency: input.currency,
    }),
  result: (_reply: unknown, { input }: { input: CheckoutSagaInput }) =>
    stepResponse(undefined, { orderId: input.orderId }),
  compensate: (undo: { orderId: string }): SagaCommand =>
    command('promotions.unredeem', { orderId: undo.orderId, reason: 'order cancelled' }),
});
