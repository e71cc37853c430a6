import { redactLink } from '@msa/events';
import type { NotificationCategory } from './notification-catalog';

export interface NotificationKindInfo {
  category: NotificationCategory;
  /** What the notification tells, for the admin template editor. */
  description: string;
  /** Placeholders its templates may use, besides `name` (the recipient's display name). */
  variables: readonly string[];
  /**
   * Variables that hold a secret link (a single-use token): kept only in the queued delivery that sends it;
   * the delivery log stores the link redacted, and such a delivery cannot be sent again from the log.
   */
  secretLinks?: readonly string[];
}

/** The placeholder every template may use: the recipient's display name. */
export const RECIPIENT_NAME_VARIABLE = 'name';

/**
 * Every kind of notification this service sends: its category and the facts its templates may show. The keys
 * are the template keys administrators edit.
 */
export const NOTIFICATION_KINDS = {
  'account.welcome': {
    category: 'ACCOUNT',
    description: 'Sent once when a customer registers.',
    variables: [],
  },
  'account.password_reset': {
    category: 'ACCOUNT',
    description:
      'The password reset link someone asked for (email only; the link signs in, so it is never stored in the inbox).',
    variables: ['resetUrl', 'expiresAt'],
    secretLinks: ['resetUrl'],
  },
  'account.email_verification': {
    category: 'ACCOUNT',
    description: 'The link that confirms the account owner receives mail at this address (email only).',
    variables: ['verifyUrl', 'expiresAt'],
    secretLinks: ['verifyUrl'],
  },
  'account.data_export_ready': {
    category: 'ACCOUNT',
    description: "The customer's data export is ready to download (the link expires).",
    variables: ['downloadPath', 'expiresAt'],
  },
  'order.placed': {
    category: 'ORDER_UPDATES',
    description: 'The order was received and is being processed.',
    variables: ['orderNumber', 'total'],
  },
  'order.confirmed': {
    category: 'ORDER_UPDATES',
    description: 'Stock is reserved and payment taken: the order will ship.',
    variables: ['orderNumber'],
  },
  'order.cancelled': {
    category: 'ORDER_UPDATES',
    description: 'The order was cancelled, with the reason when one was given.',
    variables: ['orderNumber', 'reason'],
  },
  'order.return_requested': {
    category: 'ORDER_UPDATES',
    description: 'A return was requested for the order.',
    variables: ['orderNumber'],
  },
  'order.returned': {
    category: 'ORDER_UPDATES',
    description: 'The returned items arrived back.',
    variables: ['orderNumber'],
  },
  'return.rejected': {
    category: 'ORDER_UPDATES',
    description: 'An administrator rejected a return request, with the reason.',
    variables: ['orderNumber', 'reason'],
  },
  'return.cancelled': {
    category: 'ORDER_UPDATES',
    description: 'The customer withdrew a return request (a confirmation).',
    variables: ['orderNumber'],
  },
  'order.shipped': {
    category: 'SHIPPING',
    description: 'The order left the warehouse.',
    variables: ['orderNumber'],
  },
  'order.delivered': {
    category: 'SHIPPING',
    description: 'The carrier delivered the order.',
    variables: ['orderNumber'],
  },
  'shipment.created': {
    category: 'SHIPPING',
    description: 'A shipping label exists: carrier and tracking number are known.',
    variables: ['orderNumber', 'carrier', 'service', 'trackingNumber'],
  },
  'shipment.out_for_delivery': {
    category: 'SHIPPING',
    description: 'The parcel is out for delivery today.',
    variables: ['orderNumber'],
  },
  'shipment.exception': {
    category: 'SHIPPING',
    description: 'The carrier reported a problem with the parcel.',
    variables: ['orderNumber'],
  },
  'payment.captured': {
    category: 'PAYMENTS',
    description: 'The payment for an order was taken (a receipt).',
    variables: ['orderNumber', 'amount'],
  },
  'payment.failed': {
    category: 'PAYMENTS',
    description: 'The payment for an order was declined.',
    variables: ['orderNumber', 'reason'],
  },
  'payment.refunded': {
    category: 'PAYMENTS',
    description: 'Money was refunded for an order.',
    variables: ['orderNumber', 'amount'],
  },
  'inventory.low_stock': {
    category: 'ADMIN_ALERTS',
    description: 'A variant fell to or below its low-stock threshold (staff only).',
    variables: ['variantId', 'available', 'threshold'],
  },
} as const satisfies Record<string, NotificationKindInfo>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const NOTIFICATION_KIND_KEYS = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && Object.hasOwn(NOTIFICATION_KINDS, value);
}

/** All placeholders a template of this kind may use. */
export function allowedVariables(kind: NotificationKind): readonly string[] {
  return [RECIPIENT_NAME_VARIABLE, ...NOTIFICATION_KINDS[kind].variables];
}

/** The variables of this kind that hold a secret link; none for most kinds. */
export function secretLinkVariables(kind: string): readonly string[] {
  if (!isNotificationKind(kind)) return [];
  const info: NotificationKindInfo = NOTIFICATION_KINDS[kind];
  return info.secretLinks ?? [];
}

/** Whether deliveries of this kind carry a secret link. */
export function carriesSecretLink(kind: string): boolean {
  return secretLinkVariables(kind).length > 0;
}

/** The variables as the delivery log keeps them: secret links redacted ("…" for the token). */
export function loggedVariables(kind: string, variables: Record<string, string>): Record<string, string> {
  const secrets = secretLinkVariables(kind);
  if (!secrets.length) return variables;
  return Object.fromEntries(
    Object.entries(variables).map(([key, value]) => [key, secrets.includes(key) ? redactLink(value) : value]),
  );
}
