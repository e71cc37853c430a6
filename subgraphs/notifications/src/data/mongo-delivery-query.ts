import type { DeliveryCursor, DeliveryLogFilter } from './delivery-log';

export const DEFAULT_MONGODB_DATABASE = 'msa_notifications';

/** The database named in the URL's path, else msa_notifications. */
export function mongoDatabaseName(url: string): string {
  const path = /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]*)/.exec(url)?.[1];
  return path ? decodeURIComponent(path) : DEFAULT_MONGODB_DATABASE;
}

/** A MongoDB filter document, kept as plain data so its construction is unit-tested without a server. */
export type MongoFilter = Record<string, unknown>;

/** The filter of the admin delivery list, as a MongoDB query on the deliveries collection. */
export function deliveryFilterQuery(filter: DeliveryLogFilter): MongoFilter {
  const query: MongoFilter = {};
  if (filter.channel) query.channel = filter.channel;
  if (filter.status) query.status = filter.status;
  if (filter.userId) query.userId = filter.userId;
  if (filter.from || filter.to)
    query.createdAt = {
      ...(filter.from ? { $gte: filter.from } : {}),
      ...(filter.to ? { $lt: filter.to } : {}),
    };
  return query;
}

/** Keyset pagination, newest first: everything strictly after the cursor in (createdAt desc, _id desc). */
export function afterCursorQuery(cursor: DeliveryCursor): MongoFilter {
  const createdAt = new Date(cursor.createdAt);
  return { $or: [{ createdAt: { $lt: createdAt } }, { createdAt, _id: { $lt: cursor.id } }] };
}

export function pageQuery(filter: DeliveryLogFilter, after: DeliveryCursor | null): MongoFilter {
  const base = deliveryFilterQuery(filter);
  if (!after) return base;
  return Object.keys(base).length ? { $and: [base, afterCursorQuery(after)] } : afterCursorQuery(after);
}

export const DELIVERY_SORT = { createdAt: -1, _id: -1 } as const;

/** Indexes serving the list's filters with its sort. */
export const DELIVERY_INDEXES = [
  { key: { createdAt: -1, _id: -1 }, name: 'created_desc' },
  { key: { userId: 1, createdAt: -1 }, name: 'user_created_desc' },
  { key: { status: 1, createdAt: -1 }, name: 'status_created_desc' },
  { key: { channel: 1, createdAt: -1 }, name: 'channel_created_desc' },
] as const;
