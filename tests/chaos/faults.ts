import { sleep, waitUntil, type ServiceCluster, type ServiceName } from '../support/service-cluster';
import { deleteKeysWithPrefix } from '../support/redis-keys';
import { query } from './invariants';

/** A SIGKILLed process (restarted after a pause), the run's Redis keys emptied, or its Postgres sessions cut. */
export type FaultName = ServiceName | 'redis' | 'postgres';

export const DEFAULT_FAULTS: readonly FaultName[] = [
  'orders',
  'inventory',
  'payments',
  'shipping',
  'promotions',
  'router',
  'redis',
  'postgres',
];

export interface Recovery {
  fault: FaultName;
  /** From the fault until the router reports every subgraph up and answers a read that reaches a database. */
  ms: number;
}

/**
 * Ends every session of the run's databases, as a Postgres restart would (pg_terminate_backend: the server is
 * shared with other runs, so it is never restarted itself).
 */
export async function terminateDatabaseSessions(cluster: ServiceCluster): Promise<void> {
  const names = Object.values(cluster.databases).map((db) => new URL(db.url).pathname.slice(1));
  await query(
    cluster.databases.orders!.url.replace(/\/[^/]+$/, '/postgres'),
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ANY($1) AND pid <> pg_backend_pid()',
    [names],
  );
}

/** The router answers, reports every subgraph of the run up, and serves a read that reaches products and inventory. */
async function serving(cluster: ServiceCluster, adminToken: string): Promise<boolean> {
  const base = cluster.routerUrl.replace(/\/graphql$/, '');
  const health = (await (await fetch(`${base}/health/subgraphs`)).json()) as { down: string[] };
  if (health.down.some((name) => cluster.names.includes(name as ServiceName))) return false;
  const response = await fetch(cluster.routerUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({ query: '{ products(first: 1) { nodes { id variants { stock { onHand } } } } }' }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  return response.ok && !body.errors?.length;
}

/** Injects one fault and measures how long the system takes to serve again. */
export async function injectFault(
  cluster: ServiceCluster,
  fault: FaultName,
  {
    pauseMs,
    adminToken,
    recoveryTimeoutMs,
  }: { pauseMs: number; adminToken: string; recoveryTimeoutMs: number },
): Promise<Recovery> {
  const started = Date.now();
  if (fault === 'redis') await deleteKeysWithPrefix(cluster.settings.prefix);
  else if (fault === 'postgres') await terminateDatabaseSessions(cluster);
  else {
    await cluster.kill(fault);
    await sleep(pauseMs);
    await cluster.launch(fault);
  }
  await waitUntil(() => serving(cluster, adminToken), {
    timeoutMs: recoveryTimeoutMs,
    what: `the system to serve again after the ${fault} fault`,
  });
  return { fault, ms: Date.now() - started };
}
