import { randomUUID } from 'node:crypto';
import { errorCode, expectData, graphqlRequest } from '@msa/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrdersHarness, type Customer, type OrderView } from './support/orders-harness';

interface Page {
  edges: { cursor: string; node: { id: string; status: string } }[];
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

describe('reading orders', () => {
  let h: OrdersHarness;
  let alice: Customer;
  let bob: Customer;
  let aliceOrders: OrderView[];

  const confirm = async (order: OrderView) => {
    await h.services.succeed(order.id, 'inventory.commit');
    await h.waitForStatus(order.id, 'CONFIRMED');
  };

  beforeAll(async () => {
    h = await OrdersHarness.start();
    alice = await h.customer();
    bob = await h.customer();
    aliceOrders = [];
    for (const price of [1000, 2000, 4000])
      aliceOrders.push(await h.placeOrder(alice, { 'v-1': [1, price] }));
    await h.placeOrder(bob, { 'v-2': [1, 99_999] });
    await confirm(aliceOrders[0]!);
    await confirm(aliceOrders[1]!);
  });
  afterAll(() => h?.close());

  it('shows an order to its customer and staff, refuses others, and says NOT_FOUND for unknown ids', async () => {
    const id = aliceOrders[0]!.id;
    expect((await h.order(id, alice.token)).id).toBe(id);
    expect((await h.order(id, await h.keys.tokenFor('STAFF'))).id).toBe(id);
    const query = 'query($id: ID!) { order(id: $id) { id } }';
    expect(errorCode(await graphqlRequest(h.url, query, { id }, { token: bob.token }))).toBe('FORBIDDEN');
    expect(errorCode(await graphqlRequest(h.url, query, { id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await graphqlRequest(h.url, query, { id: randomUUID() }, { token: alice.token }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await graphqlRequest(h.url, query, { id: 'not-a-uuid' }, { token: alice.token }))).toBe(
      'NOT_FOUND',
    );
  });

  it('pages through the customer’s own orders, newest first', async () => {
    const query =
      'query($after: String) { myOrders(first: 2, after: $after) { edges { cursor node { id status } } nodes { id } pageInfo { hasNextPage endCursor } totalCount } }';
    const first = expectData(
      await graphqlRequest<{ myOrders: Page }>(h.url, query, {}, { token: alice.token }),
    ).myOrders;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = expectData(
      await graphqlRequest<{ myOrders: Page }>(
        h.url,
        query,
        { after: first.pageInfo.endCursor },
        { token: alice.token },
      ),
    ).myOrders;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.nodes, ...second.nodes].map((order) => order.id)).toEqual(
      aliceOrders.map((order) => order.id).reverse(),
    );
    expect(errorCode(await graphqlRequest(h.url, query, { after: 'garbage' }, { token: alice.token }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(
        await graphqlRequest(h.url, '{ myOrders(first: 101) { totalCount } }', {}, { token: alice.token }),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('lists all orders for staff with status and time filters', async () => {
    const staff = await h.keys.tokenFor('STAFF');
    const query =
      'query($filter: OrdersFilter) { orders(first: 50, filter: $filter) { totalCount nodes { id } } }';
    const list = (filter: object) =>
      graphqlRequest<{ orders: Page }>(h.url, query, { filter }, { token: staff });
    expect(expectData(await list({})).orders.totalCount).toBe(4);
    const confirmed = expectData(await list({ status: 'CONFIRMED' })).orders;
    expect(confirmed.nodes.map((order) => order.id).sort()).toEqual(
      [aliceOrders[0]!.id, aliceOrders[1]!.id].sort(),
    );
    expect(
      expectData(await list({ from: new Date(Date.now() + 60_000).toISOString() })).orders.totalCount,
    ).toBe(0);
    expect(
      expectData(await list({ to: new Date(Date.now() + 60_000).toISOString(), status: 'PENDING' })).orders
        .totalCount,
    ).toBe(2);
    expect(errorCode(await graphqlRequest(h.url, query, { filter: {} }, { token: alice.token }))).toBe(
      'FORBIDDEN',
    );

    // By customer, and by number as shown (MSA-…) or bare; an unknown or malformed number matches nothing.
    const ofAlice = expectData(await list({ customerId: alice.userId })).orders;
    expect(ofAlice.nodes.map((order) => order.id).sort()).toEqual(
      aliceOrders.map((order) => order.id).sort(),
    );
    const second = aliceOrders[1]!;
    for (const number of [
      second.number,
      second.number.replace('MSA-', ''),
      ` ${second.number.toLowerCase()} `,
    ])
      expect(expectData(await list({ number })).orders.nodes).toEqual([{ id: second.id }]);
    expect(expectData(await list({ number: second.number, customerId: bob.userId })).orders.totalCount).toBe(
      0,
    );
    for (const number of ['MSA-999999999', 'not a number'])
      expect(expectData(await list({ number })).orders.totalCount).toBe(0);
  });

  it('reports sales over confirmed orders only', async () => {
    const query =
      'query($from: DateTime!, $to: DateTime!) { salesStats(from: $from, to: $to) { orderCount revenue { amount currency } averageOrderValue { amount } } }';
    const period = {
      from: new Date(Date.now() - 3_600_000).toISOString(),
      to: new Date(Date.now() + 3_600_000).toISOString(),
    };
    const stats = expectData(
      await graphqlRequest<{ salesStats: unknown }>(h.url, query, period, {
        token: await h.keys.tokenFor('ADMIN'),
      }),
    ).salesStats;
    // Totals include the $5 shipping of each order.
    expect(stats).toEqual({
      orderCount: 2,
      revenue: { amount: 4000, currency: 'USD' },
      averageOrderValue: { amount: 2000 },
    });
    expect(
      errorCode(
        await graphqlRequest(
          h.url,
          query,
          { from: period.to, to: period.from },
          { token: await h.keys.tokenFor('ADMIN') },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await graphqlRequest(h.url, query, period, { token: alice.token }))).toBe('FORBIDDEN');
  });

  it('resolves Order entities for callers who may see them, in one batch', async () => {
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id number total { amount } customer { id } } } }';
    const representations = aliceOrders.map((order) => ({ __typename: 'Order', id: order.id }));
    const data = expectData(
      await graphqlRequest<{ _entities: { id: string; customer: { id: string } }[] }>(
        h.url,
        query,
        { r: representations },
        { token: alice.token },
      ),
    );
    expect(data._entities.map((order) => order.id)).toEqual(aliceOrders.map((order) => order.id));
    expect(data._entities.every((order) => order.customer.id === alice.userId)).toBe(true);
    expect(
      errorCode(await graphqlRequest(h.url, query, { r: representations.slice(0, 1) }, { token: bob.token })),
    ).toBe('FORBIDDEN');
  });

  it('publishes a federated schema with the Order key, entity stubs and the subscription', async () => {
    const sdl = expectData(await graphqlRequest<{ _service: { sdl: string } }>(h.url, '{ _service { sdl } }'))
      ._service.sdl;
    expect(sdl).toMatch(/type Order\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type User\s+@key\(fields: "id", resolvable: false\)/);
    expect(sdl).toMatch(/type ProductVariant\s+@key\(fields: "id", resolvable: false\)/);
    expect(sdl).toMatch(/type Subscription \{[\s\S]*orderUpdated\(/);
  });
});
