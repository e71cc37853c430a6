/**
 * Domain events: the single source of truth for their names, payloads and which services consume them.
 * Payloads carry ids and the facts consumers need, never personal data.
 */
export interface OrderLineRef {
  variantId: string;
  quantity: number;
}

export interface EventPayloads {
  'product.changed': {
    productId: string;
    status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
    categoryId: string | null;
    variantIds: string[];
  };
  'product.variant.changed': {
    variantId: string;
    productId: string;
    sku: string;
    /** Current price in minor units. */
    price: number;
    currency: string;
    /** Purchasable: the variant exists and its product is ACTIVE. */
    purchasable: boolean;
    weightGrams: number;
  };
  'user.registered': { userId: string };

  'inventory.reserved': { orderId: string; reservationIds: string[] };
  'inventory.reservation_failed': {
    orderId: string;
    code: 'OUT_OF_STOCK' | 'UNKNOWN_VARIANT';
    variantIds: string[];
    message: string;
  };
  'inventory.committed': { orderId: string };
  'inventory.released': { orderId: string };
  'inventory.restocked': { orderId: string };
  'inventory.stock_changed': { variantId: string; onHand: number; reserved: number; available: number };
  'inventory.low_stock': { variantId: string; available: number; threshold: number };

  'order.placed': {
    orderId: string;
    customerId: string;
    lines: OrderLineRef[];
    total: number;
    currency: string;
  };
  'order.status_changed': {
    orderId: string;
    customerId: string;
    from: string;
    to: string;
    note: string | null;
  };
}

export type EventName = keyof EventPayloads;

/** Which service queues each event fans out to. A consumer adds itself here, nowhere else. */
export const EVENT_SUBSCRIBERS: { [E in EventName]: readonly string[] } = {
  'product.changed': [],
  'product.variant.changed': ['cart', 'inventory'],
  'user.registered': [],
  'inventory.reserved': ['orders'],
  'inventory.reservation_failed': ['orders'],
  'inventory.committed': ['orders'],
  'inventory.released': ['orders'],
  'inventory.restocked': ['orders'],
  'inventory.stock_changed': ['cart'],
  'inventory.low_stock': [],
  'order.placed': ['cart'],
  'order.status_changed': [],
};

export interface DomainEvent<E extends EventName = EventName> {
  /** Unique message id (the outbox row id); consumers de-duplicate on it. */
  id: string;
  name: E;
  payload: EventPayloads[E];
  occurredAt: string;
}

/** The BullMQ queue a service consumes its events from. */
export function eventQueueName(service: string): string {
  return `events.${service}`;
}
