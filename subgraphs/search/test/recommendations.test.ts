import { randomUUID } from 'node:crypto';
import { errorCode } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSearchHarness, type SearchHarness } from './support/search-harness';

const ALSO_BOUGHT = `query($productId: ID!, $first: Int) { recommendations(productId: $productId, first: $first) { id } }`;
const FOR_USER = `query($reps: [_Any!]!, $first: Int) {
  _entities(representations: $reps) { ... on User { id recommendedProducts(first: $first) { id } } }
}`;
const VIEW = `mutation($productId: ID!) { recordProductView(productId: $productId) { recorded userErrors { code field } } }`;

let h: SearchHarness;
const KITCHEN: [string, string][] = [
  ['cat-home', 'Home'],
  ['cat-kitchen', 'Kitchen'],
];
const OUTDOORS: [string, string][] = [['cat-outdoors', 'Outdoors']];

/** Products: knife, board, sharpener, apron (kitchen); tent, stove (outdoors); an archived pan. */
const PRODUCTS = [
  ['knife', KITCHEN],
  ['board', KITCHEN],
  ['sharpener', KITCHEN],
  ['apron', KITCHEN],
  ['tent', OUTDOORS],
  ['stove', OUTDOORS],
  ['pan', KITCHEN],
] as const;

async function placeOrder(customerId: string, products: string[], orderId = randomUUID()): Promise<string> {
  await h.deliver('order.placed', {
    orderId,
    customerId,
    lines: products.map((product) => ({ variantId: `v-${product}`, quantity: 1 })),
    total: 1000,
    currency: 'USD',
  });
  return orderId;
}

async function alsoBought(productId: string, first?: number): Promise<string[]> {
  return (
    await h.data<{ recommendations: { id: string }[] }>(ALSO_BOUGHT, { productId, first })
  ).recommendations.map((p) => p.id);
}

async function recommendedFor(userId: string, token: string | undefined, first?: number) {
  return h.gql<{ _entities: { id: string; recommendedProducts: { id: string }[] }[] }>(
    FOR_USER,
    { reps: [{ __typename: 'User', id: userId }], first },
    token,
  );
}

beforeAll(async () => {
  h = await startSearchHarness();
  for (const [name, categories] of PRODUCTS) {
    await h.publishProduct({
      productId: name,
      name: `Plain ${name}`,
      categories,
      variants: [{ variantId: `v-${name}`, price: 1000 }],
    });
  }
  await h.publishProduct({ productId: 'pan', name: 'Plain pan', status: 'ARCHIVED', categories: KITCHEN });
});
afterAll(() => h?.close());

describe('customers also bought', () => {
  it('ranks products by how many orders held them together with the product', async () => {
    const buyer = randomUUID();
    await placeOrder(buyer, ['knife', 'board']);
    await placeOrder(buyer, ['knife', 'board', 'sharpener']);
    await placeOrder(randomUUID(), ['knife', 'sharpener', 'board', 'pan']);
    await placeOrder(randomUUID(), ['knife', 'apron']);
    // board 3, sharpener 2, apron 1; the archived pan is never recommended.
    expect(await alsoBought('knife', 3)).toEqual(['board', 'sharpener', 'apron']);
    expect(await alsoBought('apron', 1)).toEqual(['knife']);
  });

  it('takes a cancelled order back out, whichever event comes first', async () => {
    const orderId = await placeOrder(randomUUID(), ['tent', 'stove']);
    expect(await alsoBought('tent', 1)).toEqual(['stove']);
    await h.deliver('order.status_changed', {
      orderId,
      customerId: 'c',
      from: 'PENDING',
      to: 'CANCELLED',
      note: null,
    });
    const { rows } = await h.sql.query(`SELECT * FROM product_pairs WHERE product_id = 'tent'`);
    expect(rows).toEqual([]);

    const early = randomUUID();
    await h.deliver('order.status_changed', {
      orderId: early,
      customerId: 'c',
      from: 'PENDING',
      to: 'CANCELLED',
      note: null,
    });
    await placeOrder(randomUUID(), ['tent', 'apron'], early);
    expect((await h.sql.query(`SELECT * FROM product_pairs WHERE product_id = 'tent'`)).rows).toEqual([]);
  });

  it('ignores a redelivered order and other status changes', async () => {
    const orderId = randomUUID();
    const event = {
      orderId,
      customerId: randomUUID(),
      lines: [
        { variantId: 'v-stove', quantity: 1 },
        { variantId: 'v-apron', quantity: 2 },
      ],
      total: 1,
      currency: 'USD',
    };
    const id = await h.deliver('order.placed', event);
    await h.deliver('order.placed', event, { id });
    await h.deliver('order.status_changed', {
      orderId,
      customerId: 'c',
      from: 'PENDING',
      to: 'CONFIRMED',
      note: null,
    });
    const { rows } = await h.sql.query<{ orders: number }>(
      `SELECT orders FROM product_pairs WHERE product_id = 'stove' AND other_id = 'apron'`,
    );
    expect(rows).toEqual([{ orders: 1 }]);
  });

  it('falls back to popular products, same category first, for a product nobody bought with anything', async () => {
    await h.publishProduct({
      productId: 'mug',
      name: 'Plain mug',
      categories: KITCHEN,
      variants: [{ variantId: 'v-mug', price: 900 }],
    });
    const picks = await alsoBought('mug', 4);
    expect(picks).toHaveLength(4);
    expect(picks).not.toContain('mug');
    expect(picks.slice(0, 3)).toEqual(['knife', 'board', 'apron']);
    expect(errorCode(await h.gql(ALSO_BOUGHT, { productId: 'mug', first: 500 }))).toBe('BAD_USER_INPUT');
  });
});

