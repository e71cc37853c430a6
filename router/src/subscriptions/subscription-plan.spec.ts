import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { NotASubscriptionError } from './subscription-plan';
import { loadSubscriptionSupergraph, type SubscriptionSupergraph } from './subscription-supergraph';
import { ordersOnlySupergraphSdl, shopSupergraphSdl } from '../../test/support/shop-supergraph';

const plan = (supergraph: SubscriptionSupergraph, source: string, operationName?: string) =>
  supergraph.plan(parse(source), source, operationName);

/** The field selection of an upstream operation, whitespace-free, for readable assertions. */
const compact = (query: string) => query.replace(/\s+/g, '');

describe('subscription planning', () => {
  let shop: SubscriptionSupergraph;
  let ordersOnly: SubscriptionSupergraph;

  beforeAll(() => {
    shop = loadSubscriptionSupergraph(shopSupergraphSdl(), new Map());
    ordersOnly = loadSubscriptionSupergraph(ordersOnlySupergraphSdl(), new Map());
  });

  it('routes each root field to the subgraph named by its @join__field', () => {
    expect(plan(shop, 'subscription { orderUpdated(orderId: "o1") { id } }').owner).toBe('orders');
    expect(plan(shop, 'subscription { notificationAdded { id title } }').owner).toBe('notifications');
  });

  it("routes to the Subscription type's only @join__type when fields carry no @join__field", () => {
    expect(ordersOnlySupergraphSdl()).not.toMatch(/orderUpdated\(.*\): Order @join__field/);
    expect(plan(ordersOnly, 'subscription { orderUpdated(orderId: "o1") { status } }').owner).toBe('orders');
  });

  it('sends the owner only its own fields plus entity keys, and fetches the rest from their owners', () => {
    const split = plan(
      shop,
      `subscription Watch($id: ID!) {
         orderUpdated(orderId: $id) { id status customer { email } payment { status } }
       }`,
      'Watch',
    );
    expect(split.owner).toBe('orders');
    expect(compact(split.upstream.query)).toBe(
      'subscriptionWatch__orders__0($id:ID!){orderUpdated(orderId:$id){__typenameidstatuscustomer{__typenameid}}}',
    );
    expect(split.upstream.operationName).toBe('Watch__orders__0');
    expect(split.upstream.variableNames).toEqual(['id']);
    expect(split.upstream.query).not.toMatch(/email|payment/);
    expect([...split.entitySubgraphs].sort()).toEqual(['payments', 'users']);

    const node = split.perEvent.node;
    expect(node?.kind).toBe('Sequence');
    const [first] = node?.kind === 'Sequence' ? node.nodes : [];
    expect(first).toMatchObject({ kind: 'Fetch', serviceName: 'orders', operation: split.upstream.query });
  });

  it('plans a payload the owner resolves entirely as the upstream fetch alone', () => {
    const whole = plan(shop, 'subscription { notificationAdded { id title } }');
    expect(whole.entitySubgraphs).toEqual([]);
    expect(whole.perEvent.node).toMatchObject({ kind: 'Fetch', serviceName: 'notifications' });
    expect(compact(whole.upstream.query)).toContain('notificationAdded{idtitle}');
  });

  it('keeps fragments and aliases of the client operation resolvable', () => {
    const split = plan(
      shop,
      `subscription { watched: orderUpdated(orderId: "o1") { ...Parts } }
       fragment Parts on Order { state: status customer { name } }`,
    );
    expect(compact(split.upstream.query)).toContain('watched:orderUpdated(orderId:"o1")');
    expect(compact(split.upstream.query)).toContain('state:status');
    expect(split.entitySubgraphs).toEqual(['users']);
  });

  it('caches plans by document text and operation name', () => {
    const source = 'subscription { orderUpdated(orderId: "o1") { id } }';
    expect(plan(shop, source)).toBe(plan(shop, source));
  });

  it('refuses to plan queries', () => {
    expect(() => plan(shop, '{ me { email } }')).toThrow(NotASubscriptionError);
  });

  it('applies subgraph URL overrides by name', () => {
    const overridden = loadSubscriptionSupergraph(
      shopSupergraphSdl(),
      new Map([['orders', 'http://orders.prod:4005/graphql']]),
    );
    expect(overridden.subgraphUrls.get('orders')).toBe('http://orders.prod:4005/graphql');
    expect(overridden.subgraphUrls.get('users')).toBe('http://users.internal:4000/graphql');
  });
});
