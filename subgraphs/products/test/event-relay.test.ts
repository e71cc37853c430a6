import { randomBytes } from 'node:crypto';
import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeConnection,
  createQueue,
  createQueueConnection,
  eventQueueName,
  type DomainEvent,
} from '@msa/events';
import { TEST_REDIS_URL } from '@msa/testing';
import { createProduct, startProductsHarness, type ProductsHarness } from './support/products-harness';

const queuePrefix = `test-products-${randomBytes(4).toString('hex')}`;
const connection = createQueueConnection(TEST_REDIS_URL);
const queues: Record<'inventory' | 'cart', Queue> = {
  inventory: createQueue(eventQueueName('inventory'), { connection, prefix: queuePrefix }),
  cart: createQueue(eventQueueName('cart'), { connection, prefix: queuePrefix }),
};
let h: ProductsHarness;

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting for the relay');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  h = await startProductsHarness({ redisUrl: TEST_REDIS_URL, queuePrefix });
});
afterAll(async () => {
  await h?.stop();
  await Promise.all(
    Object.values(queues).map((queue) => queue.obliterate({ force: true }).then(() => queue.close())),
  );
  await closeConnection(connection);
});

describe('outbox relay', () => {
  it('publishes variant events to the queues of their subscribers, job id = outbox id', async () => {
    const product = await createProduct(h, {
      name: 'Trail Runner',
      status: 'ACTIVE',
      variants: [
        { sku: 'TRAIL-42', price: 12900, options: [{ name: 'Size', value: '42' }] },
        { sku: 'TRAIL-43', price: 12900, options: [{ name: 'Size', value: '43' }] },
      ],
    });
    const { rows } = await h.sql.query<{ id: string; name: string }>(
      `SELECT id, name FROM outbox WHERE name = 'product.variant.changed' ORDER BY payload->>'sku'`,
    );
    expect(rows).toHaveLength(2);

    for (const queue of Object.values(queues)) {
      const jobs = await waitFor(async () => {
        const waiting = await queue.getJobs(['wait']);
        return waiting.length >= 2 ? waiting : null;
      });
      expect(jobs.map((job) => job.id).sort()).toEqual(rows.map((row) => row.id).sort());
      const events = jobs.map((job) => job.data as DomainEvent<'product.variant.changed'>);
      expect(events.map((event) => event.payload.sku).sort()).toEqual(['TRAIL-42', 'TRAIL-43']);
      expect(
        events.every(
          (event) => event.name === 'product.variant.changed' && event.payload.productId === product.id,
        ),
      ).toBe(true);
    }

    const unpublished = await waitFor(async () => {
      const { rows: pending } = await h.sql.query<{ count: string }>(
        'SELECT count(*) FROM outbox WHERE published_at IS NULL',
      );
      return pending[0]!.count === '0' ? 0 : null;
    });
    expect(unpublished).toBe(0);
  });
});
