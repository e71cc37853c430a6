import type { AttemptOutcome, DeliveryStatus } from '../domain/delivery-outcome';
import type { PlannedDelivery } from '../domain/delivery-plan';
import type { DeliveryChannel, NotificationCategory } from '../domain/notification-catalog';
import { loggedVariables } from '../domain/notification-kinds';

export interface DeliveryAttemptRecord {
  number: number;
  outcome: AttemptOutcome;
  error: string | null;
  providerMessageId: string | null;
  at: Date;
}

/** One delivery with every attempt made at it. */
export interface DeliveryRecord {
  id: string;
  eventId: string;
  notificationId: string | null;
  /** The recipient; null for the configured admin mailbox. */
  userId: string | null;
  recipientKind: 'USER' | 'ADMIN_MAILBOX' | 'ORDER_GUEST';
  channel: DeliveryChannel;
  category: NotificationCategory;
  kind: string;
  variables: Record<string, string>;
  pushTokenId: string | null;
  orderId: string | null;
  status: DeliveryStatus;
  attemptCount: number;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
  attempts: DeliveryAttemptRecord[];
}

export interface DeliveryLogFilter {
  channel?: DeliveryChannel;
  status?: DeliveryStatus;
  userId?: string;
  /** Created at or after. */
  from?: Date;
  /** Created before. */
  to?: Date;
}

export interface DeliveryCursor {
  createdAt: string;
  id: string;
}

export interface NewAttempt {
  outcome: AttemptOutcome;
  error: string | null;
  providerMessageId: string | null;
  at: Date;
}

/**
 * Where deliveries and their attempts are recorded: Postgres by default, MongoDB when MONGODB_URL is set
 * (a log that grows fast and is read rarely fits a document store). Both pass test/support/delivery-log-contract.ts.
 */
export interface DeliveryLogStore {
  readonly kind: 'postgres' | 'mongodb';
  /** Records a delivery as PENDING unless it is known already; returns it as stored. */
  open(delivery: PlannedDelivery, at: Date): Promise<DeliveryRecord>;
  /** Appends an attempt (numbered after the last one) and sets the status it led to. */
  recordAttempt(id: string, attempt: NewAttempt, status: DeliveryStatus): Promise<number>;
  /** An administrator's retry: a FAILED delivery becomes PENDING again; null when it was not FAILED. */
  reopen(id: string, at: Date): Promise<DeliveryRecord | null>;
  get(id: string): Promise<DeliveryRecord | null>;
  /** Newest first; fetch `take = size + 1` to learn whether another page exists. */
  list(
    filter: DeliveryLogFilter,
    take: number,
    after: DeliveryCursor | null,
  ): Promise<{ rows: DeliveryRecord[]; total: number }>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Account deletion: removes every delivery (and its attempts) to the user; returns the removed ids. */
  forgetUser(userId: string): Promise<string[]>;
}

/** What the log stores of a delivery: ids and facts, with secret links redacted (notification-kinds.ts). */
export function toDeliveryFields(delivery: PlannedDelivery) {
  return {
    id: delivery.id,
    eventId: delivery.eventId,
    notificationId: delivery.notificationId,
    userId: delivery.target.kind === 'USER' ? delivery.target.userId : null,
    recipientKind: delivery.target.kind,
    channel: delivery.channel,
    category: delivery.category,
    kind: delivery.kind,
    variables: loggedVariables(delivery.kind, delivery.variables),
    pushTokenId: delivery.pushTokenId,
    orderId: delivery.orderId,
  };
}

/** Rebuilds what to send from a logged delivery, for an administrator's retry. */
export function toPlannedDelivery(record: DeliveryRecord): PlannedDelivery {
  return {
    id: record.id,
    eventId: record.eventId,
    notificationId: record.notificationId,
    target: record.userId
      ? { kind: 'USER', userId: record.userId }
      : record.recipientKind === 'ORDER_GUEST' && record.orderId
        ? { kind: 'ORDER_GUEST', orderId: record.orderId }
        : { kind: 'ADMIN_MAILBOX' },
    channel: record.channel,
    category: record.category,
    kind: record.kind as PlannedDelivery['kind'],
    variables: record.variables,
    pushTokenId: record.pushTokenId,
    orderId: record.orderId,
  };
}
