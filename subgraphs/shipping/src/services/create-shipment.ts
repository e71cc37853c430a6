import { randomUUID } from 'node:crypto';
import { customerAfterClaim, publishEvent, type CommandEnvelope } from '@msa/events';
import { claimedOrders } from '../data/claimed-order.repo';
import { DUPLICATE_MESSAGE, inTransactionOnce, type ShippingTx } from '../data/database';
import { findCancellation, findShipmentByOrderId, insertShipment, lockOrder } from '../data/shipment.repo';
import { findQuote } from '../data/shipping-quote.repo';
import { scanLocation } from '../domain/carrier-route';
import { estimatedDelivery } from '../domain/delivery-estimate';
import { CARRIER_SERVICES } from '../domain/rate-table';
import type { ShipmentRecord } from '../domain/shipment';
import { quoteRefusal, type ShipmentRefusal } from '../domain/shipment-request';
import { trackingNumber } from '../domain/tracking-number';
import { requireText } from './invalid-command';
import type { ShippingDeps } from './shipping-deps';

export type CreateShipmentOutcome =
  | { kind: 'created'; shipment: ShipmentRecord }
  | { kind: 'refused'; reason: ShipmentRefusal }
  /** The order already has a shipment: its events went out with it. */
  | { kind: 'exists'; shipment: ShipmentRecord }
  | { kind: 'duplicate_message' };

type Command = CommandEnvelope<'shipping.create_shipment'>;

function checkPayload(command: Command): void {
  const payload = command.payload as Partial<Command['payload']> | undefined;
  requireText(payload?.orderId, 'orderId');
  requireText(payload?.customerId, 'customerId');
  requireText(payload?.rateId, 'rateId');
  requireText(payload?.address?.country, 'address.country');
  requireText(payload?.address?.city, 'address.city');
}

/** When the order asked; a message without a readable time is judged now. */
function requestedAt(command: Command, now: Date): Date {
  const sent = Date.parse(command.occurredAt);
  return Number.isNaN(sent) ? now : new Date(sent);
}

async function refuse(
  tx: ShippingTx,
  orderId: string,
  reason: ShipmentRefusal,
): Promise<CreateShipmentOutcome> {
  await publishEvent(tx, 'shipment.creation_failed', { orderId, reason });
  return { kind: 'refused', reason };
}

/**
 * shipping.create_shipment: buys the label for the quoted service and starts the tracking timeline.
 * Idempotent per order (one shipment whatever is redelivered or re-sent) and per message (inbox). A quote
 * that is unknown, expired or priced for another country, or an order already cancelled, is answered with
 * shipment.creation_failed instead.
 */
export async function createShipment(deps: ShippingDeps, command: Command): Promise<CreateShipmentOutcome> {
  checkPayload(command);
  const { orderId, customerId, rateId, address } = command.payload;
  const now = deps.now();
  const outcome = await inTransactionOnce(deps.db, command.id, async (tx): Promise<CreateShipmentOutcome> => {
    await lockOrder(tx, orderId);
    const existing = await findShipmentByOrderId(tx, orderId);
    if (existing) return { kind: 'exists', shipment: existing };
    if (await findCancellation(tx, orderId)) return refuse(tx, orderId, 'ORDER_CANCELLED');

    const quote = await findQuote(tx, rateId);
    const refusal = quoteRefusal(quote, { country: address.country, requestedAt: requestedAt(command, now) });
    if (refusal || !quote) return refuse(tx, orderId, refusal ?? 'SHIPPING_RATE_NOT_FOUND');

    const route = {
      originCountry: deps.originCountry,
      destinationCountry: quote.country,
      destinationCity: address.city.trim(),
    };
    const shipment = await insertShipment(
      tx,
      {
        id: randomUUID(),
        orderId,
        customerId: await customerAfterClaim(claimedOrders, tx, orderId, customerId),
        rateId,
        carrier: quote.carrier,
        service: quote.service,
        trackingNumber: trackingNumber(CARRIER_SERVICES[quote.service], deps.randomDigits()),
        status: 'LABEL_CREATED',
        amount: quote.amount,
        currency: quote.currency,
        billableWeightGrams: quote.billableWeightGrams,
        ...route,
        estimatedDelivery: estimatedDelivery(now, quote.maxDays),
      },
      { status: 'LABEL_CREATED', location: scanLocation('LABEL_CREATED', route), at: now },
    );
    await publishEvent(tx, 'shipment.created', {
      orderId,
      shipmentId: shipment.id,
      trackingNumber: shipment.trackingNumber,
      carrier: shipment.carrier,
      service: shipment.service,
    });
    await publishEvent(tx, 'shipment.status_changed', {
      orderId,
      shipmentId: shipment.id,
      status: 'LABEL_CREATED',
      at: now.toISOString(),
    });
    return { kind: 'created', shipment };
  });
  if (outcome === DUPLICATE_MESSAGE) return { kind: 'duplicate_message' };
  if (outcome.kind === 'created') await deps.carrier.scheduleNext(outcome.shipment);
  return outcome;
}
