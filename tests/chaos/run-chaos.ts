import { randomBytes } from 'node:crypto';
import { ApiClient } from '../support/api';
import { stockedVariant } from '../support/shop';
import { percentile } from '../bench/stats';
import { ServiceCluster, waitUntil } from '../support/service-cluster';
import { deleteKeysWithPrefix } from '../support/redis-keys';
import { injectFault, type FaultName, type Recovery } from './faults';
import { checkInvariants, query, quietState } from './invariants';
import { persist, pickPaymentToken, seededRandom, shopOnce, type CheckoutOutcome } from './workload';

export interface ChaosOptions {
  /** Customers checking out at once in every round; rounds go on until the last fault has recovered. */
  customers: number;
  seed: number;
  faults: readonly FaultName[];
  /** How long a killed process stays down before it is started again. */
  pauseMs: number;
  /** Every order must leave PENDING within this long of being placed. */
  settleBoundMs: number;
  /** The subgraphs to run as processes (all by default). */
  subgraphs?: readonly string[];
  log?: (line: string) => void;
}

export interface ChaosReport {
  prefix: string;
  rounds: number;
  checkouts: number;
  orders: number;
  byStatus: Record<string, number>;
  refunds: number;
  settleMs: { p50: number; max: number };
  recoveries: Recovery[];
  recoveryMs: { p50: number; max: number };
  violations: string[];
}

/** Service settings of the run: deadlines short enough for lost messages to be asked for again within it. */
const CHAOS_ENV: Record<string, string> = {
  CHECKOUT_SETTLE_TIMEOUT_MS: '3000',
  SAGA_WATCHDOG_INTERVAL_MS: '500',
  SAGA_REPLY_WITHIN_MS: '5000',
  SAGA_STEP_ATTEMPTS: '40',
  RESERVATION_SWEEP_INTERVAL_MS: '1000',
  SUBGRAPH_BREAKER_RESET_MS: '1000',
  RATE_LIMIT_POINTS: '100000000',
  CARRIER_STEP_DELAY_MS: '0',
  PAYMENTS_PROVIDER_LATENCY_MS: '5,30',
};

/** Scarce stock on one variant, so some checkouts run out and are compensated. */
function stockPlan(customers: number): number[] {
  return [Math.max(2, Math.round(customers / 10)), 1_000_000, 1_000_000, 1_000_000];
}

