import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { DATA_EXPORT_CONTRIBUTORS } from '@msa/events';
import { errorCode } from '@msa/testing';
import { seed as seedUsers } from '@msa/users/seed';
import { seed as seedPromotions } from '@msa/promotions/seed';
import { bootSupergraph, type BootedSupergraph } from '../support/boot-supergraph';
import { ApiClient, login, newCustomer, register } from '../support/api';
import { eventually } from '../support/eventually';
import { addToCart, checkout, orderOf, stockedVariant } from '../support/shop';

interface CartTotals {
  subtotal: { amount: number };
  discounts: { code: string | null; amount: { amount: number } }[];
  discountTotal: { amount: number };
  total: { amount: number };
  couponCodes: string[];
}

const REVIEW =
  'mutation($p: ID!, $input: ReviewInput!) { createReview(productId: $p, input: $input) { review { id status verifiedPurchase } userErrors { code message } } }';

/** Issue 5 through the router: a coupon from cart to order to stats, and reviews with moderation. */
describe('promotions and reviews', () => {
  let system: BootedSupergraph;
  let anonymous: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    // A short reset so the outage case below sees the circuit probe and close within the test.
    system = await bootSupergraph({ routerBreaker: { volumeThreshold: 2, resetTimeoutMs: 1_000 } });
    await seedUsers({ databaseUrl: system.databases.users!.url, log: () => {} });
    await seedPromotions({ databaseUrl: system.databases.promotions!.url, log: () => {} });
    anonymous = new ApiClient(system.routerUrl);
    const auth = await login(
      anonymous,
      'admin@example.com',
      process.env.DEMO_ADMIN_PASSWORD ?? 'admin-dev-password',
    );
    admin = anonymous.as(auth.accessToken!);
  });
  afterAll(() => system?.stop());

  it('applies WELCOME10 in the cart, freezes it on the order and counts it in promotionStats', async () => {
    const variant = await stockedVariant(admin, 'E2E-COUPON', 4_000, 10);
    const { client: customer } = await newCustomer(anonymous, 'coupon');
    const cart = await addToCart(customer, variant.variantId, 2);

    const applied = await customer.data<{ applyCoupon: { userErrors: unknown[] } }>(
      'mutation($c: ID!) { applyCoupon(cartId: $c, code: "welcome10") { userErrors { code message } } }',
      { c: cart.id },
    );
    expect(applied.applyCoupon.userErrors).toEqual([]);
    const totals = await customer.data<{ cart: CartTotals }>(
      'query($c: ID) { cart(cartId: $c) { subtotal { amount } discounts { code amount { amount } } discountTotal { amount } total { amount } couponCodes } }',
      { c: cart.id },
    );
    expect(totals.cart).toMatchObject({
      subtotal: { amount: 8_000 },
      discounts: [{ code: 'WELCOME10', amount: { amount: 800 } }],
      discountTotal: { amount: 800 },
      total: { amount: 7_200 },
      couponCodes: ['WELCOME10'],
    });

    const unknown = await customer.data<{ applyCoupon: { userErrors: { code: string }[] } }>(
      'mutation($c: ID!) { applyCoupon(cartId: $c, code: "NOPE") { userErrors { code } } }',
      { c: cart.id },
    );
    expect(unknown.applyCoupon.userErrors[0]?.code).toBe('COUPON_NOT_FOUND');

    const placed = await checkout(customer, cart.id, 'coupon-1');
    expect(placed.userErrors).toEqual([]);
    const order = await customer.data<{
      order: {
        discountTotal: { amount: number };
        shippingTotal: { amount: number };
        total: { amount: number };
      };
    }>(
      'query($id: ID!) { order(id: $id) { discountTotal { amount } shippingTotal { amount } total { amount } } }',
      { id: placed.order!.id },
    );
    expect(order.order.discountTotal.amount).toBe(800);
    expect(order.order.total.amount).toBe(7_200 + order.order.shippingTotal.amount);

    const promotions = await admin.data<{ promotions: { nodes: { id: string; code: string | null }[] } }>(
      '{ promotions(first: 20) { nodes { id code } } }',
    );
    const welcome = promotions.promotions.nodes.find((p) => p.code === 'WELCOME10')!;
    await eventually(async () => {
      const stats = await admin.data<{
        promotionStats: {
          redemptions: number;
          discountTotal: { amount: number };
          revenue: { amount: number };
        };
      }>(
        'query($id: ID!) { promotionStats(id: $id) { redemptions discountTotal { amount } revenue { amount } } }',
        { id: welcome.id },
      );
      expect(stats.promotionStats).toEqual({
        redemptions: 1,
        discountTotal: { amount: 800 },
        revenue: { amount: order.order.total.amount },
      });
    });
    expect(
      errorCode(
        await customer.request('query($id: ID!) { promotionStats(id: $id) { redemptions } }', {
          id: welcome.id,
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('marks a buyer’s review as a verified purchase, holds spam for an admin, and enforces the rules', async () => {
    const variant = await stockedVariant(admin, 'E2E-REVIEWED', 2_500, 10);
    const { client: buyer } = await newCustomer(anonymous, 'reviewer');
    const cart = await addToCart(buyer, variant.variantId, 1);
    const placed = await checkout(buyer, cart.id, 'review-1');
    expect(placed.userErrors).toEqual([]);

    const review = await eventually(async () => {
      const data = await buyer.data<{
        createReview: {
          review: { id: string; status: string; verifiedPurchase: boolean } | null;
          userErrors: { code: string }[];
        };
      }>(REVIEW, {
        p: variant.productId,
        input: { rating: 5, title: 'Lovely', body: 'Does exactly what it says.' },
      });
      expect(data.createReview.userErrors).toEqual([]);
      return data.createReview.review!;
    });
    expect(review.status).toBe('PUBLISHED');
    await eventually(async () => {
      const data = await anonymous.data<{
        product: {
          reviews: { nodes: { verifiedPurchase: boolean }[] };
          rating: { average: number; count: number };
        };
      }>(
        'query($id: ID!) { product(id: $id) { reviews(first: 5) { nodes { verifiedPurchase } } rating { average count } } }',
        { id: variant.productId },
      );
      expect(data.product.reviews.nodes).toEqual([{ verifiedPurchase: true }]);
      expect(data.product.rating).toMatchObject({ average: 5, count: 1 });
    });

    const again = await buyer.data<{ createReview: { userErrors: { code: string }[] } }>(REVIEW, {
      p: variant.productId,
      input: { rating: 4, title: 'Again', body: 'Second thoughts.' },
    });
    expect(again.createReview.userErrors.map((e) => e.code)).toEqual(['REVIEW_EXISTS']);

    const { client: spammer } = await newCustomer(anonymous, 'spammer');
    const outOfRange = await spammer.data<{ createReview: { userErrors: { code: string }[] } }>(REVIEW, {
      p: variant.productId,
      input: { rating: 6, title: 'Six', body: 'Off the scale.' },
    });
    expect(outOfRange.createReview.userErrors.map((e) => e.code)).toEqual(['RATING_OUT_OF_RANGE']);

    const spam = await spammer.data<{
      createReview: { review: { id: string; status: string; verifiedPurchase: boolean } };
    }>(REVIEW, {
      p: variant.productId,
      input: { rating: 1, title: 'Deals', body: 'Sooooo cheap, order at www.cheap-deals.shop' },
    });
    expect(spam.createReview.review).toMatchObject({ status: 'PENDING', verifiedPurchase: false });
    expect(
      errorCode(
        await spammer.request(
          'mutation($id: ID!) { moderateReview(id: $id, decision: APPROVE, note: "mine") { userErrors { code } } }',
          { id: spam.createReview.review.id },
        ),
      ),
    ).toBe('FORBIDDEN');

    const queue = await admin.data<{ reviewsForModeration: { nodes: { id: string }[] } }>(
      '{ reviewsForModeration(first: 10) { nodes { id } } }',
    );
    expect(queue.reviewsForModeration.nodes.map((n) => n.id)).toContain(spam.createReview.review.id);
    await admin.data(
      'mutation($id: ID!) { moderateReview(id: $id, decision: APPROVE, note: "ok after all") { userErrors { code } } }',
      {
        id: spam.createReview.review.id,
      },
    );
    const rating = await anonymous.data<{ product: { rating: { average: number; count: number } } }>(
      'query($id: ID!) { product(id: $id) { rating { average count } } }',
      { id: variant.productId },
    );
    expect(rating.product.rating).toMatchObject({ average: 3, count: 2 });
  });

  it('serves a product while reviews is down, reports it, and closes the circuit when reviews is back', async () => {
    const { productId } = await stockedVariant(admin, 'E2E-OUTAGE', 1_500, 1);
    // Every field reviews adds to Product is nullable: while reviews is down each is null with an error, and
    // the products fields are still served. (A non-null field of a down subgraph would null the whole product.)
    const PRODUCT =
      'query($id: ID!) { product(id: $id) { id name rating { count } reviews(first: 1) { totalCount } myReview { id } } }';
    const origin = new URL(system.routerUrl).origin;
    const subgraphHealth = async () =>
      (await (await fetch(`${origin}/health/subgraphs`)).json()) as {
        subgraphs: Record<string, { status: string; circuit: string; lastError: string | null }>;
      };
    const circuitGauge = async () =>
      /^router_subgraph_circuit_state\{[^}]*subgraph="reviews"[^}]*\} (\d)$/m.exec(
        await (await fetch(system.routerMetricsUrl)).text(),
      )?.[1];
    expect((await anonymous.data<{ product: unknown }>(PRODUCT, { id: productId })).product).toEqual({
      id: productId,
      name: 'Product E2E-OUTAGE',
      rating: { count: 0 },
      reviews: { totalCount: 0 },
      myReview: null,
    });

    await system.stopSubgraph('reviews');
    try {
      const down = await anonymous.request<{ product: unknown }>(PRODUCT, { id: productId });
      expect(down.data?.product).toEqual({
        id: productId,
        name: 'Product E2E-OUTAGE',
        rating: null,
        reviews: null,
        myReview: null,
      });
      expect(down.errors?.length).toBeGreaterThan(0);
      expect(down.errors!.map((e) => e.extensions?.code)).toEqual(
        down.errors!.map(() => 'SUBGRAPH_UNAVAILABLE'),
      );
      expect((await fetch(`${origin}/health/ready`)).status).toBe(200);
      const report = await subgraphHealth();
      expect(report.subgraphs.reviews).toMatchObject({ status: 'down' });
      expect(report.subgraphs.products).toMatchObject({ status: 'up', circuit: 'closed' });

      // Repeated failures open the circuit: the router refuses reviews at once instead of trying it.
      await eventually(async () => {
        const again = await anonymous.request(PRODUCT, { id: productId });
        expect(again.errors?.[0]?.message).toMatch(/circuit open/);
      });
      expect((await subgraphHealth()).subgraphs.reviews).toMatchObject({ status: 'down', circuit: 'open' });
      expect(await circuitGauge()).toBe('2');
    } finally {
      await system.startSubgraph('reviews');
    }

    // After the reset timeout one request probes reviews; its success closes the circuit.
    await eventually(async () => {
      const back = await anonymous.request<{ product: { reviews: { totalCount: number } } }>(
        'query($id: ID!) { product(id: $id) { name reviews(first: 1) { totalCount } } }',
        { id: productId },
      );
      expect(back.errors).toBeUndefined();
      expect(back.data?.product.reviews.totalCount).toBe(0);
    });
    expect((await subgraphHealth()).subgraphs.reviews).toMatchObject({ status: 'up', circuit: 'closed' });
    expect(await circuitGauge()).toBe('0');
  });
  it('privacy: an export holds the customer’s data from every subgraph; deletion erases it everywhere', async () => {
    const variant = await stockedVariant(admin, 'E2E-PRIVACY', 1_900, 10);
    const { client: customer, userId, auth } = await newCustomer(anonymous, 'private');
    const email = auth.user!.email;
    const { userId: bystanderId } = await newCustomer(anonymous, 'bystander');
    await customer.data(
      'mutation($input: AddAddressInput!) { addAddress(input: $input) { userErrors { code } } }',
      {
        input: {
          name: 'Priv Acy',
          line1: '9 Hidden Lane',
          city: 'Springfield',
          postalCode: '12345',
          country: 'US',
        },
      },
    );
    const placed = await checkout(
      customer,
      (await addToCart(customer, variant.variantId, 1)).id,
      'privacy-1',
    );
    const orderId = placed.order!.id;
    await eventually(async () => expect((await orderOf(customer, orderId))?.status).toBe('CONFIRMED'));
    await eventually(async () => {
      const data = await customer.data<{ createReview: { userErrors: unknown[] } }>(REVIEW, {
        p: variant.productId,
        input: { rating: 4, title: 'Private opinion', body: 'Good value.' },
      });
      expect(data.createReview.userErrors).toEqual([]);
    });
    await customer.data(
      'mutation { registerPushToken(token: "privacy-device-0123456789", platform: IOS) { userErrors { code } } }',
    );
    await addToCart(customer, variant.variantId, 1);

    await customer.data('mutation { requestDataExport { userErrors { code } } }');
    const ready = await eventually(async () => {
      const data = await customer.data<{ myDataExport: { status: string; downloadPath: string | null } }>(
        '{ myDataExport { status downloadPath } }',
      );
      expect(data.myDataExport.status).toBe('READY');
      return data.myDataExport;
    });
    const download = await fetch(new URL(ready.downloadPath!, system.routerUrl), {
      headers: { authorization: `Bearer ${customer.token}` },
    });
    expect(download.status).toBe(200);
    const file = (await download.json()) as { data: Record<string, Record<string, unknown[] | unknown>> };
    const text = JSON.stringify(file);
    expect(Object.keys(file.data).sort()).toEqual([...DATA_EXPORT_CONTRIBUTORS].sort());
    expect(file.data.users).toMatchObject({
      profile: { id: userId, email },
      addresses: [{ line1: '9 Hidden Lane' }],
    });
    expect(file.data.orders!.orders).toEqual([expect.objectContaining({ id: orderId })]);
    expect(file.data.payments!.payments).toEqual([expect.objectContaining({ orderId, status: 'CAPTURED' })]);
    expect(file.data.shipping!.shipments).toEqual([expect.objectContaining({ orderId })]);
    expect(file.data.reviews!.reviews).toEqual([expect.objectContaining({ title: 'Private opinion' })]);
    expect(file.data.cart).toMatchObject({
      cart: { lines: [{ variantId: variant.variantId, quantity: 1 }] },
    });
    expect(file.data.notifications).toMatchObject({
      pushTokens: [{ tokenEnding: '456789', platform: 'IOS' }],
    });
    expect(text).not.toContain(bystanderId);
    await eventually(async () => {
      const data = await customer.data<{ myNotifications: { nodes: { kind: string; body: string }[] } }>(
        '{ myNotifications(first: 20) { nodes { kind body } } }',
      );
      const note = data.myNotifications.nodes.find((n) => n.kind === 'account.data_export_ready');
      expect(note?.body).toContain('/privacy/exports/');
    });

    const refused = await customer.data<{
      deleteMyAccount: { deleted: boolean; userErrors: { code: string }[] };
    }>('mutation { deleteMyAccount(password: "not-the-password") { deleted userErrors { code } } }');
    expect(refused.deleteMyAccount).toEqual({
      deleted: false,
      userErrors: [{ code: 'INVALID_CREDENTIALS' }],
    });
    const deleted = await customer.data<{ deleteMyAccount: { deleted: boolean } }>(
      'mutation { deleteMyAccount(password: "correct-horse-battery") { deleted } }',
    );
    expect(deleted.deleteMyAccount.deleted).toBe(true);
    expect((await login(anonymous, email, 'correct-horse-battery')).accessToken).toBeNull();
    await eventually(async () =>
      expect(errorCode(await customer.request('{ me { id } }'))).toBe('UNAUTHENTICATED'),
    );

    await eventually(async () => {
      const order = await admin.data<{
        order: {
          shippingAddress: { name: string; line1: string };
          total: { amount: number };
          customer: { name: string };
        };
      }>(
        'query($id: ID!) { order(id: $id) { shippingAddress { name line1 } total { amount } customer { name } } }',
        { id: orderId },
      );
      expect(order.order).toMatchObject({
        shippingAddress: { name: 'Deleted customer', line1: '' },
        customer: { name: 'Deleted account' },
      });
      expect(order.order.total.amount).toBeGreaterThan(0);
    });
    const reviews = await anonymous.data<{
      product: { reviews: { nodes: { title: string; author: { name: string } }[] } };
    }>('query($id: ID!) { product(id: $id) { reviews(first: 10) { nodes { title author { name } } } } }', {
      id: variant.productId,
    });
    expect(reviews.product.reviews.nodes.find((r) => r.title === 'Private opinion')?.author.name).toBe(
      'Deleted account',
    );
    const remaining = async (database: string, sql: string) => {
      const pool = new pg.Pool({ connectionString: system.databases[database]!.url, max: 1 });
      try {
        return (await pool.query(sql, [userId])).rowCount;
      } finally {
        await pool.end();
      }
    };
    await eventually(async () => {
      expect(await remaining('cart', 'SELECT 1 FROM carts WHERE customer_id = $1')).toBe(0);
      expect(
        await remaining(
          'notifications',
          'SELECT 1 FROM push_tokens WHERE user_id = $1 UNION ALL SELECT 1 FROM notifications WHERE user_id = $1',
        ),
      ).toBe(0);
      expect(
        await remaining(
          'payments',
          'SELECT 1 FROM payments WHERE customer_id = $1 AND card_last4 IS NOT NULL',
        ),
      ).toBe(0);
      expect(await remaining('reviews', 'SELECT 1 FROM purchase_orders WHERE customer_id = $1')).toBe(0);
    });

    const again = await register(anonymous, email);
    expect(again.userErrors).toEqual([]);
    expect(again.user!.id).not.toBe(userId);
  });
});
