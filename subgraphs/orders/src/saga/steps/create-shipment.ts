import type { EventPayloads } from '@msa/events';
import { defineStep, stepResponse } from '@msa/saga';
import { CancellationReason } from '../../domain/cancellation';
import type { CheckoutSagaInput } from '../checkout-input';
import { command, type SagaCommand } from '../saga-command';

/** Books the parcel with the carrier of the chosen rate; undone by cancelling the shipment. */
export const createShipment = defineStep({
  name: 'create-shipment',
  description: 'Creates the shipment with the chosen rate and gets a tracking number.',
  replies: {
    succeeded: 'shipment.created',
    failed: { event: 'shipment.creation_failed', reason: () => CancellationReason.SHIPMENT_CREATION_FAILED },
    // An administrator may also cancel the shipment in shipping: the effect is gone and must not be undone.
    undone: { event: 'shipment.cancelled' },
  },
  invoke: ({ input }: { input: CheckoutSagaInput }): SagaCommand =>
    command('shipping.create_shipment', {
      orderId: input.orderId,
      customerId: input.customerId,
      rateId: input.shippingRateId,
      address: input.address,
      lines: input.lines,
    }),
  result: (reply: EventPayloads['shipment.created']) =>
    stepResponse(
      { shipmentId: reply.shipmentId, trackingNumber: reply.trackingNumber },
      { orderId: reply.orderId },
    ),
  compensate: (undo: { orderId: string }): SagaCommand =>
    command('shipping.cancel_shipment', { orderId: undo.orderId, reason: 'order cancelled' }),
});
