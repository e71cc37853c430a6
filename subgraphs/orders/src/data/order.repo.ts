import type { OrderDraft } from '../domain/order-snapshot';
import type { OrderRecord } from '../domain/order';
import type { OrderStatus } from '../domain/order-status';
import type { ShippingAddress } from '../domain/shipping-address';
import type { Prisma } from '../__generated__/prisma/client';
import { isUuid, type OrdersDb, type OrdersTx } from './database';

const WITH_DETAILS = {
  lines: { orderBy: { position: 'asc' } },
  history: { orderBy: { id: 'asc' } },
} as const satisfies Prisma.OrderInclude;

type OrderRow = Prisma.OrderGetPayload<{ include: typeof WITH_DETAILS }>;

function toRecord(row: OrderRow): OrderRecord {
  return {
    id: row.id,
    number: row.number,
    customerId: row.customerId,
    cartId: row.cartId,
    status: row.status,
    currency: row.currency,
    subtotal: row.subtotal,
    discountTotal: row.discountTotal,
    shippingTotal: row.shippingTotal,
    total: row.total,
    shippingAddress: row.shippingAddress as unknown as ShippingAddress,
    cancellationReason: row.cancellationReason,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    lines: row.lines.map((line) => ({
      id: line.id,
      variantId: line.variantId,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      lineTotal: line.lineTotal,
    })),
    history: row.history.map((change) => ({ status: change.status, at: change.at, note: change.note })),
  };
}

export interface NewOrder {
  id: string;
  customerId: string;
  idempotencyKey: string;
  cartId: string;
  shippingAddress: ShippingAddress;
  draft: OrderDraft;
  note: string;
}

/** Inserts a PENDING order with its lines and first history entry; throws P2002 for a reused idempotency key. */
export async function insertOrder(tx: OrdersTx, order: NewOrder): Promise<OrderRecord> {
  const { draft } = order;
  const row = await tx.order.create({
    data: {
      id: order.id,
      customerId: order.customerId,
      idempotencyKey: order.idempotencyKey,
      cartId: order.cartId,
      status: 'PENDING',
      currency: draft.currency,
      subtotal: draft.subtotal,
      discountTotal: draft.discountTotal,
      shippingTotal: draft.shippingTotal,
      total: draft.total,
      shippingAddress: order.shippingAddress as unknown as Prisma.InputJsonValue,
      lines: { create: draft.lines.map((line, position) => ({ position, ...line })) },
      history: { create: [{ status: 'PENDING', note: order.note }] },
    },
    include: WITH_DETAILS,
  });
  return toRecord(row);
}

export async function findOrder(db: OrdersDb | OrdersTx, id: string): Promise<OrderRecord | null> {
  if (!isUuid(id)) return null;
  const row = await db.order.findUnique({ where: { id }, include: WITH_DETAILS });
  return row ? toRecord(row) : null;
}

export async function findOrders(db: OrdersDb, ids: readonly string[]): Promise<OrderRecord[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const rows = await db.order.findMany({ where: { id: { in: valid } }, include: WITH_DETAILS });
  return rows.map(toRecord);
}

export async function findByIdempotencyKey(
  db: OrdersDb,
  customerId: string,
  idempotencyKey: string,
): Promise<OrderRecord | null> {
  const row = await db.order.findUnique({
    where: { customerId_idempotencyKey: { customerId, idempotencyKey } },
    include: WITH_DETAILS,
  });
  return row ? toRecord(row) : null;
}

export interface LockedOrder {
  id: string;
  customerId: string;
  status: OrderStatus;
}

/**
 * Locks the order row for the rest of the transaction. Every change to an order (saga replies, cancellations)
 * takes this lock first, so two of them never interleave.
 */
export async function lockOrder(tx: OrdersTx, id: string): Promise<LockedOrder | null> {
  if (!isUuid(id)) return null;
  const rows = await tx.$queryRaw<{ id: string; customer_id: string; status: OrderStatus }[]>`
    SELECT "id", "customer_id", "status"::text AS "status" FROM "orders" WHERE "id" = ${id}::uuid FOR UPDATE`;
  const row = rows[0];
  return row ? { id: row.id, customerId: row.customer_id, status: row.status } : null;
}

export interface StatusChange {
  orderId: string;
  to: OrderStatus;
  note: string;
  cancellationReason?: string;
}

export async function recordStatusChange(tx: OrdersTx, change: StatusChange): Promise<void> {
  await tx.order.update({
    where: { id: change.orderId },
    data: {
      status: change.to,
      ...(change.cancellationReason ? { cancellationReason: change.cancellationReason } : {}),
      history: { create: [{ status: change.to, note: change.note }] },
    },
  });
}
