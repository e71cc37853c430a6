import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  createAccessTokenSigner,
  createAccessTokenVerifier,
  generateSigningKeyPem,
  localKeys,
  signingKeyFromPem,
} from '@msa/auth';
import { createLogger, type RunningSubgraph } from '@msa/subgraph-kit';
import { createTestDatabase, TEST_REDIS_URL, type TestDatabase } from '@msa/testing';
import { migrationsDirOf } from '@msa/prisma-toolkit/repo-paths';
import { createUsersSubgraph } from '@msa/users/app';
import { createProductsSubgraph } from '@msa/products/app';
import { createInventorySubgraph } from '@msa/inventory/app';
import { createCartSubgraph } from '@msa/cart/app';
import { createOrdersSubgraph } from '@msa/orders/app';
import { createRouter } from '@msa/router/app';
import { freePort } from './free-port';

export interface BootedSupergraph {
  routerUrl: string;
  subgraphs: Record<string, RunningSubgraph>;
  queuePrefix: string;
  redisUrl: string;
  databases: Record<string, TestDatabase>;
  stop(): Promise<void>;
}

export interface BootOptions {
  rateLimitPoints?: number;
  rateLimitWindowSeconds?: number;
}

const SUBGRAPH_NAMES = ['users', 'products', 'inventory', 'cart', 'orders'] as const;

/**
 * Boots every subgraph and the router in this process on free ports, each subgraph on its own throwaway
 * database, sharing the real local Redis under a unique prefix. Returns the router URL clients talk to.
 */
export async function bootSupergraph(options: BootOptions = {}): Promise<BootedSupergraph> {
  const logger = createLogger('e2e', (process.env.LOG_LEVEL as 'silent') ?? 'silent');
  const runId = randomBytes(4).toString('hex');
  const queuePrefix = `e2e-${runId}`;
  const redisUrl = TEST_REDIS_URL;
  const mediaDir = mkdtempSync(join(tmpdir(), 'msa-media-'));

  const signingKey = await signingKeyFromPem(await generateSigningKeyPem());
  const verifier = createAccessTokenVerifier(localKeys(createAccessTokenSigner(signingKey).jwks()));

  const databases = Object.fromEntries(
    await Promise.all(SUBGRAPH_NAMES.map(async (name) => [name, await createTestDatabase(name, migrationsDirOf(name))] as const)),
  ) as Record<(typeof SUBGRAPH_NAMES)[number], TestDatabase>;

  const routerPort = await freePort();
  const routerUrl = `http://localhost:${routerPort}/graphql`;
  const common = { port: 0, redisUrl, verifier, queuePrefix, logger };

  const subgraphs: Record<string, RunningSubgraph> = {};
  subgraphs.users = await createUsersSubgraph({ databaseUrl: databases.users.url, redisUrl, port: 0, signingKey, logger });
  subgraphs.products = await createProductsSubgraph({
    ...common,
    databaseUrl: databases.products.url,
    mediaDir,
    publicBaseUrl: `http://localhost:${routerPort}`,
  });
  subgraphs.inventory = await createInventorySubgraph({ ...common, databaseUrl: databases.inventory.url });
  subgraphs.cart = await createCartSubgraph({ ...common, databaseUrl: databases.cart.url, keyPrefix: `${queuePrefix}:cart:` });
  subgraphs.orders = await createOrdersSubgraph({ ...common, databaseUrl: databases.orders.url, routerUrl });

  const router = await createRouter({
    port: routerPort,
    subgraphs: Object.entries(subgraphs).map(([name, running]) => ({ name, url: running.url })),
    redisUrl,
    verifier,
    logger,
    rateLimit: {
      points: options.rateLimitPoints ?? 100_000,
      windowSeconds: options.rateLimitWindowSeconds ?? 60,
      keyPrefix: `${queuePrefix}:rl:`,
    },
    apqKeyPrefix: `${queuePrefix}:apq:`,
  });

  return {
    routerUrl,
    subgraphs,
    queuePrefix,
    redisUrl,
    databases,
    async stop() {
      await router.stop();
      await Promise.all(Object.values(subgraphs).map((s) => s.stop()));
      await Promise.all(Object.values(databases).map((db) => db.drop()));
      rmSync(mediaDir, { recursive: true, force: true });
    },
  };
}
