import type { DomainEvent, EventName, EventPayloads } from '@msa/events';
import { formatMoney } from '@msa/subgraph-kit';
import type { NotificationKind } from './notification-kinds';

/** Who a notification is for, as far as the event tells. */
export type Audience =
  | { type: 'user'; userId: string }
  /** The order's customer; events about payments and shipments name only the order. */
  | { type: 'orderCustomer'; orderId: string; customerId: string | null }
  /** Every staff member who receives admin alerts, plus the configured admin mailbox. */
  | { type: 'staff' };

/** What an event asks this service to tell, before preferences and recipients are looked at. */
export interface NotificationIntent {
  kind: NotificationKind;
  audience: Audience;
  orderId: string | null;
  /** Facts the event carries for the templates; the order number and the recipient's name are added later. */
  facts: Record<string, string>;
}

/** Order statuses announced from order.status_changed. */
const ORDER_STATUS_KINDS: Partial<Record<string, NotificationKind>> = {
  CONFIRMED: 'order.confirmed',
  CANCELLED: 'order.cancelled',
  SHIPPED: 'order.shipped',
  DELIVERED: 'order.delivered',
  RETURN_REQUESTED: 'order.return_requested',
  RETURNED: 'order.returned',
  // REFUNDED is told by payment.refunded, which knows the amount.
};

/**
 * Shipment statuses announced from shipment.status_changed. IN_TRANSIT and DELIVERED move the order to SHIPPED
 * and DELIVERED, told by order.status_changed; LABEL_CREATED is shipment.created; CANCELLED follows an order
 * cancellation, told already.
 */
const SHIPMENT_STATUS_KINDS: Partial<Record<string, NotificationKind>> = {
  OUT_FOR_DELIVERY: 'shipment.out_for_delivery',
  EXCEPTION: 'shipment.exception',
};

const NO_REASON = 'no reason was given';

/** "14:05 UTC on 6 December 2026": when a mailed link stops working. */
export function formatLinkExpiry(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  const date = at.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return `${time} UTC on ${date}`;
}

function forOrder(
  kind: NotificationKind,
  orderId: string,
  customerId: string | null,
  facts: Record<string, string> = {},
): NotificationIntent {
  return { kind, audience: { type: 'orderCustomer', orderId, customerId }, orderId, facts };
}

type Mappers = { [E in EventName]?: (payload: EventPayloads[E]) => NotificationIntent | null };

const MAPPERS: Mappers = {
  'user.registered': (p) => ({
    kind: 'account.welcome',
    audience: { type: 'user', userId: p.userId },
    orderId: null,
    facts: {},
  }),
  'user.password_reset_requested': (p) => ({
    kind: 'account.password_reset',
    audience: { type: 'user', userId: p.userId },
    orderId: null,
    facts: { resetUrl: p.resetUrl, expiresAt: formatLinkExpiry(p.expiresAt) },
  }),
  'user.email_verification_requested': (p) => ({
    kind: 'account.email_verification',
    audience: { type: 'user', userId: p.userId },
    orderId: null,
    facts: { verifyUrl: p.verifyUrl, expiresAt: formatLinkExpiry(p.expiresAt) },
  }),
  'user.data_export_ready': (p) => ({
    kind: 'account.data_export_ready',
    audience: { type: 'user', userId: p.userId },
    orderId: null,
    facts: { downloadPath: p.downloadPath, expiresAt: new Date(p.expiresAt).toUTCString() },
  }),
  'order.placed': (p) =>
    forOrder('order.placed', p.orderId, p.customerId, { total: formatMoney(p.total, p.currency) }),
  'order.status_changed': (p) => {
    // A return rejected or withdrawn puts the order back to DELIVERED: return.rejected/cancelled tell that.
    if (p.from === 'RETURN_REQUESTED' && p.to === 'DELIVERED') return null;
    const kind = ORDER_STATUS_KINDS[p.to];
    if (!kind) return null;
    return forOrder(
      kind,
      p.orderId,
      p.customerId,
      kind === 'order.cancelled' ? { reason: p.note?.trim() || NO_REASON } : {},
    );
  },
  'return.rejected': (p) =>
    forOrder('return.rejected', p.orderId, p.customerId, { reason: p.reason.trim() || NO_REASON }),
  'return.cancelled': (p) => forOrder('return.cancelled', p.orderId, p.customerId),
  'payment.captured': (p) =>
    forOrder('payment.captured', p.orderId, null, { amount: formatMoney(p.amount, p.currency) }),
  'payment.authorization_failed': (p) =>
    forOrder('payment.failed', p.orderId, null, { reason: p.reason.trim() || NO_REASON }),
  'payment.refunded': (p) =>
    forOrder('payment.refunded', p.orderId, null, { amount: formatMoney(p.amount, p.currency) }),
  'shipment.created': (p) =>
    forOrder('shipment.created', p.orderId, null, {
      carrier: p.carrier,
      service: p.service,
      trackingNumber: p.trackingNumber,
    }),
  'shipment.status_changed': (p) => {
    const kind = SHIPMENT_STATUS_KINDS[p.status];
    return kind ? forOrder(kind, p.orderId, null) : null;
  },
  'inventory.low_stock': (p) => ({
    kind: 'inventory.low_stock',
    audience: { type: 'staff' },
    orderId: null,
    facts: { variantId: p.variantId, available: String(p.available), threshold: String(p.threshold) },
  }),
};

/** The events this service handles: exactly those the catalog routes to it. */
export const HANDLED_EVENTS = Object.keys(MAPPERS) as EventName[];

/** What to tell about an event, or null when it is not worth a notification (see the status tables above). */
export function intentFor(event: DomainEvent): NotificationIntent | null {
  const mapper = MAPPERS[event.name] as ((payload: unknown) => NotificationIntent | null) | undefined;
  return mapper ? mapper(event.payload) : null;
}
