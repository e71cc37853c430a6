import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData } from '@msa/testing';
import { startCartHarness, type CartHarness } from './support/cart-harness';

describe('cart privacy requests', () => {
  let h: CartHarness;
  let variant: string;

  beforeAll(async () => {
    h = await startCartHarness();
    variant = await h.publishVariant({ price: 1200 });
  });
  afterAll(() => h?.close());

  const part = async (exportId: string) =>
    (
      await h.db.query<{ payload: { subgraph: string; userId: string; data: unknown } }>(
        `SELECT payload FROM outbox WHERE name = 'user.data_export_part_ready' AND payload->>'exportId' = $1`,
        [exportId],
      )
    ).rows.map((row) => row.payload);

  it("exports the customer's saved cart once, however often the request is delivered", async () => {
    const userId = randomUUID();
    const token = await h.keys.tokenFor('CUSTOMER', userId);
    await h.addToCart({ variantId: variant, quantity: 3 }, token);
    await h.addToCart({ variantId: variant, quantity: 1 }, await h.keys.tokenFor('CUSTOMER', randomUUID()));

    const exportId = randomUUID();
    const id = await h.deliver('user.data_export_requested', { exportId, userId });
    await h.deliver('user.data_export_requested', { exportId, userId }, { id });

    const parts = await part(exportId);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ subgraph: 'cart', userId });
    expect(parts[0]!.data).toMatchObject({ cart: { lines: [{ variantId: variant, quantity: 3 }] } });
  });

  it('deletes the customer cart from Postgres and Redis, idempotently', async () => {
    const userId = randomUUID();
    const token = await h.keys.tokenFor('CUSTOMER', userId);
    const cartId = (await h.addToCart({ variantId: variant, quantity: 2 }, token)).cart!.id;

    const id = await h.deliver('user.account_deleted', { userId });
    await h.deliver('user.account_deleted', { userId }, { id });

    const stored = await h.db.query('SELECT 1 FROM carts WHERE customer_id = $1', [userId]);
    expect(stored.rowCount).toBe(0);
    expect(await h.redis.keys(`${h.keyPrefix}*${cartId}*`)).toEqual([]);
    const cart = expectData(await h.gql<{ cart: unknown }>('{ cart { id } }', {}, token)).cart;
    expect(cart).toBeNull();
  });
});
