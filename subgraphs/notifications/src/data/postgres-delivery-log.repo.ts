import type { Prisma } from '../__generated__/prisma/client';
import type { DeliveryStatus } from '../domain/delivery-outcome';
import type { DeliveryChannel } from '../domain/notification-catalog';
import { database, isUuid, type NotificationsDb } from './database';
import {
  toDeliveryFields,
  type DeliveryCursor,
  type DeliveryLogFilter,
  type DeliveryLogStore,
  type DeliveryRecord,
} from './delivery-log';

const WITH_ATTEMPTS = { attempts: { orderBy: { number: 'asc' } } } as const;

type Row = Prisma.DeliveryGetPayload<{ include: typeof WITH_ATTEMPTS }>;

function toRecord(row: Row): DeliveryRecord {
  return {
    ...row,
    recipientKind:
      row.recipientKind === 'ADMIN_MAILBOX' || row.recipientKind === 'ORDER_GUEST'
        ? row.recipientKind
        : 'USER',
    channel: row.channel as DeliveryChannel,
    variables: row.variables as Record<string, string>,
    attempts: row.attempts.map((attempt) => ({
      number: attempt.number,
      outcome: attempt.outcome,
      error: attempt.error,
      providerMessageId: attempt.providerMessageId,
      at: attempt.at,
    })),
  };
}

function whereOf(filter: DeliveryLogFilter): Prisma.DeliveryWhereInput {
  return {
    ...(filter.channel ? { channel: filter.channel } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.userId ? { userId: filter.userId } : {}),
    ...(filter.from || filter.to
      ? {
          createdAt: {
            ...(filter.from ? { gte: filter.from } : {}),
            ...(filter.to ? { lt: filter.to } : {}),
          },
        }
      : {}),
  };
}

function afterCursor(cursor: DeliveryCursor): Prisma.DeliveryWhereInput {
  const createdAt = new Date(cursor.createdAt);
  return { OR: [{ createdAt: { lt: createdAt } }, { createdAt, id: { lt: cursor.id } }] };
}

/** The default delivery log, in this service's own Postgres database. */
export function createPostgresDeliveryLog(db: NotificationsDb): DeliveryLogStore {
  const get = async (id: string) => {
    if (!isUuid(id)) return null;
    const row = await db.delivery.findUnique({ where: { id }, include: WITH_ATTEMPTS });
    return row && toRecord(row);
  };
  return {
    kind: 'postgres',
    async open(delivery, at) {
      const fields = toDeliveryFields(delivery);
      // The insert and the read back in one transaction: outside one, each statement is a transaction of its own.
      const row = await db.$transaction(async (tx) => {
        await tx.delivery.createMany({
          data: [{ ...fields, status: 'PENDING', createdAt: at, updatedAt: at }],
          skipDuplicates: true,
        });
        return tx.delivery.findUniqueOrThrow({ where: { id: delivery.id }, include: WITH_ATTEMPTS });
      });
      return toRecord(row);
    },
    recordAttempt(id, attempt, status: DeliveryStatus) {
      return db.$transaction(async (tx) => {
        const updated = await tx.delivery.update({
          where: { id },
          data: {
            attemptCount: { increment: 1 },
            status,
            updatedAt: attempt.at,
            ...(attempt.outcome === 'SENT' ? { sentAt: attempt.at, lastError: null } : {}),
            ...(attempt.outcome !== 'SENT' ? { lastError: attempt.error } : {}),
          },
          select: { attemptCount: true },
        });
        await tx.deliveryAttempt.create({
          data: { deliveryId: id, number: updated.attemptCount, ...attempt },
        });
        return updated.attemptCount;
      });
    },
    async reopen(id, at) {
      if (!isUuid(id)) return null;
      const { count } = await db.delivery.updateMany({
        where: { id, status: 'FAILED' },
        data: { status: 'PENDING', updatedAt: at },
      });
      return count ? get(id) : null;
    },
    get,
    async list(filter, take, after) {
      const where = whereOf(filter);
      const [rows, total] = await Promise.all([
        db.delivery.findMany({
          where: after ? { AND: [where, afterCursor(after)] } : where,
          include: WITH_ATTEMPTS,
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          take,
        }),
        db.delivery.count({ where }),
      ]);
      return { rows: rows.map(toRecord), total };
    },
    async ping() {
      await database.ping(db);
    },
    async forgetUser(userId) {
      const rows = await db.delivery.findMany({ where: { userId }, select: { id: true } });
      await db.delivery.deleteMany({ where: { userId } });
      return rows.map((row) => row.id);
    },
    // The database client belongs to the service and is closed with it.
    async close() {},
  };
}
