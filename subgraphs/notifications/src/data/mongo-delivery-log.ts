import { MongoClient, MongoServerError, type Collection } from 'mongodb';
import type { AttemptOutcome, DeliveryStatus } from '../domain/delivery-outcome';
import type { DeliveryChannel, NotificationCategory } from '../domain/notification-catalog';
import {
  toDeliveryFields,
  type DeliveryAttemptRecord,
  type DeliveryLogStore,
  type DeliveryRecord,
} from './delivery-log';
import {
  DELIVERY_INDEXES,
  DELIVERY_SORT,
  deliveryFilterQuery,
  mongoDatabaseName,
  pageQuery,
} from './mongo-delivery-query';

export const DELIVERIES_COLLECTION = 'notification_deliveries';

/** A delivery and its attempts as one document: the log is append-mostly and always read whole. */
interface DeliveryDocument {
  _id: string;
  eventId: string;
  notificationId: string | null;
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
  attempts: {
    number: number;
    outcome: AttemptOutcome;
    error: string | null;
    providerMessageId: string | null;
    at: Date;
  }[];
}

const DUPLICATE_KEY = 11000;

function toRecord(doc: DeliveryDocument): DeliveryRecord {
  const { _id, attempts, ...rest } = doc;
  return {
    id: _id,
    ...rest,
    attempts: attempts.map(
      (attempt): DeliveryAttemptRecord => ({
        number: attempt.number,
        outcome: attempt.outcome,
        error: attempt.error ?? null,
        providerMessageId: attempt.providerMessageId ?? null,
        at: attempt.at,
      }),
    ),
  };
}

export interface MongoDeliveryLogOptions {
  url: string;
  /** Overrides the database named in the URL (tests use a throwaway one). */
  databaseName?: string;
}

/** The delivery log in MongoDB (the `mongodb` driver), used when MONGODB_URL is set. */
export async function createMongoDeliveryLog(options: MongoDeliveryLogOptions): Promise<DeliveryLogStore> {
  const client = new MongoClient(options.url, { serverSelectionTimeoutMS: 5_000 });
  await client.connect();
  const db = client.db(options.databaseName ?? mongoDatabaseName(options.url));
  const deliveries: Collection<DeliveryDocument> = db.collection<DeliveryDocument>(DELIVERIES_COLLECTION);
  try {
    await deliveries.createIndexes(
      DELIVERY_INDEXES.map((index) => ({ key: { ...index.key }, name: index.name })),
    );
  } catch (error) {
    await client.close();
    throw error;
  }

  const get = async (id: string) => {
    const doc = await deliveries.findOne({ _id: id });
    return doc && toRecord(doc);
  };

  return {
    kind: 'mongodb',
    async open(delivery, at) {
      const { id, ...fields } = toDeliveryFields(delivery);
      const document: Omit<DeliveryDocument, '_id'> = {
        ...fields,
        status: 'PENDING',
        attemptCount: 0,
        lastError: null,
        createdAt: at,
        updatedAt: at,
        sentAt: null,
        attempts: [],
      };
      try {
        await deliveries.updateOne({ _id: id }, { $setOnInsert: document }, { upsert: true });
      } catch (error) {
        // Two workers opening the same delivery at once: the loser's upsert hits the key, which is fine.
        if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
      }
      return (await get(id))!;
    },
    async recordAttempt(id, attempt, status) {
      const sent = attempt.outcome === 'SENT';
      // One pipeline update numbers and appends the attempt atomically; $literal keeps provider texts that
      // start with "$" from being read as field paths.
      const updated = await deliveries.findOneAndUpdate(
        { _id: id },
        [
          {
            $set: {
              attemptCount: { $add: ['$attemptCount', 1] },
              attempts: {
                $concatArrays: [
                  '$attempts',
                  [
                    {
                      number: { $add: ['$attemptCount', 1] },
                      outcome: { $literal: attempt.outcome },
                      error: { $literal: attempt.error },
                      providerMessageId: { $literal: attempt.providerMessageId },
                      at: attempt.at,
                    },
                  ],
                ],
              },
              status: { $literal: status },
              updatedAt: attempt.at,
              lastError: sent ? null : { $literal: attempt.error },
              sentAt: sent ? attempt.at : '$sentAt',
            },
          },
        ],
        { returnDocument: 'after', projection: { attemptCount: 1 } },
      );
      if (!updated) throw new Error(`Delivery ${id} is not in the log`);
      return updated.attemptCount;
    },
    async reopen(id, at) {
      const reopened = await deliveries.findOneAndUpdate(
        { _id: id, status: 'FAILED' },
        { $set: { status: 'PENDING', updatedAt: at } },
        { returnDocument: 'after' },
      );
      return reopened && toRecord(reopened);
    },
    get,
    async list(filter, take, after) {
      const [docs, total] = await Promise.all([
        deliveries.find(pageQuery(filter, after)).sort(DELIVERY_SORT).limit(take).toArray(),
        deliveries.countDocuments(deliveryFilterQuery(filter)),
      ]);
      return { rows: docs.map(toRecord), total };
    },
    async ping() {
      await db.command({ ping: 1 });
    },
    async forgetUser(userId) {
      const ids = await deliveries.distinct('_id', { userId });
      await deliveries.deleteMany({ userId });
      return ids.map(String);
    },
    async close() {
      await client.close();
    },
  };
}
