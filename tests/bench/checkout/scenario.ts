import type { ApiClient } from '../../support/api';
import { mapLimit } from '../../support/eventually';
import type { ServiceCluster } from '../../support/service-cluster';
import { addToCart, checkout, shippingRates, stockedVariant, type VariantRef } from '../../support/shop';
import { transactionCount, transactionCounts } from '../pg-transactions';
import { formatMs, percentile } from '../stats';
import { TRANSACTIONS_PER_OUTBOX_READ, waitForQuiet } from './drain';
import { hopBreakdown, type JobRecord, type OutboxRecord } from './hop-breakdown';
import { printHopBreakdown } from './print';
import { completedJobs, outboxRecords } from './run-records';

export interface Scenario {
  customers: number;
  rounds: number;
  /** Rounds run first and left out of the figures (cold caches, connection pools, JIT). */
  warmup: number;
  sameVariant: boolean;
}

export interface Run {
  cluster: ServiceCluster;
  admin: ApiClient;
  anonymous: ApiClient;
  /** Transactions per second the run's databases see while no order is placed (relays, sweepers, pollers). */
  idleTransactionsPerSecond: number;
}

/** Idle transactions per second over the run's databases, counted over `windowMs`. */
export async function idleTransactionRate(cluster: ServiceCluster, windowMs: number): Promise<number> {
  await waitForQuiet(cluster.databases, cluster.settings.prefix);
  const databases = databaseNames(cluster);
  const before = await transactionCount(databases);
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, windowMs));
  const after = await transactionCount(databases);
  return (after - before) / ((performance.now() - started) / 1000);
}

function databaseNames(cluster: ServiceCluster): string[] {
  return Object.values(cluster.databases).map((db) => new URL(db.url).pathname.slice(1));
}

/** How long a refused checkout waits before it is asked again: 1, 2, 4 then 8 s, past a circuit breaker's 5 s. */
const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000];

/**
 * A checkout the orders service refused because it could not read the cart in time is asked again with the
 * same idempotency key, shortly after, as its message invites; the wait and the retry count toward the
 * customer's latency. Asked again at once, it would meet the circuit breaker the refusals opened.
 */
