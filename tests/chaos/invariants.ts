import pg from 'pg';

/** Order statuses reached only through a successful capture. */
const PAID_STATUSES = ['CONFIRMED', 'SHIPPED', 'DELIVERED', 'RETURN_REQUESTED', 'RETURNED', 'REFUNDED'];

export async function query<R extends Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export interface QuietState {
  pendingOrders: number;
  waitingSagas: number;
  unpublishedOutbox: number;
  activeReservations: number;
}

/** What still moves: orders not yet settled, sagas waiting for a reply, outbox rows not yet published. */
export async function quietState(databases: Record<string, { url: string }>): Promise<QuietState> {
  const [orders] = await query<{ pending: number; waiting: number }>(
    databases.orders!.url,
    `SELECT (SELECT count(*)::int FROM orders WHERE status = 'PENDING') AS pending,
            (SELECT count(*)::int FROM sagas WHERE waiting_since IS NOT NULL
               AND order_id NOT IN (SELECT id FROM orders WHERE status = 'PAYMENT_FAILED')) AS waiting`,
  );
  const outbox = await Promise.all(
    Object.values(databases).map(async (db) => {
      const rows = await query<{ n: number }>(
        db.url,
        `SELECT CASE WHEN to_regclass('outbox') IS NULL THEN 0
                ELSE (SELECT count(*)::int FROM outbox WHERE published_at IS NULL) END AS n`,
      ).catch(() => [{ n: 0 }]);
      return rows[0]!.n;
    }),
  );
  const [reservations] = await query<{ n: number }>(
    databases.inventory!.url,
    `SELECT count(*)::int AS n FROM reservations WHERE status = 'ACTIVE'`,
  );
  return {
    pendingOrders: orders!.pending,
    waitingSagas: orders!.waiting,
    unpublishedOutbox: outbox.reduce((a, b) => a + b, 0),
    activeReservations: reservations!.n,
  };
}

export interface InvariantReport {
  orders: number;
  byStatus: Record<string, number>;
  /** Payments with money refunded. */
  refunds: number;
  violations: string[];
}

/**
 * Checks the money and stock invariants across the orders, payments and inventory databases once the system
 * is quiet. `initialStock` is what each variant was given before the run.
 */