describe('personal recommendations', () => {
  it('come from the user’s views and purchases, never what they bought', async () => {
    await placeOrder(randomUUID(), ['tent', 'stove']);
    const viewer = randomUUID();
    const viewerToken = await h.keys.tokenFor('CUSTOMER', viewer);
    const view = await h.data<{ recordProductView: { recorded: boolean } }>(
      VIEW,
      { productId: 'tent' },
      viewerToken,
    );
    expect(view.recordProductView.recorded).toBe(true);
    // The stove was bought with the viewed tent; without the view the most popular product (knife) would lead.
    const forViewer = (await recommendedFor(viewer, viewerToken, 3)).data!._entities[0]!.recommendedProducts;
    expect(forViewer[0]).toEqual({ id: 'stove' });

    const buyer = randomUUID();
    const buyerToken = await h.keys.tokenFor('CUSTOMER', buyer);
    await placeOrder(buyer, ['knife']);
    const forBuyer = (await recommendedFor(buyer, buyerToken, 4)).data!._entities[0]!.recommendedProducts.map(
      (p) => p.id,
    );
    expect(forBuyer.slice(0, 3)).toEqual(['board', 'sharpener', 'apron']);
    expect(forBuyer).not.toContain('knife');
  });

  it('fall back to popular products for a user with no history', async () => {
    const userId = randomUUID();
    const response = await recommendedFor(userId, await h.keys.tokenFor('CUSTOMER', userId), 3);
    expect(response.data!._entities).toEqual([
      { id: userId, recommendedProducts: [{ id: 'knife' }, { id: 'board' }, { id: 'apron' }] },
    ]);
  });

  it('are readable by the user themself and staff only', async () => {
    const userId = randomUUID();
    expect(errorCode(await recommendedFor(userId, await h.keys.tokenFor('CUSTOMER')))).toBe('FORBIDDEN');
    expect(errorCode(await recommendedFor(userId, undefined))).toBe('UNAUTHENTICATED');
    expect((await recommendedFor(userId, await h.keys.tokenFor('STAFF'))).errors).toBeUndefined();
  });

  it('record views of products on sale for signed-in shoppers only', async () => {
    expect(errorCode(await h.gql(VIEW, { productId: 'knife' }))).toBe('UNAUTHENTICATED');
    const token = await h.keys.tokenFor('CUSTOMER');
    for (const productId of ['pan', 'nope']) {
      const { recordProductView } = await h.data<{
        recordProductView: { recorded: boolean; userErrors: { code: string }[] };
      }>(VIEW, { productId }, token);
      expect(recordProductView).toEqual({
        recorded: false,
        userErrors: [{ code: 'PRODUCT_NOT_FOUND', field: ['productId'] }],
      });
    }
  });
});

// Last: these orders change popularity, which the fallbacks above are checked against.
describe('claimed guest orders', () => {
  it('count a guest order the user claimed as theirs, whichever of the order and the claim comes first', async () => {
    const user = randomUUID();
    const token = await h.keys.tokenFor('CUSTOMER', user);
    const mine = async () =>
      (await recommendedFor(user, token, 4)).data!._entities[0]!.recommendedProducts.map((p) => p.id);
    const guestOrder = await placeOrder(`guest:${randomUUID()}`, ['knife']);
    expect(await mine()).toContain('knife');

    await h.deliver('order.claimed', {
      orderId: guestOrder,
      customerId: user,
      previousCustomerId: 'guest:someone',
    });
    const afterClaim = await mine();
    expect(afterClaim).not.toContain('knife');
    expect(afterClaim.slice(0, 3)).toEqual(['board', 'sharpener', 'apron']);

    const other = randomUUID();
    const otherToken = await h.keys.tokenFor('CUSTOMER', other);
    const early = randomUUID();
    await h.deliver('order.claimed', { orderId: early, customerId: other, previousCustomerId: 'guest:x' });
    await placeOrder('guest:x', ['tent'], early);
    const forOther = (await recommendedFor(other, otherToken, 4)).data!._entities[0]!.recommendedProducts;
    expect(forOther.map((p) => p.id)).not.toContain('tent');
    expect(forOther[0]).toEqual({ id: 'stove' });
  });
});