/**
 * Boots the supergraph as separate processes, runs rounds of concurrent checkouts while injecting each
 * fault in turn, lets the system settle, cancels the declined orders, and checks the invariants.
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const log = options.log ?? (() => {});
  const prefix = `chaos-${randomBytes(4).toString('hex')}`;
  const cluster = new ServiceCluster({
    prefix,
    env: CHAOS_ENV,
    ...(options.subgraphs ? { subgraphs: options.subgraphs } : {}),
  });
  let failed = true;
  try {
    const bootStarted = Date.now();
    await cluster.start();
    log(
      `cluster of ${cluster.names.length} processes up in ${((Date.now() - bootStarted) / 1000).toFixed(1)} s (prefix ${prefix})`,
    );
    const adminToken = await cluster.mintToken('ADMIN');
    const admin = new ApiClient(cluster.routerUrl, adminToken);
    const initialStock = new Map<string, number>();
    const variants: string[] = [];
    for (const [n, stock] of stockPlan(options.customers).entries()) {
      const ref = await stockedVariant(admin, `CHAOS-${prefix}-${n}`, 1_000 + n * 250, stock);
      variants.push(ref.variantId);
      initialStock.set(ref.variantId, stock);
    }

    const random = seededRandom(options.seed);
    const outcomes: CheckoutOutcome[] = [];
    let faultsDone = false;
    let rounds = 0;
    const workloadDeadline = Date.now() + options.settleBoundMs * 2;
    const workload = (async () => {
      do {
        rounds += 1;
        const plans = await Promise.all(
          Array.from({ length: options.customers }, async (_, n) => ({
            label: `${options.seed}-${rounds}-${n}`,
            token: await cluster.mintToken('CUSTOMER'),
            variantId: variants[Math.floor(random() * variants.length)]!,
            paymentToken: pickPaymentToken(random),
          })),
        );
        outcomes.push(
          ...(await Promise.all(plans.map((plan) => shopOnce(cluster.routerUrl, plan, workloadDeadline)))),
        );
        log(`round ${rounds}: ${options.customers} checkouts answered`);
      } while (!faultsDone);
    })();

    // Faults start once checkouts are under way, one at a time, each after the system served again.
    await waitUntil(
      async () => (await query(cluster.databases.orders!.url, 'SELECT 1 FROM orders LIMIT 1')).length > 0,
      {
        timeoutMs: options.settleBoundMs,
        what: 'the first order',
      },
    );
    const recoveries: Recovery[] = [];
    try {
      for (const fault of options.faults) {
        const recovery = await injectFault(cluster, fault, {
          pauseMs: options.pauseMs,
          adminToken,
          recoveryTimeoutMs: options.settleBoundMs,
        });
        recoveries.push(recovery);
        log(`fault ${fault}: serving again after ${recovery.ms} ms`);
      }
    } finally {
      faultsDone = true;
    }
    await workload;

    const violations: string[] = [];
    // Every order leaves PENDING within the bound of being placed.
    await waitUntil(async () => (await quietState(cluster.databases)).pendingOrders === 0, {
      timeoutMs: options.settleBoundMs,
      what: 'every order to leave PENDING',
    }).catch((error: Error) => violations.push(error.message));
    const settle = await query<{ ms: number | null }>(
      cluster.databases.orders!.url,
      `SELECT (EXTRACT(EPOCH FROM (SELECT min(h.at) FROM order_status_history h WHERE h.order_id = o.id AND h.status <> 'PENDING'))
               - EXTRACT(EPOCH FROM o.created_at)) * 1000 AS ms
         FROM orders o`,
    );
    const settleTimes = settle.map((row) => Number(row.ms ?? Number.POSITIVE_INFINITY));
    const late = settleTimes.filter((ms) => ms > options.settleBoundMs).length;
    if (late) violations.push(`${late} order(s) took longer than ${options.settleBoundMs} ms to settle`);

    // Declined orders wait for another card; their customers give up and cancel, which releases the stock.
    // A tenth of the confirmed orders are cancelled too, which refunds the capture and restocks.
    const declined = await query<{ id: string; customer_id: string }>(
      cluster.databases.orders!.url,
      `SELECT id, customer_id FROM orders WHERE status = 'PAYMENT_FAILED'
       UNION ALL
       SELECT id, customer_id FROM (SELECT id, customer_id, row_number() OVER (ORDER BY number) AS n
                                      FROM orders WHERE status = 'CONFIRMED') confirmed WHERE n % 10 = 0`,
    );
    const cancelDeadline = Date.now() + options.settleBoundMs;
    await Promise.all(
      declined.map(async (order) => {
        const customer = new ApiClient(
          cluster.routerUrl,
          await cluster.mintToken('CUSTOMER', order.customer_id),
        );
        await persist(
          () =>
            customer.data('mutation($id: ID!) { cancelOrder(id: $id) { userErrors { code } } }', {
              id: order.id,
            }),
          cancelDeadline,
          `cancel ${order.id}`,
        );
      }),
    );
    await waitUntil(async () => Object.values(await quietState(cluster.databases)).every((n) => n === 0), {
      timeoutMs: options.settleBoundMs,
      what: 'the system to settle',
    }).catch(async (error: Error) => {
      violations.push(`${error.message}: ${JSON.stringify(await quietState(cluster.databases))}`);
    });

    const invariants = await checkInvariants(cluster.databases, initialStock);
    violations.push(...invariants.violations);
    violations.push(...cluster.crashes);
    const unanswered = outcomes.filter((o) => !o.orderId && !o.userErrors.length);
    if (unanswered.length)
      violations.push(`${unanswered.length} checkout(s) answered neither an order nor an error`);
    const recoveryTimes = recoveries.map((r) => r.ms);
    failed = violations.length > 0;
    return {
      prefix,
      rounds,
      checkouts: outcomes.length,
      orders: invariants.orders,
      byStatus: invariants.byStatus,
      refunds: invariants.refunds,
      settleMs: { p50: percentile(settleTimes, 50), max: Math.max(...settleTimes) },
      recoveries,
      recoveryMs: { p50: percentile(recoveryTimes, 50), max: Math.max(0, ...recoveryTimes) },
      violations,
    };
  } finally {
    // Logs of a failed run stay for reading; its databases and Redis keys go either way.
    await cluster.stop({ keepLogs: failed });
    await deleteKeysWithPrefix(prefix);
    if (failed) log(`service logs kept in ${cluster.logDir}`);
  }
}
