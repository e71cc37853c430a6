import type { TaxedOrderDraft } from '../domain/order-tax';
import type { TaxLine } from '../domain/tax';
import type { OrderRecord } from '../domain/order';
import type { OrderStatus } from '../domain/order-status';
import type { ShippingAddress } from '../domain/shipping-address';
import type { Prisma } from '../__generated__/prisma/client';
import { isUuid, type OrdersDb, type OrdersTx } from './database';

const WITH_DETAILS = {
  lines: { orderBy: { position: 'asc' } },
  history: { orderBy: { id: 'asc' } },
  discounts: { orderBy: { position: 'asc' } },
  refunds: { select: { amount: true } },
} as const satisfies Prisma.OrderInclude;

type OrderRow = Prisma.OrderGetPayload<{ include: typeof WITH_DETAILS }>;

function toRecord(row: OrderRow): OrderRecord {
  return {
    id: row.id,
    number: row.number,
    customerId: row.customerId,
    guestEmail: row.guestEmail,
    cartId: row.cartId,
    status: row.status,
    currency: row.currency,
    subtotal: row.subtotal,
    discounts: row.discounts.map((discount) => ({
      promotionId: discount.promotionId,
      code: discount.code,
      label: discount.label,
      amount: discount.amount,
    })),
    discountTotal: row.discountTotal,
    shippingTotal: row.shippingTotal,
    total: row.total,
    taxTotal: row.taxTotal,
    taxLines: row.taxLines as unknown as TaxLine[],
    shippingAddress: row.shippingAddress as unknown as ShippingAddress,
    cancellationReason: row.cancellationReason,
    paymentFailureCode: row.paymentFailureCode,
    refundedTotal: row.refunds.reduce((sum, refund) => sum + refund.amount, 0),
    shippingRateId: row.shippingRateId,
    shipmentStatus: row.shipmentStatus,
    deliveredAt: row.deliveredAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    lines: row.lines.map((line) => ({
      id: line.id,
      variantId: line.variantId,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      lineTotal: line.lineTotal,
      taxAmount: line.taxAmount,
    })),
    history: row.history.map((change) => ({ status: change.status, at: change.at, note: change.note })),
  };
}

export interface NewOrder {
  id: string;
  customerId: string;
  /** The email a guest checked out with; null when signed in. */
  guestEmail?: string | null;
  idempotencyKey: string;
  cartId: string;
  shippingAddress: ShippingAddress;
  draft: TaxedOrderDraft;
  note: string;
}

/**
 * Inserts a PENDING order with its lines, discounts and first history entry; throws P2002 for a reused
 * idempotency key.
 */
export async function insertOrder(tx: OrdersTx, order: NewOrder): Promise<OrderRecord> {
  const { draft } = order;
  const row = await tx.order.create({
    data: {
      id: order.id,
      customerId: order.customerId,
      guestEmail: order.guestEmail ?? null,
      idempotencyKey: order.idempotencyKey,
      cartId: order.cartId,
      status: 'PENDING',
      currency: draft.currency,
      subtotal: draft.subtotal,
      discountTotal: draft.discountTotal,
      shippingTotal: draft.shippingTotal,
      total: draft.total,
      taxTotal: draft.taxTotal,
      taxLines: draft.taxLines as unknown as Prisma.InputJsonValue,
      shippingRateId: draft.shippingRateId,
      shippingAddress: order.shippingAddress as unknown as Prisma.InputJsonValue,
      lines: { create: draft.lines.map((line, position) => ({ position, ...line })) },
      discounts: { create: draft.discounts.map((discount, position) => ({ position, ...discount })) },
      history: { create: [{ status: 'PENDING', note: order.note }] },
    },
    include: WITH_DETAILS,
  });
  return toRecord(row);
}

/**
 * Runs a read with included relations as one transaction. Prisma loads each included relation with a
 * statement of its own, and outside a transaction every statement is a Postgres transaction: an order with
 * its details would cost five. Inside the caller's transaction the read simply joins it.
 */
function inOneTransaction<T>(
  db: OrdersDb | OrdersTx,
  read: (client: OrdersDb | OrdersTx) => Prisma.PrismaPromise<T>,
): Promise<T> {
  if (!isClient(db)) return read(db);
  return db.$transaction([read(db)]).then(([result]) => result);
}

