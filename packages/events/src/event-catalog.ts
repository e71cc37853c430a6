/**
 * Domain events: the single source of truth for their names, payloads and which services consume them.
 * Payloads carry ids and the facts consumers need, never personal data.
 */
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
}

export type EventName = keyof EventPayloads;

/** Which service queues each event fans out to. A consumer adds itself here, nowhere else. */
export const EVENT_SUBSCRIBERS: { [E in EventName]: readonly string[] } = {
  'product.changed': [],
  'product.variant.changed': [],
  'user.registered': [],
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
