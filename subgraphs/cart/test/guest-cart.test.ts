import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectData } from '@msa/testing';
import {
  CART_FIELDS,
  startCartHarness,
  type CartHarness,
  type CartPayloadView,
  type CartView,
} from './support/cart-harness';

const UPDATE = `mutation($cartId: ID, $lineId: ID!, $quantity: Int!) {
  updateCartLine(cartId: $cartId, lineId: $lineId, quantity: $quantity) { cart { ${CART_FIELDS} } userErrors { code field message } }
}`;
const REMOVE = `mutation($cartId: ID, $lineId: ID!) {
  removeCartLine(cartId: $cartId, lineId: $lineId) { cart { ${CART_FIELDS} } userErrors { code field message } }
}`;
const CLEAR = `mutation($cartId: ID) { clearCart(cartId: $cartId) { cart { ${CART_FIELDS} } userErrors { code } } }`;
const CART = `query($cartId: ID) { cart(cartId: $cartId) { ${CART_FIELDS} } }`;

describe('guest carts', () => {
  let h: CartHarness;
  let shirt: string;
  let mug: string;

  beforeAll(async () => {
    h = await startCartHarness({ guestCartTtlSeconds: 3600 });
    shirt = await h.publishVariant({ price: 1500 });
    mug = await h.publishVariant({ price: 800 });
  });
  afterAll(() => h?.close());

  const readCart = async (cartId: string) =>
    expectData(await h.gql<{ cart: CartView | null }>(CART, { cartId })).cart;
  const mutate = async (query: string, variables: Record<string, unknown>, field: string) =>
    expectData(await h.gql<Record<string, CartPayloadView>>(query, variables))[field]!;

  it('creates a guest cart on the first add and edits it by id', async () => {
    const created = await h.addToCart({ variantId: shirt, quantity: 2 });
    expect(created.userErrors).toEqual([]);
    const cartId = created.cart!.id;
    expect(created.cart).toMatchObject({
      isGuest: true,
      itemCount: 2,
      subtotal: { amount: 3000, currency: 'USD', formatted: '$30.00' },
    });

    await h.addToCart({ cartId, variantId: shirt, quantity: 1 });
    const withMug = await h.addToCart({ cartId, variantId: mug, quantity: 1 });
    expect(withMug.cart!.lines.map((l) => [l.variant.id, l.quantity, l.lineTotal.amount])).toEqual([
      [shirt, 3, 4500],
      [mug, 1, 800],
    ]);
    const [shirtLine, mugLine] = withMug.cart!.lines;

    const updated = await mutate(UPDATE, { cartId, lineId: shirtLine!.id, quantity: 5 }, 'updateCartLine');
    expect(updated.cart!.lines[0]!.quantity).toBe(5);
    expect(updated.cart!.subtotal.amount).toBe(5 * 1500 + 800);

    const removed = await mutate(REMOVE, { cartId, lineId: mugLine!.id }, 'removeCartLine');
    expect(removed.cart!.lines.map((l) => l.id)).toEqual([shirtLine!.id]);

    const zeroed = await mutate(UPDATE, { cartId, lineId: shirtLine!.id, quantity: 0 }, 'updateCartLine');
    expect(zeroed.cart).toMatchObject({ lines: [], itemCount: 0, subtotal: { amount: 0 } });
    expect(await readCart(cartId)).toMatchObject({ id: cartId, lines: [] });
  });

  it('clears a cart', async () => {
    const cartId = (await h.addToCart({ variantId: mug, quantity: 2 })).cart!.id;
    expect((await mutate(CLEAR, { cartId }, 'clearCart')).cart!.itemCount).toBe(0);
  });

  it('keeps guest carts for the configured inactivity and refreshes the expiry on every read', async () => {
    const cartId = (await h.addToCart({ variantId: mug, quantity: 1 })).cart!.id;
    const key = `${h.keyPrefix}carts:${cartId}`;
    const ttl = await h.redis.ttl(key);
    expect(ttl).toBeGreaterThan(h.guestCartTtlSeconds - 5);
    expect(ttl).toBeLessThanOrEqual(h.guestCartTtlSeconds);

    await h.redis.expire(key, 60);
    await readCart(cartId);
    expect(await h.redis.ttl(key)).toBeGreaterThan(h.guestCartTtlSeconds - 5);

    // What expiry does to a guest cart: it is gone, and so is every way to change it.
    await h.redis.del(key);
    expect(await readCart(cartId)).toBeNull();
    const add = await h.addToCart({ cartId, variantId: mug, quantity: 1 });
    expect(add).toMatchObject({ cart: null, userErrors: [{ code: 'CART_NOT_FOUND', field: ['cartId'] }] });
  });

  it('refuses invalid changes with userErrors and leaves the cart as it was', async () => {
    const cartId = (await h.addToCart({ variantId: shirt, quantity: 1 })).cart!.id;
    const unsold = await h.publishVariant({ purchasable: false });
    const scarce = await h.publishVariant();
    await h.deliver('inventory.stock_changed', { variantId: scarce, onHand: 5, reserved: 2, available: 3 });

    const attempts: [string, number, string, string?][] = [
      [shirt, 0, 'INVALID_QUANTITY'],
      [shirt, -2, 'INVALID_QUANTITY'],
      [shirt, 20, 'QUANTITY_LIMIT'],
      ['var_does_not_exist', 1, 'VARIANT_NOT_FOUND'],
      [unsold, 1, 'VARIANT_NOT_AVAILABLE'],
      [scarce, 4, 'OUT_OF_STOCK', 'Only 3 left in stock'],
    ];
    for (const [variantId, quantity, code, message] of attempts) {
      const result = await h.addToCart({ cartId, variantId, quantity });
      expect(result.userErrors, `${variantId} x${quantity}`).toMatchObject([
        { code, ...(message ? { message } : {}) },
      ]);
      expect(result.cart).toMatchObject({ id: cartId, itemCount: 1 });
    }

    const lineId = (await readCart(cartId))!.lines[0]!.id;
    expect(
      (await mutate(UPDATE, { cartId, lineId, quantity: 21 }, 'updateCartLine')).userErrors[0]!.code,
    ).toBe('QUANTITY_LIMIT');
    expect(
      (await mutate(UPDATE, { cartId, lineId: crypto.randomUUID(), quantity: 1 }, 'updateCartLine'))
        .userErrors[0]!.code,
    ).toBe('LINE_NOT_FOUND');
    expect(
      (await mutate(REMOVE, { cartId, lineId: crypto.randomUUID() }, 'removeCartLine')).userErrors[0]!.code,
    ).toBe('LINE_NOT_FOUND');
  });

  it("creates no cart when a guest's first add is refused", async () => {
    const before = await h.redis.keys(`${h.keyPrefix}carts:*`);
    const result = await h.addToCart({ variantId: 'var_does_not_exist', quantity: 1 });
    expect(result).toMatchObject({
      cart: null,
      userErrors: [{ code: 'VARIANT_NOT_FOUND', field: ['variantId'] }],
    });
    expect(await h.redis.keys(`${h.keyPrefix}carts:*`)).toHaveLength(before.length);
  });

  it('needs a cart id to change a cart when not signed in', async () => {
    const response = await h.gql(UPDATE, { lineId: crypto.randomUUID(), quantity: 1 });
    expect(errorCode(response)).toBe('BAD_USER_INPUT');
  });

  it('prices lines at the current variant price and flags lines whose price changed', async () => {
    const variantId = await h.publishVariant({ price: 1000 });
    const cartId = (await h.addToCart({ variantId, quantity: 2 })).cart!.id;

    const change = {
      variantId,
      productId: 'prod_1',
      sku: 'X',
      price: 1250,
      currency: 'USD',
      purchasable: true,
      weightGrams: 1,
    };
    const changeId = await h.deliver('product.variant.changed', change);
    const repriced = (await readCart(cartId))!;
    expect(repriced.lines[0]).toMatchObject({
      unitPrice: { amount: 1250 },
      addedUnitPrice: { amount: 1000 },
      lineTotal: { amount: 2500 },
      priceChanged: true,
    });
    expect(repriced.subtotal.amount).toBe(2500);

    // A redelivered message changes nothing, even if it claims to be newer; an older event is ignored.
    await h.deliver('product.variant.changed', { ...change, price: 9999 }, { id: changeId });
    await h.deliver(
      'product.variant.changed',
      { ...change, price: 1 },
      { occurredAt: new Date(Date.now() - 60_000) },
    );
    expect((await readCart(cartId))!.lines[0]!.unitPrice.amount).toBe(1250);

    await h.publishVariant({ variantId, price: 1000 });
    expect((await readCart(cartId))!.lines[0]!.priceChanged).toBe(false);
  });

  it('does not lose concurrent adds to the same guest cart', async () => {
    const cartId = (await h.addToCart({ variantId: shirt, quantity: 1 })).cart!.id;
    const others = await Promise.all([1, 2, 3, 4].map((price) => h.publishVariant({ price })));
    const results = await Promise.all([
      ...Array.from({ length: 8 }, () => h.addToCart({ cartId, variantId: shirt, quantity: 1 })),
      ...others.map((variantId) => h.addToCart({ cartId, variantId, quantity: 2 })),
    ]);
    expect(results.flatMap((r) => r.userErrors)).toEqual([]);
    const cart = (await readCart(cartId))!;
    expect(cart.lines.find((l) => l.variant.id === shirt)!.quantity).toBe(9);
    expect(cart.lines).toHaveLength(5);
    expect(cart.itemCount).toBe(9 + 4 * 2);
  });
});
