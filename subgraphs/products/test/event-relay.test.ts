import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventQueueName, type DomainEvent } from '@msa/events';
import { eventually } from '@msa/testing';
import { createProduct, startProductsHarness, type ProductsHarness } from './support/products-harness';

let h: ProductsHarness;
let queues: Record<'inventory' | 'cart', Queue>;

beforeAll(async () => {
  h = await startProductsHarness({ relay: true });
  queues = {
    inventory: h.queues.queue(eventQueueName('inventory')),
    cart: h.queues.queue(eventQueueName('cart')),
  };
});
afterAll(() => h?.stop());

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
      const jobs = await eventually(async () => {
        const waiting = await queue.getJobs(['wait']);
        return waiting.length >= 2 && waiting;
      }, 5_000);
      expect(jobs.map((job) => job.id).sort()).toEqual(rows.map((row) => row.id).sort());
      const events = jobs.map((job) => job.data as DomainEvent<'product.variant.changed'>);
      expect(events.map((event) => event.payload.sku).sort()).toEqual(['TRAIL-42', 'TRAIL-43']);
      expect(
        events.every(
          (event) => event.name === 'product.variant.changed' && event.payload.productId === product.id,
        ),
      ).toBe(true);
    }

    const unpublished = await eventually(async () => {
      const { rows: pending } = await h.sql.query<{ count: string }>(
        'SELECT count(*) FROM outbox WHERE published_at IS NULL',
      );
      return pending[0]!.count === '0' && 0;
    }, 5_000);
    expect(unpublished).toBe(0);
  });
});
