import type { EventPayloads, OutboxRelay, OutboxRelayOptions } from '../../src';
import { startOutboxRelay } from '../../src';
import type { OutboxDatabase } from './outbox-database';
import { REDIS_URL, type createTestQueues } from './redis-queues';

/** The messaging tables and the queues a relay test runs on. */
export interface RelayTestBed {
  db: OutboxDatabase;
  redis: ReturnType<typeof createTestQueues>;
}

/** A `product.variant.changed` payload (an event several services subscribe to). */
export const variantChanged = (variantId: string): EventPayloads['product.variant.changed'] => ({
  variantId,
  productId: 'p1',
  sku: `SKU-${variantId}`,
  price: 1999,
  currency: 'EUR',
  purchasable: true,
  weightGrams: 250,
});

/** How many outbox rows no relay has published yet. */
export async function unpublishedCount(db: OutboxDatabase): Promise<number> {
  const { rows } = await db.pool.query('SELECT count(*) FROM "outbox" WHERE "published_at" IS NULL');
  return Number(rows[0].count);
}

/**
 * Starts relays on the bed's database and queues, polling only once a minute (the tests flush them), and
 * stops every one it started: a relay left running would take the next test's rows.
 */
export function relayStarter(bed: () => RelayTestBed, defaults: Partial<OutboxRelayOptions> = {}) {
  const relays: OutboxRelay[] = [];
  return {
    start(overrides: Partial<OutboxRelayOptions> = {}): OutboxRelay {
      const { db, redis } = bed();
      const started = startOutboxRelay({
        databaseUrl: db.url,
        redisUrl: REDIS_URL,
        prefix: redis.prefix,
        pollIntervalMs: 60_000,
        ...defaults,
        ...overrides,
      });
      relays.push(started);
      return started;
    },
    async stopAll(): Promise<void> {
      await Promise.all(relays.splice(0).map((started) => started.stop()));
    },
  };
}