export async function checkInvariants(
  databases: Record<string, { url: string }>,
  initialStock: Map<string, number>,
): Promise<InvariantReport> {
  const violations: string[] = [];
  const orders = await query<{ id: string; status: string }>(
    databases.orders!.url,
    'SELECT id, status FROM orders',
  );
  const statusOf = new Map(orders.map((o) => [o.id, o.status]));
  const byStatus: Record<string, number> = {};
  for (const order of orders) byStatus[order.status] = (byStatus[order.status] ?? 0) + 1;

  const quiet = await quietState(databases);
  if (quiet.pendingOrders) violations.push(`${quiet.pendingOrders} order(s) never left PENDING`);
  if (quiet.waitingSagas) violations.push(`${quiet.waitingSagas} saga(s) still wait for a reply`);
  if (quiet.unpublishedOutbox)
    violations.push(`${quiet.unpublishedOutbox} outbox message(s) never published`);
  if (quiet.activeReservations)
    violations.push(`${quiet.activeReservations} reservation(s) leaked (still ACTIVE)`);

  // Payments: at most one capture per order, never more than authorized, and only for a paid order.
  const charges = await query<{
    reference: string;
    captured: number;
    refunded: number;
    amount: number;
    captures: number;
  }>(
    databases.payments!.url,
    `SELECT c.reference, c.captured_amount AS captured, c.refunded_amount AS refunded, c.amount,
            (SELECT count(*)::int FROM simulated_provider_operations o
              WHERE o.charge_id = c.id AND o.operation = 'capture' AND (o.response->>'ok')::boolean) AS captures
       FROM simulated_provider_charges c`,
  );
  const capturedCharges = new Map<string, number>();
  for (const charge of charges) {
    if (charge.captures > 1)
      violations.push(`order ${charge.reference}: ${charge.captures} captures of one charge`);
    if (charge.captured > charge.amount)
      violations.push(`order ${charge.reference}: captured more than authorized`);
    if (charge.captured > 0)
      capturedCharges.set(charge.reference, (capturedCharges.get(charge.reference) ?? 0) + 1);
    const kept = charge.captured - charge.refunded;
    if (kept > 0 && !PAID_STATUSES.includes(statusOf.get(charge.reference) ?? '(none)'))
      violations.push(
        `order ${charge.reference} (${statusOf.get(charge.reference) ?? 'unknown'}): ${kept} captured without a confirmed order`,
      );
  }
  for (const [reference, count] of capturedCharges)
    if (count > 1) violations.push(`order ${reference}: captured on ${count} charges`);
  for (const order of orders)
    if (PAID_STATUSES.includes(order.status) && !capturedCharges.has(order.id))
      violations.push(`order ${order.id} is ${order.status} without a capture`);

  // Refunds: payments' ledger, the provider and the orders' record of them agree.
  const payments = await query<{ order_id: string; refunded: number; ledger: number; provider: number }>(
    databases.payments!.url,
    `SELECT p.order_id, p.refunded_amount AS refunded,
            COALESCE((SELECT sum(r.amount)::int FROM refunds r WHERE r.payment_id = p.id AND r.status = 'SUCCEEDED'), 0) AS ledger,
            COALESCE((SELECT sum(c.refunded_amount)::int FROM simulated_provider_charges c WHERE c.reference = p.order_id), 0) AS provider
       FROM payments p`,
  );
  const orderRefunds = new Map(
    (
      await query<{ order_id: string; total: number }>(
        databases.orders!.url,
        'SELECT order_id, sum(amount)::int AS total FROM order_refunds GROUP BY order_id',
      )
    ).map((r) => [r.order_id, r.total]),
  );
  let refunds = 0;
  for (const p of payments) {
    if (p.refunded > 0) refunds += 1;
    const recorded = orderRefunds.get(p.order_id) ?? 0;
    if (p.refunded !== p.ledger || p.refunded !== p.provider || p.refunded !== recorded)
      violations.push(
        `order ${p.order_id}: refunds disagree (payment ${p.refunded}, refunds ${p.ledger}, provider ${p.provider}, order ${recorded})`,
      );
  }

  // Stock: never negative, equal to its movement ledger, reserved equal to the active reservations, and what
  // left the shelf equal to what paid orders bought.
  const levels = await query<{
    variant_id: string;
    on_hand: number;
    reserved: number;
    ledger_on_hand: number;
    ledger_reserved: number;
    active: number;
  }>(
    databases.inventory!.url,
    `SELECT s.variant_id, s.on_hand, s.reserved,
            COALESCE((SELECT sum(m.on_hand_delta)::int FROM stock_movements m WHERE m.variant_id = s.variant_id), 0) AS ledger_on_hand,
            COALESCE((SELECT sum(m.reserved_delta)::int FROM stock_movements m WHERE m.variant_id = s.variant_id), 0) AS ledger_reserved,
            COALESCE((SELECT sum(r.quantity)::int FROM reservations r WHERE r.variant_id = s.variant_id AND r.status = 'ACTIVE'), 0) AS active
       FROM stock_levels s`,
  );
  const sold = new Map(
    (
      await query<{ variant_id: string; quantity: number }>(
        databases.orders!.url,
        `SELECT l.variant_id, sum(l.quantity)::int AS quantity FROM order_lines l JOIN orders o ON o.id = l.order_id
          WHERE o.status = ANY($1) GROUP BY l.variant_id`,
        [PAID_STATUSES],
      )
    ).map((r) => [r.variant_id, r.quantity]),
  );
  const minStock = new Map<string, number>(
    (
      await query<{ variant_id: string; lowest: number }>(
        databases.inventory!.url,
        'SELECT variant_id, min(LEAST(on_hand_after, on_hand_after - reserved_after))::int AS lowest FROM stock_movements GROUP BY variant_id',
      )
    ).map((r) => [r.variant_id, r.lowest]),
  );
  for (const level of levels) {
    const v = level.variant_id;
    if (level.on_hand < 0 || level.reserved < 0 || (minStock.get(v) ?? 0) < 0)
      violations.push(`variant ${v}: stock went negative`);
    if (level.on_hand !== level.ledger_on_hand || level.reserved !== level.ledger_reserved)
      violations.push(
        `variant ${v}: stock ${level.on_hand}/${level.reserved} but ledger ${level.ledger_on_hand}/${level.ledger_reserved}`,
      );
    if (level.reserved !== level.active)
      violations.push(`variant ${v}: reserved ${level.reserved}, active reservations ${level.active}`);
    const initial = initialStock.get(v);
    if (initial !== undefined && level.on_hand !== initial - (sold.get(v) ?? 0))
      violations.push(
        `variant ${v}: on hand ${level.on_hand}, expected ${initial} − ${sold.get(v) ?? 0} sold`,
      );
  }
  return { orders: orders.length, byStatus, refunds, violations };
}
