import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeConnection, createQueue, createQueueConnection, eventQueueName } from '@msa/events';
import { graphqlRequest, type GraphQLResponse } from '@msa/testing';
import { seed as seedUsers } from '@msa/users/seed';
import { bootSupergraph, type BootedSupergraph } from '../support/boot-supergraph';
import { ApiClient, login, newCustomer } from '../support/api';
import { eventually } from '../support/eventually';
import { collect, liveClient } from '../support/live';
import { stockedVariant, type VariantRef } from '../support/shop';

interface ListedProduct {
  id: string;
  name: string;
  variants: { id: string; price: { amount: number }; inStock: boolean }[];
  rating: { count: number };
}

/** The storefront listing across products, inventory (stock flag) and reviews (rating). */
const LISTING = `query Listing($first: Int!) {
  products(first: $first, sort: NAME_ASC) { nodes { id name variants { id price { amount } inStock } rating { count } } }
}`;

const REVIEW =
  'mutation($p: ID!, $input: ReviewInput!) { createReview(productId: $p, input: $input) { review { id status } userErrors { code message } } }';

/** Issue 17: anonymous public answers come from the router's cache until a catalog event purges them. */
describe('router response cache', () => {
  let system: BootedSupergraph;
  let anonymous: ApiClient;
  let admin: ApiClient;
  let listed: VariantRef;

  const list = (
    first = 20,
    token?: string,
  ): Promise<GraphQLResponse<{ products: { nodes: ListedProduct[] } }>> =>
    graphqlRequest(system.routerUrl, LISTING, { first }, { token });
  const cacheStatus = (response: GraphQLResponse) => response.headers.get('x-cache');
  const shown = async () => {
    const response = await list();
    expect(response.errors).toBeUndefined();
    return response.data!.products.nodes.find((p) => p.id === listed.productId)!;
  };
  /** The listing is cached again (two reads in a row, the second a hit) before each change. */
  const cachedAgain = () =>
    eventually(async () => {
      await list();
      expect(cacheStatus(await list())).toBe('HIT');
    });

  const adjustStock = async (delta: number) => {
    const data = await admin.data<{ adjustStock: { userErrors: unknown[] } }>(
      'mutation($v: ID!, $d: Int!) { adjustStock(variantId: $v, delta: $d, reason: "stocktake") { userErrors { code message } } }',
      { v: listed.variantId, d: delta },
    );
    expect(data.adjustStock.userErrors).toEqual([]);
  };

  beforeAll(async () => {
    system = await bootSupergraph({ responseCache: true });
    await seedUsers({ databaseUrl: system.databases.users!.url, log: () => {} });
    anonymous = new ApiClient(system.routerUrl);
    const auth = await login(
      anonymous,
      'admin@example.com',
      process.env.DEMO_ADMIN_PASSWORD ?? 'admin-dev-password',
    );
    admin = anonymous.as(auth.accessToken!);
    listed = await stockedVariant(admin, 'E2E-CACHED', 1_500, 5);
  });
  afterAll(() => system?.stop());

  it('serves an anonymous listing from the cache on the second request', async () => {
    // Each attempt asks for a page size not asked before: the setup's catalog events may still purge meanwhile.
    let pageSize = 30;
    await eventually(async () => {
      pageSize += 1;
      const first = await list(pageSize);
      expect(cacheStatus(first)).toBe('MISS');
      const second = await list(pageSize);
      expect(cacheStatus(second)).toBe('HIT');
      expect(second.data).toEqual(first.data);
      expect(second.data!.products.nodes.map((p) => p.id)).toContain(listed.productId);
    });
  });

  it('answers a query over graphql-ws from the cache with the same data', async () => {
    await cachedAgain();
    const overHttp = await list();
    expect(cacheStatus(overHttp)).toBe('HIT');
    const client = liveClient(system.routerUrl);
    try {
      const live = collect(client, LISTING, { first: 20 });
      await live.done;
      expect(live.failure).toBeUndefined();
      expect(live.messages).toEqual([{ data: overHttp.data }]);
    } finally {
      await client.dispose();
    }
  });

  it('neither serves nor stores a signed-in request', async () => {
    await eventually(async () => {
      await list(22);
      expect(cacheStatus(await list(22))).toBe('HIT');
    });
    const { client: customer } = await newCustomer(anonymous, 'cache');
    const signedIn = await list(22, customer.token);
    expect(signedIn.errors).toBeUndefined();
    expect(cacheStatus(signedIn)).toBeNull();
    // A listing only a signed-in shopper asked for is not in the cache for the next anonymous one.
    expect(cacheStatus(await list(23, customer.token))).toBeNull();
    expect(cacheStatus(await list(23))).toBe('MISS');
  });

  it('does not store a response with a PRIVATE field', async () => {
    const query = 'query($id: ID!) { product(id: $id) { id name myReview { id } } }';
    const ask = () => graphqlRequest(system.routerUrl, query, { id: listed.productId });
    const first = await ask();
    expect(first.errors).toBeUndefined();
    expect(cacheStatus(first)).toBe('MISS');
    expect(cacheStatus(await ask())).toBe('MISS');
  });

  it('never caches a mutation', async () => {
    const response = await graphqlRequest(
      system.routerUrl,
      'mutation { login(email: "nobody@example.com", password: "wrong-password-1") { userErrors { code } } }',
    );
    expect(cacheStatus(response)).toBeNull();
  });

  it('purges the listing after a product update by an admin', async () => {
    await cachedAgain();
    await admin.data(
      'mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { userErrors { code } } }',
      {
        id: listed.productId,
        input: { name: 'Product E2E-CACHED renamed' },
      },
    );
    await eventually(async () => expect((await shown()).name).toBe('Product E2E-CACHED renamed'));
  });

  it('purges the listing after a variant price change', async () => {
    await cachedAgain();
    await admin.data(
      'mutation($id: ID!, $input: UpdateProductVariantInput!) { updateProductVariant(id: $id, input: $input) { userErrors { code } } }',
      {
        id: listed.variantId,
        input: { price: 1_750 },
      },
    );
    await eventually(async () => expect((await shown()).variants[0]!.price.amount).toBe(1_750));
  });

  it('keeps the listing after a stock change that leaves the variant in stock', async () => {
    await cachedAgain();
    const connection = createQueueConnection(system.redisUrl);
    const routerEvents = createQueue(eventQueueName('router'), { connection, prefix: system.queuePrefix });
    try {
      const counts = () => routerEvents.getJobCounts('completed', 'waiting', 'active', 'delayed');
      const before = (await counts()).completed ?? 0;
      await adjustStock(1);
      // The router has handled the stock event and nothing else is on its way.
      await eventually(async () => {
        const now = await counts();
        expect(now.completed).toBeGreaterThan(before);
        expect((now.waiting ?? 0) + (now.active ?? 0) + (now.delayed ?? 0)).toBe(0);
      });
      expect(cacheStatus(await list())).toBe('HIT');
    } finally {
      await routerEvents.close();
      await closeConnection(connection);
    }
  });

  it('purges the listing after a stock adjustment takes the variant out of stock', async () => {
    await cachedAgain();
    expect((await shown()).variants[0]!.inStock).toBe(true);
    await adjustStock(-6);
    await eventually(async () => expect((await shown()).variants[0]!.inStock).toBe(false));
  });

  it('purges the listing after an approved review changes the rating', async () => {
    await cachedAgain();
    expect((await shown()).rating.count).toBe(0);
    const { client: reviewer } = await newCustomer(anonymous, 'reviewer');
    const review = await eventually(async () => {
      const data = await reviewer.data<{
        createReview: { review: { id: string; status: string } | null; userErrors: unknown[] };
      }>(REVIEW, {
        p: listed.productId,
        // A link from a shopper who bought nothing is held for moderation: the rating changes on approval.
        input: { rating: 4, title: 'Deals', body: 'Sooooo cheap, order at www.cheap-deals.shop' },
      });
      expect(data.createReview.userErrors).toEqual([]);
      return data.createReview.review!;
    });
    expect(review.status).toBe('PENDING');
    await admin.data(
      'mutation($id: ID!) { moderateReview(id: $id, decision: APPROVE, note: "ok") { userErrors { code } } }',
      { id: review.id },
    );
    await eventually(async () => expect((await shown()).rating.count).toBe(1));
  });

  it('purges the category tree after a category rename', async () => {
    const created = await admin.data<{ createCategory: { category: { id: string } } }>(
      'mutation { createCategory(input: { name: "Cached Shelf" }) { category { id } userErrors { code } } }',
    );
    const categoryId = created.createCategory.category.id;
    const tree = () =>
      graphqlRequest<{ categories: { id: string; name: string }[] }>(
        system.routerUrl,
        '{ categories { id name } }',
      );
    await eventually(async () => {
      const first = await tree();
      expect(first.data!.categories.map((c) => c.id)).toContain(categoryId);
      expect(cacheStatus(await tree())).toBe('HIT');
    });
    await admin.data(
      'mutation($id: ID!) { updateCategory(id: $id, input: { name: "Cached Shelf renamed" }) { userErrors { code } } }',
      { id: categoryId },
    );
    await eventually(async () =>
      expect((await tree()).data!.categories.find((c) => c.id === categoryId)?.name).toBe(
        'Cached Shelf renamed',
      ),
    );
  });
});