function isClient(db: OrdersDb | OrdersTx): db is OrdersDb {
  return typeof (db as Partial<OrdersDb>).$transaction === 'function';
}

export async function findOrder(db: OrdersDb | OrdersTx, id: string): Promise<OrderRecord | null> {
  if (!isUuid(id)) return null;
  const row = await inOneTransaction(db, (client) =>
    client.order.findUnique({ where: { id }, include: WITH_DETAILS }),
  );
  return row ? toRecord(row) : null;
}

export async function findOrders(db: OrdersDb, ids: readonly string[]): Promise<OrderRecord[]> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return [];
  const rows = await inOneTransaction(db, (client) =>
    client.order.findMany({ where: { id: { in: valid } }, include: WITH_DETAILS }),
  );
  return rows.map(toRecord);
}

export async function findByIdempotencyKey(
  db: OrdersDb,
  customerId: string,
  idempotencyKey: string,
): Promise<OrderRecord | null> {
  const row = await inOneTransaction(db, (client) =>
    client.order.findUnique({
      where: { customerId_idempotencyKey: { customerId, idempotencyKey } },
      include: WITH_DETAILS,
    }),
  );
  return row ? toRecord(row) : null;
}

/**
 * The locked order row as the transaction that holds the lock sees it. Status writes (changeOrderStatus)
 * keep `status` current, so every step of one transaction works from the latest state.
 */
export interface LockedOrder {
  id: string;
  customerId: string;
  cartId: string;
  status: OrderStatus;
  shipmentStatus: string | null;
}

/**
 * Locks the order row for the rest of the transaction. Every change to an order (saga replies, shipment
 * progress, cancellations, returns) takes this lock first, so two of them never interleave.
 */
export async function lockOrder(tx: OrdersTx, id: string): Promise<LockedOrder | null> {
  if (!isUuid(id)) return null;
  const rows = await tx.$queryRaw<
    {
      id: string;
      customer_id: string;
      cart_id: string;
      status: OrderStatus;
      shipment_status: string | null;
    }[]
  >`
    SELECT "id", "customer_id", "cart_id", "status"::text AS "status", "shipment_status"
    FROM "orders" WHERE "id" = ${id}::uuid FOR UPDATE`;
  const row = rows[0];
  return row
    ? {
        id: row.id,
        customerId: row.customer_id,
        cartId: row.cart_id,
        status: row.status,
        shipmentStatus: row.shipment_status,
      }
    : null;
}

/** Remembers the carrier's latest progress, and when it is DELIVERED, the delivery time. */
export async function recordShipmentProgress(
  tx: OrdersTx,
  orderId: string,
  shipmentStatus: string,
  deliveredAt: Date | null,
): Promise<void> {
  await tx.order.update({
    where: { id: orderId },
    data: { shipmentStatus, ...(deliveredAt ? { deliveredAt } : {}) },
  });
}

export interface StatusChange {
  orderId: string;
  to: OrderStatus;
  note: string;
  cancellationReason?: string;
  paymentFailureCode?: string;
}

export async function recordStatusChange(tx: OrdersTx, change: StatusChange): Promise<void> {
  await tx.order.update({
    where: { id: change.orderId },
    data: {
      status: change.to,
      ...(change.cancellationReason ? { cancellationReason: change.cancellationReason } : {}),
      ...(change.paymentFailureCode ? { paymentFailureCode: change.paymentFailureCode } : {}),
      history: { create: [{ status: change.to, note: change.note }] },
    },
  });
}

export interface RefundRecordInput {
  refundId: string;
  orderId: string;
  paymentId: string;
  amount: number;
  currency: string;
  returnId: string | null;
  at: Date;
}

/** Records a refund payments reported; a refund already recorded (a redelivery) changes nothing. */
export async function recordRefund(tx: OrdersTx, refund: RefundRecordInput): Promise<boolean> {
  if (!isUuid(refund.refundId)) return false;
  const { count } = await tx.orderRefund.createMany({ data: [refund], skipDuplicates: true });
  return count > 0;
}
