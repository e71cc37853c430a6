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
    /** Catalog facts search indexes; optional so events written before they existed still parse. */
    slug?: string;
    name?: string;
    description?: string | null;
    /** Category names from the root down to the product's category. */
    categoryPath?: string[];
    /** Category ids from the root down, for facet filters on ancestors. */
    categoryIds?: string[];
  };
  /** A category was created, renamed, moved or deleted. */
  'category.changed': { categoryId: string };
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
  /**
   * Someone asked to reset the account's password: mail the single-use link (valid until `expiresAt`, ISO).
   * The link carries the secret, so only the account's own mailbox may receive it.
   */
  'user.password_reset_requested': { userId: string; resetUrl: string; expiresAt: string };
  /** The signed-in user asked to verify their email: mail the single-use link to the account's address. */
  'user.email_verification_requested': { userId: string; verifyUrl: string; expiresAt: string };

  /**
   * The account holder proved they receive mail at `email` (lower case; verifiedAt: ISO time); orders placed as a
   * guest with it become theirs. Named as agreed across teams.
   */
  UserEmailVerified: { userId: string; email: string; verifiedAt: string };
  /** Privacy: a customer asked for a copy of their data; every contributor answers with its part. */
  'user.data_export_requested': { exportId: string; userId: string };
  /**
   * One subgraph's share of an export, for users to assemble. The one event that carries personal data: it
   * goes to users only and is the customer's own data on its way to them.
   */
  'user.data_export_part_ready': { exportId: string; userId: string; subgraph: string; data: unknown };
  /** The export file is assembled; the link is signed and expires. */
  'user.data_export_ready': { exportId: string; userId: string; downloadPath: string; expiresAt: string };
  /** Privacy: the customer deleted their account; every subgraph removes or anonymises what it keeps. */
  'user.account_deleted': { userId: string };

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
  /** The order is paid and will ship: what it bought leaves the cart it was placed from. */
  'order.confirmed': {
    orderId: string;
    customerId: string;
    cartId: string;
    lines: OrderLineRef[];
  };
  'order.status_changed': {
    orderId: string;
    customerId: string;
    from: string;
    to: string;
    note: string | null;
    /** Why, when `to` is CANCELLED: the order's cancellation reason (OUT_OF_STOCK, PAYMENT_DECLINED, …). */
    reason?: string;
  };

  /** A user verified the email of orders placed as a guest: they are the user's from now on. */
  'order.claimed': { orderId: string; customerId: string; previousCustomerId: string };

  /** An administrator rejected a return before its items arrived; nothing is restocked or refunded. */
  'return.rejected': { returnId: string; orderId: string; customerId: string; reason: string };
  /** The customer withdrew a return before its items arrived. */
  'return.cancelled': { returnId: string; orderId: string; customerId: string };

  'promotions.redeemed': { orderId: string };
  'promotions.redemption_failed': { orderId: string; code: string; message: string };
  'promotions.unredeemed': { orderId: string };

  'payment.authorized': {
    orderId: string;
    paymentId: string;
    amount: number;
    currency: string;
    /** The amount was captured too (payments.authorize with `capture`); absent in older events. */
    captured?: boolean;
  };
  'payment.authorization_failed': { orderId: string; paymentId: string | null; code: string; reason: string };
  'payment.captured': { orderId: string; paymentId: string; amount: number; currency: string };
  'payment.capture_failed': { orderId: string; paymentId: string; reason: string };
  'payment.voided': { orderId: string; paymentId: string };
  'payment.refunded': {
    orderId: string;
    paymentId: string;
    refundId: string;
    amount: number;
    currency: string;
    returnId: string | null;
  };
  'payment.refund_failed': {
    orderId: string;
    paymentId: string | null;
    returnId: string | null;
    reason: string;
  };

  'shipment.created': {
    orderId: string;
    shipmentId: string;
    trackingNumber: string;
    carrier: string;
    service: string;
  };
  'shipment.creation_failed': { orderId: string; reason: string };
  'shipment.cancelled': { orderId: string; shipmentId: string };
  'shipment.status_changed': {
    orderId: string;
    shipmentId: string;
    status: 'LABEL_CREATED' | 'IN_TRANSIT' | 'OUT_FOR_DELIVERY' | 'DELIVERED' | 'EXCEPTION' | 'CANCELLED';
    at: string;
  };

  'review.published': { reviewId: string; productId: string; rating: number };
  /** A product's rating aggregate after any review change. */
  'product.rating_changed': { productId: string; average: number; bayesianAverage: number; count: number };
}

export type EventName = keyof EventPayloads;

/** Which service queues each event fans out to. A consumer adds itself here, nowhere else. */
export const EVENT_SUBSCRIBERS: { [E in EventName]: readonly string[] } = {
  'product.changed': ['search', 'promotions', 'router'],
  'category.changed': ['router'],
  'product.variant.changed': ['cart', 'inventory', 'search', 'shipping', 'reviews', 'promotions', 'router'],
  'user.registered': ['notifications'],
  'user.password_reset_requested': ['notifications'],
  'user.email_verification_requested': ['notifications'],
  UserEmailVerified: ['orders'],
  'user.data_export_requested': [
    'users',
    'cart',
    'orders',
    'payments',
    'shipping',
    'reviews',
    'notifications',
    'search',
    'promotions',
  ],
  'user.data_export_part_ready': ['users'],
  'user.data_export_ready': ['notifications'],
  'user.account_deleted': [
    'cart',
    'orders',
    'payments',
    'shipping',
    'reviews',
    'notifications',
    'search',
    'promotions',
  ],
  'inventory.reserved': ['orders'],
  'inventory.reservation_failed': ['orders'],
  'inventory.committed': ['orders'],
  'inventory.released': ['orders'],
  'inventory.restocked': ['orders'],
  'inventory.stock_changed': ['cart', 'search', 'router'],
  'inventory.low_stock': ['notifications'],
  'order.placed': ['search', 'notifications', 'reviews'],
  'order.confirmed': ['cart'],
  'order.claimed': ['reviews', 'search', 'promotions', 'payments', 'shipping'],
  'return.rejected': ['notifications'],
  'return.cancelled': ['notifications'],
  'order.status_changed': ['notifications', 'reviews', 'promotions', 'search'],

  'promotions.redeemed': ['orders'],
  'promotions.redemption_failed': ['orders'],
  'promotions.unredeemed': ['orders'],

  'payment.authorized': ['orders'],
  'payment.authorization_failed': ['orders', 'notifications'],
  'payment.captured': ['orders', 'notifications'],
  'payment.capture_failed': ['orders'],
  'payment.voided': ['orders'],
  'payment.refunded': ['orders', 'notifications'],
  'payment.refund_failed': ['orders'],

  'shipment.created': ['orders', 'notifications'],
  'shipment.creation_failed': ['orders'],
  'shipment.cancelled': ['orders'],
  'shipment.status_changed': ['orders', 'notifications'],

  'review.published': ['search'],
  'product.rating_changed': ['search', 'router'],
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
