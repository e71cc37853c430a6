import 'reflect-metadata';
import { seed as seedUsers } from '@msa/users/seed';
import { bootSupergraph } from '../support/boot-supergraph';
import { ApiClient, login } from '../support/api';
import { mapLimit } from '../support/eventually';
import { addToCart, checkout, stockedVariant } from '../support/shop';
import { transactionCount } from './pg-transactions';
import { formatMs, percentile } from './stats';

/**
 * `npm run bench:checkout [-- --customers 100 --rounds 3]`: N customers check out at once through the router
 * against the full in-process supergraph on the local Postgres and Redis. Prints orders per second, the time
 * from `checkout` to CONFIRMED (p50/p99), and the Postgres transactions spent per order across all subgraph
 * databases.
 */
function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

async function main() {
  const customers = option('customers', 100);
  const rounds = option('rounds', 3);
  console.log(`bench:checkout — ${customers} concurrent customers × ${rounds} rounds`);
  // Checkout answers once the saga confirmed the order (bounded wait), so its latency is checkout → CONFIRMED.
  const system = await bootSupergraph({ checkoutSettleTimeoutMs: 60_000 });
  try {
    await seedUsers({ databaseUrl: system.databases.users!.url, log: () => {} });
    const anonymous = new ApiClient(system.routerUrl);
    const auth = await login(
      anonymous,
      'admin@example.com',
      process.env.DEMO_ADMIN_PASSWORD ?? 'admin-dev-password',
    );
    const admin = anonymous.as(auth.accessToken!);
    const databases = Object.values(system.databases).map((db) => new URL(db.url).pathname.slice(1));

    const latencies: number[] = [];
    let orders = 0;
    let elapsedMs = 0;
    let transactions = 0;
    for (let round = 1; round <= rounds; round += 1) {
      const variant = await stockedVariant(admin, `BENCH-${round}`, 2_500, customers * 2);
      const clients = await Promise.all(
        Array.from({ length: customers }, async () => anonymous.as(await system.mintToken('CUSTOMER'))),
      );
      const carts = await mapLimit(clients, 20, (client) => addToCart(client, variant.variantId, 1));

      const before = await transactionCount(databases);
      const roundStart = performance.now();
      const roundLatencies = await Promise.all(
        clients.map(async (client, n) => {
          const started = performance.now();
          const result = await checkout(client, carts[n]!.id, `bench-${round}-${n}`);
          if (result.order?.status !== 'CONFIRMED')
            throw new Error(`not confirmed: ${JSON.stringify(result)}`);
          return performance.now() - started;
        }),
      );
      const roundMs = performance.now() - roundStart;
      const after = await transactionCount(databases);
      transactions += after - before;
      elapsedMs += roundMs;
      orders += customers;
      latencies.push(...roundLatencies);
      console.log(
        `  round ${round}: ${customers} orders in ${formatMs(roundMs)} — p50 ${formatMs(percentile(roundLatencies, 50))}, p99 ${formatMs(percentile(roundLatencies, 99))}`,
      );
    }

    console.log('');
    console.log(`orders per second         ${(orders / (elapsedMs / 1000)).toFixed(1)}`);
    console.log(`checkout → CONFIRMED p50  ${formatMs(percentile(latencies, 50))}`);
    console.log(`checkout → CONFIRMED p99  ${formatMs(percentile(latencies, 99))}`);
    console.log(
      `Postgres transactions / order (all subgraph databases)  ${(transactions / orders).toFixed(1)}`,
    );
  } finally {
    await system.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
