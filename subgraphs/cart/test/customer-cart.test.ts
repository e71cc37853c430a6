import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, expectData } from '@msa/testing';
import {
  CART_FIELDS,
  flushCartKeys,
  startCartHarness,
  type CartHarness,
  type CartPayloadView,
  type CartView,
} from './support/cart-harness';

const CART = `query($cartId: ID) { cart(cartId: $cartId) { ${CART_FIELDS} } }`;
const UPDATE = `mutation($cartId: ID, $lineId: ID!, $quantity: Int!) {
  updateCartLine(cartId: $cartId, lineId: $lineId, quantity: $quantity) { cart { ${CART_FIELDS} } userErrors { code } }
}`;
const MERGE = `mutation($id: ID!) { mergeCart(guestCartId: $id) { cart { ${CART_FIELDS} } userErrors { code field message } } }`;
/** The query the orders service sends through the router at checkout. */
const CHECKOUT_READ = `query($id: ID) { cart(cartId: $id) { id lines { id quantity variant { id } unitPrice { amount currency } } subtotal { amount currency } } }`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Cart { id itemCount } } }`;

describe('customer carts', () => {
  let h: CartHarness;
  let shirt: string;
  let mug: string;

  beforeAll(async () => {
    h = await startCartHarness();
    shirt = await h.publishVariant({ price: 1500 });
    mug = await h.publishVariant({ price: 800 });
  });
  afterAll(() => h?.close());

  const customer = async () => {
    const userId = randomUUID();
    return { userId, token: await h.keys.tokenFor('CUSTOMER', userId) };
  };
  const ownCart = async (token: string) =>
    expectData(await h.gql<{ cart: CartView | null }>(CART, {}, token)).cart;
  const merge = async (id: string, token: string) =>
    expectData(await h.gql<{ mergeCart: CartPayloadView }>(MERGE, { id }, token)).mergeCart;
  const storedLines = async (cartId: string) =>
    (
      await h.db.query<{ variant_id: string; quantity: number }>(
        'SELECT variant_id, quantity FROM cart_lines WHERE cart_id = $1 ORDER BY position',
        [cartId],
      )
    ).rows;

  it('gives a signed-in customer their own cart and writes it through to Postgres', async () => {
    const { token } = await customer();
    expect(await ownCart(token)).toBeNull();
    const added = await h.addToCart({ variantId: shirt, quantity: 2 }, token);
    expect(added.cart).toMatchObject({ isGuest: false, itemCount: 2 });
    const cartId = added.cart!.id;
    expect((await ownCart(token))!.id).toBe(cartId);
    expect(await storedLines(cartId)).toEqual([{ variant_id: shirt, quantity: 2 }]);

    const checkout = expectData(
      await h.gql<{ cart: { id: string; subtotal: { amount: number } } }>(
        CHECKOUT_READ,
        { id: cartId },
        token,
      ),
    );
    expect(checkout.cart).toMatchObject({ id: cartId, subtotal: { amount: 3000, currency: 'USD' } });
  });

  it('loses no customer cart when Redis is flushed', async () => {
    const { token } = await customer();
    const cartId = (await h.addToCart({ variantId: shirt, quantity: 1 }, token)).cart!.id;
    await h.addToCart({ variantId: mug, quantity: 3 }, token);
    expect(await flushCartKeys(h)).toBeGreaterThan(0);

    const restored = (await ownCart(token))!;
    expect(restored.id).toBe(cartId);
    expect(restored.lines.map((l) => [l.variant.id, l.quantity])).toEqual([
      [shirt, 1],
      [mug, 3],
    ]);
    expect(await h.redis.exists(`${h.keyPrefix}carts:${cartId}`)).toBe(1);

    await flushCartKeys(h);
    const lineId = restored.lines[1]!.id;
    const updated = expectData(
      await h.gql<{ updateCartLine: CartPayloadView }>(UPDATE, { cartId, lineId, quantity: 4 }, token),
    ).updateCartLine;
    expect(updated.cart!.itemCount).toBe(5);
    await flushCartKeys(h);
    expect((await ownCart(token))!.itemCount).toBe(5);
  });

  it('keeps other customers out of a cart', async () => {
    const owner = await customer();
    const other = await customer();
    const cartId = (await h.addToCart({ variantId: shirt, quantity: 1 }, owner.token)).cart!.id;

    expect(errorCode(await h.gql(CART, { cartId }, other.token))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(CART, { cartId }))).toBe('UNAUTHENTICATED');
    const add = await h.gql(
      `mutation($cartId: ID) { addToCart(cartId: $cartId, variantId: "${shirt}", quantity: 1) { userErrors { code } } }`,
      { cartId },
      other.token,
    );
    expect(errorCode(add)).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(MERGE, { id: cartId }, other.token))).toBe('FORBIDDEN');
    expect(await ownCart(other.token)).toBeNull();

    const staff = await h.keys.tokenFor('STAFF');
    expect(expectData(await h.gql<{ cart: CartView }>(CART, { cartId }, staff)).cart.itemCount).toBe(1);
    expect((await ownCart(owner.token))!.itemCount).toBe(1);
  });

  it('does not lose concurrent adds to a customer cart', async () => {
    const { token } = await customer();
    const results = await Promise.all([
      ...Array.from({ length: 8 }, () => h.addToCart({ variantId: shirt, quantity: 1 }, token)),
      ...Array.from({ length: 4 }, () => h.addToCart({ variantId: mug, quantity: 2 }, token)),
    ]);
    expect(results.flatMap((r) => r.userErrors)).toEqual([]);
    expect(new Set(results.map((r) => r.cart!.id)).size).toBe(1);
    const cart = (await ownCart(token))!;
    expect(cart.lines.map((l) => [l.variant.id, l.quantity]).sort()).toEqual(
      [
        [mug, 8],
        [shirt, 8],
      ].sort(),
    );
    expect((await storedLines(cart.id)).map((l) => l.quantity).sort()).toEqual([8, 8]);
  });

  it('merges a guest cart after login: sums, clamps to the line maximum and stock, and is idempotent', async () => {
    const { token } = await customer();
    const scarce = await h.publishVariant({ price: 300 });
    const extra = await h.publishVariant({ price: 200 });
    await h.deliver('inventory.stock_changed', { variantId: scarce, onHand: 4, reserved: 0, available: 4 });

    await h.addToCart({ variantId: shirt, quantity: 15 }, token);
    await h.addToCart({ variantId: scarce, quantity: 2 }, token);
    const guestId = (await h.addToCart({ variantId: shirt, quantity: 10 })).cart!.id;
    await h.addToCart({ cartId: guestId, variantId: scarce, quantity: 3 });
    await h.addToCart({ cartId: guestId, variantId: extra, quantity: 2 });

    const merged = await merge(guestId, token);
    expect(merged.userErrors).toEqual([]);
    const quantities = (cart: CartView) =>
      Object.fromEntries(cart.lines.map((l) => [l.variant.id, l.quantity]));
    expect(quantities(merged.cart!)).toEqual({ [shirt]: 20, [scarce]: 4, [extra]: 2 });
    expect(merged.cart!.isGuest).toBe(false);
    expect(expectData(await h.gql<{ cart: CartView | null }>(CART, { cartId: guestId })).cart).toBeNull();

    const again = await merge(guestId, token);
    expect(again.cart!.id).toBe(merged.cart!.id);
    expect(quantities(again.cart!)).toEqual(quantities(merged.cart!));
    expect((await storedLines(merged.cart!.id)).length).toBe(3);

    const stranger = await customer();
    expect(errorCode(await h.gql(MERGE, { id: guestId }, stranger.token))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(MERGE, { id: guestId }))).toBe('UNAUTHENTICATED');
    expect((await merge(randomUUID(), token)).userErrors).toMatchObject([
      { code: 'CART_NOT_FOUND', field: ['guestCartId'] },
    ]);
  });

  it('merges a guest cart once when the same merge arrives twice at the same time', async () => {
    const { token } = await customer();
    const guestId = (await h.addToCart({ variantId: mug, quantity: 3 })).cart!.id;
    const [first, second] = await Promise.all([merge(guestId, token), merge(guestId, token)]);
    expect(first.cart!.id).toBe(second.cart!.id);
    expect((await ownCart(token))!.lines.map((l) => l.quantity)).toEqual([3]);
  });

  it('takes a confirmed order out of the customer cart, once', async () => {
    const { userId, token } = await customer();
    const cartId = (await h.addToCart({ variantId: shirt, quantity: 2 }, token)).cart!.id;
    await h.addToCart({ variantId: mug, quantity: 1 }, token);
    const order = {
      orderId: randomUUID(),
      customerId: userId,
      cartId,
      lines: [
        { variantId: shirt, quantity: 2 },
        { variantId: mug, quantity: 1 },
      ],
    };

    const messageId = await h.deliver('order.confirmed', order);
    expect(await ownCart(token)).toMatchObject({ id: cartId, lines: [], itemCount: 0 });
    expect(await storedLines(cartId)).toEqual([]);

    await h.addToCart({ variantId: mug, quantity: 1 }, token);
    await h.deliver('order.confirmed', order, { id: messageId });
    expect((await ownCart(token))!.itemCount).toBe(1);
  });

  it('resolves Cart entities with the same access rules', async () => {
    const owner = await customer();
    const other = await customer();
    const cartId = (await h.addToCart({ variantId: shirt, quantity: 3 }, owner.token)).cart!.id;
    const guestId = (await h.addToCart({ variantId: mug, quantity: 1 })).cart!.id;
    const representations = [
      { __typename: 'Cart', id: cartId },
      { __typename: 'Cart', id: guestId },
    ];

    const data = expectData(
      await h.gql<{ _entities: { id: string; itemCount: number }[] }>(
        ENTITIES,
        { r: representations },
        owner.token,
      ),
    );
    expect(data._entities).toEqual([
      { id: cartId, itemCount: 3 },
      { id: guestId, itemCount: 1 },
    ]);
    expect(errorCode(await h.gql(ENTITIES, { r: [representations[0]] }, other.token))).toBe('FORBIDDEN');

    const sdl = expectData(await h.gql<{ _service: { sdl: string } }>('{ _service { sdl } }'))._service.sdl;
    expect(sdl).toMatch(/type Cart\s+@key\(fields: "id"\)/);
  });
});
