import type { AccessTokenVerifier } from '@msa/auth';
import { createTestRedis, TEST_REDIS_URL, type TestRedis } from './redis';
import { closeInOrder } from './teardown';
import { createTestDatabase, type TestDatabase } from './test-database';
import {
  closeClient,
  migrationsPath,
  type MigrationsDir,
  type TestDatabaseClient,
} from './test-database-client';
import { createTestKeys, type TestKeys } from './test-keys';
import { TestQueues, type QueueOpener } from './test-queues';

/** The options every subgraph's factory is given the same way in a test. */
export interface SubgraphTestOptions {
  databaseUrl: string;
  redisUrl: string;
  /** 0: a free port. */
  port: number;
  verifier: AccessTokenVerifier;
  queuePrefix: string;
}

/** Something the test starts beside the subgraph (a stand-in for the router or another service). */
export interface TestStandIn {
  close(): Promise<void>;
}

export interface SubgraphHarnessParts<Client, StandIn> {
  keys: TestKeys;
  database: TestDatabase;
  queues: TestQueues;
  /** The test's client on the database (`undefined` without `client`). */
  client: Client;
  /** The stand-in started beside the subgraph (`undefined` without `standIn`). */
  standIn: StandIn;
  /** A Redis connection and key prefix of the test's own (only with `redisKeys`). */
  redis: TestRedis | undefined;
}

/** A throwaway database of the harness's own from the subgraph's migrations, or one the test made and drops. */
export type SubgraphHarnessDatabase = { migrations: MigrationsDir } | { databaseUrl: string };

export type SubgraphHarnessSpec<Running, Client, StandIn> = SubgraphHarnessDatabase & {
  /** The subgraph's name: its database and queue prefix are named after it. */
  name: string;
  /** Queues the harness already built on; otherwise new ones, opened with `openQueue`. */
  queues?: TestQueues;
  /** How the new queues are opened (a service's createQueue applies its job defaults); BullMQ's own by default. */
  openQueue?: QueueOpener;
  /** Opens a Redis connection under a key prefix of the test's own (a cart store, a cache, sessions). */
  redisKeys?: boolean;
  /** Opens the test's own client on the database. */
  client?: (databaseUrl: string) => Client;
  /** Starts a stand-in beside the subgraph. */
  standIn?: (keys: TestKeys) => Promise<StandIn>;
  /** Runs on the migrated database before the subgraph starts (e.g. to seed what a restart finds). */
  beforeStart?: (parts: SubgraphHarnessParts<Client, StandIn>) => Promise<void> | void;
  /** Starts the subgraph with the common options and its own. */
  start: (options: SubgraphTestOptions, parts: SubgraphHarnessParts<Client, StandIn>) => Promise<Running>;
};

export interface BootedSubgraph<Running, Client, StandIn> extends SubgraphHarnessParts<Client, StandIn> {
  subgraph: Running;
  /** Starts the subgraph again on the same database and queues (after `subgraph.stop()`). */
  restart(): Promise<void>;
  /** Stops everything in order: the subgraph, the queues, the stand-in, the client, the Redis keys, the database. */
  close(): Promise<void>;
}

function openDatabase(name: string, database: SubgraphHarnessDatabase): Promise<TestDatabase> {
  if ('databaseUrl' in database) return Promise.resolve({ url: database.databaseUrl, drop: async () => {} });
  return createTestDatabase(name, migrationsPath(database.migrations));
}

/**
 * Boots a subgraph the way its tests need it: fresh keys, a throwaway database with its migrations, queues
 * (and optionally Redis keys) under a prefix of their own on the real Redis, the test's client and stand-in,
 * then the subgraph itself on a free port. When a step fails, what already started is closed again.
 */
export async function bootSubgraphHarness<
  Running extends { stop(): Promise<void> },
  Client extends TestDatabaseClient | undefined = undefined,
  StandIn extends TestStandIn | undefined = undefined,
>(spec: SubgraphHarnessSpec<Running, Client, StandIn>): Promise<BootedSubgraph<Running, Client, StandIn>> {
  const queues = spec.queues ?? new TestQueues(spec.name, spec.openQueue);
  const parts: Partial<SubgraphHarnessParts<Client, StandIn>> & { queues: TestQueues } = {
    queues,
    redis: spec.redisKeys ? createTestRedis() : undefined,
  };
  let subgraph: Running | undefined;
  const close = () =>
    closeInOrder(
      subgraph && (() => subgraph!.stop()),
      () => queues.close(),
      parts.standIn && (() => parts.standIn!.close()),
      parts.client && (() => closeClient(parts.client!)),
      parts.redis && (() => parts.redis!.close()),
      parts.database && (() => parts.database!.drop()),
    );
  try {
    parts.keys = await createTestKeys();
    parts.database = await openDatabase(spec.name, spec);
    parts.client = spec.client?.(parts.database.url) as Client;
    parts.standIn = (await spec.standIn?.(parts.keys)) as StandIn;
    const ready = parts as SubgraphHarnessParts<Client, StandIn>;
    await spec.beforeStart?.(ready);
    const options: SubgraphTestOptions = {
      databaseUrl: ready.database.url,
      redisUrl: TEST_REDIS_URL,
      port: 0,
      verifier: ready.keys.verifier,
      queuePrefix: queues.prefix,
    };
    subgraph = await spec.start(options, ready);
    const booted: BootedSubgraph<Running, Client, StandIn> = {
      ...ready,
      subgraph,
      async restart() {
        subgraph = await spec.start(options, ready);
        booted.subgraph = subgraph;
      },
      close,
    };
    return booted;
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}
