import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  createAccessTokenSigner,
  createAccessTokenVerifier,
  generateSigningKeyPem,
  localKeys,
  signingKeyFromPem,
  type Role,
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
  /** Signs access tokens with the users service's own key, for load tests that need many identities. */
  mintToken(role: Role, userId?: string): Promise<string>;
  subgraphs: Record<string, RunningSubgraph>;
  queuePrefix: string;
  redisUrl: string;
  databases: Record<string, TestDatabase>;
  stop(): Promise<void>;
}

export interface BootOptions {
  rateLimitPoints?: number;
  rateLimitWindowSeconds?: number;
  /** How long inventory holds stock for a pending order (orders sends it with each reservation). */
  reservationTtlSeconds?: number;
  reservationSweepIntervalMs?: number;
  checkoutSettleTimeoutMs?: number;
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
  const signer = createAccessTokenSigner(signingKey);
  const verifier = createAccessTokenVerifier(localKeys(signer.jwks()));

  const databases = Object.fromEntries(
    await Promise.all(
      SUBGRAPH_NAMES.map(
        async (name) => [name, await createTestDatabase(name, migrationsDirOf(name))] as const,
      ),
    ),
  ) as Record<(typeof SUBGRAPH_NAMES)[number], TestDatabase>;

  const routerPort = await freePort();
  const routerUrl = `http://localhost:${routerPort}/graphql`;
  const common = { port: 0, redisUrl, verifier, queuePrefix, logger };

  const subgraphs: Record<string, RunningSubgraph> = {};
  subgraphs.users = await createUsersSubgraph({
    databaseUrl: databases.users.url,
    redisUrl,
    port: 0,
    signingKey,
    logger,
    queuePrefix,
  });
  subgraphs.products = await createProductsSubgraph({
    ...common,
    databaseUrl: databases.products.url,
    mediaDir,
    publicBaseUrl: `http://localhost:${routerPort}`,
  });
  subgraphs.inventory = await createInventorySubgraph({
    ...common,
    databaseUrl: databases.inventory.url,
    reservationSweepIntervalMs: options.reservationSweepIntervalMs ?? 1_000,
  });
  subgraphs.cart = await createCartSubgraph({
    ...common,
    databaseUrl: databases.cart.url,
    keyPrefix: `${queuePrefix}:cart:`,
  });
  subgraphs.orders = await createOrdersSubgraph({
    ...common,
    databaseUrl: databases.orders.url,
    routerUrl,
    checkoutSettleTimeoutMs: options.checkoutSettleTimeoutMs ?? 30_000,
    ...(options.reservationTtlSeconds ? { reservationTtlSeconds: options.reservationTtlSeconds } : {}),
  });

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
    mintToken: (role, userId = randomUUID()) => signer.sign({ userId, role, kind: 'user' }),
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