async function checkoutRetryingUnavailable<T>(attempt: () => Promise<T>, onRetry: () => void): Promise<T> {
  for (let tries = 0; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      const delay = RETRY_DELAYS_MS[tries];
      if (delay === undefined || !/SUBGRAPH_UNAVAILABLE/.test((error as Error).message)) throw error;
      onRetry();
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Runs the scenario's rounds of simultaneous checkouts and prints its figures and per-hop breakdown. */
export async function runScenario(run: Run, scenario: Scenario): Promise<void> {
  const { cluster, admin, anonymous } = run;
  const { customers, rounds, warmup, sameVariant } = scenario;
  const prefix = cluster.settings.prefix;
  console.log('');
  console.log(
    `${customers} concurrent customer(s) on ${sameVariant ? 'the same variant' : 'different variants'} × ${rounds} rounds (+${warmup} warm-up)`,
  );
  const tag = `${prefix}-${customers}${sameVariant ? 's' : 'd'}`;
  const units = (rounds + warmup) * (sameVariant ? customers : 1) + 10;
  const variants: VariantRef[] = sameVariant
    ? [await stockedVariant(admin, `BENCH-${tag}`, 2_500, units)]
    : await mapLimit(
        Array.from({ length: customers }, (_, n) => n),
        8,
        (n) => stockedVariant(admin, `BENCH-${tag}-${n}`, 2_500 + n, units),
      );
  const databases = databaseNames(cluster);
  const serviceOf = new Map(
    Object.entries(cluster.databases).map(([service, db]) => [new URL(db.url).pathname.slice(1), service]),
  );
  const byService = new Map<string, number>();
  const latencies: number[] = [];
  const rows: OutboxRecord[] = [];
  let jobs: JobRecord[] = [];
  let orders = 0;
  let elapsedMs = 0;
  let transactions = 0;
  let measuredMs = 0;
  let retries = 0;
  let benchOwn = 0;
  for (let round = 1 - warmup; round <= rounds; round += 1) {
    const clients = await Promise.all(
      Array.from({ length: customers }, async () => anonymous.as(await cluster.mintToken('CUSTOMER'))),
    );
    const carts = await mapLimit(clients, 10, async (client, n) => {
      const cart = await addToCart(client, variants[n % variants.length]!.variantId, 1);
      const [rate] = await shippingRates(client, cart.id);
      return { cartId: cart.id, shippingRateId: rate!.id };
    });
    await waitForQuiet(cluster.databases, prefix);

    const before = await transactionCounts(databases);
    const startedAt = Date.now();
    const roundStart = performance.now();
    const roundLatencies = await Promise.all(
      clients.map(async (client, n) => {
        const started = performance.now();
        const { cartId, shippingRateId } = carts[n]!;
        const result = await checkoutRetryingUnavailable(
          () => checkout(client, cartId, `${tag}-${round}-${n}`, { shippingRateId }),
          () => (retries += 1),
        );
        if (result.order?.status !== 'CONFIRMED') throw new Error(`not confirmed: ${JSON.stringify(result)}`);
        return performance.now() - started;
      }),
    );
    const roundMs = performance.now() - roundStart;
    const outboxReads = await waitForQuiet(cluster.databases, prefix);
    const after = await transactionCounts(databases);
    // The bench's own reads of the outboxes while it waits are not the services' transactions.
    const own = outboxReads * TRANSACTIONS_PER_OUTBOX_READ;
    benchOwn += own * databases.length;
    const spent = new Map([...after].map(([db, count]) => [db, count - (before.get(db) ?? 0) - own]));
    const roundTransactions = [...spent.values()].reduce((sum, n) => sum + n, 0);
    const label = round < 1 ? 'warm-up' : `round ${round}`;
    console.log(
      `  ${label}: ${customers} orders in ${formatMs(roundMs)} — p50 ${formatMs(percentile(roundLatencies, 50))}, p99 ${formatMs(percentile(roundLatencies, 99))}, ${(roundTransactions / customers).toFixed(1)} transactions/order`,
    );
    if (round < 1) {
      benchOwn = 0;
      continue;
    }
    transactions += roundTransactions;
    for (const [db, n] of spent)
      byService.set(serviceOf.get(db)!, (byService.get(serviceOf.get(db)!) ?? 0) + n);
    measuredMs += performance.now() - roundStart;
    elapsedMs += roundMs;
    orders += customers;
    latencies.push(...roundLatencies);
    rows.push(...(await outboxRecords(cluster.databases, startedAt)));
    jobs = await completedJobs(prefix);
  }

  const ids = new Set(rows.map((row) => row.id));
  const hops = jobs.filter((job) => ids.has(job.id)).length;
  const idle = (run.idleTransactionsPerSecond * measuredMs) / 1000;
  const figures: [string, string][] = [
    ['orders per second', (orders / (elapsedMs / 1000)).toFixed(1)],
    ['checkout → CONFIRMED p50', formatMs(percentile(latencies, 50))],
    ['checkout → CONFIRMED p99', formatMs(percentile(latencies, 99))],
    ['checkouts retried (unavailable)', String(retries)],
    ['queue hops / order', (hops / orders).toFixed(1)],
    ['Postgres transactions / order', (transactions / orders).toFixed(1)],
    ['  of which idle background', (idle / orders).toFixed(1)],
    ['  not counted: outbox reads of the bench', (benchOwn / orders).toFixed(1)],
  ];
  for (const [label, value] of figures) console.log(`  ${label.padEnd(34)} ${value}`);
  const perService = [...byService]
    .sort((a, b) => b[1] - a[1])
    .map(([service, n]) => `${service} ${(n / orders).toFixed(1)}`);
  console.log(`  transactions / order by database   ${perService.join(', ')}`);
  printHopBreakdown(hopBreakdown(rows, jobs), orders);
}
