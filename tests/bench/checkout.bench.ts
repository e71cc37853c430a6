import { randomBytes } from 'node:crypto';
import { cpus, loadavg, tmpdir } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient } from '../support/api';
import { deleteKeysWithPrefix } from '../support/redis-keys';
import { ServiceCluster } from '../support/service-cluster';
import { printServiceProfiles } from './checkout/profiles';
import { idleTransactionRate, runScenario } from './checkout/scenario';

/**
 * `npm run bench:checkout [-- --customers 1,50 --rounds 3 --warmup 1 --same-variant --profile --tsx]`: every
 * subgraph and the router run as their own processes as deployed (compiled as the image compiles them, plain
 * node, NODE_ENV=production; `--tsx` runs them from source in development mode, as `npm run dev` does), and
 * the simulated card provider answers at once. For each
 * value of --customers, that many customers, each on a variant of their own (or all on one with
 * --same-variant), check out at the same moment through the router, round after round. Prints orders per
 * second, checkout → CONFIRMED p50/p99, queue hops and Postgres transactions per order (pg_stat_database over
 * the run's databases, from the checkouts until the queues drain), and the per-hop breakdown from the outbox
 * rows' timestamps and the BullMQ jobs they became. `--profile` has every service write a CPU profile and
 * prints where each one's CPU went.
 */
function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
}

const BENCH_ENV: Record<string, string> = {
  // Checkout answers once the saga has confirmed the order, so its latency is checkout → CONFIRMED.
  CHECKOUT_SETTLE_TIMEOUT_MS: '60000',
  PAYMENTS_PROVIDER_LATENCY_MS: '0,0',
  // No simulated carrier scans after shipping: they are not part of checkout.
  CARRIER_STEP_DELAY_MS: '0',
  RATE_LIMIT_POINTS: '100000000',
};

async function main() {
  const customerCounts = option('customers', '1,50').split(',').map(Number);
  const rounds = Number(option('rounds', '3'));
  const warmup = Number(option('warmup', '1'));
  const sameVariant = process.argv.includes('--same-variant');
  const profileDir = process.argv.includes('--profile')
    ? mkdtempSync(join(tmpdir(), 'checkout-profiles-'))
    : null;
  console.log(`bench:checkout — ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}`);
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  const cluster = new ServiceCluster({
    prefix,
    env: BENCH_ENV,
    compiled: !process.argv.includes('--tsx'),
    nodeArgs: (name) =>
      profileDir
        ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, name)}`, '--cpu-prof-interval=2000']
        : [],
  });
  let failed = true;
  let measuredFrom = Date.now();
  try {
    const bootStarted = Date.now();
    await cluster.start();
    console.log(
      `${cluster.names.length} processes up in ${((Date.now() - bootStarted) / 1000).toFixed(1)} s`,
    );
    const anonymous = new ApiClient(cluster.routerUrl);
    const admin = anonymous.as(await cluster.mintToken('ADMIN'));
    const idleTransactionsPerSecond = await idleTransactionRate(cluster, 5_000);
    console.log(`idle background: ${idleTransactionsPerSecond.toFixed(1)} Postgres transactions/s`);
    const run = { cluster, admin, anonymous, idleTransactionsPerSecond };
    measuredFrom = Date.now();
    for (const customers of customerCounts)
      await runScenario(run, { customers, rounds, warmup, sameVariant });
    failed = false;
  } finally {
    await cluster.stop({ keepLogs: failed });
    if (failed) console.error(`service logs kept in ${cluster.logDir}`);
    await deleteKeysWithPrefix(prefix);
    // Each profile starts when its process did: what came before the first round (boot, idle) is left out.
    if (profileDir)
      printServiceProfiles(
        profileDir,
        (service) => measuredFrom - (cluster.launchedAt.get(service) ?? measuredFrom),
      );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
